"""A persona's posts on Discord: under its own name and face, through one channel webhook owned by the bot.

- One webhook per channel, named ``WEBHOOK_NAME``, created once by the bot with the first persona's face; a
  thread posts through its parent channel's webhook (``thread=``). After a restart it is found again by
  listing the channel's webhooks and taking the one the bot created (``webhook.user`` is the bot). It is
  cached per channel and never created per message.
- The name: the persona's display names and the AI marker (``Lena Brot · 🤖 AI``), cleaned up for Discord's
  username rules (``webhook_username``), per message.
- The face is the webhook's own avatar. Discord shows a webhook message with a per-message ``avatar_url``
  only when Discord can fetch that URL, and the bot has no public web server; an attached image is shown
  inside the message, never as its author's face. So the webhook's avatar is set (PATCH, the PNG as a data
  URI) whenever the persona about to post is not the one whose face it shows, and every post of a channel
  holds that channel's lock from the PATCH to the send: no post goes out under another persona's face.
  Discord stores each message's author (name and face) with the message, so earlier posts keep theirs. A
  switch costs one PATCH, which Discord rate-limits; discord.py waits a 429 out; one persona per channel (the
  usual ``/talk``) costs one PATCH per channel and bot start.
- No pings: ``allowed_mentions`` parses nothing; markdown is escaped (a prompt cannot format the post) and
  link previews are suppressed.
- Without Manage Webhooks (the cached permissions say so, or Discord answers 403) ``post`` returns None and
  the caller posts as the bot, as before; a channel that refused is not asked again for ``REFUSED_RETRY_S``.
  Any other failure (a face that cannot be set, a full channel) also returns None: a post never goes out
  under the wrong face.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import discord

from bot.core.responses import ModelSummary
from bot.frontends.discord.render import NO_PINGS, clip
from trainer.avatars import avatar_key, composite_avatar, generated_avatar, persona_avatar_png, png_bytes

log = logging.getLogger(__name__)

WEBHOOK_NAME = "mimicbird personas"
MAX_USERNAME = 80  # Discord's limit for a webhook message's username
MAX_CONTENT = 2000
REFUSED_RETRY_S = 600.0
_FORBIDDEN = re.compile(r"discord|clyde", re.IGNORECASE)  # substrings Discord refuses in webhook usernames
_RESERVED = {"everyone", "here"}
_DROP = re.compile(r"[@#:`]")  # not allowed in usernames (and no ``` code fences)


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _clean(text: str) -> str:
    """Printable characters only, Discord's forbidden characters and words out, whitespace collapsed."""
    kept = "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != "\u200d" else ch for ch in text[:500])
    kept = _DROP.sub(" ", kept)
    while _FORBIDDEN.search(kept):
        kept = _FORBIDDEN.sub("", kept)
    return " ".join(kept.split())


def webhook_username(display_name: str, marker: str, fallback: str = "Persona") -> str:
    """``Lena Brot · 🤖 AI``: the persona's name with the AI marker, within Discord's 80 characters and rules."""
    suffix = f" · {_clean(marker) or 'AI'}"
    name = _clean(display_name) or _clean(fallback) or "Persona"
    if name.lower() in _RESERVED:
        name = f"{name} (persona)"
    room = MAX_USERNAME - _utf16(suffix)
    if _utf16(name) > room:
        while name and _utf16(name) > room - 1:
            name = name[:-1]
        name = name.rstrip() + "…"
    return name + suffix


class PersonaWebhooks:
    """Posts as personas through the bot's channel webhooks (see the module docstring)."""

    def __init__(self, client: discord.Client, marker: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.marker = marker
        self.clock = clock
        self._webhooks: dict[int, discord.Webhook] = {}  # parent channel id -> the bot's webhook
        self._faces: dict[int, str] = {}  # webhook id -> the persona face it shows now
        self._locks: dict[int, asyncio.Lock] = {}
        self._refused: dict[int, float] = {}  # parent channel id -> until when not to ask again

    def place(self, channel_id: int) -> tuple[discord.TextChannel, discord.Thread | None] | None:
        """Where a post to ``channel_id`` goes: the channel with the webhook, and the thread in it, if any.

        None when the channel cannot have the bot's webhook: not a cached guild text channel or thread of one,
        the bot known to lack Manage Webhooks there, or a refusal less than ``REFUSED_RETRY_S`` ago."""
        channel = self.client.get_channel(channel_id)
        thread = channel if isinstance(channel, discord.Thread) else None
        parent = channel.parent if isinstance(channel, discord.Thread) else channel
        if not isinstance(parent, discord.TextChannel):
            return None
        if self._refused.get(parent.id, 0.0) > self.clock():
            return None
        me = parent.guild.me
        if me is not None and not parent.permissions_for(me).manage_webhooks:
            return None
        return parent, thread

    async def post(self, channel_id: int, persona: ModelSummary, texts: tuple[str, ...]) -> discord.WebhookMessage | None:
        """Post ``texts`` (one message) as ``persona``; None when it cannot go out as the persona here."""
        place = self.place(channel_id)
        if place is None:
            return None
        parent, thread = place
        content = clip("\n\n".join(discord.utils.escape_markdown(text) for text in texts), MAX_CONTENT)
        username = webhook_username(persona.title, self.marker, persona.name)
        lock = self._locks.setdefault(parent.id, asyncio.Lock())
        async with lock:
            for attempt in (1, 2):
                try:
                    webhook = await self._webhook(parent, persona)
                    await self._dress(webhook, persona)
                    return await webhook.send(content, username=username, allowed_mentions=NO_PINGS, wait=True,
                                              suppress_embeds=True, thread=thread or discord.utils.MISSING)
                except discord.Forbidden as error:
                    self._refused[parent.id] = self.clock() + REFUSED_RETRY_S
                    self._forget(parent.id)
                    log.warning("discord: no persona webhook in channel %s (%s %s); posting as the bot",
                                parent.id, error.status, error.code)
                    return None
                except discord.NotFound:  # the webhook was deleted (by someone, in the server's settings)
                    self._forget(parent.id)
                    if attempt == 2:
                        return None
                except discord.HTTPException as error:
                    log.warning("discord: persona post in channel %s failed (%s %s); posting as the bot",
                                parent.id, error.status, error.code)
                    return None
        return None

    def _forget(self, channel_id: int) -> None:
        webhook = self._webhooks.pop(channel_id, None)
        if webhook is not None:
            self._faces.pop(webhook.id, None)

    async def _webhook(self, channel: discord.TextChannel, persona: ModelSummary) -> discord.Webhook:
        """The bot's webhook of ``channel``: cached, found among the channel's webhooks, or created (once)."""
        cached = self._webhooks.get(channel.id)
        if cached is not None:
            return cached
        me = self.client.user
        mine = [hook for hook in await channel.webhooks()
                if hook.user is not None and me is not None and hook.user.id == me.id and hook.token]
        if mine:
            webhook = min(mine, key=lambda hook: hook.id)
        else:
            face, key = await self._face(persona)
            webhook = await channel.create_webhook(name=WEBHOOK_NAME, avatar=face,
                                                   reason="mimicbird posts personas' messages here")
            self._faces[webhook.id] = key
            log.info("discord: created the persona webhook %s in channel %s", webhook.id, channel.id)
        self._webhooks[channel.id] = webhook
        return webhook

    async def _dress(self, webhook: discord.Webhook, persona: ModelSummary) -> None:
        """Give the webhook ``persona``'s face unless it shows it already."""
        face, key = await self._face(persona)
        if self._faces.get(webhook.id) != key:
            self._faces.pop(webhook.id, None)  # unknown until the PATCH succeeds
            await webhook.edit(avatar=face, reason="the persona that posts next")
            self._faces[webhook.id] = key

    @staticmethod
    async def _face(persona: ModelSummary) -> tuple[bytes, str]:
        """The persona's avatar PNG (a blend's composite) and a key that changes when the picture does."""
        png = await asyncio.to_thread(_avatar_png, persona)
        return png, f"{persona.name}:{hashlib.sha256(png).hexdigest()[:16]}"


def _avatar_png(persona: ModelSummary) -> bytes:
    if persona.folder:
        return persona_avatar_png(Path(persona.folder), persona.handles)
    return png_bytes(composite_avatar([generated_avatar(h) for h in sorted(persona.handles, key=avatar_key)]))


__all__ = ["MAX_USERNAME", "PersonaWebhooks", "REFUSED_RETRY_S", "WEBHOOK_NAME", "webhook_username"]
