"""The Telegram frontend: python-telegram-bot's ``Application`` in front of the command core.

Each command message becomes a platform-neutral ``Caller`` + the command's name and arguments (+ an ``Upload``
for /train with a document); the core answers through a ``Conversation`` whose first message is a reply to
the command and whose ``Reply.edit`` edits that message (training progress). ``render.py`` turns each
``Response`` into Telegram HTML.

- Talking to a persona (after ``/talk``): plain text messages that mention the bot, reply to a message, or
  come in a private chat go to ``CommandCore.hear`` (``_on_text``); the answer replies to the message and, like
  every persona's post, starts with the persona's name in bold. With privacy mode on (Telegram's default),
  groups deliver only replies to the bot's messages (and commands), not mentions.
- Commands: a ``CommandHandler`` for every command (``/say@ThisBot`` works in groups, ``/say@OtherBot`` is
  ignored) hands the core the command's name and its arguments, parsed there once; plus documents whose
  caption is a command (``/train`` with an archive), and unknown commands addressed to this bot.
  ``setMyCommands`` registers the list at start.
- Permissions: the core checks ``settings.admin_ids`` (``telegram:<user id>``); in groups, the chat's
  administrators (``getChatAdministrators``, cached for a minute) and anonymous admins posting as the group
  are platform admins when ``settings.telegram_chat_admins_are_admins``.
- Flood limits: PTB's ``AIORateLimiter`` keeps under Telegram's limits and, on HTTP 429, waits
  ``retry_after`` and retries (up to ``MAX_RETRIES`` times).
- Polling by default, without dropping pending updates: commands sent while the bot was offline are answered
  when it is back (Telegram keeps them for 24 hours). With ``settings.telegram_webhook_url`` it serves a
  webhook on ``telegram_webhook_listen:telegram_webhook_port`` (the URL's path), with a fresh secret token
  that Telegram sends back on every delivery.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Protocol
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    Chat,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, InvalidToken, TelegramError
from telegram.ext import AIORateLimiter, Application, CommandHandler, ContextTypes, MessageHandler, filters

from bot.core.commands import ALIASES, COMMANDS, SCHEDULING_COMMANDS, command_word
from bot.core.responses import Answer, Caller, Conversation, Heard, Reply, Response, Upload
from bot.frontends.telegram.hearing import addressed, heard
from bot.frontends.telegram.render import persona_name, render
from bot.frontends.telegram.uploads import UploadRefused, download
from bot.logging_setup import RedactingFilter
from bot.settings import Settings
from trainer.errors import Redactor

log = logging.getLogger(__name__)

PLATFORM = "telegram"
ADMIN_CACHE_S = 60.0
TYPING_REFRESH_S = 4.5  # Telegram shows "typing…" for 5 seconds
MAX_RETRIES = 3  # retries after a 429 (each waits the server's retry_after)

_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_NOT_MODIFIED = "message is not modified"


class Core(Protocol):
    """What the frontend needs of ``bot.core.command_core.CommandCore``."""

    async def handle_arguments(self, caller: Caller, name: str, arguments: str, conversation: Conversation,
                               upload: Upload | None = None) -> None: ...

    async def hear(self, heard: Heard, answer: Answer) -> bool: ...

    def persona_posted(self, platform: str, chat_id: str, message_ids: list[str], model_name: str,
                       text: str) -> None: ...


def command_descriptions(*, scheduling: bool = True) -> dict[str, str]:
    """Command name → description for ``setMyCommands`` (the scheduling commands only when scheduling is on)."""
    return {name: description for name, description in COMMANDS.items()
            if scheduling or name not in SCHEDULING_COMMANDS}


_TOKEN_LOGGERS = ("httpx", "telegram.Bot", "telegram.ext.ExtBot", "telegram.ext.Updater", "telegram.ext.Application")


# -- the conversation the core answers into ---------------------------------------------------------------
class TelegramReply:
    """A message the bot sent; ``edit`` replaces its text (training progress)."""

    def __init__(self, frontend: TelegramFrontend, chat_id: int, message_id: int) -> None:
        self._frontend = frontend
        self.chat_id = chat_id
        self.message_id = message_id

    async def edit(self, response: Response) -> None:
        await self._frontend.edit(self.chat_id, self.message_id, response)


class TelegramConversation:
    """Answers to one command: the first message replies to the command message."""

    def __init__(self, frontend: TelegramFrontend, chat_id: int, reply_to: int | None) -> None:
        self._frontend = frontend
        self.chat_id = chat_id
        self.reply_to = reply_to

    async def send(self, response: Response) -> Reply:
        message_ids = await self._frontend.send(self.chat_id, response, reply_to=self.reply_to)
        self._frontend.remember(self.chat_id, response, message_ids)
        return TelegramReply(self._frontend, self.chat_id, message_ids[0])


# -- the frontend ---------------------------------------------------------------------------------------------
class TelegramFrontend:
    """The Telegram bot: ``await start()``, ``await stop()``, and ``await post(chat_id, response)``."""

    platform = PLATFORM

    def __init__(self, core: Core, settings: Settings, *, base_url: str | None = None,
                 base_file_url: str | None = None) -> None:
        if settings.telegram_token is None:
            raise ValueError("Telegram needs a bot token (TELEGRAM_TOKEN); create one with @BotFather.")
        # Bot API URLs contain the token: httpx logs every request URL at INFO, PTB logs its URLs at DEBUG.
        logging.getLogger("httpx").setLevel(logging.WARNING)
        self._redact = RedactingFilter(Redactor([settings.telegram_token.get_secret_value()]))
        for name in _TOKEN_LOGGERS:
            logging.getLogger(name).addFilter(self._redact)
        self.core = core
        self.settings = settings
        self.commands = command_descriptions(scheduling=settings.scheduling)
        builder = (
            Application.builder()
            .token(settings.telegram_token.get_secret_value())
            .rate_limiter(AIORateLimiter(max_retries=MAX_RETRIES))
            .concurrent_updates(True)  # a slow /say must not hold up other chats
        )
        # A self-hosted Bot API server (or a test fake) instead of api.telegram.org.
        base_url = base_url or settings.telegram_base_url or None
        base_file_url = base_file_url or settings.telegram_base_file_url or None
        if base_url:
            builder = builder.base_url(base_url)
        if base_file_url:
            builder = builder.base_file_url(base_file_url)
        self.application = builder.build()
        self._admin_cache: dict[int, tuple[float, frozenset[int]]] = {}
        self._admin_lock = asyncio.Lock()
        self._started = False
        only_new = filters.UpdateType.MESSAGE  # edits of a command do not run it again
        for name in sorted({*COMMANDS, *ALIASES}):  # all answer; the menu (self.commands) may offer fewer
            self.application.add_handler(CommandHandler(name, self._command_callback(name), filters=only_new))
        self.application.add_handler(MessageHandler(
            only_new & filters.CaptionEntity(MessageEntity.BOT_COMMAND), self._on_caption_command))
        self.application.add_handler(MessageHandler(only_new & filters.COMMAND, self._on_other_command))
        self.application.add_handler(MessageHandler(only_new & filters.TEXT & ~filters.COMMAND, self._on_text))
        self.application.add_error_handler(self._on_error)

    @property
    def username(self) -> str:
        return self.application.bot.username

    # -- life cycle ---------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Log in (getMe), register the commands, and start polling or the webhook."""
        try:
            await self.application.initialize()
        except InvalidToken:
            raise RuntimeError(
                "Telegram rejected the bot token (TELEGRAM_TOKEN); copy it again from @BotFather."
            ) from None
        await self._register_commands()
        updater = self.application.updater
        assert updater is not None
        allowed = [Update.MESSAGE]
        webhook_url = self.settings.telegram_webhook_url
        if webhook_url:
            await updater.start_webhook(
                listen=self.settings.telegram_webhook_listen,
                port=self.settings.telegram_webhook_port,
                url_path=urlsplit(webhook_url).path.lstrip("/"),
                webhook_url=webhook_url,
                secret_token=secrets.token_urlsafe(32),
                allowed_updates=allowed,
                drop_pending_updates=False,
            )
            mode = f"webhook on {self.settings.telegram_webhook_listen}:{self.settings.telegram_webhook_port}"
        else:
            await updater.start_polling(allowed_updates=allowed, drop_pending_updates=False)
            mode = "polling"
        await self.application.start()
        self._started = True
        log.info("telegram: @%s started (%s), %d commands", self.username, mode, len(self.commands))

    async def stop(self) -> None:
        """Stop receiving updates, let running handlers finish, and close the connections."""
        try:
            if not self._started:
                return
            self._started = False
            updater = self.application.updater
            if updater is not None and updater.running:
                await updater.stop()
            if self.application.running:
                await self.application.stop()
            await self.application.shutdown()
            log.info("telegram: stopped")
        finally:
            for name in _TOKEN_LOGGERS:
                logging.getLogger(name).removeFilter(self._redact)

    async def _register_commands(self) -> None:
        commands = [BotCommand(name, description[:256])
                    for name, description in self.commands.items() if _COMMAND_NAME.match(name) and description]
        try:
            await self.application.bot.set_my_commands(commands)
        except TelegramError as error:  # the bot still works; Telegram just does not suggest commands
            log.warning("telegram: setMyCommands failed: %s", error)

    # -- sending --------------------------------------------------------------------------------------------
    async def post(self, chat_id: str, response: Response) -> None:
        """Send a response to a chat without a command (scheduled posts). Raises TelegramError on failure."""
        target: int | str = int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id  # or "@channelname"
        self.remember(target, response, await self.send(target, response))

    def remember(self, chat_id: int | str, response: Response, message_ids: list[int]) -> None:
        """A persona's post (samples of a model): the core keeps its ids, so replies to it reach the persona."""
        if persona_name(response) and response.model is not None:
            self.core.persona_posted(PLATFORM, str(chat_id), [str(i) for i in message_ids], response.model.name,
                                     response.samples[0])

    async def send(self, chat_id: int | str, response: Response, *, reply_to: int | None = None) -> list[int]:
        """Send a response (split when long); returns the message ids. The first replies to ``reply_to``."""
        message_ids = []
        for index, text in enumerate(render(response)):
            reply = (ReplyParameters(reply_to, allow_sending_without_reply=True)
                     if reply_to is not None and index == 0 else None)
            message = await self.application.bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, reply_parameters=reply,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
            message_ids.append(message.message_id)
        return message_ids

    async def edit(self, chat_id: int, message_id: int, response: Response) -> None:
        """Replace a message's text; overflow beyond one message is sent as new messages."""
        first, *rest = render(response)
        try:
            await self.application.bot.edit_message_text(
                first, chat_id=chat_id, message_id=message_id, parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except BadRequest as error:
            if _NOT_MODIFIED not in str(error).lower():
                log.warning("telegram: could not edit message %s in chat %s: %s", message_id, chat_id, error)
            return
        for text in rest:
            await self.application.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                                    link_preview_options=LinkPreviewOptions(is_disabled=True))

    async def _keep_typing(self, chat_id: int) -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await self.application.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_REFRESH_S)

    # -- receiving ------------------------------------------------------------------------------------------
    def _command_callback(self, name: str) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
        """``/name``: PTB's CommandHandler has matched the name (and ``@ThisBot``) and split the arguments."""

        async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            message = update.effective_message
            if message is not None:
                await self._run(message, name, " ".join(context.args or ()))

        return on_command

    async def _on_caption_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A file whose caption is a command (``/train @handle`` with an archive)."""
        message = update.effective_message
        if message is not None and message.caption:
            await self._run_written(message, message.caption, unaddressed=True)

    async def _on_other_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command this bot has no handler for: answered (as unknown) only when clearly meant for us."""
        message = update.effective_message
        if message is not None and message.text:
            await self._run_written(message, message.text, unaddressed=message.chat.type == Chat.PRIVATE)

    async def _run_written(self, message: Message, text: str, *, unaddressed: bool) -> None:
        """A command CommandHandler does not see: its ``/name@bot`` word read by ``command_word``.

        ``unaddressed``: also when it names no bot (in a group it may be another bot's command)."""
        word, *rest = text.split(maxsplit=1)
        if not word.startswith("/"):
            return
        name, target = command_word(word)
        if (target.lower() != self.username.lower()) if target is not None else not unaddressed:
            return  # /say@OtherBot, or a group command that may be another bot's
        await self._run(message, name, rest[0] if rest else "")

    async def _on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A plain message: handed to the core when it may be spoken to a persona (``hearing.py``)."""
        message = update.effective_message
        if message is None or not addressed(message, self.application.bot.id, self.username):
            return
        caller = await self._caller(message)
        if caller is None:
            return

        async def answer(response: Response) -> list[str]:
            return [str(i) for i in await self.send(message.chat.id, response, reply_to=message.message_id)]

        typing = asyncio.create_task(self._keep_typing(message.chat.id))
        try:
            await self.core.hear(heard(message, caller, self.application.bot.id, self.username), answer)
        finally:
            typing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await typing

    async def _run(self, message: Message, name: str, arguments: str) -> None:
        caller = await self._caller(message)
        if caller is None:
            return
        conversation = TelegramConversation(self, message.chat.id, reply_to=message.message_id)
        upload = None
        if ALIASES.get(name, name) == "train":
            document = message.document or (message.reply_to_message.document
                                             if message.reply_to_message else None)
            if document is not None:
                try:
                    upload = await download(document, self.settings.max_upload_bytes)
                except UploadRefused as refusal:
                    await conversation.send(Response.refusal(str(refusal)))
                    return
        typing = asyncio.create_task(self._keep_typing(message.chat.id)) if name == "say" else None
        try:
            await self.core.handle_arguments(caller, name, arguments, conversation, upload)
        except Exception:
            log.exception("telegram: /%s failed in chat %s", name, message.chat.id)
            with contextlib.suppress(TelegramError):
                await conversation.send(Response.of("Sorry, something went wrong with that command.", kind="error"))
        finally:
            if typing is not None:
                typing.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await typing

    async def _caller(self, message: Message) -> Caller | None:
        user = message.from_user
        if user is None:
            return None
        chat = message.chat
        is_admin = False
        if chat.type in (Chat.GROUP, Chat.SUPERGROUP) and self.settings.telegram_chat_admins_are_admins:
            if message.sender_chat is not None and message.sender_chat.id == chat.id:
                is_admin = True  # an anonymous administrator posting as the group
            else:
                is_admin = user.id in await self._chat_admin_ids(chat.id)
        return Caller(
            platform=PLATFORM,
            user_id=str(user.id),
            chat_id=str(chat.id),
            display_name=user.full_name or user.username or str(user.id),
            is_platform_admin=is_admin,
        )

    async def _chat_admin_ids(self, chat_id: int) -> frozenset[int]:
        """The chat's administrators' user ids, asked at most once a minute per chat."""
        async with self._admin_lock:  # concurrent commands share one lookup
            cached = self._admin_cache.get(chat_id)
            if cached is not None and cached[0] > time.monotonic():
                return cached[1]
            try:
                admins = await self.application.bot.get_chat_administrators(chat_id)
            except TelegramError as error:
                log.warning("telegram: could not list the administrators of chat %s: %s", chat_id, error)
                return frozenset()
            ids = frozenset(member.user.id for member in admins)
            self._admin_cache[chat_id] = (time.monotonic() + ADMIN_CACHE_S, ids)
            return ids

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.warning("telegram: error while handling an update: %r", context.error)


__all__ = ["TelegramConversation", "TelegramFrontend", "TelegramReply"]
