"""The Discord frontend: slash commands on discord.py in front of the command core.

Each slash command (``slash.py``) builds its typed ``Command`` from its options and hands it to
``CommandCore.handle`` with a ``Caller`` and a ``Conversation`` bound to the interaction (``interaction.py``).
Answers are rendered by ``render.py``: model results and ``/say`` samples as embeds styled like the
huggingtweets cards, refusals and errors as ephemeral messages, progress as edits of one message.

Discord rules this frontend follows:

- An interaction must be acknowledged within 3 s: ``/train`` and ``/say`` defer at once ("thinking");
  the other commands answer directly and defer only if the core has not answered after ``QUICK_ACK_S``.
- Personas show up as themselves (``personas.py``): where the bot has Manage Webhooks, ``/say`` samples,
  scheduled posts and answers go out through the channel's webhook under the persona's name and face. A
  ``/say`` there defers privately and its acknowledgement ("Posted as Lena Brot · 🤖 AI") is seen only by
  the caller; elsewhere everything is sent as before, as the bot.
- Talking to a persona (after ``/talk``): messages that mention the bot or reply to a message come over the
  gateway (the non-privileged ``guild_messages`` intent; ``hearing.py`` says what Discord lets the bot read)
  and go to ``CommandCore.hear``; the answer goes out as the persona, or as the bot's reply to the message.
- No message pings anybody: ``AllowedMentions.none()`` on the client and on every send and edit.
- HTTP 429 is handled by discord.py; progress edits are throttled by the core, not multiplied here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import PurePosixPath
from typing import Any, Protocol

import aiohttp
import discord
from discord import app_commands

from bot.core.commands import Command, CommandError, canonical_model_name
from bot.core.responses import Answer, Caller, Conversation, Heard, Response, Upload
from bot.frontends.discord.hearing import addressed, heard
from bot.frontends.discord.interaction import InteractionConversation
from bot.frontends.discord.personas import PersonaWebhooks
from bot.frontends.discord.render import NO_PINGS, render
from bot.frontends.discord.slash import MAX_CHOICES, register_commands
from bot.settings import Settings
from trainer.sources import INPUT_SUFFIXES

log = logging.getLogger(__name__)

MAX_CHOICE_LENGTH = 100  # Discord's limit for a choice's name and value
QUICK_ACK_S = 2.0  # a command not deferred at once is deferred if the core has not answered by then
INTERACTION_TOKEN_TTL_S = 14 * 60.0  # Discord's tokens last 15 min; after this, edit through the channel API


class Core(Protocol):
    """What this frontend needs of ``bot.core.command_core.CommandCore``."""

    async def handle(self, caller: Caller, command: Command, conversation: Conversation,
                     upload: Upload | None = None) -> None: ...

    def model_names(self, prefix: str = "") -> list[str]: ...

    async def hear(self, heard: Heard, answer: Answer) -> bool: ...

    def persona_posted(self, platform: str, chat_id: str, message_ids: list[str], model_name: str,
                       text: str) -> None: ...


Preparer = Callable[[InteractionConversation], Awaitable[Upload | None]]


def gateway_intents(settings: Settings) -> discord.Intents:
    """Non-privileged only: guilds (commands, channels, roles), guild messages (mentions and replies for
    ``/talk``; their text only where Discord allows it without Message Content) and DMs when allowed."""
    return discord.Intents(guilds=True, guild_messages=True, dm_messages=settings.discord_allow_dms)


class _Client(discord.Client):
    def __init__(self, frontend: DiscordFrontend, **options: Any) -> None:
        super().__init__(intents=gateway_intents(frontend.settings), allowed_mentions=NO_PINGS, **options)
        self.frontend = frontend

    async def setup_hook(self) -> None:
        await self.frontend.sync_commands()

    async def on_message(self, message: discord.Message) -> None:
        await self.frontend.on_message(message)


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
        log.error("discord: command /%s failed", _command_name(interaction), exc_info=error)
        if interaction.type is discord.InteractionType.application_command:
            with contextlib.suppress(discord.HTTPException):
                await InteractionConversation(self.frontend, interaction).send(
                    Response.refusal("Something went wrong on my side; it has been logged.")
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
        self.personas = PersonaWebhooks(self.client, settings.ai_marker)
        self.tree = _Tree(
            self.client,
            allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=settings.discord_allow_dms),
            allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
        )
        self.tree.frontend = self
        self._gateway_task: asyncio.Task[None] | None = None
        self._downloads: aiohttp.ClientSession | None = None
        register_commands(self)

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
        """Send ``response`` to a channel (scheduled posts): a persona's post as the persona where the
        channel has the bot's webhook, else as the bot; pinging nobody."""
        posted = await self.post_as_persona(int(chat_id), response)
        if posted is None:
            channel = self.client.get_partial_messageable(int(chat_id))
            message = await channel.send(**render(response), allowed_mentions=NO_PINGS)
            self.remember(int(chat_id), response, message.id)

    async def post_as_persona(self, channel_id: int, response: Response, *, remember: bool = True
                              ) -> discord.WebhookMessage | None:
        """A persona's post (samples of a model) through the channel's webhook; None when it cannot go so.

        ``remember``: tell the core about the post (answers to heard messages are recorded by the core)."""
        if response.kind != "samples" or response.model is None or not response.samples:
            return None
        posted = await self.personas.post(channel_id, response.model, response.samples)
        if posted is not None:
            log.info("discord: %s posted as a persona in channel %s (message %s)", response.model.name,
                     channel_id, posted.id)
            if remember:
                self.remember(channel_id, response, posted.id)
        return posted

    def remember(self, channel_id: int, response: Response, message_id: int | None) -> None:
        """A persona's post: the core keeps its id, so replies to it reach the persona."""
        if response.kind == "samples" and response.model is not None and response.samples and message_id:
            self.core.persona_posted("discord", str(channel_id), [str(message_id)], response.model.name,
                                     response.samples[0])

    # ----- the bridge to the core -----
    def caller(self, interaction: discord.Interaction) -> Caller:
        """The core's view of who is asking: user, channel, and admin by a configured role."""
        return self._caller(interaction.user, interaction.channel_id or interaction.user.id)

    def _caller(self, user: discord.User | discord.Member, channel_id: int) -> Caller:
        admin_roles = set(self.settings.discord_admin_role_ids)
        roles = user.roles if isinstance(user, discord.Member) else ()
        return Caller(
            platform="discord",
            user_id=str(user.id),
            chat_id=str(channel_id),
            display_name=user.display_name,
            is_platform_admin=any(role.id in admin_roles for role in roles),
        )

    async def on_message(self, message: discord.Message) -> None:
        """A message over the gateway: handed to the core when it may be spoken to a persona (``hearing.py``)."""
        me = self.client.user
        if me is None or not addressed(message, me.id):
            return
        if message.guild is None and not self.settings.discord_allow_dms:
            return

        async def answer(response: Response) -> list[str]:
            posted = await self.post_as_persona(message.channel.id, response, remember=False)
            if posted is not None:
                return [str(posted.id)]
            reference = message.to_reference(fail_if_not_exists=False)
            try:
                sent = await message.channel.send(**render(response), reference=reference,
                                                  allowed_mentions=NO_PINGS, mention_author=False)
            except discord.Forbidden:  # replying needs Read Message History; a plain message does not
                sent = await message.channel.send(**render(response), allowed_mentions=NO_PINGS)
            return [str(sent.id)]

        await self.core.hear(heard(message, self._caller(message.author, message.channel.id), me.id), answer)

    async def run(self, interaction: discord.Interaction, build: Callable[[], Command], *, defer: bool,
                  upload: Preparer | None = None, persona: bool = False) -> None:
        """Hand the command ``build`` makes to the core; ``defer`` acknowledges at once ("thinking").

        A command that cannot be built (``CommandError``) is refused privately; ``upload`` fetches an
        attachment first (it answers itself and returns None when it cannot). ``persona``: the answer may be
        a persona's post (``/say``): where the channel can take it through the webhook, the "thinking" is
        private and the post goes out as the persona."""
        conversation = InteractionConversation(self, interaction)
        late_defer: asyncio.Task[None] | None = None
        if defer:
            conversation.persona = persona and self.can_post_as_persona(interaction)
            await conversation.defer(ephemeral=conversation.persona)
        else:
            late_defer = asyncio.create_task(self._defer_later(conversation))
        try:
            command = build()
            attached = await upload(conversation) if upload is not None else None
            if upload is None or attached is not None:
                log.info("discord: /%s from user %s in channel %s", command.name, interaction.user.id,
                         interaction.channel_id)
                await self.core.handle(self.caller(interaction), command, conversation, attached)
        except CommandError as error:
            await conversation.send(Response.refusal(str(error)))
        except Exception:
            log.exception("discord: command /%s failed", _command_name(interaction))
            with contextlib.suppress(discord.HTTPException):
                await conversation.send(
                    Response.refusal("Something went wrong on my side; it has been logged.")
                )
        finally:
            if late_defer is not None:
                late_defer.cancel()
        if conversation.sent == 0:  # the core said nothing: do not leave Discord waiting
            with contextlib.suppress(discord.HTTPException):
                await conversation.send(Response.of("Done.", private=True))

    def can_post_as_persona(self, interaction: discord.Interaction) -> bool:
        """Whether a persona's post for this interaction can go through the channel's webhook."""
        return (interaction.guild_id is not None and interaction.channel_id is not None
                and interaction.app_permissions.manage_webhooks
                and self.personas.place(interaction.channel_id) is not None)

    async def refuse(self, interaction: discord.Interaction, message: str) -> None:
        """Answer only the caller, without asking the core."""
        await InteractionConversation(self, interaction).send(Response.refusal(message))

    async def _defer_later(self, conversation: InteractionConversation) -> None:
        await asyncio.sleep(self.quick_ack_s)
        with contextlib.suppress(discord.HTTPException):
            await conversation.defer()

    def model_choices(self, current: str) -> list[app_commands.Choice[str]]:
        """Model names starting with what was typed; a name over Discord's 100 characters can only be typed."""
        names = [name for name in self.core.model_names(current.strip().lstrip("@").lower())
                 if len(name) <= MAX_CHOICE_LENGTH]
        return [app_commands.Choice(name=name, value=name) for name in names[:MAX_CHOICES]]

    def known_model(self, raw: str) -> str | None:
        """``raw`` as a canonical model name if the core knows it."""
        name = canonical_model_name(raw)
        return name if name is not None and name in self.core.model_names(name) else None

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

    def uploads(self, attachment: discord.Attachment, interaction: discord.Interaction) -> Preparer:
        """Fetches ``attachment`` for ``/train``, refusing a file type or size the bot does not take."""
        async def prepare(conversation: InteractionConversation) -> Upload | None:
            name = PurePosixPath(attachment.filename).name
            if not name.lower().endswith(INPUT_SUFFIXES):
                await conversation.send(Response.refusal(
                    f"I can't read {name[:60]!r}: attach a Twitter archive .zip, a tweets.js, or a .jsonl/.csv file."))
                return None
            limit = min(self.settings.max_upload_bytes, interaction.filesize_limit or self.settings.max_upload_bytes)
            too_big = Response.refusal(
                f"{name[:60]} is {attachment.size / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB.")
            if attachment.size > limit:  # refused from the declared size, before any download
                await conversation.send(too_big)
                return None
            try:
                data = await self._download(attachment, limit)
            except (aiohttp.ClientError, TimeoutError) as error:
                log.warning("discord: download of an attachment failed: %s", type(error).__name__)
                await conversation.send(Response.refusal(f"I could not download {name[:60]}; please try again."))
                return None
            if data is None:
                await conversation.send(too_big)
                return None
            return Upload(filename=name, data=data)
        return prepare


def _command_name(interaction: discord.Interaction) -> str:
    return interaction.command.name if interaction.command is not None else "?"


__all__ = ["DiscordFrontend"]
