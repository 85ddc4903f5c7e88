"""What every source produces: one account's raw posts (tweets, Bluesky posts, toots), before cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from trainer.handles import Account, Platform, parse_account

MAX_URL_LENGTH = 2048


@dataclass(frozen=True)
class Tweet:
    text: str
    created_at: datetime | None = None
    is_retweet: bool = False  # a retweet, a Bluesky repost or a Mastodon boost
    is_reply: bool = False
    id: str | None = None


@dataclass
class AccountTweets:
    """Raw posts of one account, from a source (X API, Bluesky, Mastodon, archive, file, sample)."""

    handle: (
        str  # without the leading @: X as typed, Bluesky a lower-case domain handle, Mastodon "user@instance"
    )
    display_name: str
    tweets: list[Tweet] = field(default_factory=list)
    source: str = ""  # "x-api", "bluesky", "mastodon", "archive", "file", "sample": shown in the model card
    platform: str = Platform.X.value  # "x", "bluesky" or "mastodon": the kind of handle
    profile_url: str | None = None  # the account's public profile page (None for the fictional samples)
    avatar_url: str | None = None  # the profile picture, when the source tells it

    @property
    def account(self) -> Account:
        """The typed account (raises TrainerError if ``handle`` does not fit ``platform``)."""
        return parse_account(self.handle, self.platform)


def web_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL of sensible length without spaces, else None.

    Sources pass profile and avatar URLs from a server through this, so a hostile server cannot put a
    ``javascript:`` link or a megabyte of text into the model card.
    """
    if not isinstance(value, str) or len(value) > MAX_URL_LENGTH or not value.isascii():
        return None
    if any(c.isspace() or not c.isprintable() for c in value) or any(c in value for c in "<>\"'`"):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme in ("https", "http") and parts.hostname else None
