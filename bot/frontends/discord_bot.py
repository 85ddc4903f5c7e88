"""The Discord frontend: slash commands on discord.py, translated into the core's text commands.

Each slash command becomes the same text a console user would type (``/train`` with options →
``train @a @b source=sample --force``; ``/say model prompt`` → ``say <model> <prompt>``) and goes to
``CommandCore.handle`` with a ``Caller`` and a ``Conversation`` bound to the interaction. The core's
``Response`` objects are rendered here: model results and ``/say`` samples as embeds styled like the
huggingtweets cards, refusals and errors as ephemeral messages, progress as edits of one message.

Discord rules this module follows:

- An interaction must be acknowledged within 3 s: ``/train`` and ``/say`` defer at once ("thinking");
  the other commands answer directly and defer only if the core has not answered after ``QUICK_ACK_S``.
- The first answer replaces the "thinking" message; a private first answer deletes it and goes out as an
  ephemeral followup (a followup of a deferred response would inherit its public visibility).
- An interaction token lasts 15 minutes; later edits (long trainings) go through the bot's channel API,
  or, where that is refused, into a fresh channel message.
- No message pings anybody: ``AllowedMentions.none()`` on the client and on every send and edit.
- HTTP 429 is handled by discord.py; progress edits are throttled by the core, not multiplied here.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import PurePosixPath
from typing import Any, Protocol

import aiohttp
import discord
from discord import app_commands

from bot.core.commands import COMMANDS, canonical_model_name
from bot.core.presenters import data_table
from bot.core.responses import Caller, Conversation, ModelSummary, Response, Upload
from bot.settings import Settings
from trainer.sources import INPUT_SUFFIXES

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
QUICK_ACK_S = 2.0  # a command not deferred at once is deferred if the core has not answered by then
INTERACTION_TOKEN_TTL_S = 14 * 60.0  # Discord's tokens last 15 min; after this, edit through the channel API
CARD_COLOUR = discord.Colour(0x1DA1F2)
MAX_CONTENT = 2000
MAX_DESCRIPTION = 4096
MAX_FIELD = 1024
MAX_TITLE = 256
MAX_CHOICES = 25


class Core(Protocol):
    """What this frontend needs from ``bot.core.CommandCore``."""

    async def handle(self, caller: Caller, text: str, conversation: Conversation,
                     upload: Upload | None = None) -> None: ...

    def model_names(self, prefix: str = "") -> Any: ...  # list[str], or an awaitable of one


# ----- rendering -----------------------------------------------------------------------------------------

def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_fence(text: str) -> str:
    """Text that cannot close a code block it is shown in."""
    return text.replace("`", "ˋ")


def _code_table(rows: Sequence[Sequence[str]]) -> str:
    """Rows (the first is the header) as an aligned monospace table."""
    widths = [max(len(str(row[i])) if i < len(row) else 0 for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        cells = [_no_fence(str(cell)) for cell in row] + [""] * (len(widths) - len(row))
        lines.append("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                               enumerate(zip(cells, widths, strict=True))).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _card(model: ModelSummary) -> discord.Embed:
    """An embed laid out like a huggingtweets model card header: label, display names, handles."""
    embed = discord.Embed(
        title=_clip(discord.utils.escape_markdown(model.title or model.name), MAX_TITLE),
        description=" · ".join(f"@{handle}" for handle in model.handles),
        colour=CARD_COLOUR,
    )
    embed.set_author(name=f"🤖 {model.label} 🤖")
    return embed


def render(response: Response) -> dict[str, Any]:
    """``content`` and ``embeds`` for a message showing ``response`` (both always set, so edits replace)."""
    if response.kind == "model" and response.model is not None:
        model = response.model
        embed = _card(model)
        embed.add_field(name="Model", value=f"`{model.name}`", inline=False)
        rows = response.table or data_table(model)
        table = _code_table(rows)
        if len(table) + 8 <= MAX_FIELD:
            embed.add_field(name="Data", value=f"```\n{table}\n```", inline=False)
        else:  # too wide for one field: one field per account
            for column in range(1, len(rows[0])):
                lines = "\n".join(f"{row[0]}: {row[column]}" for row in rows[1:])
                embed.add_field(name=_clip(str(rows[0][column]), MAX_TITLE), value=_clip(lines, MAX_FIELD))
        footer = [f"base model {model.base_model}" if model.base_model else "", model.created_at[:10]]
        if any(footer):
            embed.set_footer(text=" · ".join(part for part in footer if part))
        return {"content": None, "embeds": [embed]}
    if response.kind == "samples" and response.samples:
        samples = "\n\n".join(discord.utils.escape_markdown(sample) for sample in response.samples)
        if response.model is not None:
            embed = _card(response.model)
            embed.description = _clip(samples, MAX_DESCRIPTION)
            embed.set_footer(text=f"model {response.model.name}")
        else:
            embed = discord.Embed(title=_clip(response.title or "Samples", MAX_TITLE),
                                  description=_clip(samples, MAX_DESCRIPTION), colour=CARD_COLOUR)
        return {"content": None, "embeds": [embed]}
    if response.table and response.kind in ("list", "model"):
        # the core's text is the table already laid out (plus any footnote): show it monospace
        table = _no_fence(response.text) if response.text else _code_table(response.table)
        embed = discord.Embed(title=_clip(response.title or "", MAX_TITLE) or None,
                              description="```\n" + _clip(table, MAX_DESCRIPTION - 8) + "\n```", colour=CARD_COLOUR)
        return {"content": None, "embeds": [embed]}
    text = response.text or "…"
    if response.kind == "progress" and response.progress is not None and response.progress.percent is not None:
        text = f"{text}\n{progress_bar(response.progress.percent)}"
    return {"content": _clip(text, MAX_CONTENT), "embeds": []}


def progress_bar(percent: float, width: int = 20) -> str:
    """``▰▰▰▰▱▱▱▱ 50%`` in monospace."""
    filled = round(max(0.0, min(100.0, percent)) / 100 * width)
    return f"`{'▰' * filled}{'▱' * (width - filled)}` {percent:.0f}%"


# ----- conversations and replies ---------------------------------------------------------------------------

class _Message:
    """One message the bot sent for an interaction, editable for as long as possible."""

    def __init__(self, conversation: _InteractionConversation, *, original: bool,
                 webhook_message: discord.WebhookMessage | None = None, message_id: int | None = None,
                 ephemeral: bool = False) -> None:
        self.conversation = conversation
        self.original = original
        self.webhook_message = webhook_message
        self.message_id = message_id
        self.ephemeral = ephemeral
        self.channel_message: discord.Message | None = None  # a replacement sent after the token expired

    async def edit(self, response: Response) -> None:
        """Show ``response`` in this message (the ``Reply`` protocol)."""
        try:
            await self._edit(render(response))
        except discord.HTTPException as error:
            log.warning("discord: could not edit message %s (%s %s)", self.message_id, error.status, error.code)

    async def _edit(self, kwargs: dict[str, Any]) -> None:
        conversation = self.conversation
        if self.channel_message is not None:
            self.channel_message = await self.channel_message.edit(**kwargs, allowed_mentions=NO_PINGS)
            return
        if not conversation.token_expired():
            if self.original:
                await conversation.interaction.edit_original_response(**kwargs, allowed_mentions=NO_PINGS)
            elif self.webhook_message is not None:
                await self.webhook_message.edit(**kwargs, allowed_mentions=NO_PINGS)
            return
        if self.ephemeral:
            log.info("discord: interaction token expired; ephemeral message %s can no longer change", self.message_id)
            return
        channel = conversation.frontend.client.get_partial_messageable(conversation.channel_id)
        if self.message_id is not None:
            try:
                await channel.get_partial_message(self.message_id).edit(**kwargs, allowed_mentions=NO_PINGS)
                return
            except discord.HTTPException as error:
                log.info("discord: cannot edit message %s through the channel (%s); sending a new one",
                         self.message_id, error.status)
        self.channel_message = await channel.send(**kwargs, allowed_mentions=NO_PINGS)


class _InteractionConversation:
    """The core's ``Conversation`` for one slash-command interaction."""

    def __init__(self, frontend: DiscordFrontend, interaction: discord.Interaction) -> None:
        self.frontend = frontend
        self.interaction = interaction
        self.channel_id = interaction.channel_id or 0
        self.started = time.monotonic()
        self.deferred_ephemeral = False
        self.sent = 0
        self._lock = asyncio.Lock()
        self._thinking = False  # deferred, and the "thinking" message not yet replaced

    def token_expired(self) -> bool:
        return time.monotonic() - self.started > self.frontend.token_ttl_s

    async def defer(self, *, ephemeral: bool = False) -> None:
        """Acknowledge now with a "thinking" message (no-op when already answered)."""
        async with self._lock:
            if not self.interaction.response.is_done():
                await self.interaction.response.defer(thinking=True, ephemeral=ephemeral)
                self.deferred_ephemeral = ephemeral
                self._thinking = True

    async def send(self, response: Response) -> _Message:
        """Answer with ``response`` (the ``Conversation`` protocol); returns the editable message."""
        kwargs = render(response)
        interaction = self.interaction
        async with self._lock:
            self.sent += 1
            if not interaction.response.is_done():
                callback = await interaction.response.send_message(
                    **{k: v for k, v in kwargs.items() if v is not None}, ephemeral=response.private,
                    allowed_mentions=NO_PINGS,
                )
                return _Message(self, original=True, message_id=callback.message_id, ephemeral=response.private)
            if self._thinking:
                self._thinking = False
                if response.private and not self.deferred_ephemeral:
                    # the first followup would inherit the public "thinking" state: remove it first
                    with contextlib.suppress(discord.NotFound):
                        await interaction.delete_original_response()
                else:
                    message = await interaction.edit_original_response(**kwargs, allowed_mentions=NO_PINGS)
                    return _Message(self, original=True, message_id=message.id, ephemeral=self.deferred_ephemeral)
            if self.token_expired():
                if response.private:
                    log.info("discord: interaction token expired; a private answer was not delivered")
                    return _Message(self, original=False, ephemeral=True)
                channel = self.frontend.client.get_partial_messageable(self.channel_id)
                reply = _Message(self, original=False)
                reply.channel_message = await channel.send(**kwargs, allowed_mentions=NO_PINGS)
                return reply
            followup = await interaction.followup.send(
                **{k: v for k, v in kwargs.items() if v is not None}, ephemeral=response.private,
                allowed_mentions=NO_PINGS, wait=True,
            )
            return _Message(self, original=False, webhook_message=followup, message_id=followup.id,
                            ephemeral=response.private)


# ----- the client ------------------------------------------------------------------------------------------

class _Client(discord.Client):
    def __init__(self, frontend: DiscordFrontend, **options: Any) -> None:
        super().__init__(intents=discord.Intents(guilds=True), allowed_mentions=NO_PINGS, **options)
        self.frontend = frontend

    async def setup_hook(self) -> None:
        await self.frontend.sync_commands()


class _Tree(app_commands.CommandTree):
    frontend: DiscordFrontend

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.guild_id is not None or self.frontend.settings.discord_allow_dms:
            return True
        if interaction.type is discord.InteractionType.autocomplete:
            await interaction.response.autocomplete([])
        else:
            await interaction.response.send_message(
                "I only answer commands in servers here, not in direct messages.", ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
        return False

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError, /) -> None:
        log.error("discord: command /%s failed", getattr(interaction.command, "name", "?"), exc_info=error)
        if interaction.type is discord.InteractionType.application_command:
            with contextlib.suppress(discord.HTTPException):
                await _InteractionConversation(self.frontend, interaction).send(
                    Response("Something went wrong on my side; it has been logged.", kind="error", private=True)
                )


class DiscordFrontend:
    """Slash commands for the command core on Discord (``start``/``stop``; ``post`` for scheduled posts)."""

    platform = "discord"

    def __init__(self, core: Core, settings: Settings, *, guild_ready_timeout: float = 2.0,
                 ready_timeout_s: float = 60.0) -> None:
        self.core = core
        self.settings = settings
        self.ready_timeout_s = ready_timeout_s
        self.token_ttl_s = INTERACTION_TOKEN_TTL_S
        self.quick_ack_s = QUICK_ACK_S
        self.client = _Client(self, guild_ready_timeout=guild_ready_timeout)
        self.tree = _Tree(
            self.client,
            allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=settings.discord_allow_dms),
            allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
        )
        self.tree.frontend = self
        self._gateway_task: asyncio.Task[None] | None = None
        self._downloads: aiohttp.ClientSession | None = None
        self._register_commands()

    # ----- lifecycle -----
    async def start(self) -> None:
        """Log in, sync the commands, connect to the gateway; returns once ready (or after ready_timeout_s).

        A start that fails or is cancelled closes what it opened before it raises."""
        if self.settings.discord_token is None:
            raise RuntimeError("Discord: no bot token configured (MIMICBIRD_DISCORD_TOKEN or DISCORD_TOKEN).")
        self._downloads = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300))
        try:
            await self._connect(self.settings.discord_token.get_secret_value())
        except discord.LoginFailure:
            await self.stop()
            raise RuntimeError("Discord rejected the bot token; check DISCORD_TOKEN.") from None
        except BaseException:
            await asyncio.shield(self.stop())
            raise

    async def _connect(self, token: str) -> None:
        await self.client.login(token)  # setup_hook syncs the commands
        self._gateway_task = asyncio.create_task(self.client.connect(), name="discord-gateway")
        ready = asyncio.create_task(self.client.wait_until_ready())
        try:
            done, _ = await asyncio.wait({ready, self._gateway_task}, timeout=self.ready_timeout_s,
                                         return_when=asyncio.FIRST_COMPLETED)
        finally:
            ready.cancel()
        if self._gateway_task in done:
            error = self._gateway_task.exception()
            raise RuntimeError(f"Discord gateway connection ended: {error or 'closed'}")
        if ready in done:
            user = self.client.user
            log.info("discord: connected as %s (id %s) in %d guild(s)", user, user and user.id,
                     len(self.client.guilds))
        else:
            log.warning("discord: not ready after %.0f s; still connecting in the background", self.ready_timeout_s)

    async def stop(self) -> None:
        """Disconnect and release the HTTP sessions."""
        await self.client.close()
        if self._gateway_task is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._gateway_task
            self._gateway_task = None
        if self._downloads is not None:
            await self._downloads.close()
            self._downloads = None

    async def sync_commands(self) -> None:
        """Register the slash commands with Discord: in the configured guilds at once, else globally."""
        guild_ids = list(self.settings.discord_guild_ids)
        if guild_ids:
            done: list[str] = []
            synced: list[app_commands.AppCommand] = []
            for guild_id in guild_ids:
                guild = discord.Object(guild_id)
                self.tree.copy_global_to(guild=guild)
                try:
                    synced = await self.tree.sync(guild=guild)
                except discord.HTTPException as error:  # e.g. 403: not in that guild, or no commands scope
                    log.error("discord: cannot sync commands to guild %s (%s %s); is the bot invited there "
                              "with the applications.commands scope?", guild_id, error.status, error.text)
                    continue
                done.append(str(guild_id))
            log.info("discord: synced %d commands to guild(s) %s (available at once)", len(synced),
                     ", ".join(done) or "none")
        else:
            synced = await self.tree.sync()
            log.info("discord: synced %d commands globally (new commands can take up to an hour to appear)",
                     len(synced))

    async def post(self, chat_id: str, response: Response) -> None:
        """Send ``response`` to a channel (scheduled posts), pinging nobody."""
        channel = self.client.get_partial_messageable(int(chat_id))
        await channel.send(**render(response), allowed_mentions=NO_PINGS)

    # ----- the bridge to the core -----
    def caller(self, interaction: discord.Interaction) -> Caller:
        """The core's view of who is asking: user, channel, and admin by a configured role."""
        user = interaction.user
        admin_roles = set(self.settings.discord_admin_role_ids)
        roles = getattr(user, "roles", ()) if isinstance(user, discord.Member) else ()
        return Caller(
            platform="discord",
            user_id=str(user.id),
            chat_id=str(interaction.channel_id or user.id),
            display_name=user.display_name,
            is_platform_admin=any(role.id in admin_roles for role in roles),
        )

    async def run(self, interaction: discord.Interaction, text: str, *, defer: bool,
                  prepare: Callable[[_InteractionConversation], Awaitable[Upload | None]] | None = None) -> None:
        """Hand ``text`` to the core for this interaction; ``defer`` acknowledges at once ("thinking")."""
        conversation = _InteractionConversation(self, interaction)
        late_defer: asyncio.Task[None] | None = None
        if defer:
            await conversation.defer()
        else:
            late_defer = asyncio.create_task(self._defer_later(conversation))
        try:
            upload = await prepare(conversation) if prepare is not None else None
            if prepare is None or upload is not None:
                log.info("discord: /%s from user %s in channel %s", interaction.command and interaction.command.name,
                         interaction.user.id, interaction.channel_id)
                await self.core.handle(self.caller(interaction), text, conversation, upload)
        except Exception:
            log.exception("discord: command %r failed", text.split(" ", 1)[0])
            with contextlib.suppress(discord.HTTPException):
                await conversation.send(
                    Response("Something went wrong on my side; it has been logged.", kind="error", private=True)
                )
        finally:
            if late_defer is not None:
                late_defer.cancel()
        if conversation.sent == 0:  # the core said nothing: do not leave Discord waiting
            with contextlib.suppress(discord.HTTPException):
                await conversation.send(Response("Done.", private=True))

    async def _defer_later(self, conversation: _InteractionConversation) -> None:
        await asyncio.sleep(self.quick_ack_s)
        with contextlib.suppress(discord.HTTPException):
            await conversation.defer()

    async def _model_choices(self, current: str) -> list[app_commands.Choice[str]]:
        prefix = current.strip().lstrip("@").lower()
        names = self.core.model_names(prefix)
        if inspect.isawaitable(names):
            names = await names
        return [app_commands.Choice(name=name[:100], value=name[:100]) for name in list(names)[:MAX_CHOICES]]

    async def _known_model(self, raw: str) -> str | None:
        """``raw`` as a canonical model name if the core knows it."""
        name = canonical_model_name(raw)
        if name is None:
            return None
        names = self.core.model_names(name)
        if inspect.isawaitable(names):
            names = await names
        return name if name in names else None

    async def _download(self, attachment: discord.Attachment, limit: int) -> bytes | None:
        """The attachment's bytes, or None when it turns out bigger than ``limit`` while downloading."""
        assert self._downloads is not None, "start() first"
        data = bytearray()
        async with self._downloads.get(attachment.url) as response:
            response.raise_for_status()
            async for chunk in response.content.iter_chunked(64 * 1024):
                data += chunk
                if len(data) > limit:
                    return None
        return bytes(data)

    def _upload_preparer(self, attachment: discord.Attachment, interaction: discord.Interaction
                         ) -> Callable[[_InteractionConversation], Awaitable[Upload | None]]:
        async def prepare(conversation: _InteractionConversation) -> Upload | None:
            name = PurePosixPath(attachment.filename).name
            if not name.lower().endswith(INPUT_SUFFIXES):
                await conversation.send(Response(
                    f"I can't read {name[:60]!r}: attach a Twitter archive .zip, a tweets.js, or a .jsonl/.csv file.",
                    kind="error", private=True))
                return None
            limit = min(self.settings.max_upload_bytes, interaction.filesize_limit or self.settings.max_upload_bytes)
            too_big = Response(
                f"{name[:60]} is {attachment.size / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB.",
                kind="error", private=True)
            if attachment.size > limit:  # refused from the declared size, before any download
                await conversation.send(too_big)
                return None
            try:
                data = await self._download(attachment, limit)
            except (aiohttp.ClientError, TimeoutError) as error:
                log.warning("discord: download of an attachment failed: %s", type(error).__name__)
                await conversation.send(Response(
                    f"I could not download {name[:60]}; please try again.", kind="error", private=True))
                return None
            if data is None:
                await conversation.send(too_big)
                return None
            return Upload(filename=name, data=data)
        return prepare

    # ----- the slash commands -----
    def _register_commands(self) -> None:
        tree = self.tree
        frontend = self

        def describe(name: str) -> str:
            return _clip(COMMANDS.get(name, name), 100)

        @tree.command(name="train", description=describe("train"))
        @app_commands.describe(
            handle="X handle to learn from, like @lena_bakes (optional with an archive file)",
            handle2="a second account, for a blend",
            handle3="a third account, for a blend",
            source="where the tweets come from (default: automatic)",
            file="a Twitter archive .zip, tweets.js, or a .jsonl/.csv file of tweets",
            force="train again even if a recent model exists",
        )
        @app_commands.choices(source=[
            app_commands.Choice(name="automatic", value="auto"),
            app_commands.Choice(name="bundled sample account", value="sample"),
            app_commands.Choice(name="X API", value="x"),
        ])
        async def train(interaction: discord.Interaction, handle: app_commands.Range[str, 1, 16] | None = None,
                        handle2: app_commands.Range[str, 1, 16] | None = None,
                        handle3: app_commands.Range[str, 1, 16] | None = None,
                        source: app_commands.Choice[str] | None = None,
                        file: discord.Attachment | None = None, force: bool = False) -> None:
            handles = [h.strip() for h in (handle, handle2, handle3) if h and h.strip()]
            words = ["train", *(h if h.startswith("@") else f"@{h}" for h in handles)]
            chosen = source.value if source is not None else "auto"
            if file is not None and chosen not in ("auto", "upload"):
                await frontend.run(interaction, "", defer=False, prepare=_refuse(
                    "Attach a file or choose a source, not both."))
                return
            if file is not None:
                words.append("source=upload")
            elif chosen != "auto":
                words.append(f"source={chosen}")
            if force:
                words.append("--force")
            prepare = frontend._upload_preparer(file, interaction) if file is not None else None
            await frontend.run(interaction, " ".join(words), defer=True, prepare=prepare)

        @tree.command(name="say", description=describe("say"))
        @app_commands.describe(model="the model to speak (default: this chat's model, see /use)",
                               prompt="how the tweet starts (optional)")
        async def say(interaction: discord.Interaction, model: str | None = None,
                      prompt: str | None = None) -> None:
            words = ["say"]
            if model and model.strip():
                known = await frontend._known_model(model)
                if known is None:
                    await frontend.run(interaction, "", defer=False, prepare=_refuse(
                        f"I don't know a model called {model.strip()[:40]!r}; /models lists them."))
                    return
                words.append(known)
            if prompt and prompt.strip():
                words.append(" ".join(prompt.split()))
            await frontend.run(interaction, " ".join(words), defer=True)

        @tree.command(name="use", description=describe("use"))
        @app_commands.describe(model="the model /say uses in this chat")
        async def use(interaction: discord.Interaction, model: str) -> None:
            await frontend.run(interaction, f"use {_word(model)}", defer=False)

        @tree.command(name="models", description=describe("models"))
        async def models(interaction: discord.Interaction) -> None:
            await frontend.run(interaction, "models", defer=False)

        @tree.command(name="status", description=describe("status"))
        @app_commands.describe(job="job id (default: the latest job)")
        async def status(interaction: discord.Interaction, job: app_commands.Range[int, 1] | None = None) -> None:
            await frontend.run(interaction, "status" if job is None else f"status {job}", defer=False)

        @tree.command(name="queue", description=describe("queue"))
        async def queue(interaction: discord.Interaction) -> None:
            await frontend.run(interaction, "queue", defer=False)

        @tree.command(name="cancel", description=describe("cancel"))
        @app_commands.describe(job="job id (default: the running job)")
        @app_commands.default_permissions(manage_guild=True)
        async def cancel(interaction: discord.Interaction, job: app_commands.Range[int, 1] | None = None) -> None:
            await frontend.run(interaction, "cancel" if job is None else f"cancel {job}", defer=False)

        @tree.command(name="forget", description=describe("forget"))
        @app_commands.describe(model="the model to delete, with its data")
        @app_commands.default_permissions(manage_guild=True)
        async def forget(interaction: discord.Interaction, model: str) -> None:
            await frontend.run(interaction, f"forget {_word(model)}", defer=False)

        @tree.command(name="help", description=describe("help"))
        @app_commands.describe(command="a command to explain")
        @app_commands.choices(command=[app_commands.Choice(name=name, value=name) for name in
                                       list(COMMANDS)[:MAX_CHOICES]])
        async def help_(interaction: discord.Interaction, command: app_commands.Choice[str] | None = None) -> None:
            await frontend.run(interaction, "help" if command is None else f"help {command.value}", defer=False)

        async def complete_model(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return await frontend._model_choices(current)

        say.autocomplete("model")(complete_model)
        use.autocomplete("model")(complete_model)
        forget.autocomplete("model")(complete_model)

        if self.settings.scheduling:
            @tree.command(name="schedule", description=describe("schedule"))
            @app_commands.describe(model="the model that posts", when="'every 2h', 'every 30m' or cron '0 9 * * *'",
                                   prompt="how each post starts (optional)")
            async def schedule(interaction: discord.Interaction, model: str, when: str,
                               prompt: str | None = None) -> None:
                text = f"schedule {_word(model)} " + (f"'{when.strip()}'" if not when.strip().lower().startswith(
                    "every") else when.strip())
                if prompt and prompt.strip():
                    text += " " + " ".join(prompt.split())
                await frontend.run(interaction, text, defer=False)

            schedule.autocomplete("model")(complete_model)

            @tree.command(name="schedules", description=describe("schedules"))
            async def schedules(interaction: discord.Interaction) -> None:
                await frontend.run(interaction, "schedules", defer=False)

            @tree.command(name="unschedule", description=describe("unschedule"))
            @app_commands.describe(schedule="schedule id (see /schedules)")
            async def unschedule(interaction: discord.Interaction, schedule: app_commands.Range[int, 1]) -> None:
                await frontend.run(interaction, f"unschedule {schedule}", defer=False)


def _word(value: str) -> str:
    """An option that must be one word (a model name): inner whitespace removed."""
    return "".join(value.split())


def _refuse(message: str) -> Callable[[_InteractionConversation], Awaitable[Upload | None]]:
    """A ``prepare`` step that answers ``message`` privately and stops the command."""
    async def prepare(conversation: _InteractionConversation) -> Upload | None:
        await conversation.send(Response(message, kind="error", private=True))
        return None
    return prepare


__all__ = ["DiscordFrontend", "NO_PINGS", "progress_bar", "render"]
