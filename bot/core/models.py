"""``/models`` and ``/forget``: the registry of trained models, and deleting one with everything it has.

``/forget`` is for the model's owner (who trained it first) and admins. It never reports a deletion that did
not happen: the folder is first moved aside in one step (if that fails, nothing is forgotten and the caller
is told), then the model leaves the registry, then the folder is deleted; whatever could not be deleted is
said in the answer and logged with the reason.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import uuid
from pathlib import Path

from bot.core import presenters
from bot.core.access import AccessPolicy, Refused, refusal_not_allowed
from bot.core.commands import Forget
from bot.core.responses import Caller, Conversation, Response
from bot.core.scheduling import Schedules
from bot.core.speaking import Speaker, known_model
from bot.logging_setup import kv
from bot.records import ModelRecord
from bot.settings import Settings
from bot.store import Store
from bot.training.install import refusal_not_owner
from bot.training.queue import STAGING

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
        if not self.access.can_forget(caller, model.requested_by):
            if self.access.can_train(caller):
                raise Refused(f"Sorry, {refusal_not_owner(model.name)}.")
            raise Refused(refusal_not_allowed("delete models"))
        folder = Path(model.folder)
        aside = await self._move_aside(model, folder)
        self.speaker.forget(folder)
        self.store.delete_model(model.name)
        if self.schedules is not None:
            try:
                await self.schedules.on_model_forgotten(model.name)
            except Exception:
                log.exception(kv("scheduler.forget_hook_failed", model=model.name))
        left = await self._delete(model, aside) if aside is not None else ""
        log.info(kv("model.forgotten", model=model.name, user=caller.user_key, files_left=left or None))
        if aside is None:
            text = f"Forgot {model.name}; its folder was already gone."
        elif left:
            text = (f"Forgot {model.name}, but some of its files could not be deleted ({left}); the bot's log "
                    "says why.")
        else:
            text = f"Forgot {model.name}: its model and data are deleted."
        await conversation.send(Response.of(text, kind="error" if left else "info"))

    async def _move_aside(self, model: ModelRecord, folder: Path) -> Path | None:
        """Move the model's folder out of the way in one step; None when there is no folder; Refused on failure."""
        if not folder.exists():
            log.warning(kv("model.folder_missing", model=model.name, folder=str(folder)))
            return None
        models_dir = self.settings.models_dir.resolve()
        if folder.resolve().parent != models_dir:  # never delete anything outside the data directory's models
            log.error(kv("model.folder_outside", model=model.name, folder=str(folder)))
            raise Refused(f"I could not delete {model.name}: its folder is not in the bot's models folder; "
                          "nothing was forgotten.")
        aside = models_dir / STAGING / f"forget-{model.name}-{uuid.uuid4().hex[:8]}"
        try:
            aside.parent.mkdir(parents=True, exist_ok=True)
            await asyncio.to_thread(os.rename, folder, aside)
        except OSError as error:
            log.error(kv("model.forget_failed", model=model.name, error=f"{type(error).__name__}: {error}"))
            why = os.strerror(error.errno) if error.errno else type(error).__name__
            raise Refused(f"I could not delete {model.name} ({why}); nothing was forgotten.") from None
        return aside

    async def _delete(self, model: ModelRecord, folder: Path) -> str:
        """Delete the folder; "" when it is gone, else how many files are left (each failure logged)."""
        failures: list[str] = []

        def failed(function: object, path: str, info: tuple[type[BaseException], BaseException, object]) -> None:
            failures.append(path)
            log.error(kv("model.delete_failed", model=model.name, path=path,
                         error=f"{info[0].__name__}: {info[1]}"))

        await asyncio.to_thread(shutil.rmtree, folder, onerror=failed)  # onerror: Python 3.11
        if not folder.exists():
            return ""
        return f"{len(failures)} file{'s' if len(failures) != 1 else ''} left" if failures else "the folder is left"


__all__ = ["Models"]
