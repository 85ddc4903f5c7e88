"""Bluesky through its public AppView (XRPC, no login), with the ``atproto`` SDK's own client.

``app.bsky.actor.getProfile`` gives the account's handle (also for a DID), display name, avatar and labels;
``app.bsky.feed.getAuthorFeed`` (posts, replies and reposts, 100 a page, most recent first) is paged with its
cursor up to ``max_tweets``. A repost (``reason`` ``app.bsky.feed.defs#reasonRepost``) counts as a retweet,
replies are kept, a quote post keeps its own text; the text comes from the post record.

Unknown, suspended (``AccountTakedown``) and deactivated (``AccountDeactivated``) accounts get their own
message, and so does an account that asked not to be shown to logged-out viewers (its self-label
``!no-unauthenticated``), which mimicbird respects. HTTP 429 waits until ``ratelimit-reset`` while reporting a
``wait`` event; other errors say the HTTP status and the server's own ``error: message``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from atproto_client import Client
from atproto_client.exceptions import RateLimitExceededError, RequestErrorBase
from atproto_client.models.common import XrpcError
from atproto_client.models.dot_dict import DotDict
from atproto_client.request import Request
from atproto_core.exceptions import AtProtocolError

from trainer.errors import TrainerError
from trainer.handles import Account, Platform, parse_account
from trainer.progress import NullReporter, Reporter
from trainer.tweets import AccountTweets, Tweet, web_url

DEFAULT_APPVIEW_URL = "https://public.api.bsky.app"
PAGE_SIZE = 100  # getAuthorFeed's largest page
FEED_FILTER = "posts_with_replies"  # posts, replies and reposts; huggingtweets kept replies too
REPOST = "app.bsky.feed.defs#reasonRepost"
NO_UNAUTHENTICATED = "!no-unauthenticated"
REQUEST_TIMEOUT_S = 30.0
DEFAULT_RATE_LIMIT_WAIT = 60.0  # a 429 without ratelimit-reset or retry-after
MAX_RATE_LIMIT_WAIT = 15 * 60.0  # a reset further away than this fails instead of blocking the trainer
MAX_RATE_LIMIT_RETRIES = 5
MAX_DISPLAY_NAME = 200

T = TypeVar("T")


def make_client(base_url: str | None = None) -> Client:
    """The SDK's client on the AppView (``/xrpc`` is added by the SDK), anonymous, with a request timeout."""
    return Client(base_url=base_url or DEFAULT_APPVIEW_URL, request=Request(timeout=REQUEST_TIMEOUT_S))


def _server_words(error: RequestErrorBase) -> tuple[int | None, str, str]:
    """(HTTP status, XRPC ``error`` name, ``message``) of a failed request."""
    response = error.response
    if response is None:
        return None, "", ""
    content = response.content
    if isinstance(content, XrpcError):
        return response.status_code, str(content.error or "")[:100], str(content.message or "")[:300]
    if isinstance(content, DotDict):  # an error body the SDK could not read as an XrpcError (e.g. no message)
        content = content.to_dict()
    if isinstance(content, bytes | str):
        try:
            content = json.loads(content[:10_000])
        except ValueError:
            content = None
    if isinstance(content, dict):
        error, message = content.get("error"), content.get("message")
        return (
            response.status_code,
            error[:100] if isinstance(error, str) else "",
            message[:300] if isinstance(message, str) else "",
        )
    return response.status_code, "", ""


class BlueskyFetcher:
    """One account's fetch; ``sleep`` and ``clock`` are injectable so tests need not wait for real."""

    def __init__(
        self,
        client: Client,
        reporter: Reporter,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.reporter = reporter
        self.sleep = sleep
        self.clock = clock
        self.host = urlsplit(str(getattr(client, "_base_url", ""))).netloc or "the AppView"
        self.shown = ""

    def _wait_for(self, error: RateLimitExceededError) -> tuple[float, str]:
        if error.reset_at is not None:
            seconds = max(error.reset_at.timestamp() - self.clock(), 0.0) + 1.0
            return seconds, error.reset_at.strftime("%H:%M:%S UTC")
        if error.retry_after is not None:
            return error.retry_after + 1.0, f"{error.retry_after:.0f} s from now"
        return DEFAULT_RATE_LIMIT_WAIT, "a minute from now"

    def _error(self, error: RequestErrorBase, what: str) -> TrainerError:
        status, name, message = _server_words(error)
        if status is None:
            cause = type(error.__cause__ or error).__name__
            return TrainerError(f"cannot reach the Bluesky AppView ({self.host}) while {what}: {cause}")
        lowered = message.lower()
        if name == "AccountTakedown":
            return TrainerError(f"{self.shown} is suspended on Bluesky")
        if name == "AccountDeactivated":
            return TrainerError(f"{self.shown} has deactivated their Bluesky account")
        if name in ("InvalidRequest", "NotFound", "") and (
            "not found" in lowered or "unable to resolve" in lowered
        ):
            return TrainerError(f"{self.shown} does not exist on Bluesky")
        words = ": ".join(w for w in (name, message) if w)
        return TrainerError(f"Bluesky error while {what}: HTTP {status}" + (f": {words}" if words else ""))

    def call(self, what: str, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call the AppView, waiting out rate limits (reported as ``wait`` events) and translating errors."""
        for _attempt in range(MAX_RATE_LIMIT_RETRIES + 1):
            try:
                return function(*args, **kwargs)
            except RateLimitExceededError as error:
                seconds, until = self._wait_for(error)
                if seconds > MAX_RATE_LIMIT_WAIT:
                    raise TrainerError(
                        f"Bluesky rate limit reached while {what}; it resets at {until}, too far away to wait"
                    ) from None
                self.reporter.emit(
                    "wait",
                    message=f"Bluesky rate limit reached while {what}; waiting until {until}",
                    seconds=seconds,
                )
                self.sleep(seconds)
            except RequestErrorBase as error:
                raise self._error(error, what) from None
            except AtProtocolError as error:  # a response the SDK's models cannot read
                raise TrainerError(
                    f"Bluesky answered with data mimicbird cannot read while {what} ({type(error).__name__})"
                ) from None
        raise TrainerError(
            f"Bluesky rate limit still reached after {MAX_RATE_LIMIT_RETRIES} waits while {what}"
        )

    def profile(self, account: Account) -> Any:
        self.shown = account.shown
        profile = self.call(f"looking up {account.shown}", self.client.get_profile, account.handle)
        for label in profile.labels or []:
            if label.val == NO_UNAUTHENTICATED and not label.neg:
                raise TrainerError(
                    f"{account.shown} asked Bluesky not to show their posts to logged-out viewers; "
                    "mimicbird respects that"
                )
        return profile

    def resolved_account(self, account: Account, profile: Any) -> Account:
        """The account by its current handle: a DID is resolved here, and its model name comes from that."""
        try:
            return parse_account(str(profile.handle or ""), Platform.BLUESKY)
        except TrainerError:
            if not account.is_did:
                return account
            raise TrainerError(
                f"{account.handle} has no valid Bluesky handle (the AppView says "
                f"{str(profile.handle)[:60]!r}), so its model cannot be named; use its handle instead"
            ) from None

    def fetch(self, account: Account, max_tweets: int) -> AccountTweets:
        profile = self.profile(account)
        resolved = self.resolved_account(account, profile)
        self.shown = resolved.shown
        limit = max(0, max_tweets)
        posts: list[Tweet] = []
        cursor: str | None = None
        seen_cursors: set[str] = set()
        self.reporter.progress("fetch", 0, limit)
        while len(posts) < limit:
            page = self.call(
                f"reading {resolved.shown}'s posts",
                self.client.get_author_feed,
                profile.did,
                cursor=cursor,
                filter=FEED_FILTER,
                limit=min(PAGE_SIZE, limit - len(posts)),
            )
            posts.extend(_post(item) for item in page.feed[: limit - len(posts)])
            self.reporter.progress("fetch", len(posts), limit)
            cursor = page.cursor
            if not page.feed or not cursor or cursor in seen_cursors:
                break
            seen_cursors.add(cursor)
        display = " ".join(str(profile.display_name or "").split())[:MAX_DISPLAY_NAME] or resolved.handle
        return AccountTweets(
            handle=resolved.handle,
            display_name=display,
            tweets=posts,
            source="bluesky",
            platform=Platform.BLUESKY.value,
            profile_url=resolved.profile_url,
            avatar_url=web_url(profile.avatar),
        )


def _created_at(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _post(item: Any) -> Tweet:
    """One feed item: the post record's own text (a quote's quoted post is an embed, not text)."""
    post = item.post
    record = post.record  # a post Record model, or a DotDict for an unknown record type
    text = getattr(record, "text", None)
    reason = item.reason
    reason_type = getattr(reason, "py_type", None) or (
        reason["$type"] if isinstance(reason, DotDict) else None
    )
    return Tweet(
        text=text if isinstance(text, str) else "",
        created_at=_created_at(getattr(record, "created_at", None)),
        is_retweet=reason_type == REPOST,
        is_reply=getattr(record, "reply", None) is not None,
        id=str(post.uri),
    )


def fetch_bluesky_account(
    account: Account | str,
    *,
    base_url: str | None = None,
    client: Client | None = None,
    max_tweets: int = 3200,
    reporter: Reporter | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
) -> AccountTweets:
    """One account's posts from the AppView at ``base_url`` (default: the public one), most recent first."""
    if not isinstance(account, Account):
        account = parse_account(account, Platform.BLUESKY)
    if account.platform is not Platform.BLUESKY:
        raise TrainerError(f"{account.shown} is not a Bluesky handle")
    fetcher = BlueskyFetcher(
        client or make_client(base_url), reporter or NullReporter(), sleep=sleep, clock=clock
    )
    return fetcher.fetch(account, max_tweets)
