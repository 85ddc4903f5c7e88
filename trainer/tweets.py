"""What every tweet source produces: one account's raw tweets, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Tweet:
    text: str
    created_at: datetime | None = None
    is_retweet: bool = False
    is_reply: bool = False
    id: str | None = None


@dataclass
class AccountTweets:
    """Raw tweets of one account, as fetched from a source (X API, archive, plain file, sample)."""

    handle: str  # without the leading @, original case
    display_name: str
    tweets: list[Tweet] = field(default_factory=list)
    source: str = ""  # "x-api", "archive", "file", "sample": shown in the model card
