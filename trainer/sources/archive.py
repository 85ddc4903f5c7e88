"""Twitter/X archive exports: ``data/tweets.js`` (plus ``tweets-part1.js`` ...), an archive folder, or the
whole archive ``.zip``.

A ``.js`` file is ``window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]``; ``data/account.js``
(``window.YTD.account.part0 = [{"account": {"username", "accountDisplayName", ...}}]``) gives the handle and
display name when present.

Zips are read in memory, never extracted: member names with absolute paths or ``..`` are refused, only the
few ``.js`` files we need are read, and the member count, each member's size, the total bytes read and the
compression ratio are capped (checked against the zip headers and enforced again while reading, since
headers can lie).
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from trainer.errors import TrainerError
from trainer.tweets import AccountTweets, Tweet

TWITTER_TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"  # "Sun Apr 23 09:00:00 +0000 2023"
YTD_PREFIX = re.compile(r"^\s*window\.YTD\.\w+\.part\d+\s*=\s*")
TWEETS_FILE = re.compile(r"^tweets?(-part\d+)?\.js$")  # tweets.js, tweets-part1.js, older tweet.js
ACCOUNT_FILE = "account.js"
READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class ArchiveLimits:
    """Caps that keep a hostile or huge archive from exhausting memory or time."""

    max_members: int = 200_000  # real archives hold many media files; we only read a few .js members
    max_member_bytes: int = 512 << 20  # one .js file, uncompressed
    max_total_bytes: int = 1 << 30  # all .js files read, uncompressed
    max_ratio: int = 100  # uncompressed / compressed, for members over min_ratio_bytes
    min_ratio_bytes: int = 1 << 20


DEFAULT_LIMITS = ArchiveLimits()


def parse_twitter_time(value: str) -> datetime:
    """Parse the archive's ``created_at`` ("Sun Apr 23 09:00:00 +0000 2023")."""
    return datetime.strptime(value, TWITTER_TIME_FORMAT)


def parse_ytd(text: str, name: str) -> list[Any]:
    """The JSON list inside a ``window.YTD.<kind>.partN = [...]`` file."""
    match = YTD_PREFIX.match(text)
    if not match:
        raise TrainerError(f"not a Twitter archive: {name} does not start with 'window.YTD.<name>.part0 ='")
    try:
        data = json.loads(text[match.end() :])
    except json.JSONDecodeError as error:
        raise TrainerError(
            f"not a Twitter archive: {name} is not valid JSON ({error.msg}, line {error.lineno})"
        ) from None
    if not isinstance(data, list):
        raise TrainerError(f"not a Twitter archive: {name} does not hold a list")
    return data


def parse_tweets_js(text: str, name: str = "tweets.js") -> list[Tweet]:
    """Tweets from the text of a ``tweets.js`` file."""
    tweets = []
    for index, item in enumerate(parse_ytd(text, name)):
        raw = item.get("tweet", item) if isinstance(item, dict) else None
        full_text = raw.get("full_text", raw.get("text")) if isinstance(raw, dict) else None
        if not isinstance(full_text, str):
            raise TrainerError(f"not a Twitter archive: item {index} of {name} has no tweet text")
        created_at = None
        if raw.get("created_at"):
            try:
                created_at = parse_twitter_time(str(raw["created_at"]))
            except ValueError:
                raise TrainerError(
                    f"not a Twitter archive: item {index} of {name} has an unreadable created_at "
                    f"{str(raw['created_at'])[:40]!r}"
                ) from None
        retweeted = raw.get("retweeted") in (True, "true")
        tweets.append(
            Tweet(
                text=full_text,
                created_at=created_at,
                is_retweet=retweeted or full_text.startswith("RT @"),
                is_reply=bool(raw.get("in_reply_to_status_id") or raw.get("in_reply_to_status_id_str")),
                id=str(raw.get("id_str") or raw.get("id") or "") or None,
            )
        )
    return tweets


def parse_account_js(text: str, name: str = "account.js") -> tuple[str, str] | None:
    """(handle, display name) from the text of an ``account.js`` file, or None if it names no account."""
    for item in parse_ytd(text, name):
        account = item.get("account") if isinstance(item, dict) else None
        if isinstance(account, dict) and account.get("username"):
            username = str(account["username"])
            return username, str(account.get("accountDisplayName") or username)
    return None


def _tweet_files_order(name: str) -> tuple[int, str]:
    match = re.search(r"-part(\d+)\.js$", name)
    return (int(match.group(1)) if match else 0, name)


class _ZipReader:
    """Reads selected text members of a zip in memory, within ``ArchiveLimits``."""

    def __init__(self, archive: zipfile.ZipFile, limits: ArchiveLimits, label: str) -> None:
        self.archive = archive
        self.limits = limits
        self.label = label
        self.total = 0

    def check_names(self) -> list[zipfile.ZipInfo]:
        infos = self.archive.infolist()
        if len(infos) > self.limits.max_members:
            raise TrainerError(
                f"archive {self.label} refused: {len(infos)} files (at most {self.limits.max_members})"
            )
        for info in infos:
            name = info.filename.replace("\\", "/")
            if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in PurePosixPath(name).parts:
                raise TrainerError(f"archive {self.label} refused: unsafe file name {info.filename[:80]!r}")
        return infos

    def read_text(self, info: zipfile.ZipInfo) -> str:
        limits = self.limits
        if info.file_size > limits.max_member_bytes:
            raise TrainerError(
                f"archive {self.label} refused: {info.filename} is {info.file_size} bytes "
                f"(at most {limits.max_member_bytes})"
            )
        if info.file_size > limits.min_ratio_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise TrainerError(
                f"archive {self.label} refused: {info.filename} is compressed suspiciously well"
            )
        chunks = []
        size = 0
        with self.archive.open(info) as member:
            while chunk := member.read(READ_CHUNK):
                size += len(chunk)
                self.total += len(chunk)
                if size > limits.max_member_bytes:
                    raise TrainerError(
                        f"archive {self.label} refused: {info.filename} is larger than its header says"
                    )
                if self.total > limits.max_total_bytes:
                    raise TrainerError(
                        f"archive {self.label} refused: more than {limits.max_total_bytes} bytes to read"
                    )
                chunks.append(chunk)
        try:
            return b"".join(chunks).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise TrainerError(f"not a Twitter archive: {info.filename} is not UTF-8 text") from None


def read_archive_zip(
    path: Path, limits: ArchiveLimits = DEFAULT_LIMITS
) -> tuple[list[Tweet], tuple[str, str] | None]:
    """Tweets and (handle, display name) from an archive ``.zip``."""
    label = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            reader = _ZipReader(archive, limits, label)
            infos = reader.check_names()
            tweet_infos = sorted(
                (i for i in infos if TWEETS_FILE.match(PurePosixPath(i.filename).name) and not i.is_dir()),
                key=lambda i: _tweet_files_order(i.filename),
            )
            if not tweet_infos:
                raise TrainerError(f"not a Twitter archive: {label} has no data/tweets.js")
            tweets: list[Tweet] = []
            for info in tweet_infos:
                tweets.extend(parse_tweets_js(reader.read_text(info), PurePosixPath(info.filename).name))
            account = None
            account_infos = [i for i in infos if PurePosixPath(i.filename).name == ACCOUNT_FILE]
            if account_infos:
                account = parse_account_js(reader.read_text(account_infos[0]), ACCOUNT_FILE)
            return tweets, account
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise TrainerError(f"not a Twitter archive: {label} is not a readable zip ({error})") from None
    except (RuntimeError, NotImplementedError) as error:  # encrypted members, unsupported compression
        raise TrainerError(f"archive {label} refused: {error}") from None


def _read_js_file(path: Path, limits: ArchiveLimits) -> str:
    try:
        size = path.stat().st_size
        if size > limits.max_member_bytes:
            raise TrainerError(f"{path.name} refused: {size} bytes (at most {limits.max_member_bytes})")
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TrainerError(f"not a Twitter archive: {path.name} is not UTF-8 text") from None
    except OSError as error:
        raise TrainerError(f"cannot read {path.name}: {error.strerror}") from None


def read_archive_files(
    path: Path, limits: ArchiveLimits = DEFAULT_LIMITS
) -> tuple[list[Tweet], tuple[str, str] | None]:
    """Tweets and (handle, display name) from a ``tweets.js`` file or an archive folder (or its ``data`` folder)."""
    if path.is_dir():
        data_dir = path / "data" if (path / "data").is_dir() else path
        files = sorted(
            (p for p in data_dir.iterdir() if TWEETS_FILE.match(p.name)),
            key=lambda p: _tweet_files_order(p.name),
        )
        if not files:
            raise TrainerError(f"not a Twitter archive: folder {path.name} has no data/tweets.js")
    else:
        data_dir = path.parent
        files = [path]
    tweets: list[Tweet] = []
    for file in files:
        tweets.extend(parse_tweets_js(_read_js_file(file, limits), file.name))
    account_file = data_dir / ACCOUNT_FILE
    account = parse_account_js(_read_js_file(account_file, limits)) if account_file.is_file() else None
    return tweets, account


def read_archive(
    path: str | Path,
    handle: str | None = None,
    *,
    source: str = "archive",
    limits: ArchiveLimits = DEFAULT_LIMITS,
) -> AccountTweets:
    """One account's tweets from an archive ``.zip``, a ``tweets.js`` file or an archive folder.

    ``handle`` (already validated) names the account; without it the handle comes from ``account.js``.
    """
    from trainer.handles import normalize_handle

    path = Path(path)
    if not path.exists():
        raise TrainerError(f"no such file: {path.name}")
    if path.is_file() and zipfile.is_zipfile(path):
        tweets, account = read_archive_zip(path, limits)
    else:
        tweets, account = read_archive_files(path, limits)
    if handle is None:
        if account is None:
            raise TrainerError(f"{path.name} has no data/account.js: name the account's handle")
        handle = normalize_handle(account[0])
    if account is not None and account[0].lower() == handle.lower():
        return AccountTweets(handle=account[0], display_name=account[1], tweets=tweets, source=source)
    return AccountTweets(handle=handle, display_name=handle, tweets=tweets, source=source)
