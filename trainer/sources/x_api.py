"""The X API v2 through tweepy (app-only bearer token).

Looks the user up by username, then pages through ``get_users_tweets`` (100 per page, pagination tokens)
up to ``max_tweets`` (the API returns at most the 3,200 most recent). Unknown, suspended and protected
accounts each get their own message; HTTP 429 waits until ``x-rate-limit-reset`` while reporting the wait
(not tweepy's silent ``wait_on_rate_limit``); other HTTP errors fail with the status and the API's error text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import requests
import tweepy

from trainer.errors import Redactor, TrainerError
from trainer.progress import NullReporter, Reporter
from trainer.tweets import AccountTweets, Tweet, web_url

API_MAX_TWEETS = 3200  # the user timeline endpoint serves at most the 3,200 most recent tweets
PAGE_SIZE = 100
TWEET_FIELDS = ["created_at", "referenced_tweets", "entities"]
USER_FIELDS = ["name", "protected", "profile_image_url"]
DEFAULT_RATE_LIMIT_WAIT = 60.0  # when a 429 carries no x-rate-limit-reset header
MAX_RATE_LIMIT_RETRIES = 5

T = TypeVar("T")

# tweepy logs every request's headers, the bearer token included, at DEBUG level: never let that through.
logging.getLogger("tweepy.client").setLevel(logging.INFO)


def _api_error_text(payload: Any) -> str:
    """The API's own words from an error payload: ``title: detail`` of each error (or ``message``)."""
    if not isinstance(payload, dict):
        return ""
    errors = payload.get("errors") if isinstance(payload.get("errors"), list) else []
    if not errors and ("title" in payload or "detail" in payload):
        errors = [payload]
    parts = []
    for error in errors:
        if isinstance(error, dict):
            title, detail = error.get("title"), error.get("detail") or error.get("message")
            parts.append(": ".join(str(p) for p in dict.fromkeys((title, detail)) if p))
        elif isinstance(error, str):
            parts.append(error)
    return "; ".join(p for p in parts if p)


def _not_authorized(text: str) -> bool:
    """The API's answer for a protected account's timeline ("Authorization Error: Sorry, you are not authorized ...")."""
    return "authorization error" in text.lower() or "not authorized" in text.lower()


def _http_error(error: tweepy.HTTPException, what: str, handle: str) -> TrainerError:
    response = error.response
    status = getattr(response, "status_code", None) or getattr(response, "status", "?")
    reason = str(getattr(response, "reason", "") or "")
    try:
        text = _api_error_text(response.json())
    except ValueError:
        text = ""
    if reason and text.lower().startswith(f"{reason.lower()}: "):
        text = text[len(reason) + 2 :]  # "HTTP 503 Service Unavailable: Service Unavailable: ..." reads badly
    elif text.lower() == reason.lower():
        text = ""
    if status in (401, 403) and _not_authorized(text):
        return TrainerError(f"@{handle} is a protected account: its tweets are not public")
    hint = " (is X_BEARER_TOKEN right?)" if status == 401 else ""
    return TrainerError(
        f"X API error while {what}: HTTP {status} {reason}".rstrip() + (f": {text}" if text else "") + hint
    )


class XFetcher:
    """One account's fetch; ``sleep`` and ``clock`` are injectable so tests need not wait for real."""

    def __init__(
        self,
        client: tweepy.Client,
        reporter: Reporter,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        secret: str | None = None,
    ) -> None:
        self.client = client
        self.reporter = reporter
        self.sleep = sleep
        self.clock = clock
        self.secret = secret
        self.handle = ""

    def _scrub(self, error: TrainerError) -> TrainerError:
        return TrainerError(Redactor([self.secret])(str(error)))

    def call(self, what: str, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call the API, waiting out rate limits (reported as ``wait`` events) and translating errors."""
        for _attempt in range(MAX_RATE_LIMIT_RETRIES + 1):
            try:
                return function(*args, **kwargs)
            except tweepy.TooManyRequests as error:
                if error.reset_time is not None:
                    seconds = max(float(error.reset_time) - self.clock(), 0.0) + 1.0
                    until = datetime.fromtimestamp(error.reset_time, UTC).strftime("%H:%M:%S UTC")
                else:
                    seconds, until = DEFAULT_RATE_LIMIT_WAIT, "a minute from now"
                self.reporter.emit(
                    "wait",
                    message=f"X API rate limit reached while {what}; waiting until {until}",
                    seconds=seconds,
                )
                self.sleep(seconds)
            except tweepy.HTTPException as error:
                raise self._scrub(_http_error(error, what, self.handle)) from None
            except requests.RequestException as error:
                raise TrainerError(f"cannot reach the X API while {what}: {type(error).__name__}") from None
        raise TrainerError(
            f"X API rate limit still reached after {MAX_RATE_LIMIT_RETRIES} waits while {what}"
        )

    def lookup_user(self, handle: str) -> tweepy.User:
        response = self.call(
            f"looking up @{handle}", self.client.get_user, username=handle, user_fields=USER_FIELDS
        )
        if response.data is not None:
            user = response.data
            if user.protected:
                raise TrainerError(f"@{user.username} is a protected account: its tweets are not public")
            return user
        text = _api_error_text({"errors": response.errors}).lower()
        if "suspended" in text:
            raise TrainerError(f"@{handle} is suspended on X")
        if "not found" in text or "could not find" in text or not text:
            raise TrainerError(f"@{handle} does not exist on X")
        raise TrainerError(
            f"X API refused to look up @{handle}: {_api_error_text({'errors': response.errors})}"
        )

    def fetch(self, handle: str, max_tweets: int) -> AccountTweets:
        self.handle = handle
        user = self.lookup_user(handle)
        limit = max(0, min(max_tweets, API_MAX_TWEETS))
        tweets: list[Tweet] = []
        token: str | None = None
        self.reporter.progress("fetch", 0, limit)
        while len(tweets) < limit:
            response = self.call(
                f"reading @{user.username}'s tweets",
                self.client.get_users_tweets,
                user.id,
                max_results=PAGE_SIZE,
                pagination_token=token,
                tweet_fields=TWEET_FIELDS,
            )
            if response.data is None and response.errors:
                text = _api_error_text({"errors": response.errors})
                if _not_authorized(text):
                    raise TrainerError(f"@{user.username} is a protected account: its tweets are not public")
                raise TrainerError(f"X API refused @{user.username}'s tweets: {text}")
            tweets.extend(_tweet(t) for t in (response.data or [])[: limit - len(tweets)])
            self.reporter.progress("fetch", len(tweets), limit)
            token = (response.meta or {}).get("next_token")
            if not token:
                break
        return AccountTweets(
            handle=user.username, display_name=user.name, tweets=tweets, source="x-api", platform="x",
            profile_url=f"https://x.com/{user.username}", avatar_url=web_url(user.profile_image_url),
        )


def _tweet(tweet: tweepy.Tweet) -> Tweet:
    kinds = {ref.type for ref in (tweet.referenced_tweets or [])}
    return Tweet(
        text=tweet.text,
        created_at=tweet.created_at,
        is_retweet="retweeted" in kinds,
        is_reply="replied_to" in kinds,
        id=str(tweet.id),
    )


def make_client(bearer_token: str) -> tweepy.Client:
    """A tweepy client for the app-only bearer token; rate limits are handled by ``XFetcher``, not tweepy."""
    return tweepy.Client(bearer_token=bearer_token, wait_on_rate_limit=False)


def fetch_x_account(
    handle: str,
    *,
    bearer_token: str | None = None,
    client: tweepy.Client | Callable[[], tweepy.Client] | None = None,
    max_tweets: int = API_MAX_TWEETS,
    reporter: Reporter | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
) -> AccountTweets:
    """One account's tweets from the X API. ``client`` (or a factory) replaces the one built from the token."""
    if client is None:
        if not bearer_token:
            raise TrainerError("the X API needs a bearer token: set X_BEARER_TOKEN")
        client = make_client(bearer_token)
    elif not isinstance(client, tweepy.Client):
        client = client()
    fetcher = XFetcher(
        client,
        reporter or NullReporter(),
        sleep=sleep,
        clock=clock,
        secret=bearer_token or client.bearer_token,
    )
    return fetcher.fetch(handle, max_tweets)
