"""How a ``Response`` looks on Telegram: HTML in which every piece of content is escaped (generated text cannot
inject formatting), tables monospace (``<pre>``), and anything longer than Telegram's 4096-character limit
split into several messages, at line breaks where possible."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from telegram.constants import MessageLimit

from bot.core.responses import Response

TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4096, counted after entity parsing


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Segment:
    """A run of text in one style: None (plain), "b" (bold) or "pre" (monospace block)."""

    text: str
    style: str | None = None


def table_text(rows: Iterable[Iterable[str]]) -> str:
    """Rows (the first is the header) as aligned columns with a rule under the header (the core's layout)."""
    cells = [[str(cell) for cell in row] for row in rows]
    if not cells:
        return ""
    columns = max(map(len, cells))
    widths = [max(len(row[i]) if i < len(row) else 0 for row in cells) for i in range(columns)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def response_segments(response: Response) -> list[Segment]:
    """A response as styled segments. ``text`` is the complete plain rendering; a table in it is shown
    monospace when the core wrote it as aligned rows (it is then found verbatim in the text)."""
    text = response.text.strip("\n")
    title = [Segment(response.title, "b")] if _shows_title(response) else []
    return title + _body_segments(response, text)


def _shows_title(response: Response) -> bool:
    """A title in bold above the text, unless the text already says it (samples end with their signature)."""
    title = (response.title or "").strip()
    return bool(title) and response.kind not in ("samples", "error") and title not in response.text


def _body_segments(response: Response, text: str) -> list[Segment]:
    if not response.table:
        return [Segment(text)]
    table = table_text(response.table)
    if table and table in text:
        before, after = text.split(table, 1)
        parts = (Segment(before.rstrip("\n")), Segment(table, "pre"), Segment(after.lstrip("\n")))
        return [s for s in parts if s.text.strip()]
    # The core's text does not contain this exact layout: find the table's lines by their cells.
    lines = text.split("\n")
    rows = [tuple(str(cell) for cell in row) for row in response.table]
    table_lines = [i for i, line in enumerate(lines) if _is_row_line(line, rows)]
    if not table_lines:
        return [Segment(text), Segment(table, "pre")]
    start, end = table_lines[0], table_lines[-1] + 1
    before, block, after = "\n".join(lines[:start]), "\n".join(lines[start:end]), "\n".join(lines[end:])
    return [s for s in (Segment(before), Segment(block, "pre"), Segment(after)) if s.text.strip()]


def _is_row_line(line: str, rows: list[tuple[str, ...]]) -> bool:
    words = line.split()
    if words and set("".join(words)) <= set("-=|+: "):
        return True  # a rule line between header and rows
    return any(row and all(cell in line for cell in row if cell) for row in rows)


def split_segments(segments: list[Segment], limit: int = TEXT_LIMIT) -> list[list[Segment]]:
    """Split styled text into messages of at most ``limit`` UTF-16 units, at line breaks where possible."""
    messages: list[list[Segment]] = []
    current: list[Segment] = []
    size = 0
    for segment in segments:
        text = segment.text
        if current and size + 1 < limit:  # a line break between segments
            current.append(Segment("\n"))
            size += 1
        while text:
            room = limit - size
            if utf16_len(text) <= room:
                current.append(Segment(text, segment.style))
                size += utf16_len(text)
                break
            cut = _cut_point(text, room)
            if cut == 0:
                messages.append(current)
                current, size = [], 0
                text = text.lstrip("\n")
                continue
            current.append(Segment(text[:cut], segment.style))
            messages.append(current)
            current, size = [], 0
            text = text[cut:].lstrip("\n")
    if current:
        messages.append(current)
    return [m for m in (_trim(message) for message in messages) if m]


def _cut_point(text: str, room: int) -> int:
    """The longest prefix of ``text`` that fits ``room``, ending at a line break (or space) when one is near."""
    fits = 0
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > room:
            break
        fits = index + 1
    window = text[:fits]
    position = window.rfind("\n")
    if position >= max(1, fits // 2):
        return position  # the line break itself is dropped
    position = window.rfind(" ")
    if position >= max(1, fits // 2):
        return position + 1
    return fits


def _trim(message: list[Segment]) -> list[Segment]:
    """Drop whitespace-only segments at the edges (Telegram refuses empty messages)."""
    while message and not message[0].text.strip():
        message = message[1:]
    while message and not message[-1].text.strip():
        message = message[:-1]
    return message


def to_html(message: list[Segment]) -> str:
    """Segments as Telegram HTML; every piece of content is escaped."""
    parts = []
    for segment in message:
        escaped = html.escape(segment.text, quote=False)
        parts.append(f"<{segment.style}>{escaped}</{segment.style}>" if segment.style else escaped)
    return "".join(parts)


def render(response: Response, limit: int = TEXT_LIMIT) -> list[str]:
    """A response as one or more HTML message texts, each within Telegram's limit."""
    rendered = [to_html(message) for message in split_segments(response_segments(response), limit)]
    return rendered or [html.escape("(empty)", quote=False)]


__all__ = ["Segment", "TEXT_LIMIT", "render", "split_segments", "table_text", "utf16_len"]
