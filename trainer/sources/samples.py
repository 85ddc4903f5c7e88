"""The bundled sample accounts: fictional archives shipped as package data in ``trainer/sample_data/<handle>/``."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from trainer.errors import TrainerError
from trainer.sources.archive import read_archive
from trainer.sources.recent import DEFAULT_MAX_TWEETS
from trainer.tweets import AccountTweets

SAMPLE_HANDLES = ("mb_lena_bakes", "mb_astro_ivo", "mb_grumpy_dev")


def is_sample(handle: str) -> bool:
    return handle.lower() in SAMPLE_HANDLES


def sample_archive_dir(handle: str) -> Path:
    """The folder of a bundled sample archive (it holds ``data/tweets.js`` and ``data/account.js``)."""
    if not is_sample(handle):
        raise TrainerError(f"@{handle} is not a sample account (samples: {', '.join(SAMPLE_HANDLES)})")
    folder = Path(str(files("trainer") / "sample_data" / handle.lower()))
    if not (folder / "data" / "tweets.js").is_file():
        raise TrainerError(f"the sample account @{handle.lower()} is missing from this installation")
    return folder


def read_sample(handle: str, *, max_tweets: int = DEFAULT_MAX_TWEETS) -> AccountTweets:
    """A sample account's ``max_tweets`` most recent tweets, read with the archive reader."""
    return read_archive(sample_archive_dir(handle), handle.lower(), source="sample", max_tweets=max_tweets)
