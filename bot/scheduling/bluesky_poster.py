"""``/schedule ... to=bluesky``: scheduled posts on Bluesky through the ``atproto`` SDK's ``AsyncClient``.

The bot's account logs in with an app password (``MIMICBIRD_BLUESKY_HANDLE`` and
``MIMICBIRD_BLUESKY_APP_PASSWORD``; ``com.atproto.server.createSession`` on ``MIMICBIRD_BLUESKY_PDS_URL``) once,
and each post is ``send_post`` (``com.atproto.repo.createRecord`` of an ``app.bsky.feed.post``). The SDK
refreshes the session before its access token expires; when the server refuses the session anyway (expired or
revoked: 401, ``ExpiredToken``, ``InvalidToken``), the poster logs in again and sends once more, which cannot
post twice (a refused request created nothing).

A post is the ``/say`` sample (280 characters at most, no pings, the AI marker) with the ``(automated)`` label,
within Bluesky's 300 graphemes. Bluesky's own automation badge is the account's: its owner turns it on in the
Bluesky app (Settings > Account > Automation label); a post record carries no such flag. The chat gets the
link ``https://bsky.app/profile/<handle>/post/<rkey>``.

Failures: a refused login (a wrong handle or app password) is ``NotRetryable`` (logging in again and again only
trips Bluesky's login rate limit); a rate limit (429), a network error or a server error is ``PostFailed``,
which the scheduler retries with back-off and then reports once. Messages never hold the app password.
"""

from __future__ import annotations

import asyncio

import regex
from atproto_client import AsyncClient
from atproto_client.exceptions import (
    BadRequestError,
    NetworkError,
    RateLimitExceededError,
    RequestErrorBase,
    UnauthorizedError,
)
from atproto_client.models.common import XrpcError
from atproto_client.request import AsyncRequest
from atproto_core.exceptions import AtProtocolError

from bot.core.responses import Response
from bot.logging_setup import secret_value
from bot.records import ModelRecord, Schedule
from bot.scheduling.posters import NotRetryable, PostFailed, labelled_post_text
from bot.settings import Settings

BLUESKY_MAX_GRAPHEMES = 300
REQUEST_TIMEOUT_S = 30.0
SESSION_ERRORS = frozenset({"AuthenticationRequired", "ExpiredToken", "InvalidToken"})
_GRAPHEME = regex.compile(r"\X")


def graphemes(text: str) -> int:
    """How many user-perceived characters (extended grapheme clusters) Bluesky counts in ``text``."""
    return len(_GRAPHEME.findall(text))


def bluesky_post_text(sample: str, marker: str) -> str:
    """A sample labelled as automated within Bluesky's 300 graphemes."""
    return labelled_post_text(sample, marker, BLUESKY_MAX_GRAPHEMES, graphemes)


class BlueskyPoster:
    """Posts on Bluesky as the configured account (see the module docstring)."""

    destination = "bluesky"
    name = "Bluesky"
    place = "on Bluesky"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: AsyncClient | None = None
        self._handle = ""
        self._repo = ""  # the account's DID (or its handle, when the PDS serves no profile)
        self._login_lock = asyncio.Lock()

    def unavailable(self) -> str | None:
        if self.settings.bluesky_handle.strip() and secret_value(self.settings.bluesky_app_password):
            return None
        return ("Posting to Bluesky is not configured: the bot's owner has to set MIMICBIRD_BLUESKY_HANDLE and "
                "MIMICBIRD_BLUESKY_APP_PASSWORD (an app password of the bot's account).")

    async def post(self, schedule: Schedule, model: ModelRecord, sample: str) -> Response | None:
        if self.unavailable():
            raise NotRetryable("posting to Bluesky is no longer configured")
        text = bluesky_post_text(sample, self.settings.ai_marker)
        uri = await self._send(text)
        did, _, rkey = uri.removeprefix("at://").partition("/app.bsky.feed.post/")
        link = f"https://bsky.app/profile/{self._handle or did}/post/{rkey}"
        return Response.of(f"Posted on Bluesky for {model.name}: {sample}", link)

    async def close(self) -> None:
        """Close the HTTP connections (the scheduler calls this when it stops)."""
        client, self._client = self._client, None
        if client is not None:
            await _close(client)

    async def _send(self, text: str) -> str:
        """Send the post (logging in first, and once more if the session is refused); its AT URI."""
        for attempt in (1, 2):
            client = await self._session()
            try:
                created = await client.send_post(text, profile_identify=self._repo)
            except (UnauthorizedError, BadRequestError) as error:
                if attempt == 1 and _session_refused(error):
                    await self._drop(client)
                    continue
                raise _failure(error, "posting") from None
            except AtProtocolError as error:
                raise _failure(error, "posting") from None
            return str(created.uri)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _session(self) -> AsyncClient:
        async with self._login_lock:
            if self._client is not None:
                return self._client
            settings = self.settings
            client = AsyncClient(base_url=settings.bluesky_pds_url,
                                 request=AsyncRequest(timeout=REQUEST_TIMEOUT_S))
            handle = settings.bluesky_handle.strip().removeprefix("@")
            try:
                profile = await client.login(handle, secret_value(settings.bluesky_app_password) or "")
            except UnauthorizedError as error:
                await _close(client)
                raise NotRetryable(
                    f"Bluesky refused the login of @{handle[:60]} ({_words(error)}); check "
                    "MIMICBIRD_BLUESKY_HANDLE and MIMICBIRD_BLUESKY_APP_PASSWORD"
                ) from None
            except AtProtocolError as error:
                await _close(client)
                raise _failure(error, "logging in") from None
            self._handle = profile.handle if profile is not None else ""
            self._repo = profile.did if profile is not None else handle
            self._client = client
            return client

    async def _drop(self, client: AsyncClient) -> None:
        async with self._login_lock:
            if self._client is client:
                self._client = None
        await _close(client)


def _session_refused(error: RequestErrorBase) -> bool:
    if isinstance(error, UnauthorizedError):
        return True
    content = error.response.content if error.response is not None else None
    return isinstance(content, XrpcError) and content.error in SESSION_ERRORS


def _words(error: AtProtocolError) -> str:
    """``HTTP 400: InvalidRecord: text too long`` from the server's answer, or the kind of failure."""
    response = error.response if isinstance(error, RequestErrorBase) else None
    if response is None:
        return "no answer from the server" if isinstance(error, NetworkError) else type(error).__name__
    content = response.content
    if isinstance(content, XrpcError):
        said = f"{content.error}: {content.message}" if content.message else str(content.error)
    else:
        said = ""
    said = " ".join(said.split())[:300]
    return f"HTTP {response.status_code}" + (f": {said}" if said else "")


def _failure(error: AtProtocolError, what: str) -> PostFailed:
    if isinstance(error, RateLimitExceededError):
        reset = error.reset_at
        when = f"; the limit resets at {reset:%H:%M} UTC" if reset is not None else ""
        return PostFailed(f"Bluesky's rate limit was reached while {what}{when}")
    return PostFailed(f"Bluesky error while {what} ({_words(error)})")


async def _close(client: AsyncClient) -> None:
    await client.request.close()


__all__ = ["BLUESKY_MAX_GRAPHEMES", "BlueskyPoster", "bluesky_post_text", "graphemes"]
