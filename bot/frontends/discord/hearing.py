"""Which Discord messages may be spoken to a persona (after ``/talk``), what of them the bot can read, and the
answer.

The bot asks only for non-privileged gateway intents: ``guilds``, ``guild_messages`` (MESSAGE_CREATE in
servers) and, when direct messages are allowed, ``dm_messages``. Without the privileged Message Content intent
Discord still gives a bot the text of direct messages, of messages that @mention it, and of replies to the
bot's own messages when the replier left "ping on reply" on (the bot is then mentioned too). Every other
message arrives with its text empty. So:

- A message is handed to the core when it mentions the bot, replies to a message, or comes in a DM; never one
  of a bot, of a webhook (the personas' own posts among them) or of the bot itself.
- A reply to a persona's webhook post is not a reply to the bot's user: Discord withholds its text unless it
  also mentions the bot (a webhook cannot be pinged by a reply). The core gets it with empty text and does
  not answer; the README tells users to mention the bot when they reply to a persona.
- The text: the bot's own mention removed, other user mentions as ``@name``, roles and channels as words.
"""

from __future__ import annotations

import re

import discord

from bot.core.responses import Caller, Heard

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&\d+>")
_CHANNEL_MENTION = re.compile(r"<#\d+>")


def addressed(message: discord.Message, bot_id: int) -> bool:
    """Whether ``message`` may be spoken to a persona: a person's message that mentions the bot, replies to a
    message, or comes in a DM."""
    author = message.author
    if author.bot or message.webhook_id is not None or author.id == bot_id or author.system:
        return False
    if message.type not in (discord.MessageType.default, discord.MessageType.reply):
        return False
    return (message.guild is None or message.reference is not None
            or any(user.id == bot_id for user in message.mentions))


def readable_text(message: discord.Message, bot_id: int) -> str:
    """The message's text with the bot's mention taken out and other mentions as plain words."""
    names = {user.id: user.display_name for user in message.mentions}
    text = _USER_MENTION.sub(lambda m: "" if int(m[1]) == bot_id else "@" + names.get(int(m[1]), "someone"),
                             message.content)
    return _CHANNEL_MENTION.sub("#channel", _ROLE_MENTION.sub("@role", text))


def heard(message: discord.Message, caller: Caller, bot_id: int) -> Heard:
    """``message`` as the core's ``Heard`` (the replied-to message's text when Discord delivered it)."""
    reference = message.reference
    replied = reference.resolved if reference is not None else None
    same_channel = reference is not None and reference.channel_id == message.channel.id
    return Heard(
        caller, str(message.id), readable_text(message, bot_id),
        mentioned=message.guild is None or any(user.id == bot_id for user in message.mentions),
        reply_to=str(reference.message_id) if same_channel and reference and reference.message_id else None,
        reply_text=readable_text(replied, bot_id) if isinstance(replied, discord.Message) else "",
    )


__all__ = ["addressed", "heard", "readable_text"]
