"""``/models`` and ``/forget``: the registry of trained models, and deleting one with everything it has."""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path

from bot.core import presenters
from bot.core.access import AccessPolicy, Refused, refusal_not_allowed
from bot.core.commands import Forget
from bot.core.responses import Caller, Conversation, Response
from bot.core.scheduling import Schedules
from bot.core.speaking import Speaker, known_model
from bot.logging_setup import kv
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)


class Models:
    def __init__(self, settings: Settings, store: Store, speaker: Speaker, access: AccessPolicy,
                 schedules: Schedules | None) -> None:
        self.settings = settings
        self.store = store
        self.speaker = speaker
        self.access = access
        self.schedules = schedules

    async def list_models(self, caller: Caller, conversation: Conversation) -> None:
        await conversation.send(presenters.models_list(self.store.models(), self.store.current_model(caller.chat_key)))

    async def forget(self, caller: Caller, command: Forget, conversation: Conversation) -> None:
        model = known_model(self.store, command.model)
        if not (self.access.can_forget(caller) or (model.requested_by == caller.user_key
                                                    and self.access.can_train(caller))):
            raise Refused(refusal_not_allowed("delete models"))
        self.speaker.forget(Path(model.folder))
        self.store.delete_model(model.name)
        folder = Path(model.folder)
        if folder.resolve().parent == self.settings.models_dir.resolve():
            await asyncio.to_thread(shutil.rmtree, folder, True)
        if self.schedules is not None:
            try:
                await self.schedules.on_model_forgotten(model.name)
            except Exception:
                log.exception(kv("scheduler.forget_hook_failed", model=model.name))
        log.info(kv("model.forgotten", model=model.name, user=caller.user_key))
        await conversation.send(Response.of(f"Forgot {model.name}: its model and data are deleted."))


__all__ = ["Models"]
