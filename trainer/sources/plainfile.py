"""Plain tweet files collected elsewhere: JSON Lines (``.jsonl``/``.ndjson``/``.json``) or CSV.

Each record needs a ``text``; optional ``created_at`` (ISO-8601 or Twitter's "Sun Apr 23 09:00:00 +0000 2023")
and ``is_retweet`` (true/false, 1/0, yes/no).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from trainer.errors import TrainerError
from trainer.sources.archive import parse_twitter_time
from trainer.tweets import AccountTweets, Tweet

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
CSV_SUFFIXES = (".csv",)
PLAIN_SUFFIXES = JSON_SUFFIXES + CSV_SUFFIXES
MAX_FILE_BYTES = 512 << 20
TRUE_WORDS = {"true", "1", "yes", "y", "t"}
FALSE_WORDS = {"false", "0", "no", "n", "f", ""}


def parse_created_at(value: Any, where: str) -> datetime | None:
    """An ISO-8601 or Twitter-format timestamp; None for an empty value."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parse_twitter_time(text)
    except ValueError:
        raise TrainerError(
            f"{where}: created_at {text[:40]!r} is neither ISO-8601 nor Twitter's format"
        ) from None


def parse_bool(value: Any, where: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float):
        return value != 0
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise TrainerError(f"{where}: is_retweet {str(value)[:20]!r} is not true/false")


def _tweet(record: dict[str, Any], where: str) -> Tweet:
    text = record.get("text")
    if not isinstance(text, str):
        raise TrainerError(f"{where}: no 'text' field")
    return Tweet(
        text=text,
        created_at=parse_created_at(record.get("created_at"), where),
        is_retweet=parse_bool(record.get("is_retweet"), where),
        id=str(record["id"]) if record.get("id") not in (None, "") else None,
    )


def _json_records(content: str, name: str) -> Iterator[tuple[dict[str, Any], str]]:
    if name.lower().endswith(".json") and content.lstrip().startswith("["):  # a plain JSON array
        try:
            items = json.loads(content)
        except json.JSONDecodeError as error:
            raise TrainerError(f"{name} is not valid JSON ({error.msg}, line {error.lineno})") from None
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise TrainerError(f"{name} item {index}: not a JSON object")
            yield item, f"{name} item {index}"
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise TrainerError(f"{name} line {number} is not valid JSON ({error.msg})") from None
        if not isinstance(item, dict):
            raise TrainerError(f"{name} line {number}: not a JSON object")
        yield item, f"{name} line {number}"


def _csv_records(content: str, name: str) -> Iterator[tuple[dict[str, Any], str]]:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
        if "text" not in fields:
            raise TrainerError(f"{name} has no 'text' column (columns: {', '.join(fields)[:80] or 'none'})")
        for row in reader:
            record = {(k or "").strip().lower(): v for k, v in row.items()}
            yield record, f"{name} line {reader.line_num}"
    except csv.Error as error:
        raise TrainerError(f"{name} is not a readable CSV file ({error})") from None


def read_plain_file(path: str | Path, handle: str) -> AccountTweets:
    """One account's tweets from a JSON Lines or CSV file; ``handle`` (validated) names the account."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in PLAIN_SUFFIXES:
        raise TrainerError(f"{name}: a tweet file must be .jsonl, .ndjson, .json or .csv")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TrainerError(f"{name} refused: larger than {MAX_FILE_BYTES} bytes")
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TrainerError(f"{name} is not UTF-8 text") from None
    except OSError as error:
        raise TrainerError(f"cannot read {name}: {error.strerror}") from None
    records = _csv_records(content, name) if suffix in CSV_SUFFIXES else _json_records(content, name)
    tweets = [_tweet(record, where) for record, where in records]
    if not tweets:
        raise TrainerError(f"{name} holds no tweets")
    return AccountTweets(handle=handle, display_name=handle, tweets=tweets, source="file")
