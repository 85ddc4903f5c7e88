"""``/help [command]``: the commands and their usage."""

from __future__ import annotations

from bot.core.commands import Command, help_text
from bot.core.responses import Caller, Conversation, Response


async def show_help(caller: Caller, command: Command, conversation: Conversation) -> None:
    await conversation.send(Response(text=help_text(command.prompt), kind="help", title="mimicbird"))


__all__ = ["show_help"]
