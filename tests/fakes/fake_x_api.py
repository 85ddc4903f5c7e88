"""A fake X API v2 on 127.0.0.1 for tests, serving real-shaped JSON to the real tweepy client.

    with FakeXApi() as api:
        api.add_user("lena", "Lena", tweets=["first", "second", ...])
        client = redirect_client(tweepy.Client(bearer_token="t"), api.base_url)
        client.get_user(username="lena")

Endpoints: ``GET /2/users/by/username/:username``, ``GET /2/users/:id/tweets`` (pagination with
``meta.next_token``), ``POST /2/tweets`` (records posted texts). Unknown and suspended users get the API's
200-with-``errors`` payloads; a protected user's timeline gets "Authorization Error". ``rate_limit_once``
and ``fail_once`` queue a 429 (with ``x-rate-limit-reset``) or another error for the next matching request.
Every request is recorded (``api.requests``) without its Authorization header. Runs in a background thread,
so sync and async tests can use it (``with`` or ``async with``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from tests.fakes.json_server import JsonFake, RecordedRequest, Reply, avatar_png

REAL_HOSTS = ("https://api.twitter.com", "https://api.x.com")
NOT_FOUND_TYPE = "https://api.twitter.com/2/problems/resource-not-found"
NOT_AUTHORIZED_TYPE = "https://api.twitter.com/2/problems/not-authorized-for-resource"
INVALID_REQUEST_TYPE = "https://api.twitter.com/2/problems/invalid-request"


@dataclass
class FakeUser:
    id: str
    username: str
    name: str
    protected: bool = False
    suspended: bool = False
    timeline_locked: bool = False  # the timeline answers "Authorization Error" (a protected account)
    tweets: list[dict[str, Any]] = field(default_factory=list)  # newest first, API v2 shape


class FakeXApi(JsonFake):
    """The fake server and its state; tests add users and queue errors, then read ``requests`` and ``posted``."""

    thread_name = "fake-x-api"

    def __init__(self, bearer_token: str | None = None) -> None:
        super().__init__()
        self.bearer_token = bearer_token  # when set, other Bearer tokens get 401 like the real API
        self.users: dict[str, FakeUser] = {}
        self.posted: list[str] = []
        self._next_id = 1_650_000_000_000_000_000

    # -- set-up -------------------------------------------------------------------------------------------
    def add_user(
        self,
        username: str,
        name: str | None = None,
        tweets: list[str | dict[str, Any]] = (),  # type: ignore[assignment]
        *,
        protected: bool = False,
        suspended: bool = False,
        timeline_locked: bool | None = None,
    ) -> FakeUser:
        """A user whose tweets (newest first) are texts or API v2 tweet dicts (id and created_at filled in)."""
        user_id = str(1_000 + len(self.users))
        start = datetime(2023, 4, 23, 9, 0, tzinfo=UTC)
        shaped = []
        for index, item in enumerate(tweets):
            tweet = {"text": item} if isinstance(item, str) else dict(item)
            tweet.setdefault("id", self._new_id())
            tweet.setdefault(
                "created_at", (start - timedelta(hours=index)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            )
            tweet.setdefault("edit_history_tweet_ids", [tweet["id"]])
            shaped.append(tweet)
        user = FakeUser(
            id=user_id,
            username=username,
            name=name or username,
            protected=protected,
            suspended=suspended,
            timeline_locked=protected if timeline_locked is None else timeline_locked,
            tweets=shaped,
        )
        self.users[username.lower()] = user
        return user

    def rate_limit_once(self, path_prefix: str = "/2/", reset_in: float = 1.0) -> None:
        """The next request under ``path_prefix`` gets HTTP 429 with ``x-rate-limit-reset`` = now + reset_in."""
        reset = str(int(time.time() + reset_in))
        headers = {"x-rate-limit-limit": "1500", "x-rate-limit-remaining": "0", "x-rate-limit-reset": reset}
        payload = {
            "title": "Too Many Requests",
            "detail": "Too Many Requests",
            "type": "about:blank",
            "status": 429,
        }
        self.fail_next(429, payload, headers, path_prefix)

    def fail_once(self, status: int, title: str, detail: str, path_prefix: str = "/2/") -> None:
        """The next request under ``path_prefix`` gets an API v2 problem payload with this status."""
        payload = {"title": title, "detail": detail, "type": "about:blank", "status": status}
        self.fail_next(status, payload, path_prefix=path_prefix)

    # -- the API ------------------------------------------------------------------------------------------
    def _new_id(self) -> str:
        self._next_id -= 1_000
        return str(self._next_id)

    def route(self, request: RecordedRequest) -> Reply:
        """(status, JSON payload, extra headers) for one request (queued errors are answered before this)."""
        method, path, query, body = request.method, request.path, request.query, request.body
        auth = f"{request.auth_scheme} {request.credential}" if request.auth_scheme else None
        if method == "GET" and path.startswith("/profile_images/"):  # the image host needs no token
            return 200, avatar_png("x"), {}
        if auth is None:
            return 401, _problem(401, "Unauthorized", "Unauthorized"), {}
        if (
            self.bearer_token is not None
            and auth.startswith("Bearer ")
            and auth != f"Bearer {self.bearer_token}"
        ):
            return 401, _problem(401, "Unauthorized", "Unauthorized"), {}
        parts = path.strip("/").split("/")
        if method == "GET" and parts[:4] == ["2", "users", "by", "username"] and len(parts) == 5:
            return self._get_user(parts[4], query)
        if method == "GET" and parts[:2] == ["2", "users"] and len(parts) == 4 and parts[3] == "tweets":
            return self._get_tweets(parts[2], query)
        if method == "POST" and parts == ["2", "tweets"]:
            return self._post_tweet(body)
        return 404, {"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}, {}

    def _get_user(self, username: str, query: dict[str, str]) -> tuple[int, dict, dict]:
        user = self.users.get(username.lower())
        if user is None or user.suspended:
            detail = (
                f"User has been suspended: [{username}]."
                if user
                else f"Could not find user with username: [{username}]."
            )
            error = {
                "value": username,
                "detail": detail,
                "title": "Forbidden" if user else "Not Found Error",
                "resource_type": "user",
                "parameter": "username",
                "resource_id": username,
                "type": NOT_FOUND_TYPE,
            }
            return 200, {"errors": [error]}, {}
        data: dict[str, Any] = {"id": user.id, "name": user.name, "username": user.username}
        fields = query.get("user.fields", "").split(",")
        if "protected" in fields:
            data["protected"] = user.protected
        if "profile_image_url" in fields:  # served by the fake itself, so nothing points outside 127.0.0.1
            data["profile_image_url"] = f"{self.base_url}/profile_images/{user.id}/avatar_normal.png"
        return 200, {"data": data}, {}

    def _get_tweets(self, user_id: str, query: dict[str, str]) -> tuple[int, dict, dict]:
        user = next((u for u in self.users.values() if u.id == user_id), None)
        if user is None:
            error = {
                "value": user_id,
                "detail": f"Could not find user with id: [{user_id}].",
                "title": "Not Found Error",
                "resource_type": "user",
                "parameter": "id",
                "resource_id": user_id,
                "type": NOT_FOUND_TYPE,
            }
            return 200, {"errors": [error]}, {}
        if user.timeline_locked:
            error = {
                "resource_id": user_id,
                "parameter": "id",
                "resource_type": "user",
                "section": "data",
                "title": "Authorization Error",
                "value": user_id,
                "detail": f"Sorry, you are not authorized to see the user with id: [{user_id}].",
                "type": NOT_AUTHORIZED_TYPE,
            }
            return 200, {"errors": [error]}, {}
        page_size = int(query.get("max_results", "10"))
        if not 5 <= page_size <= 100:
            return 400, _invalid("max_results", query["max_results"], "must be between 5 and 100"), {}
        token = query.get("pagination_token")
        offset = 0
        if token is not None:
            if not token.startswith("pg") or not token[2:].isdigit():
                return 400, _invalid("pagination_token", token, "is not valid"), {}
            offset = int(token[2:])
        fields = set(query.get("tweet.fields", "").split(",")) | {"id", "text", "edit_history_tweet_ids"}
        page = [{k: v for k, v in t.items() if k in fields} for t in user.tweets[offset : offset + page_size]]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta["newest_id"], meta["oldest_id"] = page[0]["id"], page[-1]["id"]
        if offset + page_size < len(user.tweets):
            meta["next_token"] = f"pg{offset + page_size}"
        return 200, ({"data": page, "meta": meta} if page else {"meta": meta}), {}

    def _post_tweet(self, body: Any) -> tuple[int, dict, dict]:
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text:
            return (
                400,
                _problem(400, "Invalid Request", "One or more parameters to your request was invalid."),
                {},
            )
        tweet_id = self._new_id()
        self.posted.append(text)
        return 201, {"data": {"id": tweet_id, "text": text, "edit_history_tweet_ids": [tweet_id]}}, {}


def _problem(status: int, title: str, detail: str) -> dict[str, Any]:
    return {"title": title, "detail": detail, "type": "about:blank", "status": status}


def _invalid(parameter: str, value: str, why: str) -> dict[str, Any]:
    return {
        "errors": [
            {
                "parameters": {parameter: [value]},
                "message": f"The `{parameter}` query parameter value [{value}] {why}",
            }
        ],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": INVALID_REQUEST_TYPE,
    }


class _RedirectAdapter(HTTPAdapter):
    """Sends requests for the real API hosts to the fake, so tweepy's own request and parsing code runs."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        for host in REAL_HOSTS:
            if request.url and request.url.startswith(host):
                request.url = self.base_url + request.url[len(host) :]
        return super().send(request, **kwargs)


def redirect_client(client: Any, base_url: str) -> Any:
    """Point a ``tweepy.Client`` (anything with a ``requests`` ``session``) at the fake; returns the client."""
    adapter = _RedirectAdapter(base_url)
    for host in REAL_HOSTS:
        client.session.mount(host, adapter)
    client.session.trust_env = False  # no proxy from the environment for 127.0.0.1
    return client
