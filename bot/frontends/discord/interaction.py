"""One slash-command interaction as the core's ``Conversation``, and the messages it sends as ``Reply``s.

- The first answer replaces the "thinking" message; a private first answer deletes it and goes out as an
  ephemeral followup (a followup of a deferred response would inherit its public visibility).
- An interaction token lasts 15 minutes; later edits (long trainings) go through the bot's channel API,
  or, where that is refused, into a fresh channel message.
- A persona's post (``persona``, ``/say`` where the channel has the bot's webhook) goes out through the webhook
  as the persona; the private "thinking" becomes "Posted as …" with a link, seen only by the caller. If the
  webhook fails after all, the private "thinking" is deleted and the card is sent publicly, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING, Any

import discord

from bot.core.responses import Response
from bot.frontends.discord.personas import webhook_username
from bot.frontends.discord.render import NO_PINGS, render

if TYPE_CHECKING:
    from bot.frontends.discord.frontend import DiscordFrontend

log = logging.getLogger(__name__)


class InteractionMessage:
    """One message the bot sent for an interaction, editable for as long as possible."""

    def __init__(self, conversation: InteractionConversation, *, original: bool,
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


class InteractionConversation:
    """The core's ``Conversation`` for one slash-command interaction."""

    def __init__(self, frontend: DiscordFrontend, interaction: discord.Interaction) -> None:
        self.frontend = frontend
        self.interaction = interaction
        self.channel_id = interaction.channel_id or 0
        self.started = time.monotonic()
        self.deferred_ephemeral = False
        self.persona = False  # a persona's post goes through the channel's webhook (decided when deferring)
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

    async def send(self, response: Response) -> InteractionMessage:
        """Answer with ``response`` (the ``Conversation`` protocol); returns the editable message."""
        async with self._lock:
            self.sent += 1
            if self.persona and self._thinking:
                posted = await self.frontend.post_as_persona(self.channel_id, response)
                if posted is not None:
                    self._thinking = False
                    name = webhook_username(response.model.title if response.model else "",
                                            self.frontend.settings.ai_marker)
                    ack = await self.interaction.edit_original_response(
                        content=f"Posted as {discord.utils.escape_markdown(name)}: {posted.jump_url}", embeds=[],
                        allowed_mentions=NO_PINGS)
                    return InteractionMessage(self, original=True, message_id=ack.id, ephemeral=True)
            message = await self._send(response)
        if not response.private:
            channel_message = message.channel_message
            self.frontend.remember(self.channel_id, response,
                                   channel_message.id if channel_message is not None else message.message_id)
        return message

    async def _send(self, response: Response) -> InteractionMessage:
        kwargs = render(response)
        interaction = self.interaction
        if not interaction.response.is_done():
            callback = await interaction.response.send_message(
                **{k: v for k, v in kwargs.items() if v is not None}, ephemeral=response.private,
                allowed_mentions=NO_PINGS,
            )
            return InteractionMessage(self, original=True, message_id=callback.message_id, ephemeral=response.private)
        if self._thinking:
            self._thinking = False
            if response.private != self.deferred_ephemeral:
                # the first followup would inherit the "thinking" message's visibility: remove it first
                with contextlib.suppress(discord.NotFound):
                    await interaction.delete_original_response()
            else:
                message = await interaction.edit_original_response(**kwargs, allowed_mentions=NO_PINGS)
                return InteractionMessage(self, original=True, message_id=message.id, ephemeral=self.deferred_ephemeral)
        if self.token_expired():
            if response.private:
                log.info("discord: interaction token expired; a private answer was not delivered")
                return InteractionMessage(self, original=False, ephemeral=True)
            channel = self.frontend.client.get_partial_messageable(self.channel_id)
            reply = InteractionMessage(self, original=False)
            reply.channel_message = await channel.send(**kwargs, allowed_mentions=NO_PINGS)
            return reply
        followup = await interaction.followup.send(
            **{k: v for k, v in kwargs.items() if v is not None}, ephemeral=response.private,
            allowed_mentions=NO_PINGS, wait=True,
        )
        return InteractionMessage(self, original=False, webhook_message=followup, message_id=followup.id,
                        ephemeral=response.private)


__all__ = ["InteractionConversation", "InteractionMessage"]
