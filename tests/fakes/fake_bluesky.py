"""A fake Bluesky (AppView + PDS) on 127.0.0.1 that speaks XRPC JSON to the real ``atproto`` client.

    with FakeBluesky() as bsky:
        bsky.add_account("alice.bsky.social", "Alice", posts=["newest post", reply("a reply"),
                         repost("someone else's post"), quote("my words", quoted="their words")])
        client = atproto_client.Client(base_url=bsky.base_url)    # the SDK adds /xrpc
        client.get_author_feed("alice.bsky.social", limit=100)

Reading (no login): ``GET /xrpc/app.bsky.actor.getProfile`` (a ``ProfileViewDetailed``) and
``GET /xrpc/app.bsky.feed.getAuthorFeed`` (``feed`` of ``feedViewPost`` items, most recent first, a
``<sortAt ms>::<cid>`` ``cursor`` while more remain; ``limit`` 1-100; the ``filter`` values). Profile
pictures are served by the fake itself (``GET /img/avatar/plain/<did>/<cid>@png``, a PNG): nothing points
outside 127.0.0.1. Unknown,
suspended (``takendown=True``: ``AccountTakedown``) and deactivated (``AccountDeactivated``) accounts get the
AppView's 400 answers; ``no_unauthenticated=True`` adds the self-label ``!no-unauthenticated``.

Posting: ``POST /xrpc/com.atproto.server.createSession`` (identifier = handle or DID, password = the
account's ``app_password``) answers JWT-shaped tokens and no ``didDoc``, so the client stays on the fake;
``POST /xrpc/com.atproto.repo.createRecord`` needs ``Authorization: Bearer <accessJwt>``, checks the repo is
the session's, refuses post texts over 300 characters (``InvalidRecord``), records the call in
``bsky.created`` (``posted`` lists the texts) and puts the post at the top of the account's feed.

Errors: ``rate_limit_next(path_prefix, reset_in)`` answers the next matching request with 429 and the
``ratelimit-*`` headers; ``fail_xrpc_next(status, error, message, path_prefix)`` with any XRPC error.
Every request is recorded in ``bsky.requests`` (``tests.fakes.json_server.RecordedRequest``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakes.json_server import JsonFake, RecordedRequest, Reply, avatar_png

REPOST = "app.bsky.feed.defs#reasonRepost"
POST = "app.bsky.feed.post"
MAX_POST_GRAPHEMES = 300
_B32 = "abcdefghijklmnopqrstuvwxyz234567"
_HANDLE = re.compile(r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")


def reply(text: str, **extra: Any) -> dict[str, Any]:
    """A post that replies to someone else's post."""
    return {"text": text, "kind": "reply", **extra}


def repost(text: str, by: str = "someone.bsky.social", **extra: Any) -> dict[str, Any]:
    """A repost of ``by``'s post (the feed item carries ``reason`` ``reasonRepost``)."""
    return {"text": text, "kind": "repost", "original_author": by, **extra}


def quote(text: str, quoted: str = "the quoted words", **extra: Any) -> dict[str, Any]:
    """A quote post: its own ``text`` plus an embedded record whose text is ``quoted``."""
    return {"text": text, "kind": "quote", "quoted": quoted, **extra}


def _b32(data: bytes, length: int) -> str:
    number = int.from_bytes(hashlib.sha256(data).digest(), "big")
    out = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        out.append(_B32[digit])
    return "".join(out)


def fake_did(handle: str) -> str:
    return "did:plc:" + _b32(handle.encode(), 24)


def _cid(seed: str) -> str:
    return "bafyrei" + _b32(seed.encode(), 52)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _jwt(payload: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return (
        f"{part({'typ': 'at+jwt', 'alg': 'ES256K'})}.{part(payload)}.{_b32(json.dumps(payload).encode(), 43)}"
    )


@dataclass
class FakeBskyAccount:
    did: str
    handle: str
    display_name: str
    posts: list[dict[str, Any]] = field(default_factory=list)  # feed items, most recent first
    avatar: bool = True  # served by the fake at /img/avatar/plain/<did>/<cid>@png
    deactivated: bool = False
    takendown: bool = False
    no_unauthenticated: bool = False
    app_password: str | None = None


@dataclass
class CreatedRecord:
    repo: str
    collection: str
    record: dict[str, Any]
    uri: str


class FakeBluesky(JsonFake):
    """The fake server and its state; see the module docstring."""

    thread_name = "fake-bluesky"

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[str, FakeBskyAccount] = {}  # by DID
        self.created: list[CreatedRecord] = []
        self._sessions: dict[str, str] = {}  # access JWT -> DID
        self._clock = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
        self._tid = 0

    # -- set-up -------------------------------------------------------------------------------------------
    def add_account(
        self,
        handle: str,
        display_name: str | None = None,
        posts: list[str | dict[str, Any]] = (),  # type: ignore[assignment]
        *,
        did: str | None = None,
        avatar: bool = True,
        deactivated: bool = False,
        takendown: bool = False,
        no_unauthenticated: bool = False,
        app_password: str | None = None,
    ) -> FakeBskyAccount:
        """An account whose ``posts`` (most recent first) are texts or ``reply``/``repost``/``quote``."""
        did = did or fake_did(handle)
        account = FakeBskyAccount(
            did=did,
            handle=handle.lower(),
            display_name=display_name if display_name is not None else handle,
            avatar=avatar,
            deactivated=deactivated,
            takendown=takendown,
            no_unauthenticated=no_unauthenticated,
            app_password=app_password,
        )
        self.accounts[did] = account
        start = self._clock
        account.posts = [
            self._item(account, p if isinstance(p, dict) else {"text": p}, start - timedelta(hours=i))
            for i, p in enumerate(posts)
        ]
        return account

    def rate_limit_next(self, path_prefix: str = "/xrpc/", reset_in: float = 1.0) -> None:
        """The next matching request gets HTTP 429 with ``ratelimit-reset`` = now + ``reset_in`` (epoch s)."""
        headers = {
            "ratelimit-limit": "3000",
            "ratelimit-remaining": "0",
            "ratelimit-reset": str(int(time.time() + reset_in)),
            "ratelimit-policy": "3000;w=300",
        }
        self.fail_next(
            429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, headers, path_prefix
        )

    def fail_xrpc_next(
        self, status: int, error: str, message: str | None = None, path_prefix: str = "/xrpc/"
    ) -> None:
        payload = {"error": error, **({"message": message} if message is not None else {})}
        self.fail_next(status, payload, {}, path_prefix)

    @property
    def posted(self) -> list[str]:
        return [str(c.record.get("text")) for c in self.created if c.collection == POST]

    # -- views ----------------------------------------------------------------------------------------------
    def _basic(self, account: FakeBskyAccount) -> dict[str, Any]:
        view: dict[str, Any] = {
            "did": account.did,
            "handle": account.handle,
            "displayName": account.display_name,
            "labels": self._labels(account),
            "createdAt": "2023-04-23T09:00:00.000Z",
        }
        if account.avatar and account.did in self.accounts:
            view["avatar"] = f"{self.base_url}/img/avatar/plain/{account.did}/{_cid(account.did)}@png"
        return view

    def _labels(self, account: FakeBskyAccount) -> list[dict[str, Any]]:
        if not account.no_unauthenticated:
            return []
        return [
            {
                "src": account.did,
                "uri": f"at://{account.did}/app.bsky.actor.profile/self",
                "cid": _cid(account.did + "profile"),
                "val": "!no-unauthenticated",
                "cts": "2023-04-23T09:00:00.000Z",
            }
        ]

    def _other(self, handle: str) -> FakeBskyAccount:
        return FakeBskyAccount(
            did=fake_did(handle), handle=handle, display_name=handle.split(".")[0].title(), avatar=False
        )

    def _post_view(self, author: FakeBskyAccount, record: dict[str, Any], when: datetime) -> dict[str, Any]:
        self._tid += 1
        rkey = _b32(f"{author.did}{self._tid}".encode(), 13)
        uri = f"at://{author.did}/{POST}/{rkey}"
        return {
            "uri": uri,
            "cid": _cid(uri),
            "author": self._basic(author),
            "record": record,
            "replyCount": 0,
            "repostCount": 0,
            "likeCount": 0,
            "quoteCount": 0,
            "indexedAt": _iso(when),
            "labels": [],
        }

    def _item(self, account: FakeBskyAccount, spec: dict[str, Any], when: datetime) -> dict[str, Any]:
        record: dict[str, Any] = {
            "$type": POST,
            "text": spec["text"],
            "createdAt": _iso(when),
            "langs": ["en"],
        }
        kind = spec.get("kind", "post")
        item: dict[str, Any] = {}
        if kind == "repost":
            item["post"] = self._post_view(
                self._other(spec["original_author"]), record, when - timedelta(minutes=5)
            )
            item["reason"] = {"$type": REPOST, "by": self._basic(account), "indexedAt": _iso(when)}
        elif kind == "reply":
            parent = self._post_view(
                self._other("friend.bsky.social"),
                {"$type": POST, "text": "the parent post", "createdAt": _iso(when)},
                when,
            )
            ref = {"uri": parent["uri"], "cid": parent["cid"]}
            record["reply"] = {"root": ref, "parent": ref}
            item["post"] = self._post_view(account, record, when)
            item["reply"] = {
                "root": {"$type": "app.bsky.feed.defs#postView", **parent},
                "parent": {"$type": "app.bsky.feed.defs#postView", **parent},
            }
        elif kind == "quote":
            other = self._other("quoted.bsky.social")
            quoted = self._post_view(
                other, {"$type": POST, "text": spec["quoted"], "createdAt": _iso(when)}, when
            )
            record["embed"] = {
                "$type": "app.bsky.embed.record",
                "record": {"uri": quoted["uri"], "cid": quoted["cid"]},
            }
            item["post"] = self._post_view(account, record, when)
            item["post"]["embed"] = {
                "$type": "app.bsky.embed.record#view",
                "record": {
                    "$type": "app.bsky.embed.record#viewRecord",
                    "uri": quoted["uri"],
                    "cid": quoted["cid"],
                    "author": quoted["author"],
                    "value": quoted["record"],
                    "indexedAt": quoted["indexedAt"],
                },
            }
        else:
            item["post"] = self._post_view(account, record, when)
        item["_sort"] = int(when.timestamp() * 1000)
        return item

    # -- the XRPC methods -------------------------------------------------------------------------------
    def route(self, request: RecordedRequest) -> Reply:
        method = request.path.removeprefix("/xrpc/")
        if request.method == "GET" and request.path.startswith("/img/avatar/plain/"):
            did = request.path.split("/")[4] if request.path.count("/") >= 5 else ""
            if did in self.accounts and self.accounts[did].avatar:
                return 200, avatar_png(did), {"Content-Type": "image/png"}
            return 404, {"error": "NotFound", "message": "Not Found"}, {}
        if not request.path.startswith("/xrpc/"):
            return 404, {"error": "NotFound", "message": "Not Found"}, {}
        handlers = {
            ("GET", "app.bsky.actor.getProfile"): self._get_profile,
            ("GET", "app.bsky.feed.getAuthorFeed"): self._get_author_feed,
            ("POST", "com.atproto.server.createSession"): self._create_session,
            ("POST", "com.atproto.repo.createRecord"): self._create_record,
        }
        handler = handlers.get((request.method, method))
        if handler is None:
            return 501, {"error": "MethodNotImplemented", "message": "Method Not Implemented"}, {}
        return handler(request)

    def _actor(self, request: RecordedRequest) -> FakeBskyAccount | Reply:
        actor = request.query.get("actor")
        if actor is None:
            return (
                400,
                {"error": "InvalidRequest", "message": 'Error: Params must have the property "actor"'},
                {},
            )
        if not (actor.startswith("did:") or _HANDLE.match(actor.lower())):
            return (
                400,
                {"error": "InvalidRequest", "message": "Error: actor must be a valid did or a handle"},
                {},
            )
        account = self.accounts.get(actor) or next(
            (a for a in self.accounts.values() if a.handle == actor.lower()), None
        )
        if account is None:
            return 400, {"error": "InvalidRequest", "message": "Profile not found"}, {}
        if account.takendown:
            return 400, {"error": "AccountTakedown", "message": "Account has been suspended"}, {}
        if account.deactivated:
            return 400, {"error": "AccountDeactivated", "message": "Account is deactivated"}, {}
        return account

    def _get_profile(self, request: RecordedRequest) -> Reply:
        account = self._actor(request)
        if not isinstance(account, FakeBskyAccount):
            return account
        profile = {
            **self._basic(account),
            "description": "a fake account",
            "followersCount": 10,
            "followsCount": 5,
            "postsCount": len(account.posts),
            "indexedAt": "2024-05-01T12:00:00.000Z",
            "associated": {"lists": 0, "feedgens": 0, "starterPacks": 0, "labeler": False},
        }
        return 200, profile, {}

    def _get_author_feed(self, request: RecordedRequest) -> Reply:
        account = self._actor(request)
        if not isinstance(account, FakeBskyAccount):
            return account
        try:
            limit = int(request.query.get("limit", "50"))
        except ValueError:
            return 400, {"error": "InvalidRequest", "message": "Error: limit must be an integer"}, {}
        if not 1 <= limit <= 100:
            return 400, {"error": "InvalidRequest", "message": "Error: limit can not be greater than 100"}, {}
        items = account.posts
        if request.query.get("filter") == "posts_no_replies":
            items = [i for i in items if "reply" not in i["post"]["record"]]
        start = 0
        cursor = request.query.get("cursor")
        if cursor is not None:
            keys = [f"{i['_sort']}::{i['post']['cid']}" for i in items]
            if cursor not in keys:
                return 400, {"error": "InvalidRequest", "message": "Malformed cursor"}, {}
            start = keys.index(cursor) + 1
        page = items[start : start + limit]
        body: dict[str, Any] = {"feed": [{k: v for k, v in i.items() if k != "_sort"} for i in page]}
        if page and start + limit < len(items):
            body["cursor"] = f"{page[-1]['_sort']}::{page[-1]['post']['cid']}"
        return 200, body, {}

    def _create_session(self, request: RecordedRequest) -> Reply:
        body = request.body if isinstance(request.body, dict) else {}
        identifier = str(body.get("identifier", "")).lower()
        account = next((a for a in self.accounts.values() if identifier in (a.handle, a.did.lower())), None)
        if account is None or not account.app_password or body.get("password") != account.app_password:
            return 401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}, {}
        now = int(time.time())
        access = _jwt(
            {
                "scope": "com.atproto.appPass",
                "sub": account.did,
                "iat": now,
                "exp": now + 7200,
                "aud": "did:web:fake.bsky.network",
            }
        )
        refresh = _jwt(
            {
                "scope": "com.atproto.refresh",
                "sub": account.did,
                "iat": now,
                "exp": now + 86400,
                "jti": _b32(access.encode(), 20),
            }
        )
        self._sessions[access] = account.did
        return (
            200,
            {
                "did": account.did,
                "handle": account.handle,
                "accessJwt": access,
                "refreshJwt": refresh,
                "active": True,
            },
            {},
        )

    def _create_record(self, request: RecordedRequest) -> Reply:
        did = self._sessions.get(request.credential or "") if request.auth_scheme == "Bearer" else None
        if did is None:
            return 401, {"error": "AuthenticationRequired", "message": "Authentication Required"}, {}
        body = request.body if isinstance(request.body, dict) else {}
        account = self.accounts[did]
        if body.get("repo") not in (did, account.handle):
            return (
                403,
                {"error": "InvalidRequest", "message": "Input/repo must be the authenticated user"},
                {},
            )
        record = body.get("record")
        collection = str(body.get("collection", ""))
        if not isinstance(record, dict) or not collection:
            return (
                400,
                {"error": "InvalidRequest", "message": "Input must have the properties collection, record"},
                {},
            )
        if collection == POST:
            text = record.get("text")
            if not isinstance(text, str):
                return 400, {"error": "InvalidRecord", "message": "Record/text must be a string"}, {}
            if len(text) > MAX_POST_GRAPHEMES:
                return (
                    400,
                    {
                        "error": "InvalidRecord",
                        "message": f"Invalid {POST} record: "
                        "Record/text must not be longer than 300 graphemes",
                    },
                    {},
                )
        self._tid += 1
        rkey = body.get("rkey") or _b32(f"new{self._tid}".encode(), 13)
        uri = f"at://{did}/{collection}/{rkey}"
        self.created.append(CreatedRecord(repo=did, collection=collection, record=record, uri=uri))
        if collection == POST:
            when = datetime.now(UTC)
            item = {
                "post": {**self._post_view(account, record, when), "uri": uri},
                "_sort": int(when.timestamp() * 1000),
            }
            account.posts.insert(0, item)
        cid = _cid(uri)
        return (
            200,
            {
                "uri": uri,
                "cid": cid,
                "commit": {"cid": _cid(uri + "commit"), "rev": rkey},
                "validationStatus": "valid",
            },
            {},
        )
