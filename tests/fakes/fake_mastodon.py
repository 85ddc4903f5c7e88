"""A fake Mastodon instance on 127.0.0.1 that speaks the REST API to the real ``Mastodon.py`` client.

    with FakeMastodon("mastodon.social") as server:
        server.add_account("bob", "Bob", statuses=[toot(f"hi {mention('ann')} {hashtag('tbt')}"),
                                                   boost("theirs")])
        client = mastodon.Mastodon(api_base_url=server.base_url)
        client.account_statuses(client.account_lookup("bob")["id"], limit=40)

Endpoints: ``GET /api/v1/instance`` and ``/api/v2/instance``; ``GET /api/v1/accounts/lookup?acct=`` (a local
``user`` or ``user@<domain>``; 404 ``Record not found``; a suspended account answers ``suspended: true``);
``GET /api/v1/accounts/:id/statuses`` (``limit`` up to 40, ``max_id``/``min_id``, ``exclude_replies``,
``exclude_reblogs``; a ``Link`` header with ``rel="next"`` (``max_id``) when the page is full and
``rel="prev"`` (``min_id``), as Mastodon writes it, on the instance's own https address); ``POST
/api/v1/statuses`` (form or JSON; needs a Bearer token added with ``add_token``; 422 for an empty text or one
over 500 characters; the ``Idempotency-Key`` header is honoured) which records the parameters in
``server.posted`` and puts the status at the top of the account's timeline.

``require_token=True`` makes the instance refuse anonymous readers (401 "This method requires an authenticated
user"), as instances with ``DISALLOW_UNAUTHENTICATED_API_ACCESS`` do; a wrong token gets 401 "The access token
is invalid". ``rate_limit_next`` answers 429 with ``X-RateLimit-*`` headers (the reset as ISO 8601, as
Mastodon sends it), ``fail_api_next(status, error)`` any ``{"error": ...}``. Requests are recorded in
``server.requests``.

Profile pictures are served by the fake itself (``/system/accounts/avatars/<id>/original/a.png``, a PNG).

HTML builders for statuses: ``mention``, ``hashtag``, ``link`` write the markup Mastodon itself renders.
"""

from __future__ import annotations

import html
import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakes.json_server import JsonFake, RecordedRequest, Reply, avatar_png

MAX_CHARACTERS = 500
MAX_LIMIT = 40
ANONYMOUS = "This method requires an authenticated user"
BAD_TOKEN = "The access token is invalid"


def mention(user: str, domain: str = "mastodon.social") -> str:
    return (
        f'<span class="h-card" translate="no"><a href="https://{domain}/@{user}" class="u-url mention">'
        f"@<span>{user}</span></a></span>"
    )


def hashtag(tag: str, domain: str = "mastodon.social") -> str:
    return f'<a href="https://{domain}/tags/{tag}" class="mention hashtag" rel="tag">#<span>{tag}</span></a>'


def link(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return (
        f'<a href="{url}" target="_blank" rel="nofollow noopener" translate="no">'
        f'<span class="invisible">{scheme}://</span><span class="ellipsis">{rest[:30]}</span>'
        f'<span class="invisible">{rest[30:]}</span></a>'
    )


def toot(
    content: str, *, reply: bool = False, visibility: str = "public", wrap: bool = True
) -> dict[str, Any]:
    """A status of the account; ``content`` is HTML (wrapped in ``<p>`` unless ``wrap=False``)."""
    return {"content": f"<p>{content}</p>" if wrap else content, "reply": reply, "visibility": visibility}


def boost(content: str, of: str = "carol@other.social") -> dict[str, Any]:
    """A boost of ``of``'s status with this HTML content."""
    return {"content": f"<p>{content}</p>", "boost_of": of}


@dataclass
class FakeMastodonAccount:
    id: str
    username: str
    domain: str
    display_name: str
    statuses: list[dict[str, Any]] = field(default_factory=list)  # most recent first, API shape
    suspended: bool = False
    locked: bool = False
    bot: bool = False


class FakeMastodon(JsonFake):
    """The fake instance and its state; see the module docstring."""

    thread_name = "fake-mastodon"

    def __init__(self, domain: str = "mastodon.social", *, require_token: bool = False) -> None:
        super().__init__()
        self.domain = domain
        self.require_token = require_token
        self.accounts: dict[str, FakeMastodonAccount] = {}  # by id
        self.tokens: dict[str, str] = {}  # token -> account id
        self.posted: list[
            dict[str, Any]
        ] = []  # POST /api/v1/statuses parameters (+ "account", "idempotency_key")
        self._ids = itertools.count(1)
        self._status_ids = itertools.count(0)
        self._idempotent: dict[tuple[str, str], dict[str, Any]] = {}

    # -- set-up -------------------------------------------------------------------------------------------
    def add_account(
        self,
        username: str,
        display_name: str | None = None,
        statuses: list[str | dict[str, Any]] = (),  # type: ignore[assignment]
        *,
        domain: str | None = None,
        suspended: bool = False,
        locked: bool = False,
        bot: bool = False,
    ) -> FakeMastodonAccount:
        """An account (local unless ``domain``); its statuses, newest first: HTML or ``toot``/``boost``."""
        account = FakeMastodonAccount(
            id=str(109_000_000_000_000_000 + next(self._ids)),
            username=username,
            domain=domain or self.domain,
            display_name=username if display_name is None else display_name,
            suspended=suspended,
            locked=locked,
            bot=bot,
        )
        self.accounts[account.id] = account
        start = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
        for index, spec in enumerate(statuses):
            spec = toot(spec) if isinstance(spec, str) else spec
            account.statuses.append(self._status(account, spec, start - timedelta(hours=index)))
        account.statuses.sort(key=lambda s: int(s["id"]), reverse=True)
        return account

    def add_token(self, token: str, username: str) -> None:
        """A valid access token acting as the local account ``username`` (for reading and posting)."""
        account = self._lookup(username)
        assert account is not None, f"add the account {username} first"
        self.tokens[token] = account.id

    def rate_limit_next(self, path_prefix: str = "/api/", reset_in: float = 1.0) -> None:
        reset = datetime.fromtimestamp(time.time() + reset_in, UTC)
        headers = {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.") + f"{reset.microsecond // 1000:03d}Z",
        }
        self.fail_next(429, {"error": "Too many requests"}, headers, path_prefix)

    def fail_api_next(self, status: int, error: str, path_prefix: str = "/api/") -> None:
        self.fail_next(status, {"error": error}, {}, path_prefix)

    # -- entities -------------------------------------------------------------------------------------------
    def _acct(self, account: FakeMastodonAccount) -> str:
        return account.username if account.domain == self.domain else f"{account.username}@{account.domain}"

    def _account_json(self, account: FakeMastodonAccount) -> dict[str, Any]:
        base = f"https://{account.domain}"
        data: dict[str, Any] = {
            "id": account.id,
            "username": account.username,
            "acct": self._acct(account),
            "display_name": account.display_name,
            "locked": account.locked,
            "bot": account.bot,
            "discoverable": True,
            "group": False,
            "created_at": "2023-04-23T00:00:00.000Z",
            "note": "<p>a fake account</p>",
            "url": f"{base}/@{account.username}",
            "uri": f"{base}/users/{account.username}",
            "avatar": f"{self.base_url}/system/accounts/avatars/{account.id}/original/a.png",
            "avatar_static": f"{self.base_url}/system/accounts/avatars/{account.id}/original/a.png",
            "header": f"{base}/headers/original/missing.png",
            "header_static": f"{base}/headers/original/missing.png",
            "followers_count": 10,
            "following_count": 5,
            "statuses_count": len(account.statuses),
            "last_status_at": "2024-05-01",
            "emojis": [],
            "fields": [],
        }
        if account.suspended:
            data.update(
                suspended=True, display_name="", note="", avatar=f"{base}/avatars/original/missing.png"
            )
        return data

    def _status(self, account: FakeMastodonAccount, spec: dict[str, Any], when: datetime) -> dict[str, Any]:
        status_id = str(int(when.timestamp() * 1000) << 16 | (next(self._status_ids) & 0xFFFF))
        base = f"https://{account.domain}"
        status: dict[str, Any] = {
            "id": status_id,
            "created_at": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "in_reply_to_id": None,
            "in_reply_to_account_id": None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": spec.get("visibility", "public"),
            "language": "en",
            "uri": f"{base}/users/{account.username}/statuses/{status_id}",
            "url": f"{base}/@{account.username}/{status_id}",
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
            "edited_at": None,
            "content": spec.get("content", ""),
            "reblog": None,
            "application": None,
            "account": self._account_json(account),
            "media_attachments": [],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
        }
        if spec.get("reply"):
            status["in_reply_to_id"], status["in_reply_to_account_id"] = "108000000000000001", "1"
        if spec.get("boost_of"):
            user, _, domain = str(spec["boost_of"]).partition("@")
            original_account = FakeMastodonAccount(
                id="1", username=user, domain=domain or self.domain, display_name=user.title()
            )
            original = self._status(
                original_account, {"content": spec["content"]}, when - timedelta(minutes=5)
            )
            status.update(
                content="",
                reblog=original,
                url=None,
                uri=f"{base}/users/{account.username}/statuses/{status_id}/activity",
            )
        return status

    def _lookup(self, acct: str) -> FakeMastodonAccount | None:
        acct = acct.strip().lower().removeprefix("@")
        user, _, domain = acct.partition("@")
        for account in self.accounts.values():
            if account.username.lower() == user and (domain or self.domain) == account.domain:
                return account
        return None

    # -- the API ------------------------------------------------------------------------------------------
    def _reader(self, request: RecordedRequest) -> Reply | None:
        """None when the request may read; else the 401 answer."""
        if request.auth_scheme == "Bearer":
            if request.credential not in self.tokens:
                return 401, {"error": BAD_TOKEN}, {}
            return None
        return (401, {"error": ANONYMOUS}, {}) if self.require_token else None

    def route(self, request: RecordedRequest) -> Reply:
        parts = request.path.strip("/").split("/")
        if request.method == "GET" and parts[:3] == ["system", "accounts", "avatars"] and len(parts) == 6:
            if parts[3] in self.accounts:
                return 200, avatar_png(parts[3]), {"Content-Type": "image/png"}
            return 404, {"error": "Not Found"}, {}
        if request.method == "GET" and parts in (["api", "v1", "instance"], ["api", "v2", "instance"]):
            return 200, self._instance(parts[1]), {}
        if request.method == "POST" and parts == ["api", "v1", "statuses"]:
            return self._post_status(request)
        refused = self._reader(request)
        if refused is not None:
            return refused
        if request.method == "GET" and parts == ["api", "v1", "accounts", "lookup"]:
            account = self._lookup(request.query.get("acct", ""))
            if account is None:
                return 404, {"error": "Record not found"}, {}
            return 200, self._account_json(account), {}
        if (
            request.method == "GET"
            and len(parts) == 5
            and parts[:3] == ["api", "v1", "accounts"]
            and parts[4] == "statuses"
        ):
            return self._statuses(parts[3], request.query)
        return 404, {"error": "Not Found"}, {}

    def _instance(self, version: str) -> dict[str, Any]:
        configuration = {
            "statuses": {
                "max_characters": MAX_CHARACTERS,
                "max_media_attachments": 4,
                "characters_reserved_per_url": 23,
            },
            "urls": {"streaming": f"wss://{self.domain}"},
        }
        if version == "v1":
            return {
                "uri": self.domain,
                "title": "Fake",
                "short_description": "",
                "description": "",
                "email": f"admin@{self.domain}",
                "version": "4.3.0",
                "urls": {"streaming_api": f"wss://{self.domain}"},
                "stats": {"user_count": len(self.accounts), "status_count": 0, "domain_count": 1},
                "thumbnail": None,
                "languages": ["en"],
                "registrations": False,
                "approval_required": False,
                "invites_enabled": False,
                "configuration": configuration,
                "contact_account": None,
                "rules": [],
            }
        return {
            "domain": self.domain,
            "title": "Fake",
            "version": "4.3.0",
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "",
            "usage": {"users": {"active_month": len(self.accounts)}},
            "thumbnail": {"url": ""},
            "languages": ["en"],
            "configuration": configuration,
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "contact": {"email": f"admin@{self.domain}", "account": None},
            "rules": [],
            "api_versions": {"mastodon": 2},
        }

    def _statuses(self, account_id: str, query: dict[str, str]) -> Reply:
        account = self.accounts.get(account_id)
        if account is None:
            return 404, {"error": "Record not found"}, {}
        if account.suspended:
            return 410, {"error": "Gone"}, {}
        try:
            limit = min(max(int(query.get("limit", "20")), 1), MAX_LIMIT)
            max_id = int(query["max_id"]) if query.get("max_id") else None
            min_id = int(query["min_id"]) if query.get("min_id") else None
        except ValueError:
            return 422, {"error": "Validation failed: invalid id"}, {}
        items = account.statuses
        if query.get("exclude_replies") in ("true", "1", "True"):
            items = [s for s in items if s["in_reply_to_id"] is None]
        if query.get("exclude_reblogs") in ("true", "1", "True"):
            items = [s for s in items if s["reblog"] is None]
        if max_id is not None:
            items = [s for s in items if int(s["id"]) < max_id]
        if min_id is not None:
            items = [s for s in items if int(s["id"]) > min_id][-limit:]
        page = items[:limit]
        headers = {}
        if page:
            url = f"https://{self.domain}/api/v1/accounts/{account_id}/statuses"
            links = []
            if len(page) == limit:
                links.append(f'<{url}?limit={limit}&max_id={page[-1]["id"]}>; rel="next"')
            links.append(f'<{url}?limit={limit}&min_id={page[0]["id"]}>; rel="prev"')
            headers["Link"] = ", ".join(links)
        return 200, page, headers

    def _post_status(self, request: RecordedRequest) -> Reply:
        if request.auth_scheme != "Bearer":
            return 401, {"error": ANONYMOUS}, {}
        account_id = self.tokens.get(request.credential or "")
        if account_id is None:
            return 401, {"error": BAD_TOKEN}, {}
        params = request.body if isinstance(request.body, dict) else {}
        key = request.headers.get("Idempotency-Key")
        if key and (account_id, key) in self._idempotent:
            return 200, self._idempotent[(account_id, key)], {}
        text = str(params.get("status") or "")
        if not text.strip():
            return 422, {"error": "Validation failed: Text can't be blank"}, {}
        if len(text) > MAX_CHARACTERS:
            return 422, {"error": f"Validation failed: Text character limit of {MAX_CHARACTERS} exceeded"}, {}
        account = self.accounts[account_id]
        content = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
        status = self._status(
            account,
            {"content": content, "visibility": params.get("visibility") or "public"},
            datetime.now(UTC),
        )
        status["spoiler_text"] = str(params.get("spoiler_text") or "")
        account.statuses.insert(0, status)
        self.posted.append({**params, "account": account.username, "idempotency_key": key})
        if key:
            self._idempotent[(account_id, key)] = status
        return 200, status, {}
