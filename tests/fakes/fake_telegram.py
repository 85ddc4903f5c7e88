"""A fake Telegram Bot API on 127.0.0.1 for tests, answering the real python-telegram-bot client.

    async with FakeTelegram() as tg:
        app = Application.builder().token(tg.token).base_url(tg.base_url).base_file_url(tg.base_file_url).build()
        ...
        tg.command("/help")                      # queue an update; the bot's getUpdates poll receives it
        call = await tg.wait_call("sendMessage")  # every request is recorded with its parameters

Routes: ``POST /bot<token>/<method>`` for getMe, setMyCommands, getMyCommands, deleteWebhook, setWebhook,
getUpdates (queued updates from ``offset`` on; an empty poll is held up to ``timeout`` capped at 0.5 s),
sendMessage, editMessageText, sendChatAction, getFile, getChatMember, getChatAdministrators, and file
download at ``GET /file/bot<token>/<file_path>``. Answers are ``{"ok": true, "result": ...}`` with real-shaped
objects, and the real API's errors: 401 for a wrong token, 400 "message is too long" past 4096 characters,
400 "can't parse entities" for bad HTML, 400 "message is not modified" for an edit to the same text.
Parameters arrive form-encoded (nested values as JSON strings), multipart or JSON: all are parsed.
``fail_once`` queues an error (by default a 429 with ``retry_after``) for the next call of a method.

Privacy mode (``privacy_mode=True``, as every bot starts): in groups only commands and replies to the bot's
own messages are delivered; other messages (mentions of the bot included) are kept in ``withheld``.
``text_message`` builds a plain message with ``mention`` entities for ``@username`` words and an optional
``reply_to`` (a stored message: ``stored(chat_id, message_id)`` returns the bot's own sent messages too).

Messages the bot sends are kept as Telegram would show them: with ``parse_mode=HTML`` the tags become
entities and the text is unescaped (``sent_text``/``sent_entities`` on each record), so tests can check
what a user reads. The server runs in its own thread and event loop, so sync and async tests can use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-fake-telegram-token"
BOT_ID = 123456
BOT_USERNAME = "MimicTestBot"
TEXT_LIMIT = 4096
JSON_FIELDS = {
    "entities", "caption_entities", "reply_parameters", "reply_markup", "link_preview_options", "commands",
    "allowed_updates", "scope",
}
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id", "reply_to_message_id"}
HTML_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "code": "code", "pre": "pre",
    "a": "text_link", "tg-spoiler": "spoiler", "blockquote": "blockquote", "span": "spoiler",
}

PRIVATE_USER = {"id": 1001, "is_bot": False, "first_name": "Ada", "username": "ada", "language_code": "en"}
OTHER_USER = {"id": 1002, "is_bot": False, "first_name": "Bob", "username": "bob"}
GROUP_CHAT = {"id": -1001234567890, "type": "supergroup", "title": "Bird Watchers"}


def utf16_len(text: str) -> int:
    """Telegram measures lengths and entity offsets in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def private_chat(user: dict[str, Any]) -> dict[str, Any]:
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if "username" in user:
        chat["username"] = user["username"]
    return chat


class TelegramError(Exception):
    """An error answer of the fake API."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


class _HtmlToEntities(HTMLParser):
    """Telegram's HTML parse mode, reduced to what matters here: tags become entities, text is unescaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.entities: list[dict[str, Any]] = []
        self._open: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            raise TelegramError(400, f"Bad Request: can't parse entities: Unsupported start tag \"{tag}\"")
        self._open.append((tag, utf16_len(self.text)))

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1][0] != tag:
            raise TelegramError(400, f"Bad Request: can't parse entities: Unmatched end tag \"{tag}\"")
        _, start = self._open.pop()
        length = utf16_len(self.text) - start
        if length:
            self.entities.append({"type": HTML_TAGS[tag], "offset": start, "length": length})

    def handle_data(self, data: str) -> None:
        self.text += data

    def finish(self) -> None:
        self.close()
        if self._open:
            raise TelegramError(400, f"Bad Request: can't parse entities: Can't find end tag \"{self._open[-1][0]}\"")


def parse_text(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """What the user sees: (plain text, entities) for a sent text and its parse mode."""
    if not parse_mode:
        return text, []
    if parse_mode.upper() != "HTML":
        raise TelegramError(400, f"Bad Request: unsupported parse_mode {parse_mode!r} in this fake")
    parser = _HtmlToEntities()
    parser.feed(text)
    parser.finish()
    return parser.text, parser.entities


@dataclass
class Call:
    """One request the bot made: the method, its parsed parameters and when it arrived (monotonic)."""

    method: str
    params: dict[str, Any]
    at: float
    result: Any = None  # what the fake answered (None for an error)
    error: str | None = None

    @property
    def sent_text(self) -> str:
        """The text as the user reads it (HTML parsed) for sendMessage/editMessageText."""
        text = self.params.get("text", "")
        try:
            return parse_text(text, self.params.get("parse_mode"))[0]
        except TelegramError:
            return text

    @property
    def sent_entities(self) -> list[dict[str, Any]]:
        try:
            return parse_text(self.params.get("text", ""), self.params.get("parse_mode"))[1]
        except TelegramError:
            return []


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes


@dataclass
class _QueuedError:
    method: str
    code: int
    description: str
    parameters: dict[str, Any] | None


@dataclass
class FakeTelegram:
    """The fake Bot API server and its state (thread-safe)."""

    token: str = TOKEN
    bot_username: str = BOT_USERNAME
    calls: list[Call] = field(default_factory=list)
    chat_admins: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # chat id -> admin users
    webhook: dict[str, Any] = field(default_factory=dict)  # the last setWebhook parameters
    commands: list[dict[str, Any]] = field(default_factory=list)  # the last setMyCommands list
    privacy_mode: bool = False  # True: groups deliver only commands and replies to the bot's messages
    withheld: list[dict[str, Any]] = field(default_factory=list)  # group messages privacy mode kept back

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 500
        self._next_message_id = 1
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._files: dict[str, _StoredFile] = {}
        self._errors: list[_QueuedError] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._new_update: asyncio.Event | None = None
        self.port = 0

    # -- addresses ------------------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder.base_url`` (the token is appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Mimic", "username": self.bot_username}

    # -- life cycle -----------------------------------------------------------------------------------------
    def start(self) -> FakeTelegram:
        started = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            self._new_update = asyncio.Event()
            app = web.Application(client_max_size=64 * 1024 * 1024)
            app.router.add_post("/bot{token}/{method}", self._handle_method)
            app.router.add_get("/bot{token}/{method}", self._handle_method)
            app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
            self._runner = web.AppRunner(app, access_log=None)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            started.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=serve, name="fake-telegram", daemon=True)
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError("fake Telegram did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._thread:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> FakeTelegram:
        return self.start()

    async def __aexit__(self, *exc: object) -> None:
        self.stop()

    # -- set-up helpers -------------------------------------------------------------------------------------
    def add_file(self, data: bytes, file_name: str, mime_type: str = "application/octet-stream",
                 file_size: int | None = None) -> dict[str, Any]:
        """Store a file for getFile/download; returns the Document object to put in a message.

        ``file_size`` may claim a different size than ``data`` (to test refusals before download)."""
        with self._lock:
            number = len(self._files) + 1
            stored = _StoredFile(f"DOC{number}", f"U{number}", f"documents/file_{number}_{file_name}", data)
            self._files[stored.file_id] = stored
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data) if file_size is None else file_size,
        }

    def set_admins(self, chat_id: int, *users: dict[str, Any]) -> None:
        """The chat's administrators (the first one is the owner)."""
        with self._lock:
            self.chat_admins[chat_id] = list(users)

    def fail_once(self, method: str, code: int = 429, description: str | None = None,
                  retry_after: int | None = 1) -> None:
        """The next call of ``method`` fails (default: 429 Too Many Requests with ``retry_after``)."""
        if description is None:
            description = f"Too Many Requests: retry after {retry_after}" if code == 429 else "Bad Request"
        parameters = {"retry_after": retry_after} if code == 429 and retry_after is not None else None
        with self._lock:
            self._errors.append(_QueuedError(method, code, description, parameters))

    def command(
        self,
        text: str,
        *,
        user: dict[str, Any] | None = None,
        chat: dict[str, Any] | None = None,
        group: bool = False,
        document: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
        sender_chat: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Queue a message update whose text (or a document's caption) starts with a ``bot_command`` entity.

        Private chat with ``user`` by default; ``group=True`` uses GROUP_CHAT. Returns the message."""
        user = user or PRIVATE_USER
        chat = chat or (GROUP_CHAT if group else private_chat(user))
        command_word = text.split(maxsplit=1)[0] if text.split() else text
        entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(command_word)}] if text.startswith("/") else []
        extra: dict[str, Any] = {}
        if document is not None:
            extra["document"] = document
            extra["caption"] = text
            if entities:
                extra["caption_entities"] = entities
        else:
            extra["text"] = text
            if entities:
                extra["entities"] = entities
        if reply_to is not None:
            extra["reply_to_message"] = reply_to
        if sender_chat is not None:
            extra["sender_chat"] = sender_chat
        return self.message(user=user, chat=chat, **extra)

    def document_message(self, document: dict[str, Any], *, user: dict[str, Any] | None = None,
                         group: bool = False) -> dict[str, Any]:
        """A message with a document and no command, stored (not queued) for ``command(reply_to=...)``."""
        user = user or PRIVATE_USER
        chat = GROUP_CHAT if group else private_chat(user)
        with self._lock:
            message = self._new_message(chat, user, document=document)
        return message

    def message(self, *, user: dict[str, Any], chat: dict[str, Any], **fields: Any) -> dict[str, Any]:
        """Queue any message update (fields as in the Bot API's Message); privacy mode may withhold it."""
        with self._lock:
            message = self._new_message(chat, user, **fields)
            if self._delivered(message):
                self._push_update({"message": message})
            else:
                self.withheld.append(message)
        return message

    def _delivered(self, message: dict[str, Any]) -> bool:
        """What Telegram sends a bot in privacy mode: in groups, commands and replies to its own messages."""
        if not self.privacy_mode or message["chat"]["type"] not in ("group", "supergroup"):
            return True
        text = message.get("text") or message.get("caption") or ""
        replied = message.get("reply_to_message") or {}
        return text.startswith("/") or replied.get("from", {}).get("id") == BOT_ID

    def text_message(self, text: str, *, user: dict[str, Any] | None = None, group: bool = False,
                     reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        """Queue a plain message; every ``@username`` word in it is a ``mention`` entity (UTF-16 offsets)."""
        user = user or PRIVATE_USER
        chat = GROUP_CHAT if group else private_chat(user)
        entities = []
        for found in re.finditer(r"@[A-Za-z0-9_]{5,32}", text):
            entities.append({"type": "mention", "offset": utf16_len(text[: found.start()]),
                             "length": utf16_len(found.group())})
        fields: dict[str, Any] = {"text": text}
        if entities:
            fields["entities"] = entities
        if reply_to is not None:
            fields["reply_to_message"] = reply_to
        return self.message(user=user, chat=chat, **fields)

    def redeliver(self, message: dict[str, Any]) -> None:
        """Queue an update for a message already delivered (as after a bot crashed before confirming it)."""
        with self._lock:
            self._push_update({"message": message})

    def stored(self, chat_id: int, message_id: int) -> dict[str, Any]:
        """A message as Telegram keeps it (the bot's own sent messages included)."""
        with self._lock:
            return dict(self._messages[(chat_id, message_id)])

    def _new_message(self, chat: dict[str, Any], sender: dict[str, Any], **fields: Any) -> dict[str, Any]:
        replied = fields.get("reply_to_message")
        if isinstance(replied, dict):  # Telegram includes the replied-to message one level deep only
            fields["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        message = {"message_id": self._next_message_id, "date": int(time.time()), "chat": chat, "from": sender}
        message.update(fields)
        self._next_message_id += 1
        self._messages[(chat["id"], message["message_id"])] = message
        return message

    def _push_update(self, payload: dict[str, Any]) -> None:
        update = {"update_id": self._next_update_id, **payload}
        self._next_update_id += 1
        self._updates.append(update)
        if self._loop and self._new_update:
            self._loop.call_soon_threadsafe(self._new_update.set)

    # -- reading what the bot did --------------------------------------------------------------------------
    def calls_of(self, method: str, predicate: Callable[[Call], bool] | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and (predicate is None or predicate(c))]

    async def wait_call(self, method: str, predicate: Callable[[Call], bool] | None = None, *,
                        count: int = 1, timeout: float = 10.0) -> Call:
        """Wait until ``count`` successful calls of ``method`` match; returns the last of them."""
        deadline = time.monotonic() + timeout
        while True:
            matching = [c for c in self.calls_of(method, predicate) if c.error is None]
            if len(matching) >= count:
                return matching[count - 1]
            if time.monotonic() > deadline:
                seen = [(c.method, c.params.get("text", "")[:80]) for c in self.calls[-15:]]
                raise AssertionError(f"no {count}x {method} matching within {timeout}s; last calls: {seen}")
            await asyncio.sleep(0.02)

    def message_text(self, chat_id: int, message_id: int) -> str:
        """A message's current text as the user reads it (after edits)."""
        with self._lock:
            return self._messages[(chat_id, message_id)].get("text", "")

    # -- the server -----------------------------------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                form = await request.post()
                for key, value in form.items():
                    params[key] = value if isinstance(value, str) else value.file.read()
        for key, value in list(params.items()):
            if key in JSON_FIELDS and isinstance(value, str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(value)
            elif key in INT_FIELDS and isinstance(value, str):
                with contextlib.suppress(ValueError):
                    params[key] = int(value)
        return params

    async def _handle_method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method, params, time.monotonic())
        with self._lock:
            self.calls.append(call)
        if request.match_info["token"] != self.token:
            call.error = "Unauthorized"
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        try:
            with self._lock:
                queued = next((e for e in self._errors if e.method == method), None)
                if queued is not None:
                    self._errors.remove(queued)
            if queued is not None:
                raise TelegramError(queued.code, queued.description, queued.parameters)
            if method == "getUpdates":
                result = await self._get_updates(params)
            else:
                handler = getattr(self, f"_api_{method}", None)
                if handler is None:
                    raise TelegramError(404, "Not Found: method not found")
                with self._lock:
                    result = handler(params)
        except TelegramError as error:
            call.error = error.description
            body: dict[str, Any] = {"ok": False, "error_code": error.code, "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            return web.json_response(body, status=error.code)
        call.result = result
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        with self._lock:
            stored = next((f for f in self._files.values() if f.file_path == path), None)
            self.calls.append(Call("download", {"file_path": path}, time.monotonic()))
        if stored is None:
            return web.Response(status=404)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        hold = min(float(params.get("timeout") or 0), 0.5)
        deadline = time.monotonic() + hold
        assert self._new_update is not None
        while True:
            with self._lock:
                if offset:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = self._updates[:limit]
                self._new_update.clear()
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0:
                return ready
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), remaining)

    # Methods below run under the lock.
    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": not self.privacy_mode,
                "supports_inline_queries": False}

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or not commands:
            raise TelegramError(400, "Bad Request: commands must be a non-empty list")
        for command in commands:
            name, description = command.get("command", ""), command.get("description", "")
            if not (1 <= len(name) <= 32 and name.replace("_", "").isalnum() and name == name.lower()):
                raise TelegramError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise TelegramError(400, "Bad Request: command description is invalid")
        self.commands = commands
        return True

    def _api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if str(params.get("drop_pending_updates", "")).lower() == "true":
            self._updates.clear()
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith("https://"):
            raise TelegramError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = dict(params)
        return True

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise TelegramError(400, "Bad Request: chat not found")
        if chat_id == GROUP_CHAT["id"]:
            return GROUP_CHAT
        if chat_id < 0:
            return {"id": chat_id, "type": "group", "title": "Some group"}
        return {"id": chat_id, "type": "private", "first_name": "User"}

    def _checked_text(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        raw = params.get("text")
        if not isinstance(raw, str) or not raw.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        text, entities = parse_text(raw, params.get("parse_mode"))
        if not text.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        if utf16_len(text) > TEXT_LIMIT:
            raise TelegramError(400, "Bad Request: message is too long")
        return text, entities

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        text, entities = self._checked_text(params)
        fields: dict[str, Any] = {"text": text}
        if entities:
            fields["entities"] = entities
        reply = params.get("reply_parameters") or {}
        reply_id = reply.get("message_id") if isinstance(reply, dict) else None
        reply_id = reply_id or params.get("reply_to_message_id")
        if reply_id is not None:
            original = self._messages.get((chat["id"], int(reply_id)))
            if original is not None:
                fields["reply_to_message"] = original
            elif not (isinstance(reply, dict) and reply.get("allow_sending_without_reply")):
                raise TelegramError(400, "Bad Request: message to be replied not found")
        return self._new_message(chat, self.bot_user, **fields)

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        message = self._messages.get((chat["id"], int(params.get("message_id") or 0)))
        if message is None:
            raise TelegramError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != BOT_ID:
            raise TelegramError(400, "Bad Request: message can't be edited")
        text, entities = self._checked_text(params)
        if text == message.get("text") and entities == message.get("entities", []):
            raise TelegramError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message",
            )
        message["text"] = text
        message["entities"] = entities
        message["edit_date"] = int(time.time())
        return message

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        self._chat(params)
        if params.get("action") not in {"typing", "upload_document", "upload_photo", "record_video",
                                         "upload_video", "record_voice", "upload_voice", "choose_sticker",
                                         "find_location", "record_video_note", "upload_video_note"}:
            raise TelegramError(400, "Bad Request: wrong parameter action in request")
        return True

    def _api_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._files.get(str(params.get("file_id")))
        if stored is None:
            raise TelegramError(400, "Bad Request: invalid file_id")
        if len(stored.data) > 20 * 1024 * 1024:
            raise TelegramError(400, "Bad Request: file is too big")
        return {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                "file_size": len(stored.data), "file_path": stored.file_path}

    def _member(self, chat_id: int, user: dict[str, Any], index: int) -> dict[str, Any]:
        if index == 0:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {
            "status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False,
            "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": True,
            "can_restrict_members": True, "can_promote_members": False, "can_change_info": True,
            "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
            "can_delete_stories": False, "can_pin_messages": True,
        }

    def _api_getChatAdministrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        chat = self._chat(params)
        admins = self.chat_admins.get(chat["id"], [])
        return [self._member(chat["id"], user, index) for index, user in enumerate(admins)]

    def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        user_id = params.get("user_id")
        for index, user in enumerate(self.chat_admins.get(chat["id"], [])):
            if user["id"] == user_id:
                return self._member(chat["id"], user, index)
        return {"status": "member", "user": {"id": user_id, "is_bot": False, "first_name": "Member"}}

    # -- webhook delivery -----------------------------------------------------------------------------------
    def make_update(self, message: dict[str, Any]) -> dict[str, Any]:
        """An update for ``message`` without queueing it (to POST it to a webhook)."""
        with self._lock:
            update = {"update_id": self._next_update_id, "message": message}
            self._next_update_id += 1
            self._messages[(message["chat"]["id"], message["message_id"])] = message
        return update

    def new_command_message(self, text: str, *, user: dict[str, Any] | None = None,
                            group: bool = False) -> dict[str, Any]:
        """A command message stored but not queued for getUpdates (for webhook tests)."""
        user = user or PRIVATE_USER
        chat = GROUP_CHAT if group else private_chat(user)
        word = text.split(maxsplit=1)[0]
        with self._lock:
            return self._new_message(chat, user, text=text,
                                     entities=[{"type": "bot_command", "offset": 0, "length": utf16_len(word)}])
