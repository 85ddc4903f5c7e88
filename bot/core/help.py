"""``/help [command]``: the commands and their usage."""

from __future__ import annotations

from bot.core.commands import Help, help_text
from bot.core.responses import Conversation, Response


async def show_help(command: Help, conversation: Conversation) -> None:
    await conversation.send(Response.of(*help_text(command.topic).splitlines(), kind="help", title="mimicbird"))


__all__ = ["show_help"]
