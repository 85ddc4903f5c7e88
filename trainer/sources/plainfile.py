"""Plain tweet files collected elsewhere: JSON Lines (``.jsonl``/``.ndjson``/``.json``) or CSV.

Each record needs a ``text``; optional ``created_at`` (ISO-8601 or Twitter's "Sun Apr 23 09:00:00 +0000 2023")
and ``is_retweet`` (true/false, 1/0, yes/no). Files are read as a stream with a bounded line (or item) length and
only the ``max_tweets`` most recent records are kept, so memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from trainer.errors import TrainerError
from trainer.sources.archive import parse_twitter_time
from trainer.sources.recent import DEFAULT_MAX_TWEETS, RecentTweets, check_text
from trainer.sources.streaming_json import (
    MAX_LINE_BYTES,
    StreamError,
    iter_array,
    iter_json_lines,
    text_chunks,
)
from trainer.tweets import AccountTweets, Tweet

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
CSV_SUFFIXES = (".csv",)
PLAIN_SUFFIXES = JSON_SUFFIXES + CSV_SUFFIXES
MAX_FILE_BYTES = 256 << 20  # read as a stream, so this bounds time; the same cap as an archive's tweet files
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
    tweet_id = record.get("id")
    return Tweet(
        text=check_text(text, where),
        created_at=parse_created_at(record.get("created_at"), where),
        is_retweet=parse_bool(record.get("is_retweet"), where),
        id=str(tweet_id)[:40] if isinstance(tweet_id, str | int) and tweet_id != "" else None,
    )


def _starts_with_bracket(file: IO[bytes]) -> bool:
    """Whether the first character that is not whitespace is ``[`` (the stream is rewound)."""
    for _ in range(MAX_LINE_BYTES // 4096):
        piece = file.read(4096)
        if not piece:
            break
        stripped = piece.lstrip(b" \t\r\n").removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")
        if stripped:
            file.seek(0)
            return stripped.startswith(b"[")
    file.seek(0)
    return False


def _json_records(file: IO[bytes], name: str) -> Iterator[tuple[dict[str, Any], str]]:
    try:
        if name.lower().endswith(".json") and _starts_with_bracket(file):  # a plain JSON array
            for index, item in enumerate(iter_array(text_chunks(file, name), name)):
                if not isinstance(item, dict):
                    raise TrainerError(f"{name} item {index}: not a JSON object")
                yield item, f"{name} item {index}"
            return
        for number, item in iter_json_lines(file, name, MAX_LINE_BYTES):
            if not isinstance(item, dict):
                raise TrainerError(f"{name} line {number}: not a JSON object")
            yield item, f"{name} line {number}"
    except StreamError as error:
        raise TrainerError(str(error)) from None


def _bounded_lines(file: IO[str], name: str) -> Iterator[str]:
    """The file's lines, refusing one longer than ``MAX_LINE_BYTES`` characters instead of reading it whole."""
    number = 0
    while line := file.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES:
            raise TrainerError(f"{name} line {number} is longer than {MAX_LINE_BYTES:,} characters")
        yield line


def _csv_records(file: IO[str], name: str) -> Iterator[tuple[dict[str, Any], str]]:
    reader = csv.DictReader(_bounded_lines(file, name))
    try:
        if reader.fieldnames is None:
            raise TrainerError(f"{name} is empty")
        fields = [f.strip().lower() for f in reader.fieldnames]
        if "text" not in fields:
            raise TrainerError(f"{name} has no 'text' column (columns: {', '.join(fields)[:80] or 'none'})")
        for row in reader:
            record = {(k or "").strip().lower(): v for k, v in row.items()}
            yield record, f"{name} line {reader.line_num}"
    except csv.Error as error:
        raise TrainerError(f"{name} is not a readable CSV file ({str(error)[:100]})") from None
    except UnicodeDecodeError:
        raise TrainerError(f"{name} is not UTF-8 text") from None


def read_plain_file(path: str | Path, handle: str, *, max_tweets: int = DEFAULT_MAX_TWEETS) -> AccountTweets:
    """One account's ``max_tweets`` most recent tweets from a JSON Lines or CSV file; ``handle`` (validated)
    names the account."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in PLAIN_SUFFIXES:
        raise TrainerError(f"{name}: a tweet file must be .jsonl, .ndjson, .json or .csv")
    recent = RecentTweets(max_tweets)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TrainerError(f"{name} refused: larger than {MAX_FILE_BYTES // (1 << 20)} MiB")
        if suffix in CSV_SUFFIXES:
            with path.open(encoding="utf-8-sig", newline="") as text_file:
                for record, where in _csv_records(text_file, name):
                    recent.add(_tweet(record, where))
        else:
            with path.open("rb") as binary_file:
                for record, where in _json_records(binary_file, name):
                    recent.add(_tweet(record, where))
    except OSError as error:
        raise TrainerError(f"cannot read {name}: {error.strerror or type(error).__name__}") from None
    if not recent.seen:
        raise TrainerError(f"{name} holds no tweets")
    return AccountTweets(handle=handle, display_name=handle, tweets=recent.tweets(), source="file")
