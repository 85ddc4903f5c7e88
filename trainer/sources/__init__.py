"""Where posts come from: the X API, Bluesky, Mastodon, an archive export, a plain file, or a bundled sample.

``fetch_accounts`` validates every handle first (``trainer.handles.parse_account``), chooses each account's
source and returns one ``AccountTweets`` per account. With ``source="auto"``: input files given -> archive or
plain file by type; otherwise the handle's shape decides: a Bluesky handle or DID -> the public Bluesky
AppView, ``@user@instance`` -> the instance's Mastodon API, an X handle -> a bundled sample when it is one,
else the X API when there is a bearer token, else a clear TrainerError. An explicit source applies to every
handle, so a blend that mixes platforms uses ``auto``.

Which to use: X needs a paid API bearer token; Bluesky and Mastodon are free and need no token (an instance
that refuses anonymous readers takes one from ``MIMICBIRD_MASTODON_TOKENS``); an archive is for your own X
account; the samples are for a demo.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.errors import TrainerError
from trainer.handles import PLATFORM_NAMES, Account, Platform, a_platform, account_key, parse_account
from trainer.progress import NullReporter, Reporter
from trainer.sources.archive import read_archive
from trainer.sources.plainfile import PLAIN_SUFFIXES, read_plain_file
from trainer.sources.samples import SAMPLE_HANDLES, is_sample, read_sample
from trainer.tweets import AccountTweets

ARCHIVE_SUFFIXES = (".zip", ".js")
INPUT_SUFFIXES = ARCHIVE_SUFFIXES + PLAIN_SUFFIXES  # every file type --input (and a chat upload) may be

if TYPE_CHECKING:
    import tweepy

SOURCES = ("auto", "sample", "x", "bluesky", "mastodon", "archive", "file")
PLATFORM_OF_SOURCE = {"sample": Platform.X, "x": Platform.X, "bluesky": Platform.BLUESKY,
                      "mastodon": Platform.MASTODON}

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


def _read_input(path: Path, account: Account | None, kind: str, max_tweets: int) -> AccountTweets:
    if not path.exists():
        raise TrainerError(f"no such input file: {path.name}")
    if kind == "archive":
        if account is not None and account.platform is not Platform.X:
            raise TrainerError(
                f"{path.name}: an archive holds an X account, and {account.shown} is not an X handle"
            )
        read = read_archive(path, account.handle if account else None, max_tweets=max_tweets)
        read.profile_url = read.profile_url or read.account.profile_url
        return read
    if account is None:
        raise TrainerError(f"{path.name}: a tweet file does not say whose tweets it holds; name the handle")
    if account.is_did:
        raise TrainerError(f"{path.name}: name the account of a tweet file by its handle, not by a DID")
    read = read_plain_file(path, account.handle, max_tweets=max_tweets)
    read.platform, read.profile_url = account.platform.value, account.profile_url
    return read


def _identity(account: Account) -> str:
    return account.handle if account.is_did else account_key(account)


def _check_unique(accounts: Sequence[Account]) -> None:
    seen: set[str] = set()
    for account in accounts:
        if _identity(account) in seen:
            raise TrainerError(f"{account.shown} is named twice")
        seen.add(_identity(account))


def fetch_accounts(
    handles: Sequence[str | Account],
    source: str = "auto",
    inputs: Sequence[str | Path] = (),
    *,
    bearer_token: str | None = None,
    max_tweets: int = 3200,
    reporter: Reporter | None = None,
    x_client: tweepy.Client | Callable[[], tweepy.Client] | None = None,
    bluesky_url: str | None = None,
    mastodon_url: str | None = None,
    mastodon_tokens: Mapping[str, str] | None = None,
) -> list[AccountTweets]:
    """One ``AccountTweets`` per handle (or per input file; inputs pair with handles in order).

    An archive input with no handle to pair with takes the account from its ``data/account.js``.
    ``x_client`` (a ready ``tweepy.Client`` or a factory) replaces the client built from ``bearer_token``.
    ``bluesky_url`` replaces the public AppView, ``mastodon_url`` every account's own instance (tests, a
    relay); ``mastodon_tokens`` maps an instance's domain to an access token, for instances that refuse
    anonymous readers.
    """
    reporter = reporter or NullReporter()
    if source not in SOURCES:
        raise TrainerError(f"unknown source {source!r} (choose from {', '.join(SOURCES)})")
    accounts = [h if isinstance(h, Account) else parse_account(h) for h in handles]
    _check_unique(accounts)
    paths = [Path(p) for p in inputs]

    if paths:
        if source not in ("auto", "archive", "file"):
            raise TrainerError(f"input files are not used with --source {source}")
        if len(accounts) > len(paths):
            raise TrainerError(
                f"{len(accounts)} handles but {len(paths)} input files: give one input per handle"
            )
        results = []
        for index, path in enumerate(paths):
            kind = input_kind(path) if source == "auto" else source
            results.append(_read_input(path, accounts[index] if index < len(accounts) else None, kind, max_tweets))
            reporter.progress("fetch", index + 1, len(paths))
        _check_unique([a.account for a in results])
        return results

    if not accounts:
        raise TrainerError("name at least one handle")
    if source in ("archive", "file"):
        raise TrainerError(f"--source {source} needs an input file per handle")
    have_x = bearer_token is not None or x_client is not None
    plan = [_choose_source(account, source, have_x) for account in accounts]
    results = []
    for index, (account, chosen) in enumerate(zip(accounts, plan, strict=True)):
        if chosen == "sample":
            results.append(read_sample(account.handle, max_tweets=max_tweets))
            reporter.progress("fetch", index + 1, len(accounts))
        elif chosen == "bluesky":
            from trainer.sources.bluesky import fetch_bluesky_account

            results.append(fetch_bluesky_account(account, base_url=bluesky_url, max_tweets=max_tweets,
                                                 reporter=reporter))
        elif chosen == "mastodon":
            from trainer.sources.mastodon import fetch_mastodon_account

            token = (mastodon_tokens or {}).get(account.instance or "")
            results.append(fetch_mastodon_account(account, base_url=mastodon_url, access_token=token,
                                                  max_tweets=max_tweets, reporter=reporter))
        else:
            from trainer.sources.x_api import fetch_x_account

            results.append(fetch_x_account(account.handle, bearer_token=bearer_token, client=x_client,
                                           max_tweets=max_tweets, reporter=reporter))
    _check_unique([a.account for a in results])  # a DID may resolve to a handle also named
    return results


def _choose_source(account: Account, source: str, have_x: bool) -> str:
    """The source for an account without an input file, or a TrainerError saying what is missing."""
    if source != "auto" and PLATFORM_OF_SOURCE[source] is not account.platform:
        raise TrainerError(
            f"{account.shown} is {a_platform(account.platform)} handle; --source {source} reads "
            f"{PLATFORM_NAMES[PLATFORM_OF_SOURCE[source]]} accounts (leave the source on auto to mix "
            "platforms)"
        )
    if account.platform is Platform.BLUESKY:
        return "bluesky"
    if account.platform is Platform.MASTODON:
        return "mastodon"
    handle = account.handle
    if source == "sample" or (source == "auto" and is_sample(handle)):
        if not is_sample(handle):
            raise TrainerError(f"@{handle} is not a sample account (samples: {', '.join(SAMPLE_HANDLES)})")
        return "sample"
    if not have_x:
        if source == "x":
            raise TrainerError("the X API needs a bearer token: set X_BEARER_TOKEN")
        raise TrainerError(
            f"no source for @{handle}: set X_BEARER_TOKEN for the X API, give an archive or tweet file, "
            f"or use a sample account ({', '.join(SAMPLE_HANDLES)}); Bluesky and Mastodon accounts need no "
            "token"
        )
    return "x"
