"""A fake Discord (REST API v10 + gateway websocket + CDN) on 127.0.0.1 for the real discord.py client.

    async with FakeDiscord() as fake, fake.patched():     # points discord.py at the fake, restores after
        client = discord.Client(intents=discord.Intents(guilds=True))
        ...  await client.login(fake.bot_token); asyncio.create_task(client.connect())
        await fake.wait_identified()
        record = await fake.send_interaction(fake.command_interaction("help"))
        message = await fake.wait_for_original(record)

What it speaks (what discord.py 2.7 uses):

- REST, under ``/api/v10``: ``GET users/@me``, ``GET oauth2/applications/@me``, ``GET gateway`` and
  ``gateway/bot``; ``PUT``/``GET applications/{app}/commands`` and ``applications/{app}/guilds/{g}/commands``
  (recorded, echoed with ids); ``POST interactions/{id}/{token}/callback`` answering the
  ``InteractionCallback`` body discord.py parses (``interaction`` + ``resource.message``; not 204);
  webhooks ``POST webhooks/{app}/{token}`` (followups) and ``GET``/``PATCH``/``DELETE
  webhooks/{app}/{token}/messages/{id|@original}``; ``POST channels/{id}/messages`` and ``PATCH``
  ``channels/{id}/messages/{mid}``. Bot routes need ``Authorization: Bot <token>``; JSON answers carry the
  exact ``Content-Type: application/json`` discord.py requires before it parses them.
- Discord's rules that matter to a bot: an interaction must be acknowledged within ``ack_deadline_s``
  (else 404 "Unknown interaction", 10062) and only once (400, 40060); its token lasts ``token_ttl_s``
  (then 401 "Invalid Webhook Token", 50027); the first followup of a deferred ("thinking") response
  replaces the loading message and keeps the defer's visibility, as Discord does. ``rate_limit_once``
  answers the next matching request with a real-shaped 429 (``retry_after``, ``Via`` header).
- The gateway (``/gateway``): HELLO (op 10), heartbeat ACKs (op 1 → 11), IDENTIFY (op 2) checked against
  the token, then READY and one GUILD_CREATE per guild; afterwards ``dispatch`` sends any event, e.g.
  INTERACTION_CREATE built by ``command_interaction`` / ``autocomplete_interaction``. With
  ``compress=zlib-stream`` in the URL (discord.py's default) frames are zlib-stream compressed binary.
- The CDN (``/cdn/attachments/{id}/{filename}``) serves files added with ``add_attachment``.
- Channel webhooks: ``GET``/``POST channels/{id}/webhooks`` (list, create with an avatar data URI),
  ``PATCH``/``DELETE webhooks/{id}`` (bot auth; the avatar decoded into ``webhook_avatars``), and executing
  ``POST webhooks/{id}/{token}`` (``wait=true`` answers the message, else 204; ``thread_id``; JSON or multipart
  with files) with Discord's username rules (1-80 characters, no "discord"/"clyde": 400, 50035). All of them
  need Manage Webhooks: the bot's role has ``bot_permissions``, and ``refuse_webhooks`` makes the server say
  403 (50013 Missing Permissions) for a channel although the bot's cached permissions allow it.
- Messages over the gateway: ``user_message`` posts a person's (or a bot's, or a webhook's) message with
  ``<@id>`` mentions, a reply (``message_reference``/``referenced_message``, "ping on reply" adding the
  replied-to user to ``mentions`` unless it is a webhook); every channel message (the bot's, webhooks', users')
  is sent as MESSAGE_CREATE to sessions that asked for the ``guild_messages`` intent (``dm_messages`` in DMs),
  with the text withheld as Discord does without the Message Content intent: ``content``, ``embeds``,
  ``attachments`` and ``components`` empty unless the message is the bot's own, in a DM, or mentions the bot
  (a webhook's message counts as someone else's: the conservative reading of "messages your app sends").

Every request is recorded (``fake.requests``: method, path, query, JSON body) without its headers.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import itertools
import json
import re
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import yarl
from aiohttp import WSMsgType, web

API = "/api/v10"
SUPPRESS_EMBEDS = 1 << 2
EPHEMERAL = 1 << 6
LOADING = 1 << 7
# Interaction callback types (https://discord.com/developers/docs/interactions/receiving-and-responding)
PONG, CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE, AUTOCOMPLETE_RESULT = 1, 4, 5, 6, 7, 8
# Application command option types
MANAGE_WEBHOOKS = 1 << 29
GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT = 1 << 9, 1 << 12, 1 << 15  # gateway intents
_FORBIDDEN_USERNAME = re.compile(r"discord|clyde", re.IGNORECASE)
OPTION_TYPES = {"string": 3, "integer": 4, "boolean": 5, "user": 6, "channel": 7, "role": 8, "number": 10,
                "attachment": 11}


@dataclass
class RecordedRequest:
    method: str
    path: str  # without the /api/v10 prefix for API routes
    query: dict[str, str]
    json: Any = None  # the JSON body (or multipart payload_json), None when there was none
    status: int = 0
    at: float = 0.0  # time.monotonic() when it arrived
    message_id: int | None = None  # the message it created or changed, when it did
    files: dict[str, bytes] = field(default_factory=dict)  # multipart file parts by field name


@dataclass
class InteractionRecord:
    """One interaction the fake sent, and what the bot answered to it."""

    id: int
    token: str
    payload: dict[str, Any]
    sent_at: float
    callback_type: int | None = None
    callback_data: dict[str, Any] | None = None
    original_id: int | None = None
    original_deleted: bool = False
    followup_ids: list[int] = field(default_factory=list)
    choices: list[dict[str, Any]] | None = None  # autocomplete answer


@dataclass
class _QueuedRateLimit:
    method: str
    pattern: re.Pattern[str]
    retry_after: float


def _json(data: Any, status: int = 200) -> web.Response:
    # exactly "application/json": discord.py parses nothing else (aiohttp would add "; charset=utf-8")
    return web.Response(status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})


def _error(status: int, message: str, code: int = 0) -> web.Response:
    return _json({"message": message, "code": code}, status)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


class FakeDiscord:
    """The fake server; start it with ``async with`` (binds 127.0.0.1 on a free port)."""

    def __init__(
        self,
        *,
        bot_token: str = "fake-bot-token",
        guild_ids: tuple[int, ...] = (111_000_000_000_000_001,),
        bot_permissions: int = 0,
        ack_deadline_s: float = 3.0,
        token_ttl_s: float = 15 * 60,
    ) -> None:
        self.bot_token = bot_token
        self.ack_deadline_s = ack_deadline_s
        self.token_ttl_s = token_ttl_s
        self._ids = itertools.count(200_000_000_000_000_000)
        self.app_id = self.new_id()
        self.owner = self._user(self.new_id(), "owner")
        self.bot_user = {**self._user(self.app_id, "mimicbird"), "bot": True}
        self.bot_permissions = bot_permissions  # what the bot's own role grants, besides @everyone's
        self.bot_role_id = self.new_id()
        self.guilds: dict[int, dict[str, Any]] = {}
        for gid in guild_ids:
            channel_id = self.new_id()
            self.guilds[gid] = {
                "id": str(gid), "name": f"guild {gid}", "owner_id": self.owner["id"], "unavailable": False,
                "member_count": 2, "large": False, "features": [], "emojis": [], "stickers": [],
                "roles": [{"id": str(gid), "name": "@everyone", "permissions": "2248473465835073", "position": 0,
                           "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0},
                          {"id": str(self.bot_role_id), "name": "mimicbird", "permissions": str(bot_permissions),
                           "position": 1, "color": 0, "hoist": False, "managed": True, "mentionable": False,
                           "flags": 0, "tags": {"bot_id": str(self.app_id)}}],
                "channels": [{"id": str(channel_id), "type": 0, "name": "general", "position": 0,
                              "guild_id": str(gid), "permission_overwrites": [], "nsfw": False,
                              "parent_id": None, "topic": None, "last_message_id": None}],
                "members": [{"user": self.bot_user, "roles": [str(self.bot_role_id)], "joined_at": _now_iso(),
                             "deaf": False, "mute": False, "flags": 0, "nick": None}], "threads": [], "voice_states": [], "presences": [],
                "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
                "preferred_locale": "en-US", "joined_at": _now_iso(),
            }
        self.requests: list[RecordedRequest] = []
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # guild id (None = global) -> commands
        self.messages: dict[int, dict[str, Any]] = {}
        self.deleted_messages: set[int] = set()
        self.interactions: dict[str, InteractionRecord] = {}  # by token
        self.attachments: dict[str, bytes] = {}  # "<id>/<filename>" -> bytes
        self.cdn_downloads: list[str] = []
        self.identify_payloads: list[dict[str, Any]] = []
        self.webhooks: dict[int, dict[str, Any]] = {}  # id -> webhook object (with its token)
        self.webhook_avatars: dict[int, bytes] = {}  # webhook id -> its avatar's bytes now
        self.refuse_webhooks: set[int] = set()  # channels whose webhook routes answer 403 (50013)
        self.dispatched_messages: list[dict[str, Any]] = []  # MESSAGE_CREATE payloads, as sent
        self.gateway_queries: list[dict[str, str]] = []
        self._rate_limits: list[_QueuedRateLimit] = []
        self._sockets: list[_GatewaySession] = []
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ----- lifecycle -----
    async def __aenter__(self) -> FakeDiscord:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/cdn/attachments/{id}/{filename}", self._cdn)
        app.router.add_route("*", API + "/{tail:.*}", self._api)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        for session in list(self._sockets):
            await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return self.base_url + API

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @contextlib.contextmanager
    def patched(self) -> Iterator[None]:
        """Point discord.py's REST client and gateway at this fake; restore them afterwards."""
        import discord.gateway
        import discord.http

        old_base, old_gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    # ----- ids, users, attachments -----
    def new_id(self) -> int:
        return next(self._ids)

    @staticmethod
    def _user(user_id: int, name: str) -> dict[str, Any]:
        return {"id": str(user_id), "username": name, "global_name": name.title(), "discriminator": "0",
                "avatar": None, "bot": False, "public_flags": 0}

    def user(self, user_id: int, name: str = "someone", global_name: str | None = None) -> dict[str, Any]:
        data = self._user(user_id, name)
        if global_name is not None:
            data["global_name"] = global_name
        return data

    def add_attachment(self, filename: str, data: bytes, *, declared_size: int | None = None,
                       content_type: str = "application/octet-stream") -> dict[str, Any]:
        """Serve ``data`` from the CDN; return the attachment object (``size`` may lie via declared_size)."""
        attachment_id = self.new_id()
        key = f"{attachment_id}/{filename}"
        self.attachments[key] = data
        url = f"{self.base_url}/cdn/attachments/{key}"
        return {"id": str(attachment_id), "filename": filename, "size": len(data) if declared_size is None
                else declared_size, "url": url, "proxy_url": url, "content_type": content_type}

    async def add_role(self, guild_id: int, role_id: int, name: str) -> None:
        """Create a role in a guild, telling connected bots (GUILD_ROLE_CREATE) as Discord does."""
        role = {"id": str(role_id), "name": name, "permissions": "0", "position": 1, "color": 0, "hoist": False,
                "managed": False, "mentionable": False, "flags": 0}
        self.guilds[guild_id]["roles"].append(role)
        if self._sockets:
            await self.dispatch("GUILD_ROLE_CREATE", {"guild_id": str(guild_id), "role": role})

    # ----- waiting -----
    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
        """Wait until ``predicate()`` is truthy (re-checked on every request the fake handles)."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout=min(remaining, 0.1))

    def _touch(self) -> None:
        self._changed.set()

    async def wait_identified(self, timeout: float = 10.0) -> None:
        await self.wait_until(lambda: self.identify_payloads and self._sockets, timeout, "IDENTIFY")

    async def wait_for_original(self, record: InteractionRecord, predicate: Callable[[dict[str, Any]], Any]
                                = lambda m: not m["flags"] & LOADING, timeout: float = 10.0) -> dict[str, Any]:
        """The interaction's original response once ``predicate`` holds (default: no longer 'thinking')."""
        def check() -> dict[str, Any] | None:
            message = self.original(record)
            return message if message is not None and predicate(message) else None
        return await self.wait_until(check, timeout, f"original response of /{record.payload['data']['name']}")

    def original(self, record: InteractionRecord) -> dict[str, Any] | None:
        if record.original_id is None or record.original_deleted:
            return None
        return self.messages.get(record.original_id)

    def followups(self, record: InteractionRecord) -> list[dict[str, Any]]:
        return [self.messages[mid] for mid in record.followup_ids if mid in self.messages]

    def visible_messages(self, record: InteractionRecord) -> list[dict[str, Any]]:
        """Every message the interaction produced that still exists: the original, then the followups."""
        original = self.original(record)
        return ([original] if original else []) + [m for m in self.followups(record) if m is not original]

    def message_edits(self, message_id: int) -> list[RecordedRequest]:
        """The PATCH requests that changed this message (through any route)."""
        return [r for r in self.requests if r.method == "PATCH" and r.status == 200
                and r.message_id == message_id]

    def sent_payloads(self) -> list[RecordedRequest]:
        """Every request by which the bot created or changed message content."""
        out = []
        for r in self.requests:
            if r.json is None or not isinstance(r.json, dict):
                continue
            callback = r.path.endswith("/callback") and r.json.get("type") in (CHANNEL_MESSAGE, UPDATE_MESSAGE)
            message = r.method in ("POST", "PATCH") and (re.match(r"/webhooks/\d+/[^/]+", r.path) is not None
                                                          or "/messages" in r.path)
            if callback or message:
                out.append(r)
        return out

    def rate_limit_once(self, method: str, path_regex: str, retry_after: float = 0.2) -> None:
        """Answer the next ``method`` request whose path matches with HTTP 429 (``retry_after`` seconds)."""
        self._rate_limits.append(_QueuedRateLimit(method, re.compile(path_regex), retry_after))

    # ----- interactions -----
    def _command(self, name: str, guild_id: int | None) -> dict[str, Any]:
        for key in (guild_id, None):
            for command in self.commands.get(key, []):
                if command["name"] == name:
                    return command
        raise KeyError(f"/{name} was not synced (guild {guild_id} or global)")

    def command_interaction(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user_id: int = 300_000_000_000_000_001,
        user_name: str = "someone",
        global_name: str | None = None,
        guild_id: int | None | type[Ellipsis] = ...,
        channel_id: int | None = None,
        roles: tuple[int, ...] = (),
        permissions: int = 0,
        attachments: dict[str, dict[str, Any]] | None = None,
        focused: str | None = None,
        attachment_size_limit: int = 10 * 1024 * 1024,
        app_permissions: int | None = None,
    ) -> dict[str, Any]:
        """An INTERACTION_CREATE payload for a synced slash command (type 2), or autocomplete (type 4) when
        ``focused`` names the option being typed. ``guild_id=None`` makes it a DM; by default the first guild.
        ``options`` map option names to values; an attachment option's value is the attachment object from
        ``add_attachment`` (it goes into ``resolved.attachments``). ``app_permissions``: the bot's permissions
        in the channel (default: the member's ``permissions``), plus Send Messages, Embed Links, Attach Files."""
        if guild_id is ...:
            guild_id = next(iter(self.guilds))
        command = self._command(name, guild_id)  # type: ignore[arg-type]
        types = {opt["name"]: opt["type"] for opt in command.get("options", [])}
        data_options: list[dict[str, Any]] = []
        resolved: dict[str, Any] = {}
        for option_name, value in (options or {}).items():
            if option_name not in types:
                raise KeyError(f"/{name} has no option {option_name!r}")
            option: dict[str, Any] = {"name": option_name, "type": types[option_name], "value": value}
            if types[option_name] == OPTION_TYPES["attachment"]:
                resolved.setdefault("attachments", {})[value["id"]] = value
                option["value"] = value["id"]
            if option_name == focused:
                option["focused"] = True
            data_options.append(option)
        for attachment in (attachments or {}).values():
            resolved.setdefault("attachments", {})[attachment["id"]] = attachment
        data: dict[str, Any] = {"id": command["id"], "name": name, "type": 1, "options": data_options}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if resolved:
            data["resolved"] = resolved
        user = self.user(user_id, user_name, global_name)
        interaction_id = self.new_id()
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.app_id),
            "type": 4 if focused else 2,
            "data": data,
            "token": f"itok-{interaction_id}",
            "version": 1,
            "locale": "en-US",
            "attachment_size_limit": attachment_size_limit,
            "entitlements": [],
            "app_permissions": str((permissions if app_permissions is None else app_permissions)
                                   | (1 << 11) | (1 << 14) | (1 << 15)),
        }
        if guild_id is not None:
            guild = self.guilds[guild_id]  # type: ignore[index]
            channel = dict(guild["channels"][0])
            if channel_id is not None:
                channel["id"] = str(channel_id)
            payload.update(
                guild_id=str(guild_id), guild_locale="en-US", context=0, channel=channel,
                channel_id=channel["id"], guild={"id": str(guild_id), "locale": "en-US", "features": []},
                authorizing_integration_owners={"0": str(guild_id)},
                member={"user": user, "roles": [str(r) for r in roles], "permissions": str(permissions),
                        "joined_at": _now_iso(), "flags": 0, "deaf": False, "mute": False, "nick": None},
            )
        else:
            dm_id = channel_id or self.new_id()
            payload.update(context=1, user=user, channel={"id": str(dm_id), "type": 1, "recipients": [user]},
                           channel_id=str(dm_id), authorizing_integration_owners={"0": str(self.app_id)})
        return payload

    def autocomplete_interaction(self, name: str, options: dict[str, Any], focused: str, **kwargs: Any
                                 ) -> dict[str, Any]:
        return self.command_interaction(name, options, focused=focused, **kwargs)

    async def send_interaction(self, payload: dict[str, Any]) -> InteractionRecord:
        record = InteractionRecord(int(payload["id"]), payload["token"], payload, time.monotonic())
        self.interactions[record.token] = record
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a DISPATCH (op 0) to every connected gateway session."""
        if not self._sockets:
            raise AssertionError("no gateway session is connected")
        for session in list(self._sockets):
            await session.dispatch(event, data)

    # ----- gateway -----
    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.gateway_queries.append(dict(request.query))
        session = _GatewaySession(self, ws, zlib_stream=request.query.get("compress") == "zlib-stream")
        await session.send({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                await session.received(json.loads(msg.data))
        finally:
            if session in self._sockets:
                self._sockets.remove(session)
            self._touch()
        return ws

    # ----- CDN -----
    async def _cdn(self, request: web.Request) -> web.StreamResponse:
        key = f"{request.match_info['id']}/{request.match_info['filename']}"
        self.cdn_downloads.append(key)
        self._touch()
        if key not in self.attachments:
            return web.Response(status=404, text="not found")
        return web.Response(body=self.attachments[key], content_type="application/octet-stream")

    # ----- REST -----
    async def _api(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.body_exists:
            if request.content_type == "application/json":
                body = await request.json()
            elif request.content_type.startswith("multipart/"):
                form = await request.post()
                if "payload_json" in form:
                    body = json.loads(str(form["payload_json"]))
                files = {name: part.file.read() for name, part in form.items() if isinstance(part, web.FileField)}
        record = RecordedRequest(request.method, path, dict(request.query), body, at=time.monotonic())
        if request.body_exists and request.content_type.startswith("multipart/"):
            record.files = files
        self.requests.append(record)
        try:
            for limit in self._rate_limits:
                if limit.method == request.method and limit.pattern.search(path):
                    self._rate_limits.remove(limit)
                    response = web.Response(
                        status=429,
                        body=json.dumps({"message": "You are being rate limited.", "retry_after": limit.retry_after,
                                         "global": False}).encode(),
                        headers={"Content-Type": "application/json", "Via": "1.1 google",
                                 "Retry-After": str(max(1, round(limit.retry_after))),
                                 "X-RateLimit-Scope": "user"},
                    )
                    break
            else:
                response = await self._route(request, path, body, record)
            record.status = response.status
            return response
        finally:
            self._touch()

    def _authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bot {self.bot_token}"

    async def _route(self, request: web.Request, path: str, body: Any, record: RecordedRequest) -> web.Response:
        method = request.method
        if path.startswith("/interactions/"):
            return self._callback(path, body)
        webhook = re.match(r"/webhooks/(\d+)", path)
        if webhook and int(webhook.group(1)) in self.webhooks:
            return await self._channel_webhook(request, path, body, record)
        if path.startswith("/webhooks/"):
            return self._webhook(method, path, body, record)
        if not self._authorized(request):
            return _error(401, "401: Unauthorized")
        match = re.fullmatch(r"/channels/(\d+)/webhooks", path)
        if match:
            return self._channel_webhooks(method, int(match.group(1)), body or {})
        if method == "GET" and path == "/users/@me":
            return _json(self.bot_user)
        if method == "GET" and path == "/oauth2/applications/@me":
            return _json({
                "id": str(self.app_id), "name": "mimicbird", "description": "", "icon": None,
                "bot_public": True, "bot_require_code_grant": False, "owner": self.owner, "team": None,
                "verify_key": "0" * 64, "flags": 0, "summary": "", "rpc_origins": [],
                "interactions_endpoint_url": None, "redirect_uris": [], "tags": [],
            })
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            data: dict[str, Any] = {"url": self.gateway_url}
            if path == "/gateway/bot":
                data.update(shards=1, session_start_limit={"total": 1000, "remaining": 999, "reset_after": 0,
                                                           "max_concurrency": 1})
            return _json(data)
        match = re.fullmatch(r"/applications/(\d+)(?:/guilds/(\d+))?/commands", path)
        if match:
            if int(match.group(1)) != self.app_id:
                return _error(403, "Missing Access", 50001)
            guild_id = int(match.group(2)) if match.group(2) else None
            if guild_id is not None and guild_id not in self.guilds:
                return _error(403, "Missing Access", 50001)
            if method == "PUT":
                self.commands[guild_id] = [self._stored_command(c, guild_id) for c in body]
            return _json(self.commands.get(guild_id, []))
        match = re.fullmatch(r"/channels/(\d+)/messages(?:/(\d+))?", path)
        if match:
            channel_id = int(match.group(1))
            if method == "POST" and match.group(2) is None:
                message = self._new_message(channel_id, body or {})
                record.message_id = message_id = int(message["id"])
                await self._announce(message)
                return _json(self.messages[message_id])
            if match.group(2) is not None:
                message_id = int(match.group(2))
                message = self.messages.get(message_id)
                if message is None or int(message["channel_id"]) != channel_id or message["flags"] & EPHEMERAL:
                    return _error(404, "Unknown Message", 10008)
                if method == "PATCH":
                    record.message_id = message_id
                    return _json(self._edit(message, body or {}))
                if method == "GET":
                    return _json(message)
        return _error(404, "404: Not Found")

    def _stored_command(self, command: dict[str, Any], guild_id: int | None) -> dict[str, Any]:
        stored = {**command, "id": str(self.new_id()), "application_id": str(self.app_id), "version": "1"}
        stored.setdefault("type", 1)
        stored.setdefault("description", "")
        if stored.get("default_member_permissions") is not None:  # Discord answers permissions as strings
            stored["default_member_permissions"] = str(stored["default_member_permissions"])
        if guild_id is not None:
            stored["guild_id"] = str(guild_id)
        return stored

    def _new_message(self, channel_id: int, data: dict[str, Any], *, flags: int = 0,
                     interaction: InteractionRecord | None = None) -> dict[str, Any]:
        message_id = self.new_id()
        message = {
            "id": str(message_id), "channel_id": str(channel_id), "type": 20 if interaction else 0,
            "content": data.get("content") or "", "embeds": data.get("embeds") or [], "attachments": [],
            "components": data.get("components") or [], "mentions": [], "mention_roles": [],
            "mention_everyone": False, "pinned": False, "tts": bool(data.get("tts")),
            "timestamp": _now_iso(), "edited_timestamp": None, "flags": (data.get("flags") or 0) | flags,
            "author": self.bot_user, "application_id": str(self.app_id),
        }
        reference = data.get("message_reference")
        if isinstance(reference, dict) and reference.get("message_id"):
            message["message_reference"] = {"type": 0, "message_id": str(reference["message_id"]),
                                            "channel_id": str(channel_id)}
            message["referenced_message"] = self.messages.get(int(reference["message_id"]))
            message["type"] = 19
        guild_id = self._guild_of(channel_id)
        if guild_id is not None and interaction is None:
            message["guild_id"] = str(guild_id)
        if interaction is not None:
            message["webhook_id"] = str(self.app_id)
            message["interaction_metadata"] = {"id": str(interaction.id), "type": 2,
                                               "user": self._interaction_user(interaction),
                                               "authorizing_integration_owners": {}}
            guild_id = interaction.payload.get("guild_id")
            if guild_id:
                message["guild_id"] = guild_id
        self.messages[message_id] = message
        return message

    # ----- channel webhooks -----
    def _guild_of(self, channel_id: int) -> int | None:
        for guild_id, guild in self.guilds.items():
            if any(int(channel["id"]) == channel_id for channel in guild["channels"]):
                return guild_id
        return None

    @property
    def channel_id(self) -> int:
        """The first guild's text channel."""
        return int(next(iter(self.guilds.values()))["channels"][0]["id"])

    def _webhooks_refused(self, channel_id: int) -> web.Response | None:
        """403 Missing Permissions unless the bot may manage this channel's webhooks."""
        if not self.bot_permissions & MANAGE_WEBHOOKS or channel_id in self.refuse_webhooks:
            return _error(403, "Missing Permissions", 50013)
        return None

    @staticmethod
    def _avatar(data: Any) -> bytes | None:
        """The bytes of an avatar data URI (``data:image/png;base64,...``)."""
        if not isinstance(data, str):
            return None
        header, _, encoded = data.partition(",")
        if not header.startswith("data:image/") or not header.endswith(";base64"):
            raise ValueError("not an image data URI")
        return base64.b64decode(encoded, validate=True)

    def _set_avatar(self, webhook: dict[str, Any], data: Any) -> None:
        avatar = self._avatar(data)
        webhook_id = int(webhook["id"])
        if avatar is None:
            self.webhook_avatars.pop(webhook_id, None)
            webhook["avatar"] = None
        else:
            self.webhook_avatars[webhook_id] = avatar
            webhook["avatar"] = hashlib.md5(avatar).hexdigest()

    def _channel_webhooks(self, method: str, channel_id: int, body: dict[str, Any]) -> web.Response:
        if self._guild_of(channel_id) is None:
            return _error(404, "Unknown Channel", 10003)
        refused = self._webhooks_refused(channel_id)
        if refused is not None:
            return refused
        if method == "GET":
            return _json([hook for hook in self.webhooks.values() if hook["channel_id"] == str(channel_id)])
        if method != "POST":
            return _error(405, "405: Method Not Allowed")
        name = body.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 80 or _FORBIDDEN_USERNAME.search(name):
            return _error(400, "Invalid Form Body", 50035)
        webhook_id = self.new_id()
        webhook = {"id": str(webhook_id), "type": 1, "guild_id": str(self._guild_of(channel_id)),
                   "channel_id": str(channel_id), "user": self.bot_user, "name": name, "avatar": None,
                   "token": f"whtok-{webhook_id}", "application_id": None}
        try:
            self._set_avatar(webhook, body.get("avatar"))
        except ValueError:
            return _error(400, "Invalid Form Body", 50035)
        self.webhooks[webhook_id] = webhook
        return _json(webhook)

    def add_foreign_webhook(self, channel_id: int, name: str = "someone else's webhook") -> dict[str, Any]:
        """A webhook in the channel that a person (not the bot) created."""
        webhook_id = self.new_id()
        self.webhooks[webhook_id] = {
            "id": str(webhook_id), "type": 1, "guild_id": str(self._guild_of(channel_id)),
            "channel_id": str(channel_id), "user": self.owner, "name": name, "avatar": None,
            "token": f"whtok-{webhook_id}", "application_id": None}
        return self.webhooks[webhook_id]

    def delete_webhook(self, webhook_id: int) -> None:
        """Someone deleted the webhook (in the server's settings)."""
        self.webhooks.pop(webhook_id, None)
        self.webhook_avatars.pop(webhook_id, None)

    async def _channel_webhook(self, request: web.Request, path: str, body: Any, record: RecordedRequest
                               ) -> web.Response:
        match = re.fullmatch(r"/webhooks/(\d+)(?:/([^/]+))?", path)
        if match is None:
            return _error(404, "404: Not Found")
        webhook = self.webhooks[int(match.group(1))]
        channel_id = int(webhook["channel_id"])
        token = match.group(2)
        if token is None:  # the bot's own routes: need its token and Manage Webhooks
            if not self._authorized(request):
                return _error(401, "401: Unauthorized")
            refused = self._webhooks_refused(channel_id)
            if refused is not None:
                return refused
            if request.method == "PATCH":
                if "name" in (body or {}):
                    webhook["name"] = body["name"]
                if "avatar" in (body or {}):
                    try:
                        self._set_avatar(webhook, body["avatar"])
                    except ValueError:
                        return _error(400, "Invalid Form Body", 50035)
                return _json(webhook)
            if request.method == "GET":
                return _json(webhook)
            if request.method == "DELETE":
                self.delete_webhook(int(webhook["id"]))
                return web.Response(status=204)
            return _error(405, "405: Method Not Allowed")
        if token != webhook["token"]:
            return _error(401, "Invalid Webhook Token", 50027)
        if request.method != "POST":
            return _error(405, "405: Method Not Allowed")
        data = body or {}
        username = data.get("username", webhook["name"])
        if not isinstance(username, str) or not 1 <= len(username) <= 80 or _FORBIDDEN_USERNAME.search(username):
            return _error(400, "Invalid Form Body", 50035)
        if len(data.get("content") or "") > 2000:
            return _error(400, "Invalid Form Body", 50035)
        target = int(request.query.get("thread_id", channel_id))
        message = self._new_message(target, data)
        message["author"] = {"id": webhook["id"], "username": username, "avatar": webhook["avatar"],
                             "discriminator": "0000", "bot": True, "global_name": None, "public_flags": 0}
        message["webhook_id"] = webhook["id"]
        message["attachments"] = [{"id": str(self.new_id()), "filename": name, "size": len(content)}
                                  for name, content in record.files.items()]
        record.message_id = int(message["id"])
        await self._announce(message)
        if request.query.get("wait") in ("true", "True", "1"):
            return _json(message)
        return web.Response(status=204)

    # ----- messages over the gateway -----
    def _mentions(self, content: str) -> list[dict[str, Any]]:
        found = []
        for user_id in dict.fromkeys(int(m) for m in re.findall(r"<@!?(\d+)>", content)):
            found.append(self.bot_user if user_id == self.app_id else self.user(user_id, f"user{user_id % 1000}"))
        return found

    def user_message(self, content: str, *, channel_id: int | None = None, author: dict[str, Any] | None = None,
                     reply_to: int | None = None, ping_on_reply: bool = True, webhook_id: int | None = None,
                     guild: bool = True) -> dict[str, Any]:
        """A message someone posts (stored; ``announce`` it to send MESSAGE_CREATE). ``<@id>`` in ``content``
        mentions; ``reply_to`` makes it a reply, which pings the replied-to user (not a webhook) when
        ``ping_on_reply``. ``guild=False``: a DM channel."""
        channel_id = channel_id or (self.channel_id if guild else self.new_id())
        author = author or self.user(300_000_000_000_000_001, "someone")
        message = self._new_message(channel_id, {"content": content})
        message.update(author=author, application_id=None, mentions=self._mentions(content))
        if not guild:
            message.pop("guild_id", None)
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
        if reply_to is not None:
            replied = self.messages[reply_to]
            message.update(type=19, message_reference={"type": 0, "message_id": str(reply_to),
                                                       "channel_id": replied["channel_id"]},
                           referenced_message=replied)
            replied_author = replied["author"]
            if ping_on_reply and "webhook_id" not in replied and all(
                    user["id"] != replied_author["id"] for user in message["mentions"]):
                message["mentions"].append(replied_author)
        if guild:
            roles = [str(self.bot_role_id)] if author["id"] == str(self.app_id) else []
            message["member"] = {"roles": roles, "joined_at": _now_iso(), "deaf": False, "mute": False, "flags": 0}
        return message

    async def post_user_message(self, content: str, **kwargs: Any) -> dict[str, Any]:
        """``user_message`` and its MESSAGE_CREATE."""
        message = self.user_message(content, **kwargs)
        await self._announce(message)
        return message

    def _visible(self, message: dict[str, Any], intents: int) -> dict[str, Any]:
        """``message`` as a bot with ``intents`` receives it: the text withheld unless it may read it."""
        shown = dict(message)
        if shown.get("referenced_message"):
            shown["referenced_message"] = self._visible(shown["referenced_message"], intents)
        own = shown["author"]["id"] == str(self.app_id) and "webhook_id" not in shown
        mentioned = any(user["id"] == str(self.app_id) for user in shown.get("mentions", []))
        if not (intents & MESSAGE_CONTENT or own or mentioned or "guild_id" not in shown):
            shown.update(content="", embeds=[], attachments=[], components=[])
        return shown

    async def _announce(self, message: dict[str, Any]) -> None:
        """MESSAGE_CREATE to every session whose intents ask for it."""
        for session in list(self._sockets):
            intents = int(session.intents)
            if not intents & (GUILD_MESSAGES if "guild_id" in message else DIRECT_MESSAGES):
                continue
            payload = self._visible(message, intents)
            self.dispatched_messages.append(payload)
            await session.dispatch("MESSAGE_CREATE", payload)

    @staticmethod
    def _interaction_user(interaction: InteractionRecord) -> dict[str, Any]:
        payload = interaction.payload
        return payload["member"]["user"] if "member" in payload else payload["user"]

    @staticmethod
    def _edit(message: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
        for key in ("content", "embeds", "components"):
            if key in data:
                message[key] = data[key] if data[key] is not None else ([] if key != "content" else "")
        message["flags"] &= ~LOADING
        message["edited_timestamp"] = _now_iso()
        return message

    def _callback(self, path: str, body: dict[str, Any]) -> web.Response:
        match = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)
        record = self.interactions.get(match.group(2)) if match else None
        if record is None or record.id != int(match.group(1)):  # type: ignore[union-attr]
            return _error(404, "Unknown interaction", 10062)
        if record.callback_type is not None:
            return _error(400, "Interaction has already been acknowledged.", 40060)
        if time.monotonic() - record.sent_at > self.ack_deadline_s:
            return _error(404, "Unknown interaction", 10062)
        kind = body.get("type")
        data = body.get("data") or {}
        record.callback_type, record.callback_data = kind, data
        interaction: dict[str, Any] = {"id": str(record.id), "type": record.payload["type"]}
        answer: dict[str, Any] = {"interaction": interaction}
        if kind == AUTOCOMPLETE_RESULT:
            record.choices = data.get("choices", [])
        elif kind in (CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE):
            channel_id = int(record.payload["channel"]["id"])
            message = self._new_message(channel_id, data, interaction=record,
                                        flags=LOADING if kind == DEFERRED_CHANNEL_MESSAGE else 0)
            record.original_id = int(message["id"])
            interaction.update(response_message_id=message["id"],
                               response_message_loading=kind == DEFERRED_CHANNEL_MESSAGE,
                               response_message_ephemeral=bool(message["flags"] & EPHEMERAL))
            answer["resource"] = {"type": kind, "message": message}
        elif kind not in (PONG, DEFERRED_UPDATE, UPDATE_MESSAGE):
            return _error(400, "Invalid Form Body", 50035)
        return _json(answer)

    def _webhook(self, method: str, path: str, body: Any, record: RecordedRequest) -> web.Response:
        match = re.fullmatch(r"/webhooks/(\d+)/([^/]+)(?:/messages/(@original|\d+))?", path)
        if not match or int(match.group(1)) != self.app_id:
            return _error(404, "Unknown Webhook", 10015)
        interaction = self.interactions.get(match.group(2))
        if interaction is None or interaction.callback_type is None:
            return _error(401, "Invalid Webhook Token", 50027)
        if time.monotonic() - interaction.sent_at > self.token_ttl_s:
            return _error(401, "Invalid Webhook Token", 50027)
        target = match.group(3)
        if target is None:
            if method != "POST":
                return _error(405, "405: Method Not Allowed")
            original = self.original(interaction)
            if original is not None and original["flags"] & LOADING:
                # Discord: the first followup of a deferred response replaces the loading message, and keeps the
                # defer's visibility (its own ephemeral flag is ignored)
                data = {k: v for k, v in (body or {}).items() if k != "flags"}
                record.message_id = int(original["id"])
                return _json(self._edit(original, data))
            channel_id = int(interaction.payload["channel"]["id"])
            message = self._new_message(channel_id, body or {}, interaction=interaction)
            interaction.followup_ids.append(int(message["id"]))
            return _json(message)
        if target == "@original":
            message_id = interaction.original_id if not interaction.original_deleted else None
        else:
            message_id = int(target) if int(target) in interaction.followup_ids or int(
                target) == interaction.original_id else None
        message = self.messages.get(message_id) if message_id is not None else None
        if message is None or message_id in self.deleted_messages:
            return _error(404, "Unknown Message", 10008)
        if method == "GET":
            return _json(message)
        if method == "PATCH":
            record.message_id = message_id
            return _json(self._edit(message, body or {}))
        if method == "DELETE":
            self.deleted_messages.add(message_id)
            if message_id == interaction.original_id:
                interaction.original_deleted = True
            return web.Response(status=204)
        return _error(405, "405: Method Not Allowed")


class _GatewaySession:
    """One gateway websocket connection."""

    def __init__(self, fake: FakeDiscord, ws: web.WebSocketResponse, *, zlib_stream: bool) -> None:
        self.fake = fake
        self.ws = ws
        self.sequence = 0
        self.intents = 0
        self._compressor = zlib.compressobj() if zlib_stream else None

    async def send(self, payload: dict[str, Any]) -> None:
        text = json.dumps(payload)
        if self._compressor is None:
            await self.ws.send_str(text)
        else:
            await self.ws.send_bytes(self._compressor.compress(text.encode()) + self._compressor.flush(zlib.Z_SYNC_FLUSH))

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        self.sequence += 1
        await self.send({"op": 0, "t": event, "s": self.sequence, "d": data})

    async def received(self, message: dict[str, Any]) -> None:
        op = message.get("op")
        if op == 1:
            await self.send({"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:
            identify = message.get("d") or {}
            if identify.get("token") != self.fake.bot_token:
                await self.ws.close(code=4004, message=b"Authentication failed.")
                return
            self.fake.identify_payloads.append({k: v for k, v in identify.items() if k != "token"})
            self.intents = int(identify.get("intents") or 0)
            self.fake._sockets.append(self)
            await self.dispatch("READY", {
                "v": 10, "user": self.fake.bot_user, "session_id": f"session-{self.fake.new_id()}",
                "resume_gateway_url": self.fake.gateway_url, "shard": [0, 1],
                "guilds": [{"id": str(gid), "unavailable": True} for gid in self.fake.guilds],
                "application": {"id": str(self.fake.app_id), "flags": 0},
            })
            for guild in self.fake.guilds.values():
                await self.dispatch("GUILD_CREATE", guild)
            self.fake._touch()
        elif op == 6:  # RESUME: we keep no sessions; ask for a fresh IDENTIFY
            await self.send({"op": 9, "d": False, "s": None, "t": None})
