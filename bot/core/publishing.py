"""Pushing models to the Hugging Face Hub: after each install (``MIMICBIRD_HF_PUSH=true``), and ``/push``.

A push is a step of its own after the model is installed (``bot/training/publishing.py``): its failure is
one line in the chat that asked for the model, the model stays installed and ``/say`` keeps working, and an
admin retries with ``/push <model>``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import Any

from bot.core.access import AccessPolicy, Refused, refusal_not_allowed
from bot.core.commands import Push
from bot.core.responses import Caller, Conversation, Frontends, Response
from bot.core.speaking import known_model
from bot.logging_setup import kv
from bot.records import ModelRecord
from bot.store import Store
from bot.training.publishing import HubPublisher
from bot.training.queue import JobEvent, JobQueue

log = logging.getLogger(__name__)


class Publishing:
    def __init__(self, store: Store, queue: JobQueue, publisher: HubPublisher, access: AccessPolicy,
                 frontends: Frontends) -> None:
        self.store = store
        self.publisher = publisher
        self.access = access
        self.frontends = frontends
        self._pushing: set[str] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        queue.subscribe(self._on_job_event)

    async def push(self, caller: Caller, command: Push, conversation: Conversation) -> None:
        """``/push <model>``: admins only; answers once the push has ended."""
        if not self.access.is_admin(caller):
            raise Refused(refusal_not_allowed("push models to the Hugging Face Hub"))
        model = known_model(self.store, command.model)
        problem = self.publisher.unavailable()
        if problem is not None:
            raise Refused(problem)
        if model.name in self._pushing:
            raise Refused(f"{model.name} is being pushed to the Hugging Face Hub already.")
        await conversation.send(Response.of(f"Pushing {model.name} to the Hugging Face Hub as "
                                            f"{self.publisher.repo_id(model.name)}…"))
        await conversation.send(await self._push(model))

    async def close(self) -> None:
        """Stop pushes still running (their processes are killed)."""
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _push(self, model: ModelRecord) -> Response:
        self._pushing.add(model.name)
        try:
            result = await self.publisher.push(model)
        finally:
            self._pushing.discard(model.name)
        if result.ok:
            return Response.of(f"Pushed {model.name} to the Hugging Face Hub: {result.url}")
        return Response.of(
            f"{model.name} is installed and works (/say {model.name}), but pushing it to the Hugging Face Hub "
            f"failed: {result.reason}; an admin can retry with /push {model.name}.", kind="error")

    async def _on_job_event(self, event: JobEvent) -> None:
        """A model was installed: push it (when automatic) and tell the chat that asked how it went."""
        if event.kind != "done" or event.model is None or not self.publisher.automatic:
            return
        problem = self.publisher.unavailable()
        if problem is not None:
            log.warning(kv("hub.push_skipped", model=event.model.name, reason=problem))
            return
        self._spawn(self._push_and_report(event.model, event.job.chat_key))

    async def _push_and_report(self, model: ModelRecord, chat_key: str) -> None:
        response = await self._push(model)
        platform, _, chat_id = chat_key.partition(":")
        frontend = self.frontends.get(platform)
        if frontend is None:
            return
        try:
            await frontend.post(chat_id, response)
        except Exception:
            log.exception(kv("hub.report_failed", model=model.name, chat=chat_key))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


__all__ = ["Publishing"]
