"""``/train``, ``/status``, ``/queue`` and ``/cancel``: training jobs, and one chat message that follows each.

``/train`` checks who may train and what, saves an attached file, and submits a request to the queue; the
answer is one message that ``ProgressMessage`` edits with the job's progress, at most every
``settings.progress_interval_s``, and finally with the result. A job nobody follows (it finished after a
restart) is posted to the chat that asked for it, and so is the news that a restart retries a job.

A model belongs to whoever trained it first: ``/train`` of someone else's model is refused unless it reuses
the fresh model or an admin asks (the queue and ``install.py`` check it again once the trainer has named the
account of an upload or a DID). ``/status`` shows a job only in the chat that asked for it, and to admins.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from bot.core import presenters
from bot.core.access import (
    AccessPolicy,
    RateLimiter,
    Refused,
    rate_phrase,
    refusal_not_allowed,
    refusal_opted_out,
    refusal_queue_full,
    refusal_rate_limited,
)
from bot.core.commands import Cancel, Status, Train
from bot.core.responses import Caller, Conversation, Frontends, Reply, Response, Upload
from bot.core.uploads import Uploads
from bot.logging_setup import kv, secret_value
from bot.records import JobRecord
from bot.settings import Settings
from bot.store import Store
from bot.training.queue import EventKind, JobEvent, JobQueue, NotOwner, QueueFull, TrainRequest

log = logging.getLogger(__name__)

TRAINER_SOURCE = {None: "auto", "sample": "sample", "x": "x", "bluesky": "bluesky", "mastodon": "mastodon",
                  "upload": "auto"}
DAY_S = 86400
MAX_JOB_ID = (1 << 63) - 1  # SQLite's largest integer


class Training:
    """The training commands. ``frontends`` (by platform) receive results of jobs that nobody follows."""

    def __init__(self, settings: Settings, store: Store, queue: JobQueue, access: AccessPolicy,
                 frontends: Frontends, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.store = store
        self.queue = queue
        self.access = access
        self.frontends = frontends
        self.uploads = Uploads(settings, store)
        self.limiter = RateLimiter(settings.train_per_user_per_day, DAY_S, clock)
        self._followers: dict[int, int] = {}  # job id -> progress messages following it (until it ends)
        self._tasks: set[asyncio.Task[None]] = set()
        queue.subscribe(self._on_job_event)

    async def train(self, caller: Caller, command: Train, conversation: Conversation, upload: Upload | None
                    ) -> None:
        if not self.access.can_train(caller):
            raise Refused(refusal_not_allowed("train models"))
        for handle in command.handles:
            if self.access.is_opted_out(handle):
                raise Refused(refusal_opted_out(handle))
        input_path = input_hash = None
        if upload is not None:
            input_path, input_hash = self.uploads.save(upload)
        elif command.source == "upload":
            raise Refused("Attach the file to train on (a Twitter archive .zip, tweets.js, or a JSONL/CSV file).")
        if command.source == "x" and secret_value(self.settings.x_bearer_token) is None:
            raise Refused("The X API is not configured on this bot (no bearer token); upload an archive "
                          "or try a sample account such as @mb_lena_bakes.")
        request = TrainRequest(
            handles=command.handles, requested_by=caller.user_key, chat_key=caller.chat_key,
            source=TRAINER_SOURCE.get(command.source, "auto"), input_path=input_path, input_hash=input_hash,
            force=command.force, may_replace=self.access.is_admin(caller),
        )
        try:
            submission = self.queue.submit(request, admit=lambda: self._admit(caller))
        except QueueFull:
            self.uploads.discard(input_path)
            raise Refused(refusal_queue_full(self.settings.max_queue)) from None
        except NotOwner as refusal:
            self.uploads.discard(input_path)
            raise Refused(f"Sorry, {refusal}.") from None
        except Refused:
            self.uploads.discard(input_path)
            raise
        if submission.outcome == "exists":
            assert submission.model is not None
            self.uploads.discard(input_path)
            self._default_model(caller.chat_key, submission.model.name)
            await conversation.send(presenters.model_reused(submission.model))
            return
        job = submission.job
        assert job is not None
        if submission.outcome == "joined":
            self.uploads.discard(input_path)
            text = (f"That request is already {'training' if job.status == 'running' else 'queued'} as job "
                    f"#{job.id}; I'll follow it here. {presenters.progress_line(job, submission.position)}")
        elif submission.position <= 1 and not self.queue.running_job_ids():
            text = f"Job #{job.id}: training a model on {job.label}; starting now."
        else:
            text = f"Job #{job.id}: training a model on {job.label}; place {submission.position} in the queue."
        reply = await conversation.send(presenters.job_started(job, text))
        self._follow(job, reply)

    def _admit(self, caller: Caller) -> None:
        """Called by the queue only when a new job would start: the per-user /train limit."""
        if self.access.is_admin(caller):
            return
        wait = self.limiter.hit(caller.user_key)
        if wait is not None:
            what = "train " + rate_phrase(self.settings.train_per_user_per_day, "model", DAY_S)
            raise Refused(refusal_rate_limited(what, wait))

    async def status(self, caller: Caller, command: Status, conversation: Conversation) -> None:
        job = self._pick_job(caller, command.job_id, active_only=False, this_chat=True)
        if job.active:
            await conversation.send(self.progress_of(job))
            return
        model = self.store.get_model(job.model_name) if job.status == "done" else None
        if model is not None:
            await conversation.send(presenters.job_result(JobEvent("done", job, model)))
            return
        await conversation.send(Response.of(f"Job #{job.id} ({job.label}): {presenters.progress_line(job)}",
                                         kind="error" if job.status == "failed" else "info"))

    async def list_queue(self, conversation: Conversation) -> None:
        jobs = sorted(self.store.jobs(("running", "queued")), key=lambda j: (j.status != "running", j.id))
        await conversation.send(presenters.queue_list([(job, self.store.queue_position(job.id)) for job in jobs]))

    async def cancel(self, caller: Caller, command: Cancel, conversation: Conversation) -> None:
        job = self._pick_job(caller, command.job_id, active_only=True)
        if not self.access.can_cancel(caller, job.requested_by):
            raise Refused(refusal_not_allowed("cancel other people's jobs"))
        if not job.active:
            raise Refused(f"Job #{job.id} is already {job.status}.")
        final = await self.queue.cancel(job.id)
        if final is not None and final.status == "cancelled":
            await conversation.send(Response.of(f"Cancelled job #{job.id} ({job.label})."))
        else:
            status = final.status if final is not None else "gone"
            await conversation.send(Response.of(f"Job #{job.id} ended before I could cancel it ({status})."))

    def _pick_job(self, caller: Caller, job_id: int | None, *, active_only: bool, this_chat: bool = False
                  ) -> JobRecord:
        """The job ``job_id``, else the caller's newest. ``this_chat``: only a job asked for in the caller's chat
        (admins see every job); another chat's job is answered like one that does not exist."""
        private = this_chat and not self.access.is_admin(caller)
        if job_id is not None:
            job = self.store.get_job(job_id) if 0 < job_id <= MAX_JOB_ID else None
            if job is None or (private and job.chat_key != caller.chat_key):
                raise Refused(f"There is no job #{job_id} in this chat; /queue lists the jobs.")
            return job
        mine = [job for job in self.store.jobs(("queued", "running"), requested_by=caller.user_key,
                                               newest_first=True) if not private or job.chat_key == caller.chat_key]
        if not mine and not active_only:
            mine = [job for job in self.store.jobs(requested_by=caller.user_key, newest_first=True, limit=50)
                    if not private or job.chat_key == caller.chat_key]
        if not mine:
            raise Refused("You have no training job " + ("waiting or running" if active_only else "yet")
                          + "; /queue lists all jobs.")
        return mine[0]

    def progress_of(self, job: JobRecord) -> Response:
        return presenters.job_progress(job, self.store.queue_position(job.id))

    # -- following a job: one message, edited ---------------------------------------------------------------
    def _follow(self, job: JobRecord, reply: Reply) -> None:
        message = ProgressMessage(self, job, reply, self.settings.progress_interval_s)
        self._followers[job.id] = self._followers.get(job.id, 0) + 1
        message.unsubscribe = self.queue.subscribe(message.on_event, job.id)
        current = self.store.get_job(job.id)  # it may have finished between submit and subscribe
        if current is not None and not current.active:
            self._spawn(message.on_event(JobEvent(_terminal_kind(current.status), current,
                                                  self.store.get_model(current.model_name))))

    async def _on_job_event(self, event: JobEvent) -> None:
        """Every job's events: a chat's first model becomes its default; results nobody follows are posted."""
        if event.kind == "done" and event.model is not None:
            self._default_model(event.job.chat_key, event.model.name)
        if event.kind in ("done", "failed", "cancelled") and not self._followers.pop(event.job.id, 0):
            platform, _, chat_id = event.job.chat_key.partition(":")
            frontend = self.frontends.get(platform)
            if frontend is not None:
                try:
                    await frontend.post(chat_id, presenters.job_result(event))
                except Exception:
                    log.exception(kv("job.post_failed", job=event.job.id, chat=event.job.chat_key))

    async def announce_restarts(self, jobs: list[JobRecord]) -> None:
        """Tell each chat whose job a restart interrupted: it trains again (or failed, after a second restart)."""
        for job in jobs:
            platform, _, chat_id = job.chat_key.partition(":")
            frontend = self.frontends.get(platform)
            if frontend is None:
                continue
            try:
                await frontend.post(chat_id, presenters.job_restarted(job))
            except Exception:
                log.exception(kv("job.post_failed", job=job.id, chat=job.chat_key))

    def _default_model(self, chat_key: str, name: str) -> None:
        """A chat with no /use model gets its first trained model as the default."""
        if self.store.current_model(chat_key) is None:
            self.store.set_current_model(chat_key, name)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


class ProgressMessage:
    """Edits one message with a job's progress, at most every ``interval`` seconds, then its result."""

    def __init__(self, training: Training, job: JobRecord, reply: Reply, interval: float) -> None:
        self.training = training
        self.job_id = job.id
        self.reply = reply
        self.interval = interval
        self.unsubscribe: Callable[[], None] = lambda: None
        self._last_edit = time.monotonic()
        self._latest: JobRecord | None = None
        self._pending: asyncio.Task[None] | None = None
        self._finished = False
        self._lock = asyncio.Lock()

    async def on_event(self, event: JobEvent) -> None:
        if self._finished:
            return
        if event.kind in ("started", "progress"):
            self._latest = event.job
            if self._pending is None or self._pending.done():
                delay = max(0.0, self._last_edit + self.interval - time.monotonic())
                self._pending = asyncio.create_task(self._edit_later(delay))
            return
        self._finished = True  # a pending progress edit sees this and does nothing
        self.unsubscribe()
        async with self._lock:
            try:
                await self.reply.edit(presenters.job_result(event))
            except Exception:
                log.exception(kv("job.edit_failed", job=self.job_id, event=event.kind))

    async def _edit_later(self, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        async with self._lock:
            job = self._latest
            if job is None or self._finished:
                return
            self._last_edit = time.monotonic()
            try:
                await self.reply.edit(self.training.progress_of(job))
            except Exception:
                log.warning(kv("job.edit_failed", job=self.job_id, event="progress"))


def _terminal_kind(status: str) -> EventKind:
    return "done" if status == "done" else "cancelled" if status == "cancelled" else "failed"


__all__ = ["ProgressMessage", "Training"]
