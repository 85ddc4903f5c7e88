"""The persistent training queue: which job trains when, its state and progress in the store, its subscribers.

A job is stored ``queued``; the dispatcher claims the oldest queued job while fewer than the backend's
``capacity()`` run, and hands it to the ``TrainerBackend`` (``backend.py``): ``LocalTrainer``, a subprocess
(``settings.max_concurrent_jobs`` at once), or with ``MIMICBIRD_RAY_ADDRESS`` set, ``RayBackend`` on a Ray
cluster (as many as the cluster holds). The trainer's events become the job's progress (``progress.py``) in
the store and ``JobEvent``s for subscribers (the core edits one chat message from them).

* Output: the trainer writes into ``models_dir/.staging/job-<id>`` (atomically, so that folder appears only
  when the model is complete); on success it is installed as ``models_dir/<model name>`` (``install.py``).
* Cancel / time limit: the backend stops the trainer; no partial model is ever left.
* Ownership: a model belongs to whoever trained it first. ``submit`` refuses (``NotOwner``) a request that
  would replace someone else's model unless an admin asked (``TrainRequest.may_replace``); when the name is
  known only from the trainer's output (an uploaded archive, a DID), the trainer is stopped as soon as its
  statistics name such a model, and ``install.py`` refuses it in any case.
* Restart recovery: a job found ``running`` at start-up was interrupted by a crash. It is queued again
  once; a job interrupted twice is marked failed ("the bot restarted during training (twice)").
  A run that ends with ``retry`` (the cluster worker under it died) is treated the same way: once more,
  then failed with its reason. The jobs a restart requeued or failed are kept in ``recovered`` so that their
  chats can be told once the frontends are up.
* Graceful shutdown (``stop()``): running trainers are stopped and their jobs go back to ``queued``
  without counting the interrupted attempt, so the next start trains them from the beginning.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from bot.logging_setup import kv, settings_redactor
from bot.records import JobRecord, ModelRecord, Progress
from bot.settings import Settings
from bot.store import Store
from bot.training.backend import TrainerBackend, TrainerExit
from bot.training.install import ModelRejected, install_model, refusal_not_owner
from bot.training.progress import JobProgress
from bot.training.requests import (
    TERMINAL_EVENTS,
    EventKind,
    JobCallback,
    JobEvent,
    NotOwner,
    QueueFull,
    Submission,
    TrainRequest,
    refusal_fresh,
)
from bot.training.trainer_process import LocalTrainer, without_operator_hints
from trainer.errors import Redactor, TrainerError
from trainer.events import ProgressEvent, StatsEvent, TrainerEvent
from trainer.handles import model_name as handles_model_name

log = logging.getLogger(__name__)

RESTARTED_TWICE = "the bot restarted during training (twice)"
STAGING = ".staging"
STORE_PROGRESS_EVERY_S = 1.0  # progress events are written to the store at most this often
DISPATCH_LOOK_S = 10.0  # the dispatcher looks for work this often even unwoken (a cluster worker joined)

@dataclass
class _Run:
    """A job being trained."""

    job: JobRecord
    progress: JobProgress
    task: asyncio.Task[None] | None = None
    stop_reason: Literal["", "cancel", "shutdown", "timeout", "rejected"] = ""
    rejection: str = ""  # why the trainer was stopped early (stop_reason "rejected")
    last_store_write: float = field(default=0.0)


class JobQueue:
    """Persistent training queue; see the module docstring. Create, ``await start()``, ``await stop()``."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        backend: TrainerBackend | None = None,
        is_opted_out: Callable[[str], bool] | None = None,
        redactor: Redactor | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self._redactor = redactor or settings_redactor(settings)
        self.backend: TrainerBackend = backend or LocalTrainer(settings, redactor=self._redactor)
        self._is_opted_out = is_opted_out or (lambda handle: False)
        self._runs: dict[int, _Run] = {}
        self._subscribers: dict[int, list[JobCallback]] = {}
        self._listeners: list[JobCallback] = []
        self._wake = asyncio.Event()
        self._dispatcher: asyncio.Task[None] | None = None
        self._stopping = False
        self._stoppers: set[asyncio.Task[None]] = set()
        self.recovered: list[JobRecord] = []  # jobs a crash interrupted, as this start left them

    # -- life cycle ----------------------------------------------------------------------------------------
    @property
    def models_dir(self) -> Path:
        return self.settings.models_dir

    @property
    def staging_dir(self) -> Path:
        return self.settings.models_dir / STAGING

    def staging_for(self, job_id: int) -> Path:
        """Where the job's trainer writes its model."""
        return self.staging_dir / f"job-{job_id}"

    async def start(self) -> None:
        """Recover jobs a crash left ``running``, clear stale staging folders, start dispatching."""
        self.models_dir.mkdir(parents=True, exist_ok=True)
        await self.backend.start()
        await self._recover()
        shutil.rmtree(self.staging_dir, ignore_errors=True)
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        self._stopping = False
        self._dispatcher = asyncio.create_task(self._dispatch(), name="job-dispatcher")
        self._wake.set()
        log.info(kv("queue.started", queued=self.store.count_jobs("queued"), max_concurrent=self.backend.capacity(),
                    backend=type(self.backend).__name__))

    async def stop(self) -> None:
        """Stop dispatching; stop running trainers and put their jobs back in the queue (retried next start)."""
        self._stopping = True
        if self._dispatcher is not None:
            self._dispatcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._dispatcher
            self._dispatcher = None
        runs = list(self._runs.values())
        for run in runs:
            run.stop_reason = "shutdown"
        await asyncio.gather(*(self.backend.terminate(run.job.id) for run in runs))
        tasks = [run.task for run in runs if run.task is not None]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        log.info(kv("queue.stopped", requeued=len(runs)))

    async def _recover(self) -> None:
        self.recovered = []
        for job in self.store.jobs(["running"]):
            await self.backend.reap_orphan(job)
            if job.attempts >= 2:
                job = self.store.update_job(job.id, status="failed", error=RESTARTED_TWICE, finished_at=time.time(),
                                            pid=None)
                log.warning(kv("job.failed", job=job.id, reason=RESTARTED_TWICE))
                self._cleanup_input(job)
            else:
                job = self.store.update_job(job.id, status="queued", pid=None,
                                            progress=Progress(stage="queued", message="retrying after a restart"))
                log.warning(kv("job.requeued", job=job.id, attempts=job.attempts, reason="bot restarted"))
            self.recovered.append(job)

    # -- requests ------------------------------------------------------------------------------------------
    def submit(self, request: TrainRequest, admit: Callable[[], None] | None = None) -> Submission:
        """Queue a request, join the same request's active job, or answer with an existing fresh model.

        Raises ``QueueFull`` when ``settings.max_queue`` jobs are already waiting, and ``NotOwner`` when the
        job would replace someone else's model (unless ``request.may_replace``). ``admit`` is called only
        when a new job would be created (e.g. a per-user rate limit); whatever it raises propagates and no
        job is created. A fresh model is reused (not retrained) unless ``force``, uploads included.
        """
        active = self.store.active_job(request.request_key)
        if active is not None:
            return Submission("joined", job=active, position=self.store.queue_position(active.id))
        existing = self.store.get_model(request.model_name) if request.model_name else None
        if existing is not None:
            if not request.force and existing.age_s() < self.settings.model_fresh_s:
                return Submission("exists", model=existing)
            if existing.requested_by != request.requested_by and not request.may_replace:
                raise NotOwner(existing)
        if self.store.count_jobs("queued") >= self.settings.max_queue:
            raise QueueFull(self.settings.max_queue)
        if admit is not None:
            admit()
        job = self.store.add_job(
            handles=request.handles, model_name=request.model_name, source=request.source,
            request_key=request.request_key, requested_by=request.requested_by, chat_key=request.chat_key,
            input_path=str(request.input_path) if request.input_path else None, force=request.force,
            may_replace=request.may_replace,
        )
        log.info(kv("job.queued", job=job.id, model=job.model_name or "-", source=job.source,
                    by=job.requested_by))
        self._wake.set()
        return Submission("queued", job=job, position=self.store.queue_position(job.id))

    def subscribe(self, callback: JobCallback, job_id: int | None = None) -> Callable[[], None]:
        """Call ``callback`` for every event of ``job_id`` (of every job when None); returns an unsubscribe."""
        target = self._listeners if job_id is None else self._subscribers.setdefault(job_id, [])
        target.append(callback)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                target.remove(callback)

        return unsubscribe

    async def cancel(self, job_id: int) -> JobRecord | None:
        """Cancel a queued or running job; returns the job as it ends (None when unknown)."""
        job = self.store.get_job(job_id)
        if job is None or not job.active:
            return job
        run = self._runs.get(job_id)
        if run is None:  # still queued
            job = self.store.update_job(job_id, status="cancelled", finished_at=time.time(),
                                        progress=Progress(stage="cancelled"))
            log.info(kv("job.cancelled", job=job_id, while_="queued"))
            self._cleanup_input(job)
            await self._notify(JobEvent("cancelled", job))
            return job
        run.stop_reason = "cancel"
        await self.backend.terminate(job_id)
        if run.task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(run.task)
        return self.store.get_job(job_id)

    async def wait(self, job_id: int, timeout: float | None = None) -> JobRecord:
        """Wait until a job is done, failed or cancelled; returns its final record."""
        finished = asyncio.Event()

        async def on_event(event: JobEvent) -> None:
            if event.kind in TERMINAL_EVENTS:
                finished.set()

        unsubscribe = self.subscribe(on_event, job_id)
        try:
            job = self.store.get_job(job_id)
            if job is None:
                raise KeyError(job_id)
            if job.active:
                await asyncio.wait_for(finished.wait(), timeout)
        finally:
            unsubscribe()
        job = self.store.get_job(job_id)
        assert job is not None
        return job

    def running_job_ids(self) -> list[int]:
        return sorted(self._runs)

    # -- dispatch ------------------------------------------------------------------------------------------
    async def _dispatch(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):  # also look now and then: a backend's capacity may grow
                async with asyncio.timeout(DISPATCH_LOOK_S):
                    await self._wake.wait()
            self._wake.clear()
            while not self._stopping and len(self._runs) < self.backend.capacity():
                job = self.store.claim_next_job()
                if job is None:
                    break
                run = _Run(job, JobProgress(self._redactor))
                self._runs[job.id] = run
                run.task = asyncio.create_task(self._run_job(run), name=f"job-{job.id}")

    async def _run_job(self, run: _Run) -> None:
        job_id = run.job.id
        try:
            staging = self.staging_for(job_id)
            shutil.rmtree(staging, ignore_errors=True)
            training = asyncio.ensure_future(self.backend.run(run.job, staging, _Listener(self, run)))
            try:
                end = await asyncio.wait_for(asyncio.shield(training), timeout=self.settings.job_timeout_s)
            except TimeoutError:
                run.stop_reason = run.stop_reason or "timeout"
                await self.backend.terminate(job_id)
                end = await training
            await self._finish(run, end)
        except Exception:
            log.exception(kv("job.crashed", job=job_id))
            job = self.store.update_job(job_id, status="failed", finished_at=time.time(), pid=None,
                                        error="training failed unexpectedly; the bot's log has the details")
            await self._notify(JobEvent("failed", job))
        finally:
            self._runs.pop(job_id, None)
            shutil.rmtree(self.staging_for(job_id), ignore_errors=True)
            self._wake.set()

    async def _on_trainer_event(self, run: _Run, event: TrainerEvent) -> None:
        if isinstance(event, StatsEvent) and not run.stop_reason:
            self._check_owner(run, event)
        progress = run.progress.update(event)
        if progress is None:
            return
        now = time.monotonic()
        if not isinstance(event, ProgressEvent) or now - run.last_store_write >= STORE_PROGRESS_EVERY_S:
            run.last_store_write = now
            run.job = self.store.update_job(run.job.id, progress=progress)
        else:
            run.job = replace(run.job, progress=progress)
        await self._notify(JobEvent("progress", run.job))

    def _check_owner(self, run: _Run, event: StatsEvent) -> None:
        """The accounts are known: stop a trainer whose model would replace someone else's, or (unless
        ``--force``) a fresh model, as ``submit`` does when the name is known up front; without waiting."""
        try:
            name = handles_model_name(list(event.accounts))
        except TrainerError:
            return  # install_model checks the name the trainer writes in any case
        existing = self.store.get_model(name)
        if existing is None:
            return
        if existing.requested_by != run.job.requested_by and not run.job.may_replace:
            reason = refusal_not_owner(name)
        elif not run.job.force and existing.age_s() < self.settings.model_fresh_s:
            reason = refusal_fresh(name, existing.age_s())
        else:
            return
        run.stop_reason, run.rejection = "rejected", reason
        log.warning(kv("job.rejected", job=run.job.id, model=name, by=run.job.requested_by, reason=reason))
        task = asyncio.create_task(self.backend.terminate(run.job.id))
        self._stoppers.add(task)
        task.add_done_callback(self._stoppers.discard)

    async def _finish(self, run: _Run, end: TrainerExit) -> None:
        job, staging, now = run.job, self.staging_for(run.job.id), time.time()
        percent = run.progress.percent
        if run.stop_reason == "shutdown":
            job = self.store.update_job(job.id, status="queued", pid=None, attempts=max(job.attempts - 1, 0),
                                        progress=Progress(stage="queued", message="bot restarting"))
            log.info(kv("job.requeued", job=job.id, reason="shutdown"))
            return
        if run.stop_reason == "cancel":
            if staging.exists():  # the trainer writes atomically: a cancelled run must leave no output
                log.warning(kv("job.partial_output", job=job.id, path=staging.name))
                shutil.rmtree(staging, ignore_errors=True)
            job = self.store.update_job(job.id, status="cancelled", pid=None, finished_at=now,
                                        progress=Progress(stage="cancelled", percent=percent))
            log.info(kv("job.cancelled", job=job.id, while_="running"))
            self._cleanup_input(job)
            await self._notify(JobEvent("cancelled", job))
            return
        model: ModelRecord | None = None
        reason = ""
        if run.stop_reason == "rejected":
            shutil.rmtree(staging, ignore_errors=True)
            reason = run.rejection
        elif run.stop_reason == "timeout":
            reason = f"training took longer than the time limit ({_minutes(self.settings.job_timeout_s)})"
        elif end.retry and job.attempts < 2:  # the machine under it failed (a cluster worker): once more
            job = self.store.update_job(job.id, status="queued", pid=None,
                                        progress=Progress(stage="queued", message=f"retrying: {end.reason}"))
            log.warning(kv("job.requeued", job=job.id, attempts=job.attempts, reason=end.reason))
            await self._notify(JobEvent("progress", job))
            return
        elif end.retry:
            reason = f"{end.reason}; it was tried twice"
        elif not end.ok:
            reason = without_operator_hints(end.reason)  # any backend: never for chat users
        else:
            try:
                model = install_model(job, staging, self.models_dir, self.store, base_model=self.settings.base_model,
                                      is_opted_out=self._is_opted_out, trash_dir=self.staging_dir)
            except ModelRejected as rejected:
                reason = str(rejected)
            except Exception:
                log.exception(kv("job.install_failed", job=job.id))
                reason = "the trainer finished but its model could not be installed; the bot's log has details"
        if model is None:
            job = self.store.update_job(job.id, status="failed", pid=None, finished_at=now, error=reason,
                                        progress=Progress(stage="failed", percent=percent))
            log.warning(kv("job.failed", job=job.id, reason=reason))
            self._cleanup_input(job)
            await self._notify(JobEvent("failed", job))
            return
        job = self.store.update_job(job.id, status="done", pid=None, finished_at=now, model_name=model.name,
                                    handles=model.handles if not job.handles else job.handles,
                                    progress=Progress(stage="done", percent=100.0))
        log.info(kv("job.done", job=job.id, model=model.name, seconds=round(now - (job.started_at or now), 1),
                    train_loss=model.train_loss, val_loss=model.val_loss))
        self._cleanup_input(job)
        await self._notify(JobEvent("done", job, model))

    def _cleanup_input(self, job: JobRecord) -> None:
        """An uploaded file is kept only while its job may still run."""
        if job.input_path:
            path = Path(job.input_path)
            with contextlib.suppress(OSError):
                if self.settings.uploads_dir.resolve() in path.resolve().parents:
                    path.unlink()

    async def _notify(self, event: JobEvent) -> None:
        callbacks = list(self._subscribers.get(event.job.id, ())) + list(self._listeners)
        if event.kind in TERMINAL_EVENTS:
            self._subscribers.pop(event.job.id, None)
        for callback in callbacks:
            try:
                await callback(event)
            except Exception:
                log.exception(kv("job.subscriber_failed", job=event.job.id, event=event.kind))


class _Listener:
    """What the backend reports about one run, applied to the queue (a ``TrainerListener``)."""

    def __init__(self, queue: JobQueue, run: _Run) -> None:
        self.queue = queue
        self.run = run

    async def started(self, pid: int | None) -> None:
        self.run.job = self.queue.store.update_job(self.run.job.id, pid=pid)
        await self.queue._notify(JobEvent("started", self.run.job))

    async def event(self, event: TrainerEvent) -> None:
        await self.queue._on_trainer_event(self.run, event)


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"


__all__ = ["EventKind", "JobEvent", "JobQueue", "NotOwner", "QueueFull", "RESTARTED_TWICE", "Submission",
           "TrainRequest"]
