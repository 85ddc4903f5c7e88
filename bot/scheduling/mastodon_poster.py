"""``/schedule ... to=mastodon``: scheduled posts on Mastodon (or a server with its API) through ``Mastodon.py``.

The bot's account is ``MIMICBIRD_MASTODON_POST_URL`` (its instance) and ``MIMICBIRD_MASTODON_ACCESS_TOKEN`` (a
token with the ``write:statuses`` scope). Each post is ``status_post`` (``POST /api/v1/statuses``) with an
``Idempotency-Key`` made from the schedule and the text, so a retry after a lost answer never posts twice.

A post is the ``/say`` sample (280 characters at most, no pings, the AI marker) with the ``(automated)`` label,
within the instance's ``max_characters`` (read once from ``/api/v2/instance``, 500 when it does not say).
Visibility is ``MIMICBIRD_MASTODON_POST_VISIBILITY``, ``unlisted`` by default: followers and the profile see
every post, but a bot that posts on a timer stays out of the public timelines, as most instances' rules ask of
bots. Mastodon's own "automated" badge is the account's: its owner ticks *This is an automated account* in
the profile settings; a status carries no such flag. The chat gets the status's ``url``.

Failures: a refused token (401) or scope (403) and a refused text (422) are ``NotRetryable``; a rate limit (429:
the client is told to throw, not to sleep for hours in a thread), a network error or a server error is
``PostFailed``, which the scheduler retries with back-off and then reports once. Messages never hold the token.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from typing import Any

from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonRatelimitError,
)

from bot.core.responses import Response
from bot.logging_setup import secret_value
from bot.records import ModelRecord, Schedule
from bot.scheduling.posters import NotRetryable, PostFailed, labelled_post_text
from bot.settings import Settings

DEFAULT_MAX_CHARACTERS = 500
REQUEST_TIMEOUT_S = 30.0
USER_AGENT = "mimicbird"


def mastodon_post_text(sample: str, marker: str, max_characters: int = DEFAULT_MAX_CHARACTERS) -> str:
    """A sample labelled as automated within the instance's character limit."""
    return labelled_post_text(sample, marker, max_characters, len)


class MastodonPoster:
    """Posts on Mastodon as the configured account (see the module docstring)."""

    destination = "mastodon"
    name = "Mastodon"
    place = "on Mastodon"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Mastodon | None = None
        self._max_characters: int | None = None

    def unavailable(self) -> str | None:
        if self.settings.mastodon_post_url.strip() and secret_value(self.settings.mastodon_access_token):
            return None
        return ("Posting to Mastodon is not configured: the bot's owner has to set MIMICBIRD_MASTODON_POST_URL "
                "and MIMICBIRD_MASTODON_ACCESS_TOKEN (a token with the write:statuses scope).")

    def client(self) -> Mastodon:
        """Mastodon.py's client for the bot's account (built once)."""
        if self._client is None:
            self._client = Mastodon(
                api_base_url=self.settings.mastodon_post_url.strip(),
                access_token=secret_value(self.settings.mastodon_access_token),
                ratelimit_method="throw", request_timeout=REQUEST_TIMEOUT_S, user_agent=USER_AGENT,
            )
        return self._client

    async def post(self, schedule: Schedule, model: ModelRecord, sample: str) -> Response | None:
        if self.unavailable():
            raise NotRetryable("posting to Mastodon is no longer configured")
        client = self.client()
        limit = await asyncio.to_thread(self._limit, client)
        text = mastodon_post_text(sample, self.settings.ai_marker, limit)
        # the same for every retry of one run (a lost answer is not posted twice), new for the next run
        key = hashlib.sha256(f"mimicbird:{schedule.id}:{schedule.last_run_at}:{text}".encode()).hexdigest()[:32]
        try:
            status = await asyncio.to_thread(client.status_post, text,
                                             visibility=self.settings.mastodon_post_visibility,
                                             idempotency_key=key)
        except MastodonError as error:
            raise _failure(error) from None
        url = (status.get("url") or status.get("uri")) if isinstance(status, Mapping) else None
        link = (str(url),) if url else ()
        return Response.of(f"Posted on Mastodon for {model.name}: {sample}", *link)

    def _limit(self, client: Mastodon) -> int:
        """The instance's ``max_characters`` (asked once; 500 when it cannot be read)."""
        if self._max_characters is None:
            try:
                found = _max_characters(client.instance())
            except MastodonError:
                found = None
            self._max_characters = found or DEFAULT_MAX_CHARACTERS
        return self._max_characters


def _max_characters(instance: Any) -> int | None:
    try:
        value = instance["configuration"]["statuses"]["max_characters"]
    except (KeyError, TypeError):
        return None
    return min(value, 100_000) if isinstance(value, int) and value >= 100 else None


def _failure(error: MastodonError) -> PostFailed:
    if isinstance(error, MastodonRatelimitError):
        return PostFailed("Mastodon's rate limit was reached; the next try waits")
    if isinstance(error, MastodonNetworkError):
        return PostFailed("the Mastodon instance did not answer")
    if not isinstance(error, MastodonAPIError):
        return PostFailed(f"Mastodon error ({type(error).__name__})")
    args = [*error.args, None, None, None, None]
    status = args[1] if isinstance(args[1], int) else None
    words = " ".join(str(args[3] or args[2] or "").split())[:300]
    said = f"HTTP {status}: {words}" if status is not None else words or "an unreadable answer"
    if status in (401, 403):
        return NotRetryable(f"Mastodon refused the bot's access token ({said}); check "
                            "MIMICBIRD_MASTODON_ACCESS_TOKEN: it needs the write:statuses scope")
    if status == 422:
        return NotRetryable(f"Mastodon refused the post ({said})")
    return PostFailed(f"Mastodon error ({said})")


__all__ = ["DEFAULT_MAX_CHARACTERS", "MastodonPoster", "mastodon_post_text"]
