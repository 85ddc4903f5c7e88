"""What cleaning kept per account, and the data table huggingtweets' model cards show, defined once.

The table has one column per account and one row per count (``STATS_ROWS``); the trainer's terminal output,
the model card and the bot's chat answers all build it with ``data_table_rows`` and differ only in how they
name the accounts in the header. ``format_table`` is the one plain-text rendering of any table (the trainer's
terminal, the bot's console and chat code blocks).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

# (row label, count) in the order the data table shows them
STATS_ROWS: tuple[tuple[str, str], ...] = (
    ("Tweets downloaded", "downloaded"),
    ("Retweets", "retweets"),
    ("Short tweets", "short"),
    ("Duplicates", "duplicates"),
    ("Tweets kept", "kept"),
)


@dataclass
class AccountStats:
    """What cleaning did to one account's tweets: one column of the data table."""

    handle: str
    display_name: str
    downloaded: int = 0
    retweets: int = 0
    short: int = 0
    duplicates: int = 0
    kept: int = 0

    def as_dict(self) -> dict[str, str | int]:
        """The per-account object of the ``stats`` trainer event and ``mimicbird.json``."""
        data = asdict(self)
        del data["handle"]
        return data


def data_table_rows(columns: Sequence[tuple[str, Mapping[str, Any]]], corner: str = "Data"
                    ) -> list[tuple[str, ...]]:
    """The data table as rows of text, the header first: ``columns`` is (header, counts) per account."""
    header = (corner, *(name for name, _ in columns))
    body = [(label, *(str(counts.get(key, 0)) for _, counts in columns)) for label, key in STATS_ROWS]
    return [header, *body]


def format_table(rows: Sequence[Sequence[str]]) -> str:
    """Rows (the header first) as aligned plain text with a rule under the header.

    The first column is left-aligned; a column whose cells below the header are all numbers is right-aligned.
    """
    cells = [[str(cell) for cell in row] for row in rows]
    if not cells:
        return ""
    columns = max(len(row) for row in cells)
    cells = [row + [""] * (columns - len(row)) for row in cells]
    widths = [max(len(row[i]) for row in cells) for i in range(columns)]
    numeric = [i > 0 and all(_is_number(row[i]) for row in cells[1:]) for i in range(columns)]
    lines = ["  ".join(cell.rjust(widths[i]) if numeric[i] else cell.ljust(widths[i]) for i, cell in enumerate(row))
             .rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _is_number(text: str) -> bool:
    return text.replace(",", "").replace(".", "", 1).lstrip("-").isdigit()


__all__ = ["AccountStats", "STATS_ROWS", "data_table_rows", "format_table"]
