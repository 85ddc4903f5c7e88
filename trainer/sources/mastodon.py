"""Mastodon (and servers with its API) through ``Mastodon.py``, anonymously, on the account's own instance.

``account_lookup`` finds the account, ``account_statuses`` pages through its posts (40 a page, the ``Link``
header's ``max_id``, most recent first) up to ``max_tweets``. Boosts (``reblog`` set) are fetched and count as
retweets, replies are kept, and only public and unlisted posts are read (an access token may see more; those
are skipped). A post's HTML ``content`` becomes plain text with BeautifulSoup: mentions and hashtags stay as
``@user`` / ``#tag``, links go, ``<br>`` and paragraphs become line breaks, entities are unescaped.

Instances that refuse anonymous readers (401/403, "This method requires an authenticated user") get a clear
message; an access token per instance comes from ``MIMICBIRD_MASTODON_TOKENS``, a JSON object mapping the
instance's domain to a token (``{"mastodon.social": "..."}``; read access is enough). Tokens never appear in
messages or logs. HTTP 429 waits until ``X-RateLimit-Reset`` while reporting a ``wait`` event (Mastodon.py is
told to throw, not to sleep silently); other errors say the status and the server's ``error`` text.

Without ``base_url`` the instance is ``https://<domain of the handle>``, and it (and every redirect) must
resolve to public addresses only: a handle cannot point the trainer at a private network.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from bs4 import BeautifulSoup
from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
)

from trainer.errors import TrainerError
from trainer.handles import MASTODON_USER_PATTERN, Account, Platform, parse_account
from trainer.progress import NullReporter, Reporter
from trainer.tweets import AccountTweets, Tweet, web_url

TOKENS_ENV = "MIMICBIRD_MASTODON_TOKENS"
PAGE_SIZE = 40  # account_statuses' largest page
PUBLIC_VISIBILITIES = ("public", "unlisted")
REQUEST_TIMEOUT_S = 30.0
DEFAULT_RATE_LIMIT_WAIT = 60.0
MAX_RATE_LIMIT_WAIT = 15 * 60.0
MAX_RATE_LIMIT_RETRIES = 5
MAX_DISPLAY_NAME = 200
USER_AGENT = "mimicbird"

T = TypeVar("T")


def tokens_from_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The per-instance access tokens of ``MIMICBIRD_MASTODON_TOKENS`` (empty when unset), or TrainerError."""
    raw = environ.get(TOKENS_ENV, "").strip()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        example = '{"mastodon.social": "..."}'
        raise TrainerError(f"{TOKENS_ENV} must be a JSON object of instance domain to token, like {example}")
    return {k.strip().lower(): v.strip() for k, v in data.items() if v.strip()}


def _check_public_host(host: str) -> None:
    """Refuse a host that does not resolve, or resolves to any non-public address (loopback, private, ...)."""
    try:
        infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        raise TrainerError(f"cannot find the Mastodon instance {host}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            raise TrainerError(f"the Mastodon instance {host} is not on the public internet")


def _public_redirects_only(response: requests.Response, *args: Any, **kwargs: Any) -> None:
    """A ``requests`` response hook: a redirect may only lead to another public https host."""
    if response.is_redirect:
        target = urlsplit(requests.compat.urljoin(response.url, response.headers.get("location", "")))
        if target.scheme != "https" or not target.hostname:
            raise TrainerError("the Mastodon instance redirected to a non-https address")
        _check_public_host(target.hostname)


class LastError:
    """A ``requests`` response hook keeping the ``error`` text of the last failed answer.

    Mastodon.py loses the server's words for endpoints that return lists (it casts the error body to the list
    type); this keeps them for the message.
    """

    def __init__(self) -> None:
        self.text = ""

    def __call__(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        if response.ok or response.is_redirect:
            return
        try:
            payload = response.json()
        except ValueError:
            payload = None
        error = payload.get("error") if isinstance(payload, dict) else None
        self.text = " ".join(error.split())[:300] if isinstance(error, str) else ""


def make_client(base_url: str, access_token: str | None = None, *, public_only: bool = True) -> Mastodon:
    """Mastodon.py's client for one instance: it throws on rate limits (we wait and report); a timeout."""
    session = requests.Session()
    session.hooks["response"].append(LastError())
    if public_only:
        session.hooks["response"].append(_public_redirects_only)
    return Mastodon(
        api_base_url=base_url,
        access_token=access_token,
        ratelimit_method="throw",
        request_timeout=REQUEST_TIMEOUT_S,
        session=session,
        user_agent=USER_AGENT,
    )


def status_text(content: str) -> str:
    """A post's HTML ``content`` as plain text: ``@user``, ``#tag``, no links, line breaks, no entities."""
    soup = BeautifulSoup(content or "", "html.parser")
    for marker in soup.select(".quote-inline"):  # "RE: <link>" that Mastodon adds to quote posts
        marker.decompose()
    for link in soup.find_all("a"):
        classes = link.get("class") or []
        text = link.get_text()
        if "mention" in classes or "hashtag" in classes or text.startswith(("@", "#")):
            link.replace_with(text)
        elif text.strip().lower().startswith(("http://", "https://", "www.")) or not text.strip():
            link.decompose()
        else:  # a link on ordinary words (other servers' HTML): the words stay
            link.replace_with(text)
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for paragraph in soup.find_all("p"):
        paragraph.append("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)


class MastodonFetcher:
    """One account's fetch; ``sleep`` and ``clock`` are injectable so tests need not wait for real."""

    def __init__(
        self,
        client: Mastodon,
        reporter: Reporter,
        instance: str,
        *,
        has_token: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.reporter = reporter
        self.instance = instance
        self.has_token = has_token
        self.sleep = sleep
        self.clock = clock
        self.shown = ""

    def _server_words(self, error: MastodonAPIError) -> str:
        memo = next((h for h in self.client.session.hooks["response"] if isinstance(h, LastError)), None)
        args = list(error.args) + [None] * 4
        text = memo.text if memo is not None and memo.text else args[3]
        return " ".join(str(text if isinstance(text, str) and text else args[2] or "").split())[:300]

    def _error(self, error: MastodonAPIError, what: str, lookup: bool) -> TrainerError:
        status = error.args[1] if len(error.args) > 1 else None
        if not isinstance(status, int):  # "Could not parse response as JSON ..."
            return TrainerError(f"{self.instance} answered with data mimicbird cannot read while {what}")
        words = self._server_words(error)
        if isinstance(error, MastodonNotFoundError) and lookup:
            return TrainerError(f"{self.shown} does not exist on {self.instance}")
        if status in (401, 403):
            if self.has_token:
                return TrainerError(
                    f"{self.instance} refused its access token while {what} (HTTP {status}: {words}); "
                    f"check the token for {self.instance} in {TOKENS_ENV}"
                )
            return TrainerError(
                f"{self.instance} does not let anonymous readers see {self.shown}'s posts "
                f"(HTTP {status}: {words}); give mimicbird an access token for {self.instance} in "
                f"{TOKENS_ENV}"
            )
        if status == 410:
            return TrainerError(f"{self.shown} is gone from {self.instance} (HTTP 410: {words})")
        return TrainerError(
            f"Mastodon error from {self.instance} while {what}: HTTP {status}"
            + (f": {words}" if words else "")
        )

    def call(
        self, what: str, function: Callable[..., T], *args: Any, lookup: bool = False, **kwargs: Any
    ) -> T:
        """Call the API, waiting out rate limits (reported as ``wait`` events) and translating errors."""
        for _attempt in range(MAX_RATE_LIMIT_RETRIES + 1):
            try:
                return function(*args, **kwargs)
            except MastodonRatelimitError:
                reset = self.client.ratelimit_reset
                if reset is not None and reset > self.clock():
                    seconds = reset - self.clock() + 1.0
                    until = datetime.fromtimestamp(reset, UTC).strftime("%H:%M:%S UTC")
                else:
                    seconds, until = DEFAULT_RATE_LIMIT_WAIT, "a minute from now"
                if seconds > MAX_RATE_LIMIT_WAIT:
                    raise TrainerError(
                        f"{self.instance} rate limit reached while {what}; it resets at {until}, "
                        "too far away to wait"
                    ) from None
                self.reporter.emit(
                    "wait",
                    message=f"{self.instance} rate limit reached while {what}; waiting until {until}",
                    seconds=seconds,
                )
                self.sleep(seconds)
            except MastodonNetworkError as error:
                cause = error.__context__
                if isinstance(cause, TrainerError):  # our redirect check
                    raise TrainerError(str(cause)) from None
                raise TrainerError(
                    f"cannot reach the Mastodon instance {self.instance} while {what}"
                ) from None
            except MastodonAPIError as error:
                raise self._error(error, what, lookup) from None
            except (MastodonError, ValueError) as error:
                raise TrainerError(
                    f"{self.instance} answered with data mimicbird cannot read while {what} "
                    f"({type(error).__name__})"
                ) from None
        raise TrainerError(
            f"{self.instance} rate limit still reached after {MAX_RATE_LIMIT_RETRIES} waits while {what}"
        )

    def lookup(self, account: Account, acct: str) -> Any:
        self.shown = account.shown
        found = self.call(f"looking up {account.shown}", self.client.account_lookup, acct, lookup=True)
        if not isinstance(found, dict):
            raise TrainerError(f"{self.instance} answered with data mimicbird cannot read while looking up")
        if found.get("suspended"):
            raise TrainerError(f"{account.shown} is suspended on {self.instance}")
        return found

    def fetch(self, account: Account, acct: str, max_tweets: int) -> AccountTweets:
        found = self.lookup(account, acct)
        username = found.get("username")
        if not isinstance(username, str) or username.lower() != account.user.lower():
            raise TrainerError(f"{self.instance} answered the lookup of {account.shown} with another account")
        if MASTODON_USER_PATTERN.fullmatch(username):  # the account's own spelling of its name
            account = Account(Platform.MASTODON, f"{username}@{self.instance}")
            self.shown = account.shown
        limit = max(0, max_tweets)
        posts: list[Tweet] = []
        seen: set[str] = set()
        what = f"reading {account.shown}'s posts"
        self.reporter.progress("fetch", 0, limit)
        page = self.call(what, self.client.account_statuses, found["id"], limit=PAGE_SIZE) if limit else None
        while page:
            if not isinstance(page, list):
                raise TrainerError(f"{self.instance} answered with data mimicbird cannot read while {what}")
            fresh = [s for s in page if isinstance(s, dict) and str(s.get("id")) not in seen]
            seen.update(str(s.get("id")) for s in fresh)
            posts.extend(_post(s) for s in fresh if s.get("visibility") in PUBLIC_VISIBILITIES)
            posts = posts[:limit]
            self.reporter.progress("fetch", len(posts), limit)
            if len(posts) >= limit or not fresh:
                break
            page = self.call(what, self.client.fetch_next, page)
        display = " ".join(str(found.get("display_name") or "").split())[:MAX_DISPLAY_NAME] or account.user
        return AccountTweets(
            handle=account.handle,
            display_name=display,
            tweets=posts,
            source="mastodon",
            platform=Platform.MASTODON.value,
            profile_url=web_url(found.get("url")) or account.profile_url,
            avatar_url=web_url(found.get("avatar")),
        )


def _post(status: Any) -> Tweet:
    created = status.get("created_at")
    reblog = status.get("reblog")
    shown = reblog if isinstance(reblog, dict) else status  # a boost has no content of its own
    return Tweet(
        text=status_text(str(shown.get("content") or "")),
        created_at=created if isinstance(created, datetime) else None,
        is_retweet=reblog is not None,
        is_reply=status.get("in_reply_to_id") is not None,
        id=str(status.get("id")),
    )


def fetch_mastodon_account(
    account: Account | str,
    *,
    base_url: str | None = None,
    access_token: str | None = None,
    max_tweets: int = 3200,
    reporter: Reporter | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
) -> AccountTweets:
    """One account's posts from its instance (or from ``base_url``, e.g. a test server), most recent first."""
    if not isinstance(account, Account):
        account = parse_account(account, Platform.MASTODON)
    if account.platform is not Platform.MASTODON or account.instance is None:
        raise TrainerError(f"{account.shown} is not a Mastodon handle")
    if base_url is None:
        _check_public_host(account.instance)
        client = make_client(f"https://{account.instance}", access_token)
        acct = account.user  # on its own instance an account is looked up by its local name
    else:
        client = make_client(base_url, access_token, public_only=False)
        acct = account.handle  # another server knows it by user@instance
    fetcher = MastodonFetcher(
        client,
        reporter or NullReporter(),
        account.instance,
        has_token=bool(access_token),
        sleep=sleep,
        clock=clock,
    )
    return fetcher.fetch(account, acct, max_tweets)
