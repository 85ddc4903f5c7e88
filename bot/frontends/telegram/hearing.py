"""Which Telegram messages may be spoken to a persona (after ``/talk``), and how the core hears them.

A plain text message from a person is handed to the core when it comes in a private chat with the bot, when it
mentions the bot (``@ThisBot``, or a text mention of the bot's user), or when it replies to a message (the core
decides whether that message was a persona's). Messages of bots (Telegram sends a bot no other bots' messages
anyway) and anonymous senders posting as a channel are never handed over.

Privacy mode (on by default for every bot) decides what Telegram delivers in groups: with it, the bot gets
commands and replies to its own messages, not other messages, so a mention without a reply never arrives;
private chats deliver everything. With privacy mode off (BotFather ``/setprivacy``), or the bot an admin of
the group, mentions work in groups too.
"""

from __future__ import annotations

import re

from telegram import Chat, Message, MessageEntity

from bot.core.responses import Caller, Heard


def _mentions_bot(message: Message, bot_id: int, username: str) -> bool:
    mention = f"@{username}".lower()
    found = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    return any((entity.type == MessageEntity.MENTION and text.lower() == mention)
               or (entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot_id)
               for entity, text in found.items())


def addressed(message: Message, bot_id: int, username: str) -> bool:
    """Whether ``message`` may be spoken to a persona (see the module docstring)."""
    user = message.from_user
    if user is None or user.is_bot or user.id == bot_id or not message.text:
        return False
    return (message.chat.type == Chat.PRIVATE or message.reply_to_message is not None
            or _mentions_bot(message, bot_id, username))


def heard(message: Message, caller: Caller, bot_id: int, username: str) -> Heard:
    """``message`` as the core's ``Heard``: the bot's @mention taken out of the text, the replied-to message's
    id and text (Telegram includes it, one level deep)."""
    replied = message.reply_to_message
    text = re.sub(re.escape(f"@{username}"), " ", message.text or "", flags=re.IGNORECASE)
    return Heard(
        caller, str(message.message_id), text,
        mentioned=message.chat.type == Chat.PRIVATE or _mentions_bot(message, bot_id, username),
        reply_to=str(replied.message_id) if replied is not None else None,
        reply_text=(replied.text or replied.caption or "") if replied is not None else "",
    )


__all__ = ["addressed", "heard"]
