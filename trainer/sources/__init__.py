"""Where tweets come from: the X API, an archive export, a plain file, or a bundled sample account.

``fetch_accounts`` validates every handle first, chooses each account's source and returns one
``AccountTweets`` per account. With ``source="auto"``: input files given -> archive or plain file by type;
otherwise a bundled sample handle -> sample; a bearer token -> the X API; else a clear TrainerError.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.errors import TrainerError
from trainer.handles import normalize_handle
from trainer.progress import NullReporter, Reporter
from trainer.sources.archive import read_archive
from trainer.sources.plainfile import PLAIN_SUFFIXES, read_plain_file
from trainer.sources.samples import SAMPLE_HANDLES, is_sample, read_sample
from trainer.tweets import AccountTweets

ARCHIVE_SUFFIXES = (".zip", ".js")
INPUT_SUFFIXES = ARCHIVE_SUFFIXES + PLAIN_SUFFIXES  # every file type --input (and a chat upload) may be

if TYPE_CHECKING:
    import tweepy

SOURCES = ("auto", "sample", "x", "archive", "file")

__all__ = ["INPUT_SUFFIXES", "SAMPLE_HANDLES", "SOURCES", "fetch_accounts", "input_kind"]


def input_kind(path: Path) -> str:
    """``"archive"`` for a zip, a ``.js`` file or a folder; ``"file"`` for JSON Lines / CSV."""
    if path.is_dir() or path.suffix.lower() in ARCHIVE_SUFFIXES:
        return "archive"
    if path.suffix.lower() in PLAIN_SUFFIXES:
        return "file"
    if path.is_file() and zipfile.is_zipfile(path):
        return "archive"
    raise TrainerError(
        f"{path.name}: unknown input type (use an archive .zip or tweets.js, or a .jsonl/.csv file)"
    )


def _read_input(path: Path, handle: str | None, kind: str, max_tweets: int) -> AccountTweets:
    if not path.exists():
        raise TrainerError(f"no such input file: {path.name}")
    if kind == "archive":
        return read_archive(path, handle, max_tweets=max_tweets)
    if handle is None:
        raise TrainerError(f"{path.name}: a tweet file does not say whose tweets it holds; name the handle")
    return read_plain_file(path, handle, max_tweets=max_tweets)


def _check_unique(handles: list[str]) -> None:
    seen: set[str] = set()
    for handle in handles:
        if handle.lower() in seen:
            raise TrainerError(f"@{handle} is named twice")
        seen.add(handle.lower())


def fetch_accounts(
    handles: Sequence[str],
    source: str = "auto",
    inputs: Sequence[str | Path] = (),
    *,
    bearer_token: str | None = None,
    max_tweets: int = 3200,
    reporter: Reporter | None = None,
    x_client: tweepy.Client | Callable[[], tweepy.Client] | None = None,
) -> list[AccountTweets]:
    """One ``AccountTweets`` per handle (or per input file; inputs pair with handles in order).

    An archive input with no handle to pair with takes the account from its ``data/account.js``.
    ``x_client`` (a ready ``tweepy.Client`` or a factory) replaces the client built from ``bearer_token``.
    """
    reporter = reporter or NullReporter()
    if source not in SOURCES:
        raise TrainerError(f"unknown source {source!r} (choose from {', '.join(SOURCES)})")
    valid = [normalize_handle(h) for h in handles]
    _check_unique(valid)
    paths = [Path(p) for p in inputs]

    if paths:
        if source in ("sample", "x"):
            raise TrainerError(f"input files are not used with --source {source}")
        if len(valid) > len(paths):
            raise TrainerError(
                f"{len(valid)} handles but {len(paths)} input files: give one input per handle"
            )
        accounts = []
        for index, path in enumerate(paths):
            kind = input_kind(path) if source == "auto" else source
            accounts.append(_read_input(path, valid[index] if index < len(valid) else None, kind, max_tweets))
            reporter.progress("fetch", index + 1, len(paths))
        _check_unique([a.handle for a in accounts])
        return accounts

    if not valid:
        raise TrainerError("name at least one handle")
    if source in ("archive", "file"):
        raise TrainerError(f"--source {source} needs an input file per handle")
    plan = [
        _choose_source(handle, source, bearer_token is not None or x_client is not None) for handle in valid
    ]
    accounts = []
    for index, (handle, chosen) in enumerate(zip(valid, plan, strict=True)):
        if chosen == "sample":
            accounts.append(read_sample(handle, max_tweets=max_tweets))
            reporter.progress("fetch", index + 1, len(valid))
            continue
        from trainer.sources.x_api import fetch_x_account

        accounts.append(
            fetch_x_account(
                handle, bearer_token=bearer_token, client=x_client, max_tweets=max_tweets, reporter=reporter
            )
        )
    return accounts


def _choose_source(handle: str, source: str, have_x: bool) -> str:
    """``"sample"`` or ``"x"`` for a handle without an input file, or a TrainerError saying what is missing."""
    if source == "sample" or (source == "auto" and is_sample(handle)):
        if not is_sample(handle):
            raise TrainerError(f"@{handle} is not a sample account (samples: {', '.join(SAMPLE_HANDLES)})")
        return "sample"
    if not have_x:
        if source == "x":
            raise TrainerError("the X API needs a bearer token: set X_BEARER_TOKEN")
        raise TrainerError(
            f"no source for @{handle}: set X_BEARER_TOKEN for the X API, give an archive or tweet file, "
            f"or use a sample account ({', '.join(SAMPLE_HANDLES)})"
        )
    return "x"
