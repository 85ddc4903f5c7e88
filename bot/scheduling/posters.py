"""Where a scheduled post goes: a ``Poster`` per destination (the ``to=`` word of ``/schedule``).

``ChatPoster`` (``to=chat``, the default) posts into the chat where the schedule was made, through that
platform's running frontend; ``XPoster`` (``to=x``) posts on X with tweepy's ``create_tweet``, labelled as
automated, and tells the chat where. ``bluesky_poster.py`` (``to=bluesky``) and ``mastodon_poster.py``
(``to=mastodon``) do the same on those platforms. Another destination is one more class with the members of
``Poster``, registered in ``ScheduleService``'s ``posters``.

A poster raises on failure (the service retries with back-off, then reports once); ``PostFailed`` carries
a reason in our own words, ``NotRetryable`` one that another attempt cannot help. Rate limits (HTTP 429) are waited out by the platform libraries themselves:
discord.py and python-telegram-bot's rate limiter retry after the server's delay, and the tweepy client is
built with ``wait_on_rate_limit``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Protocol

import tweepy
from pydantic import SecretStr

from bot.core import presenters
from bot.core.responses import Frontends, Response
from bot.generation.postprocess import trim_to, weighted_length
from bot.logging_setup import kv
from bot.records import ModelRecord, Schedule
from bot.settings import Settings
from trainer.errors import one_line

log = logging.getLogger(__name__)

X_LABEL = "(automated)"
X_MAX_CHARS = 280


class PostFailed(RuntimeError):
    """A post failure explained in our own words (``str()`` is the reason as the chat reads it)."""


class NotRetryable(PostFailed):
    """A post failure that another attempt cannot fix (no frontend for the platform, X not configured)."""


class Poster(Protocol):
    destination: str  # the to= word, as stored
    name: str  # how /schedules names it: "here", "X"
    place: str  # how sentences say where it posts: "here", "on X"

    def unavailable(self) -> str | None:
        """Why this destination cannot be used now (one sentence for the user), or None."""

    async def post(self, schedule: Schedule, model: ModelRecord, sample: str) -> Response | None:
        """Publish one sample; returns a notice for the schedule's chat, or None."""


class ChatPoster:
    """Posts into the schedule's own chat; also tells a chat about its schedules (``tell``)."""

    destination = "chat"
    name = "here"
    place = "here"

    def __init__(self, frontends: Frontends) -> None:
        self.frontends = frontends

    def unavailable(self) -> str | None:
        return None

    async def post(self, schedule: Schedule, model: ModelRecord, sample: str) -> Response | None:
        frontend = self.frontends.get(schedule.platform)
        if frontend is None:
            raise NotRetryable(f"the {schedule.platform} frontend is not running")
        await frontend.post(schedule.chat_id, presenters.samples(model, [sample]))
        return None

    async def tell(self, schedule: Schedule, response: Response, *, what: str) -> None:
        """One best-effort message to the schedule's chat (no retries; a failure is only logged)."""
        frontend = self.frontends.get(schedule.platform)
        if frontend is None:
            log.warning(kv("schedule.notify_skipped", schedule=schedule.id, what=what, reason="no frontend"))
            return
        try:
            await frontend.post(schedule.chat_id, response)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001
            log.warning(kv("schedule.notify_failed", schedule=schedule.id, what=what, reason=one_line(error)))


class XPoster:
    """Posts on X with the configured user-context credentials (OAuth 1.0a keys or an OAuth 2.0 user token)."""

    destination = "x"
    name = "X"
    place = "on X"

    def __init__(self, settings: Settings, client: tweepy.Client | None = None) -> None:
        self.settings = settings
        self._client = client

    @property
    def configured(self) -> bool:
        return self._client is not None or self._oauth1() or self.settings.x_user_token is not None

    def unavailable(self) -> str | None:
        if self.configured:
            return None
        return ("Posting to X is not configured: the bot's owner has to set MIMICBIRD_X_CONSUMER_KEY, "
                "MIMICBIRD_X_CONSUMER_SECRET, MIMICBIRD_X_ACCESS_TOKEN and MIMICBIRD_X_ACCESS_TOKEN_SECRET "
                "(or MIMICBIRD_X_USER_TOKEN).")

    def client(self) -> tweepy.Client | None:
        """The tweepy client for ``create_tweet`` (built once from the settings), or None when not configured."""
        if self._client is None and self.configured:
            s = self.settings
            if self._oauth1():
                self._client = tweepy.Client(
                    consumer_key=_secret(s.x_consumer_key), consumer_secret=_secret(s.x_consumer_secret),
                    access_token=_secret(s.x_access_token), access_token_secret=_secret(s.x_access_token_secret),
                    wait_on_rate_limit=True,
                )
            else:
                self._client = tweepy.Client(bearer_token=_secret(s.x_user_token), wait_on_rate_limit=True)
        return self._client

    def _oauth1(self) -> bool:
        s = self.settings
        return all((s.x_consumer_key, s.x_consumer_secret, s.x_access_token, s.x_access_token_secret))

    async def post(self, schedule: Schedule, model: ModelRecord, sample: str) -> Response | None:
        client = self.client()
        if client is None:
            raise NotRetryable("posting to X is no longer configured")
        text = x_post_text(sample, self.settings.ai_marker)
        user_auth = client.consumer_key is not None
        try:
            result = await asyncio.to_thread(client.create_tweet, text=text, user_auth=user_auth)
        except tweepy.HTTPException as error:
            messages = "; ".join(str(m) for m in error.api_messages) or error.response.reason
            raise PostFailed(f"HTTP {error.response.status_code}: {messages}") from None
        data = result.data if isinstance(result, tweepy.Response) else None
        tweet_id = str(data.get("id", "")) if isinstance(data, Mapping) else ""
        link = (f"https://x.com/i/web/status/{tweet_id}",) if tweet_id else ()
        return Response.of(f"Posted on X for {model.name}: {sample}", *link)


def x_post_text(sample: str, marker: str) -> str:
    """A sample labelled for X as automated (``… — 🤖 AI (automated)``), within X's 280 weighted characters."""
    return labelled_post_text(sample, marker, X_MAX_CHARS, weighted_length)


def labelled_post_text(sample: str, marker: str, limit: int, length: Callable[[str], int]) -> str:
    """``sample`` with the ``(automated)`` label, within ``limit`` as ``length`` counts (X's weighted
    characters, Bluesky's graphemes, Mastodon's characters); a longer text is cut at a word with ``…``, keeping
    the AI marker and the label. The cut uses X's weighted count, which is never less than the characters or
    graphemes of the same text, so the result fits every platform's count."""
    label = f" {X_LABEL}"
    if length(sample + label) <= limit:
        return sample + label
    suffix = f" — {marker}" if marker and sample.endswith(f" — {marker}") else ""
    body = sample[: len(sample) - len(suffix)] if suffix else sample
    return trim_to(body, limit - weighted_length(suffix + label)) + suffix + label


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


__all__ = ["ChatPoster", "NotRetryable", "PostFailed", "Poster", "X_LABEL", "XPoster", "labelled_post_text",
           "x_post_text"]
