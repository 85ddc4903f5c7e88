"""The persistent training queue: one trainer subprocess per job, state and progress kept in the store.

A job is stored ``queued``; the dispatcher claims the oldest queued job while fewer than
``settings.max_concurrent_jobs`` run, and launches ``<trainer_python> -m trainer ... --progress json`` with
``asyncio.create_subprocess_exec``. The trainer's events (``trainer/events.py``) become the job's
progress in the store and ``JobEvent``s for subscribers (the core edits one chat message from them).

* Output: the trainer writes into ``models_dir/.staging/job-<id>`` (it writes atomically, so that folder
  appears only when the model is complete); on success the queue moves it to ``models_dir/<model name>``
  (replacing an older model of the same name) and registers ``mimicbird.json`` in the store.
* Cancel / time limit: SIGTERM to the trainer's process group, SIGKILL after ``grace_s``; the staging
  folder is removed, so no partial model is ever left.
* The trainer dies with the bot: ``PR_SET_PDEATHSIG`` (Linux) sends it SIGTERM when the bot process dies,
  even on ``kill -9``; at start-up an orphan that survived anyway is killed by its recorded pid.
* The trainer runs ``TRAINER_NICENESS`` steps nicer than the bot, so chat commands and ``/say`` win a busy CPU.
* Restart recovery: a job found ``running`` at start-up was interrupted by a crash. It is queued again
  once; a job interrupted twice is marked failed ("the bot restarted during training (twice)").
* Graceful shutdown (``stop()``): running trainers are stopped and their jobs go back to ``queued``
  without counting the interrupted attempt, so the next start trains them from the beginning.
* Secrets reach the trainer only through its environment (``X_BEARER_TOKEN``, ``HF_TOKEN``), never argv;
  the chat platform tokens are removed from its environment. Error lines are scrubbed of every secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import json
import logging
import os
import shutil
import signal
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from bot.logging_setup import Redactor, kv, secret_value
from bot.settings import Settings
from bot.store import JobProgress, JobRecord, ModelRecord, Store, utc_now_iso
from trainer.events import (
    DoneEvent,
    ErrorEvent,
    ProgressEvent,
    StageEvent,
    TrainerEvent,
    WaitEvent,
    decode,
    overall_percent,
)
from trainer.handles import model_name as handles_model_name

log = logging.getLogger("bot.jobs")

RESTARTED_TWICE = "the bot restarted during training (twice)"
STAGING = ".staging"
# Environment variables a trainer must never see (it needs only the X and Hugging Face tokens).
_PLATFORM_SECRETS = (
    "DISCORD_TOKEN", "TELEGRAM_TOKEN", "X_CONSUMER_KEY", "X_CONSUMER_SECRET", "X_ACCESS_TOKEN",
    "X_ACCESS_TOKEN_SECRET", "X_USER_TOKEN",
)

EventKind = Literal["started", "progress", "done", "failed", "cancelled"]
TERMINAL_EVENTS = ("done", "failed", "cancelled")


class QueueFull(Exception):
    """The queue already holds ``settings.max_queue`` waiting jobs."""


@dataclass(frozen=True)
class TrainRequest:
    """What a user asked to train. ``handles`` may be empty when an uploaded archive names the account."""

    handles: tuple[str, ...]
    requested_by: str
    chat_key: str
    source: str = "auto"  # trainer --source: auto sample x archive file
    input_path: Path | None = None
    input_hash: str | None = None  # sha256 of the uploaded bytes
    force: bool = False

    @property
    def model_name(self) -> str:
        return handles_model_name(self.handles) if self.handles else ""

    @property
    def request_key(self) -> str:
        """Equal keys while a job is queued or running mean the same request (the second joins the first)."""
        if self.input_hash:
            return f"upload:{self.input_hash}"
        return f"train:{self.model_name}|{self.source}"


@dataclass(frozen=True)
class Submission:
    """The queue's answer to a request: a new job, an existing job joined, or an existing fresh model."""

    outcome: Literal["queued", "joined", "exists"]
    job: JobRecord | None = None
    model: ModelRecord | None = None
    position: int = 0  # place in the queue (1 = next); 0 = running now (or no job)


@dataclass(frozen=True)
class JobEvent:
    kind: EventKind
    job: JobRecord
    model: ModelRecord | None = None  # with "done"


JobCallback = Callable[[JobEvent], Awaitable[None]]


@dataclass
class _Run:
    """A launched trainer and what it said."""

    job_id: int
    process: asyncio.subprocess.Process | None = None
    task: asyncio.Task[None] | None = None
    stop_reason: Literal["", "cancel", "shutdown", "timeout"] = ""
    error_event: str = ""
    done_event: DoneEvent | None = None
    stderr_tail: deque[str] = field(default_factory=lambda: deque(maxlen=40))
    percent: float = 0.0
    stage: str = "starting"
    last_store_write: float = 0.0


def _load_libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - exotic libc
        return None


_LIBC = _load_libc()
_PR_SET_PDEATHSIG = 1

# How much nicer (lower CPU priority) than the bot a trainer runs (a module constant, not a setting).
# Measured on 2 cores with /say during training: at nice 0 the event loop lagged 54-70 ms and 16 concurrent
# /say took 29 s; at nice 10 the lag was 9.6 ms and the 16 finished in 6 s. Niceness matters only when the
# CPU is contended: while the bot is idle the trainer still gets every core.
TRAINER_NICENESS = 10


def _trainer_preexec(parent_pid: int, niceness: int = TRAINER_NICENESS) -> Callable[[], None]:
    """A ``preexec_fn``: the child runs ``niceness`` steps nicer and gets SIGTERM when the bot process dies
    (Linux), even on SIGKILL."""

    def setup() -> None:
        if _LIBC is not None:
            _LIBC.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent already died between fork and prctl
            os._exit(1)
        if niceness > 0:
            with contextlib.suppress(OSError):  # raising the niceness needs no privilege; 19 is the cap
                os.nice(niceness)

    return setup


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class JobQueue:
    """Persistent training queue; see the module docstring. Create, ``await start()``, ``await stop()``."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        is_opted_out: Callable[[str], bool] | None = None,
        grace_s: float = 15.0,
        redactor: Redactor | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.grace_s = grace_s
        self._is_opted_out = is_opted_out or (lambda handle: False)
        self._redactor = redactor or Redactor.from_settings(settings)
        self._runs: dict[int, _Run] = {}
        self._subscribers: dict[int, list[JobCallback]] = {}
        self._listeners: list[JobCallback] = []
        self._wake = asyncio.Event()
        self._dispatcher: asyncio.Task[None] | None = None
        self._stopping = False
        self._ray: Any = None  # bot.ray_backend.RayBackend when settings.ray_address is set
        if settings.ray_address:
            from bot.ray_backend import RayBackend

            self._ray = RayBackend(settings, grace_s=grace_s, redactor=self._redactor)

    # -- life cycle ----------------------------------------------------------------------------------------
    @property
    def models_dir(self) -> Path:
        return self.settings.models_dir

    @property
    def staging_dir(self) -> Path:
        return self.settings.models_dir / STAGING

    async def start(self) -> None:
        """Recover jobs a crash left ``running``, clear stale staging folders, start dispatching."""
        self.models_dir.mkdir(parents=True, exist_ok=True)
        if self._ray is not None and await self._ray.ensure_connected():
            self._ray.sweep_shared_staging()
        await self._recover()
        shutil.rmtree(self.staging_dir, ignore_errors=True)
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        self._stopping = False
        self._dispatcher = asyncio.create_task(self._dispatch(), name="job-dispatcher")
        self._wake.set()
        log.info(kv("queue.started", queued=self.store.count_jobs("queued"),
                    max_concurrent=self._max_concurrent(), backend="ray" if self._ray else "local"))

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
        await asyncio.gather(*(self._terminate(run) for run in runs))
        tasks = [run.task for run in runs if run.task is not None]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        log.info(kv("queue.stopped", requeued=len(runs)))

    async def _recover(self) -> None:
        for job in self.store.jobs(["running"]):
            await self._kill_orphan(job)
            if self._ray is not None:
                await self._ray.kill_leftover(job.id, job.attempts)
            if job.attempts >= 2:
                self.store.update_job(job.id, status="failed", error=RESTARTED_TWICE, finished_at=time.time(),
                                      pid=None)
                log.warning(kv("job.failed", job=job.id, reason=RESTARTED_TWICE))
            else:
                self.store.update_job(job.id, status="queued", pid=None,
                                      progress=JobProgress(stage="queued", message="retrying after a restart"))
                log.warning(kv("job.requeued", job=job.id, attempts=job.attempts, reason="bot restarted"))

    async def _kill_orphan(self, job: JobRecord) -> None:
        """Kill a trainer of this job that outlived a crashed bot (checked by its command line)."""
        if not job.pid:
            return
        try:
            cmdline = Path(f"/proc/{job.pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            return
        if "trainer" not in cmdline or f"job-{job.id}" not in cmdline:
            return
        log.warning(kv("job.orphan_killed", job=job.id, pid=job.pid))
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(job.pid, signal.SIGKILL)
        for _ in range(50):
            if not Path(f"/proc/{job.pid}").exists():
                break
            await asyncio.sleep(0.1)

    # -- requests ------------------------------------------------------------------------------------------
    def submit(self, request: TrainRequest, admit: Callable[[], None] | None = None) -> Submission:
        """Queue a request, join the same request's active job, or answer with an existing fresh model.

        Raises ``QueueFull`` when ``settings.max_queue`` jobs are already waiting. ``admit`` is called only
        when a new job would be created (e.g. a per-user rate limit); whatever it raises propagates and no
        job is created.
        """
        active = self.store.active_job(request.request_key)
        if active is not None:
            return Submission("joined", job=active, position=self.store.queue_position(active.id))
        if request.model_name and not request.force and request.input_path is None:
            existing = self.store.get_model(request.model_name)
            if existing is not None and existing.age_s() < self.settings.model_fresh_s:
                return Submission("exists", model=existing)
        if self.store.count_jobs("queued") >= self.settings.max_queue:
            raise QueueFull(self.settings.max_queue)
        if admit is not None:
            admit()
        job = self.store.add_job(
            handles=request.handles, model_name=request.model_name, source=request.source,
            request_key=request.request_key, requested_by=request.requested_by, chat_key=request.chat_key,
            input_path=str(request.input_path) if request.input_path else None, force=request.force,
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

    def has_subscribers(self, job_id: int) -> bool:
        return bool(self._subscribers.get(job_id))

    async def cancel(self, job_id: int) -> JobRecord | None:
        """Cancel a queued or running job; returns the job as it ends (None when unknown)."""
        job = self.store.get_job(job_id)
        if job is None or not job.active:
            return job
        run = self._runs.get(job_id)
        if run is None:  # still queued
            job = self.store.update_job(job_id, status="cancelled", finished_at=time.time(),
                                        progress=JobProgress(stage="cancelled"))
            log.info(kv("job.cancelled", job=job_id, while_="queued"))
            self._cleanup_input(job)
            await self._notify(JobEvent("cancelled", job))
            return job
        run.stop_reason = "cancel"
        await self._terminate(run)
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
    def _max_concurrent(self) -> int:
        """Trainings at once: the setting locally; on Ray the cluster's capacity (0 while no worker fits)."""
        if self._ray is not None:
            return self._ray.capacity(self.settings.trainer_extra_args)
        return max(1, self.settings.max_concurrent_jobs)

    async def _dispatch(self) -> None:
        while not self._stopping:
            if self._ray is not None:  # the cluster may grow (a GPU worker joins): look again now and then
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(10.0):  # (3.11's wait_for can swallow a cancel)
                        await self._wake.wait()
                await self._ray.ensure_connected()
            else:
                await self._wake.wait()
            self._wake.clear()
            while not self._stopping and len(self._runs) < self._max_concurrent():
                job = self.store.claim_next_job()
                if job is None:
                    break
                run = _Run(job.id)
                self._runs[job.id] = run
                run.task = asyncio.create_task(self._run_job(job, run), name=f"job-{job.id}")

    async def _run_job(self, job: JobRecord, run: _Run) -> None:
        try:
            await self._run_trainer(job, run)
        except Exception:
            log.exception(kv("job.crashed", job=job.id))
            job = self.store.update_job(job.id, status="failed", finished_at=time.time(), pid=None,
                                        error="training failed unexpectedly; the bot's log has the details")
            await self._notify(JobEvent("failed", job))
        finally:
            self._runs.pop(job.id, None)
            shutil.rmtree(self._staging_for(job.id), ignore_errors=True)
            self._wake.set()

    def _staging_for(self, job_id: int) -> Path:
        return self.staging_dir / f"job-{job_id}"

    def trainer_command(self, job: JobRecord) -> list[str]:
        """The trainer's argv for a job (no secrets: tokens go through the environment)."""
        settings = self.settings
        argv = [settings.trainer_python or sys.executable, "-m", "trainer", *job.handles, "--progress", "json",
                "--base-model", settings.base_model, "--output", str(self._staging_for(job.id)),
                "--source", job.source, "--min-tweets", str(settings.min_tweets)]
        if job.input_path:
            argv += ["--input", job.input_path]
        if settings.cache_dir is not None:
            argv += ["--cache-dir", str(settings.cache_dir)]
        if settings.hf_push and settings.hf_namespace and job.model_name:
            argv += ["--push-to-hub", f"{settings.hf_namespace}/{job.model_name}"]
        if settings.wandb:
            argv += ["--wandb"]
        return argv + list(settings.trainer_extra_args)

    def trainer_env(self) -> dict[str, str]:
        """The trainer's environment: ours, minus chat tokens, plus the X and HF tokens when configured."""
        env = {k: v for k, v in os.environ.items()
               if not any(k in (name, f"MIMICBIRD_{name}") for name in _PLATFORM_SECRETS)}
        settings = self.settings
        for name, value in (("X_BEARER_TOKEN", settings.x_bearer_token), ("HF_TOKEN", settings.hf_token)):
            if secret_value(value) is not None:
                env[name] = secret_value(value) or ""
        if settings.wandb:
            env["WANDB_PROJECT"] = settings.wandb_project
        env["PYTHONUNBUFFERED"] = "1"
        # `python -m trainer` must import even when mimicbird is used from a checkout, not installed.
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        return env

    async def _run_on_ray(self, job: JobRecord, run: _Run) -> None:
        """The same job on the Ray cluster: same arguments, events and staging folder as a local trainer."""
        staging = self._staging_for(job.id)
        shutil.rmtree(staging, ignore_errors=True)
        args = self.trainer_command(job)[3:]  # without "<python> -m trainer"
        log.info(kv("job.started", job=job.id, model=job.model_name or "-", attempt=job.attempts, backend="ray",
                    argv=" ".join(args)))
        await self._notify(JobEvent("started", job))

        async def on_line(line: str) -> None:
            event = decode(line)
            if event is not None:
                await self._on_trainer_event(job, run, event)

        inputs = [Path(job.input_path)] if job.input_path else []
        work = asyncio.ensure_future(self._ray.run(job.id, job.attempts, args, inputs, staging, on_line))
        try:
            outcome = await asyncio.wait_for(asyncio.shield(work), timeout=self.settings.job_timeout_s)
        except TimeoutError:
            run.stop_reason = run.stop_reason or "timeout"
            await self._ray.cancel(job.id)
            outcome = await work
        if outcome.kind == "crashed" and not run.stop_reason:
            await self._retry_or_fail(job, run, outcome.reason)
            return
        if outcome.kind == "failed" and outcome.reason and not run.error_event:
            run.error_event = outcome.reason
        await self._finish(job, run, {"done": 0, "cancelled": 143}.get(outcome.kind, 1))

    async def _retry_or_fail(self, job: JobRecord, run: _Run, reason: str) -> None:
        """A worker died under the training: queue it once more, as after a bot restart; twice: failed."""
        if job.attempts >= 2:
            job = self.store.update_job(job.id, status="failed", pid=None, finished_at=time.time(),
                                        error=f"{reason} (twice)",
                                        progress=JobProgress(stage="failed", percent=run.percent))
            log.warning(kv("job.failed", job=job.id, reason=job.error))
            self._cleanup_input(job)
            await self._notify(JobEvent("failed", job))
            return
        job = self.store.update_job(job.id, status="queued", pid=None,
                                    progress=JobProgress(stage="queued", message=f"retrying: {reason}"))
        log.warning(kv("job.requeued", job=job.id, attempts=job.attempts, reason=reason))
        await self._notify(JobEvent("progress", job))

    async def _run_trainer(self, job: JobRecord, run: _Run) -> None:
        if self._ray is not None:
            await self._run_on_ray(job, run)
            return
        staging = self._staging_for(job.id)
        shutil.rmtree(staging, ignore_errors=True)
        argv = self.trainer_command(job)
        log.info(kv("job.started", job=job.id, model=job.model_name or "-", attempt=job.attempts,
                    argv=" ".join(argv[1:])))
        run.process = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=self.trainer_env(), start_new_session=True,
            preexec_fn=_trainer_preexec(os.getpid()), limit=1 << 20,
        )
        job = self.store.update_job(job.id, pid=run.process.pid)
        await self._notify(JobEvent("started", job))
        readers = asyncio.gather(self._read_stdout(job, run), self._read_stderr(run))
        try:
            await asyncio.wait_for(asyncio.shield(readers), timeout=self.settings.job_timeout_s)
        except TimeoutError:
            run.stop_reason = run.stop_reason or "timeout"
            await self._terminate(run)
            await readers
        returncode = await run.process.wait()
        await self._finish(job, run, returncode)

    async def _read_stdout(self, job: JobRecord, run: _Run) -> None:
        assert run.process is not None and run.process.stdout is not None
        while True:
            try:
                raw = await run.process.stdout.readline()
            except (ValueError, asyncio.LimitOverrunError):  # an absurdly long line: skip it
                continue
            if not raw:
                return
            line = raw.decode("utf-8", errors="replace").strip()
            if not line:
                continue
            event = decode(line)
            if event is None:
                log.debug(kv("trainer.stdout", job=job.id, line=self._redactor(line)[:200]))
                continue
            await self._on_trainer_event(job, run, event)

    async def _read_stderr(self, run: _Run) -> None:
        assert run.process is not None and run.process.stderr is not None
        while True:
            try:
                raw = await run.process.stderr.readline()
            except (ValueError, asyncio.LimitOverrunError):
                continue
            if not raw:
                return
            line = raw.decode("utf-8", errors="replace").rstrip()
            if line.strip():
                run.stderr_tail.append(line)

    async def _on_trainer_event(self, job: JobRecord, run: _Run, event: TrainerEvent) -> None:
        message = ""
        eta: float | None = None
        if isinstance(event, StageEvent):
            run.stage = event.stage
            run.percent = max(run.percent, overall_percent(run.stage) or run.percent)
            message = event.message
        elif isinstance(event, ProgressEvent):
            run.stage = event.stage
            if event.total:
                within = overall_percent(run.stage, event.step / event.total)
                run.percent = max(run.percent, within if within is not None else run.percent)
            if event.loss is not None:
                message = f"loss {float(event.loss):.3f}"
            eta = float(event.eta_s) if isinstance(event.eta_s, (int, float)) else None
        elif isinstance(event, WaitEvent):
            message = event.message or "waiting"
        elif isinstance(event, DoneEvent):
            run.done_event = event
            return
        elif isinstance(event, ErrorEvent):
            run.error_event = event.message
            return
        else:  # stats and metrics: the finished model's mimicbird.json has them
            return
        progress = JobProgress(stage=run.stage, percent=round(min(run.percent, 99.0), 1),
                               eta=float(eta) if isinstance(eta, (int, float)) else None,
                               message=self._redactor(message)[:200])
        now = time.monotonic()
        if not isinstance(event, ProgressEvent) or now - run.last_store_write >= 1.0:
            run.last_store_write = now
            job = self.store.update_job(job.id, progress=progress)
        else:
            job = _with_progress(job, progress)
        await self._notify(JobEvent("progress", job))

    async def _terminate(self, run: _Run) -> None:
        """SIGTERM the trainer's process group, SIGKILL after the grace period (on Ray: its stop flag, then kill)."""
        if self._ray is not None:
            await self._ray.cancel(run.job_id)
            return
        process = run.process
        if process is None or process.returncode is not None:
            return
        log.info(kv("job.stopping", job=run.job_id, reason=run.stop_reason, pid=process.pid))
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), self.grace_s)
        except TimeoutError:
            log.warning(kv("job.killed", job=run.job_id, pid=process.pid, grace_s=self.grace_s))
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            await process.wait()

    async def _finish(self, job: JobRecord, run: _Run, returncode: int) -> None:
        staging = self._staging_for(job.id)
        now = time.time()
        if run.stop_reason == "shutdown":
            job = self.store.update_job(job.id, status="queued", pid=None, attempts=max(job.attempts - 1, 0),
                                        progress=JobProgress(stage="queued", message="bot restarting"))
            log.info(kv("job.requeued", job=job.id, reason="shutdown"))
            return
        if run.stop_reason == "cancel":
            self._check_no_partial_model(job, staging)
            job = self.store.update_job(job.id, status="cancelled", pid=None, finished_at=now,
                                        progress=JobProgress(stage="cancelled", percent=run.percent))
            log.info(kv("job.cancelled", job=job.id, while_="running", returncode=returncode))
            self._cleanup_input(job)
            await self._notify(JobEvent("cancelled", job))
            return
        model: ModelRecord | None = None
        reason = ""
        if run.stop_reason == "timeout":
            reason = f"training took longer than the time limit ({_minutes(self.settings.job_timeout_s)})"
        elif returncode != 0 or run.error_event:
            reason = self.failure_reason(run, returncode)
        else:
            try:
                model = self._install_model(job, run)
            except ModelRejected as rejected:
                reason = str(rejected)
            except Exception:
                log.exception(kv("job.install_failed", job=job.id))
                reason = "the trainer finished but its model could not be installed; the bot's log has details"
        if model is None:
            job = self.store.update_job(job.id, status="failed", pid=None, finished_at=now, error=reason,
                                        progress=JobProgress(stage="failed", percent=run.percent))
            log.warning(kv("job.failed", job=job.id, returncode=returncode, reason=reason))
            if run.stderr_tail and not run.error_event:
                log.warning(kv("job.stderr", job=job.id, tail=self._redactor(" | ".join(run.stderr_tail))[-2000:]))
            self._cleanup_input(job)
            await self._notify(JobEvent("failed", job))
            return
        job = self.store.update_job(job.id, status="done", pid=None, finished_at=now, model_name=model.name,
                                    handles=model.handles if not job.handles else job.handles,
                                    progress=JobProgress(stage="done", percent=100.0))
        log.info(kv("job.done", job=job.id, model=model.name, seconds=round(now - (job.started_at or now), 1),
                    train_loss=model.train_loss, val_loss=model.val_loss))
        self._cleanup_input(job)
        await self._notify(JobEvent("done", job, model))

    def failure_reason(self, run: _Run, returncode: int) -> str:
        """The trainer's one-line reason for the user: its last error event, else a short summary of stderr."""
        if run.error_event:
            return _one_line(self._redactor(run.error_event))
        if returncode < 0:
            try:
                name = signal.Signals(-returncode).name
            except ValueError:
                name = str(-returncode)
            hint = " (out of memory?)" if -returncode == signal.SIGKILL else ""
            return f"the trainer was stopped by {name}{hint}"
        lines = [line for line in run.stderr_tail if line.strip()]
        if any(line.startswith("Traceback") for line in lines):
            exc = lines[-1].split(":", 1)[0].strip()
            exc = exc if exc.replace(".", "").replace("_", "").isalnum() else "an error"
            return f"the trainer crashed ({exc.rsplit('.', 1)[-1]}); the bot's log has the details"
        if lines:
            return _one_line(self._redactor(lines[-1]))
        return f"the trainer stopped with exit status {returncode}"

    def _install_model(self, job: JobRecord, run: _Run) -> ModelRecord:
        staging = self._staging_for(job.id)
        meta = json.loads((staging / "mimicbird.json").read_text(encoding="utf-8"))
        name = str(meta.get("model_name") or job.model_name)
        handles = tuple(str(h).lower() for h in meta.get("handles") or job.handles)
        if not name or name.startswith(".") or "/" in name or not handles:
            raise ModelRejected("the trainer's output names no account")
        blocked = [h for h in handles if self._is_opted_out(h)]
        if blocked:
            raise ModelRejected(f"@{blocked[0]} has asked not to be imitated, so the model was discarded")
        target = self.models_dir / name
        trash = self.staging_dir / f"old-{name}-{job.id}"
        if target.exists():
            target.rename(trash)
        staging.rename(target)
        shutil.rmtree(trash, ignore_errors=True)
        stats_raw = meta.get("stats") or {}
        stats = {str(h): {k: v for k, v in s.items() if isinstance(v, (int, float))}
                 for h, s in stats_raw.items() if isinstance(s, dict)}
        display = meta.get("display_names") or [
            (stats_raw.get(h) or {}).get("display_name") or h for h in handles
        ]
        model = ModelRecord(
            name=name, handles=handles, display_names=tuple(str(d) for d in display), folder=str(target),
            created_at=str(meta.get("created_at") or utc_now_iso()), stats=stats,
            base_model=str(meta.get("base_model") or self.settings.base_model), requested_by=job.requested_by,
            train_loss=_float(meta.get("train_loss")), val_loss=_float(meta.get("val_loss")),
        )
        self.store.save_model(model)
        return model

    def _check_no_partial_model(self, job: JobRecord, staging: Path) -> None:
        """After a cancel: the trainer writes atomically, so its output folder must not exist."""
        if staging.exists():
            log.warning(kv("job.partial_output", job=job.id, path=staging.name))
            shutil.rmtree(staging, ignore_errors=True)

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


class ModelRejected(Exception):
    """A finished model that must not be installed (one-line reason)."""


def _with_progress(job: JobRecord, progress: JobProgress) -> JobRecord:
    return replace(job, progress=progress)


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"


__all__ = [
    "JobEvent", "JobQueue", "QueueFull", "RESTARTED_TWICE", "Submission", "TRAINER_NICENESS",
    "TrainRequest", "file_sha256",
]
