"""Twitter/X archive exports: ``data/tweets.js`` (plus ``tweets-part1.js`` ...), an archive folder, or the
whole archive ``.zip``.

A ``.js`` file is ``window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]``; ``data/account.js``
(``window.YTD.account.part0 = [{"account": {"username", "accountDisplayName", ...}}]``) gives the handle and
display name when present.

Files are parsed as a stream, one item at a time (``streaming_json``), and only the ``max_tweets`` most recent
tweets are kept (``recent``), so memory does not grow with the archive. What is read is capped in bytes, in
compression ratio and per item (``archive_io``); every problem is a one-line ``TrainerError``.
"""

from __future__ import annotations

import lzma
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from trainer.cleaning import CONTROL_PATTERN
from trainer.errors import TrainerError
from trainer.sources.archive_io import (
    DEFAULT_LIMITS,
    ArchiveLimits,
    ByteBudget,
    ZipMembers,
    file_text,
    format_bytes,
    zip_kind,
)
from trainer.sources.recent import DEFAULT_MAX_TWEETS, RecentTweets, check_text
from trainer.sources.streaming_json import StreamError, iter_array
from trainer.tweets import AccountTweets, Tweet

__all__ = ["DEFAULT_LIMITS", "ArchiveLimits", "parse_twitter_time", "parse_ytd", "read_archive"]

TWITTER_TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"  # "Sun Apr 23 09:00:00 +0000 2023"
TWITTER_TIME = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<month>\w{3}) (?P<day>\d\d) (?P<hour>\d\d):(?P<minute>\d\d):"
    r"(?P<second>\d\d) (?P<offset>[+-](?:[01]\d|2[0-3])[0-5]\d) (?P<year>\d{4})"
)
MONTHS = {
    name: n
    for n, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}
YTD_PREFIX = re.compile(r"\s*window\.YTD\.\w+\.part\d+\s*=\s*")
YTD_HINT = "'window.YTD.<name>.part0 ='"
TWEETS_FILE = re.compile(r"tweets?(-part\d+)?\.js")  # tweets.js, tweets-part1.js, older tweet.js
ACCOUNT_FILE = "account.js"
MAX_DISPLAY_NAME = 50  # X's limit for a display name


def parse_twitter_time(value: str) -> datetime:
    """Parse the archive's ``created_at`` ("Sun Apr 23 09:00:00 +0000 2023"); ValueError if it is not one."""
    match = TWITTER_TIME.fullmatch(value)
    if match and match["month"] in MONTHS:  # strptime's result, several times faster (archives hold many)
        sign = -1 if match["offset"][0] == "-" else 1
        offset = timedelta(hours=int(match["offset"][1:3]), minutes=int(match["offset"][3:]))
        return datetime(
            int(match["year"]), MONTHS[match["month"]], int(match["day"]), int(match["hour"]),
            int(match["minute"]), int(match["second"]), tzinfo=timezone(sign * offset),
        )
    return datetime.strptime(value, TWITTER_TIME_FORMAT)


def _ytd_items(chunks: Iterator[str], name: str) -> Iterator[Any]:
    try:
        yield from iter_array(chunks, name, header=YTD_PREFIX, header_hint=YTD_HINT)
    except StreamError as error:
        raise TrainerError(f"not a Twitter archive: {error}") from None


def parse_ytd(text: str, name: str) -> list[Any]:
    """The items of a small ``window.YTD.<kind>.partN = [...]`` text already in memory (e.g. ``profile.js``)."""
    return list(_ytd_items(iter([text]), name))


def _tweet(item: Any, index: int, name: str) -> Tweet:
    raw = item.get("tweet", item) if isinstance(item, dict) else None
    full_text = raw.get("full_text", raw.get("text")) if isinstance(raw, dict) else None
    if not isinstance(full_text, str):
        raise TrainerError(f"not a Twitter archive: item {index} of {name} has no tweet text")
    assert isinstance(raw, dict)
    check_text(full_text, f"item {index} of {name}")
    created_at = None
    if raw.get("created_at"):
        try:
            created_at = parse_twitter_time(str(raw["created_at"])[:40])
        except ValueError:
            raise TrainerError(
                f"not a Twitter archive: item {index} of {name} has an unreadable created_at "
                f"{str(raw['created_at'])[:40]!r}"
            ) from None
    tweet_id = raw.get("id_str") or raw.get("id")
    return Tweet(
        text=full_text,
        created_at=created_at,
        is_retweet=raw.get("retweeted") in (True, "true") or full_text.startswith("RT @"),
        is_reply=bool(raw.get("in_reply_to_status_id") or raw.get("in_reply_to_status_id_str")),
        id=str(tweet_id)[:40] if isinstance(tweet_id, str | int) and tweet_id != "" else None,
    )


def collect_tweets(chunks: Iterator[str], name: str, recent: RecentTweets) -> None:
    """Add the tweets of one ``tweets.js`` text (a stream of pieces) to ``recent``."""
    for index, item in enumerate(_ytd_items(chunks, name)):
        recent.add(_tweet(item, index, name))


def _display_name(value: Any, username: str) -> str:
    name = " ".join(CONTROL_PATTERN.sub(" ", str(value or "")).split())[:MAX_DISPLAY_NAME].strip()
    return name or username


def parse_account(chunks: Iterator[str], name: str = ACCOUNT_FILE) -> tuple[str, str] | None:
    """(handle, display name) from an ``account.js`` text, or None if it names no account."""
    for item in _ytd_items(chunks, name):
        account = item.get("account") if isinstance(item, dict) else None
        if isinstance(account, dict) and account.get("username"):
            username = str(account["username"])
            return username, _display_name(account.get("accountDisplayName"), username)
    return None


def _tweet_files_order(name: str) -> tuple[int, str]:
    match = re.search(r"-part(\d+)\.js$", name)
    return (int(match.group(1)) if match else 0, name)


def read_archive_zip(
    path: Path, limits: ArchiveLimits = DEFAULT_LIMITS, max_tweets: int = DEFAULT_MAX_TWEETS
) -> tuple[list[Tweet], tuple[str, str] | None]:
    """The most recent tweets and (handle, display name) from an archive ``.zip``."""
    label = path.name
    try:
        with ZipMembers(path, limits, label) as members:
            tweet_infos = sorted(
                (i for i in members.infos if TWEETS_FILE.fullmatch(PurePosixPath(i.filename).name) and not i.is_dir()),
                key=lambda i: _tweet_files_order(i.filename),
            )
            if not tweet_infos:
                raise TrainerError(f"not a Twitter archive: {label} has no data/tweets.js")
            account_infos = [i for i in members.infos if PurePosixPath(i.filename).name == ACCOUNT_FILE][:1]
            members.plan(tweet_infos + account_infos)
            recent = RecentTweets(max_tweets)
            for info in tweet_infos:
                with members.text(info) as chunks:
                    collect_tweets(chunks, PurePosixPath(info.filename).name, recent)
            account = None
            if account_infos:
                with members.text(account_infos[0]) as chunks:
                    account = parse_account(chunks)
            return recent.tweets(), account
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError) as error:
        detail = " ".join(str(error).split())[:100]
        raise TrainerError(f"archive {label} refused: the zip is damaged ({detail or type(error).__name__})") from None
    except NotImplementedError:
        raise TrainerError(f"archive {label} refused: it uses a compression method we cannot read") from None
    except RuntimeError as error:  # zipfile: "... is encrypted, password required for extraction"
        refusal = "is encrypted" if "encrypted" in str(error) else "cannot be read"
        raise TrainerError(f"archive {label} refused: a file in it {refusal}") from None


def read_archive_files(
    path: Path, limits: ArchiveLimits = DEFAULT_LIMITS, max_tweets: int = DEFAULT_MAX_TWEETS
) -> tuple[list[Tweet], tuple[str, str] | None]:
    """The most recent tweets and (handle, display name) from a ``tweets.js`` file or an archive folder."""
    if path.is_dir():
        data_dir = path / "data" if (path / "data").is_dir() else path
        files = sorted(
            (p for p in data_dir.iterdir() if TWEETS_FILE.fullmatch(p.name) and p.is_file()),
            key=lambda p: _tweet_files_order(p.name),
        )
        if not files:
            raise TrainerError(f"not a Twitter archive: folder {path.name} has no data/tweets.js")
    else:
        data_dir = path.parent
        files = [path]
    account_file = data_dir / ACCOUNT_FILE
    budget = ByteBudget(limits, path.name)
    recent = RecentTweets(max_tweets)
    try:
        for file in files:
            size = file.stat().st_size
            if size > limits.max_member_bytes:
                raise TrainerError(
                    f"{file.name} refused: {format_bytes(size)} (at most {format_bytes(limits.max_member_bytes)})"
                )
            if size == 0:
                raise TrainerError(f"not a Twitter archive: {file.name} is empty")
        budget.check_planned([f.stat().st_size for f in files])
        for file in files:
            with file_text(file, budget) as chunks:
                collect_tweets(chunks, file.name, recent)
        account = None
        if account_file.is_file():
            with file_text(account_file, budget) as chunks:
                account = parse_account(chunks)
    except OSError as error:
        raise TrainerError(f"cannot read {path.name}: {error.strerror or type(error).__name__}") from None
    return recent.tweets(), account


def read_archive(
    path: str | Path,
    handle: str | None = None,
    *,
    source: str = "archive",
    limits: ArchiveLimits = DEFAULT_LIMITS,
    max_tweets: int = DEFAULT_MAX_TWEETS,
) -> AccountTweets:
    """One account's ``max_tweets`` most recent tweets from an archive ``.zip``, a ``tweets.js`` or a folder.

    ``handle`` (already validated) names the account; without it the handle comes from ``account.js``.
    """
    from trainer.handles import normalize_handle

    path = Path(path)
    if not path.exists():
        raise TrainerError(f"no such file: {path.name}")
    try:
        kind = zip_kind(path) if path.is_file() else None
    except OSError as error:
        raise TrainerError(f"cannot read {path.name}: {error.strerror or type(error).__name__}") from None
    if kind == "zip":
        tweets, account = read_archive_zip(path, limits, max_tweets)
    elif kind == "truncated":
        raise TrainerError(f"archive {path.name} refused: the zip is truncated (its end is missing; copy it again)")
    elif path.suffix.lower() == ".zip":
        raise TrainerError(f"archive {path.name} refused: not a zip file")
    else:
        tweets, account = read_archive_files(path, limits, max_tweets)
    if handle is None:
        if account is None:
            raise TrainerError(f"{path.name} has no data/account.js: name the account's handle")
        try:
            handle = normalize_handle(account[0])
        except TrainerError:
            raise TrainerError(
                f"{path.name}: account.js names {account[0][:40]!r}, not a valid X handle (name the handle)"
            ) from None
    if account is not None and account[0].lower() == handle.lower():
        return AccountTweets(handle=account[0], display_name=account[1], tweets=tweets, source=source)
    return AccountTweets(handle=handle, display_name=handle, tweets=tweets, source=source)
