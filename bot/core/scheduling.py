"""``/schedule``, ``/schedules``, ``/unschedule``: the core hands them to the scheduled-posts service.

``Schedules`` is what the core needs of ``bot.scheduling.service.ScheduleService``; without one, scheduling
is off and the three commands say so.
"""

from __future__ import annotations

from typing import Protocol

from bot.core.access import Refused
from bot.core.commands import SchedulePost, Unschedule
from bot.core.responses import Caller, Conversation, Response

NOT_ENABLED = "Scheduling is not enabled on this bot."


class Schedules(Protocol):
    async def create(self, caller: Caller, command: SchedulePost) -> Response: ...

    async def list(self, caller: Caller) -> Response: ...

    async def remove(self, caller: Caller, command: Unschedule) -> Response: ...

    async def on_model_forgotten(self, name: str) -> int: ...


class Scheduling:
    def __init__(self, schedules: Schedules | None) -> None:
        self.schedules = schedules

    def _service(self) -> Schedules:
        if self.schedules is None:
            raise Refused(NOT_ENABLED)
        return self.schedules

    async def schedule(self, caller: Caller, command: SchedulePost, conversation: Conversation) -> None:
        await conversation.send(await self._service().create(caller, command))

    async def list_schedules(self, caller: Caller, conversation: Conversation) -> None:
        await conversation.send(await self._service().list(caller))

    async def unschedule(self, caller: Caller, command: Unschedule, conversation: Conversation) -> None:
        await conversation.send(await self._service().remove(caller, command))


__all__ = ["NOT_ENABLED", "Schedules", "Scheduling"]
