"""The Ray training backend (``MIMICBIRD_RAY_ADDRESS``): each job is a Ray actor; the queue stays the truth.

A ``TrainerBackend`` (``backend.py``) like ``LocalTrainer``: ``run`` gives the job's trainer arguments (the same
list ``python -m trainer`` gets locally) to one ``trainer.remote.RemoteTrainer`` actor, hands its events to the
queue as they come, and puts the finished model folder at the job's usual staging path, so the queue installs
it exactly as a local result. ``ray_cluster.py`` joins the cluster and says how many trainings fit.

* Resources: one GPU for a GPU job, ``MIMICBIRD_RAY_CPUS_PER_JOB`` CPUs always (``ray_cluster.py``).
* The model comes back through the object store in checksummed chunks (``trainer/model_archive.py``), or
  through ``MIMICBIRD_RAY_SHARED_DIR`` when the bot and the workers mount one. Uploads go to the worker as bytes
  (bounded by the upload limit).
* Secrets (X and Hugging Face tokens, a W&B key, Mastodon tokens) go as one ``ray.put`` object, never in the
  actor's arguments or ``runtime_env``: Ray 2.60 records a runtime_env in plain text in its task events (the
  dashboard) and the node's ``runtime_env_agent.log`` (see ``trainer/remote.py``; both checked in the tests).
  Only non-secret settings travel in ``runtime_env`` (``forwarded_env``).
* Cancel: the trainer's own stop flag (``RemoteTrainer.cancel``), then ``ray.kill`` after the grace period.
* A worker process or node that dies mid-training (or a lost connection) ends with ``retry``: the queue trains
  the job once more, then reports it. The actors belong to the bot's Ray driver, so they die with the bot, as a
  local trainer does; the next start re-queues the job once, as for a local trainer, and first kills a
  leftover of it by name (Ray Client keeps a vanished client's actors for a grace period). The start waits at
  most ``START_WAIT_S`` for the cluster; a job's next attempt ends such leftovers if the start could not.

``import ray`` happens only in these modules' functions, and they are imported only when a Ray address is set.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.logging_setup import kv, secret_value, settings_redactor
from bot.records import JobRecord
from bot.settings import Settings
from bot.training.backend import TrainerExit, TrainerListener
from bot.training.ray_cluster import NAMESPACE, RayCluster
from bot.training.trainer_process import MASTODON_TOKENS_ENV, trainer_arguments
from trainer.errors import Redactor, TrainerError, one_line
from trainer.events import DoneEvent, ErrorEvent, decode
from trainer.model_archive import ArchiveInfo, ArchiveReceiver
from trainer.remote import FORWARDED_ENV, TERMINAL_STATES, Placement, Poll

log = logging.getLogger("bot.ray")

POLL_INTERVAL_S = 0.5
START_WAIT_S = 10.0  # how long the bot's start waits for the cluster before serving chats without it
UNAVAILABLE_PATIENCE_S = 60.0  # how long a worker may be unreachable before it counts as dead
WORKER_DIED = "the Ray worker running the training died"
WORKER_OUT_OF_MEMORY = "the Ray worker running the training ran out of memory"
CLUSTER_LOST = "the bot lost its connection to the Ray cluster"


@dataclass
class _RayRun:
    job_id: int
    actor: Any = None
    placement: Placement | None = None
    error: str = ""  # the trainer's error event
    cancel: asyncio.Event = field(default_factory=asyncio.Event)
    cancel_deadline: float | None = None
    ended: asyncio.Event = field(default_factory=asyncio.Event)


def actor_name(job_id: int, attempt: int) -> str:
    return f"mimicbird-job-{job_id}-{attempt}"


def forwarded_env(settings: Settings) -> dict[str, str]:
    """The non-secret settings a worker takes from the bot (its runtime_env), as a local trainer gets them."""
    env = {name: os.environ[name] for name in FORWARDED_ENV if os.environ.get(name)}
    if settings.wandb:
        env["WANDB_PROJECT"] = settings.wandb_project
    return env


class RayBackend:
    """Runs each job's trainer as a Ray actor (see the module docstring); a ``TrainerBackend``."""

    def __init__(self, settings: Settings, *, grace_s: float = 15.0, redactor: Redactor | None = None) -> None:
        self.settings = settings
        self.grace_s = grace_s
        self._redact = redactor or settings_redactor(settings)
        self.cluster = RayCluster(settings, self._redact)
        self._runs: dict[int, _RayRun] = {}
        self._early_cancels: set[int] = set()  # stopped after the queue claimed the job, before run() began

    # -- the TrainerBackend seam -------------------------------------------------------------------------
    async def start(self) -> None:
        """Join the cluster, waiting at most ``START_WAIT_S``: an unreachable cluster (Ray Client gives up after
        30 s) must not hold up the bot's start; jobs wait queued meanwhile and ``capacity()`` keeps trying."""
        if self.settings.ray_shared_dir is not None:
            shutil.rmtree(self.settings.ray_shared_dir / ".staging", ignore_errors=True)  # interrupted runs'
        await asyncio.wait({self.cluster.join()}, timeout=START_WAIT_S)

    def capacity(self) -> int:
        return self.cluster.capacity(self.settings.trainer_extra_args)

    async def run(self, job: JobRecord, output: Path, listener: TrainerListener) -> TrainerExit:
        run = _RayRun(job.id)
        self._runs[job.id] = run
        if job.id in self._early_cancels:
            self._early_cancels.discard(job.id)
            run.cancel.set()
        args = trainer_arguments(self.settings, job, output)
        log.info(kv("job.started", job=job.id, model=job.model_name or "-", attempt=job.attempts, backend="ray",
                    argv=" ".join(args)))
        try:
            await listener.started(None)
            return await self._train(run, job, args, output, listener)
        finally:
            self._runs.pop(job.id, None)
            run.ended.set()

    async def terminate(self, job_id: int) -> None:
        """Stop the job's training (its stop flag, ``ray.kill`` after the grace period); return once it ended."""
        run = self._runs.get(job_id)
        if run is None:
            self._early_cancels.add(job_id)
            return
        run.cancel.set()
        await run.ended.wait()

    async def reap_orphan(self, job: JobRecord) -> None:
        """Kill the actors of an interrupted job that outlived the bot that started them (by their names).

        Not joined yet: the job's next attempt does it before it starts (``_end_leftovers``)."""
        if self.cluster.connected:
            await self._end_leftovers(job.id, job.attempts)

    async def _end_leftovers(self, job_id: int, last_attempt: int) -> None:
        import ray

        for attempt in range(1, last_attempt + 1):
            name = actor_name(job_id, attempt)
            try:
                actor = ray.get_actor(name, namespace=NAMESPACE)
            except ValueError:
                continue
            log.warning(kv("ray.leftover_killed", job=job_id, attempt=attempt))
            with contextlib.suppress(Exception):
                ray.kill(actor, no_restart=True)
            for _ in range(50):  # gone before the retry starts, so it frees its CPUs (or GPU) first
                try:
                    ray.get_actor(name, namespace=NAMESPACE)
                except ValueError:
                    break
                await asyncio.sleep(0.2)

    def running(self, job_id: int) -> _RayRun | None:
        return self._runs.get(job_id)

    # -- one job ------------------------------------------------------------------------------------------
    async def _train(self, run: _RayRun, job: JobRecord, args: list[str], output: Path,
                     listener: TrainerListener) -> TrainerExit:
        import ray

        label = f"job-{job.id}-{job.attempts}"
        shared = self.settings.ray_shared_dir
        try:
            await self._end_leftovers(job.id, job.attempts - 1)  # an earlier bot's, if start-up could not
            if run.cancel.is_set():
                return TrainerExit(ok=False, reason="the trainer was stopped before it started")
            blobs = [(Path(job.input_path).name, self._read_input(Path(job.input_path)))] if job.input_path else []
            options: dict[str, Any] = dict(name=actor_name(job.id, job.attempts), namespace=NAMESPACE,
                                           max_restarts=0, max_task_retries=0, **self.cluster.resources(args))
            env = forwarded_env(self.settings)
            if env:
                options["runtime_env"] = {"env_vars": env}
            run.actor = self.cluster.actor_class.options(**options).remote(label, str(shared) if shared else None)
            log.info(kv("ray.submitted", job=job.id, attempt=job.attempts, gpus=options["num_gpus"],
                        cpus=options["num_cpus"]))
            secrets = ray.put(self._secrets())
            try:
                placement = await self._start(run, run.actor.start.remote(args, blobs, secrets))
            finally:
                del secrets, blobs
            if placement is None:
                return TrainerExit(ok=False, reason="training cancelled")
            log.info(kv("ray.started", job=job.id, node=placement.node_ip, node_id=placement.node_id[:12],
                        pid=placement.pid, gpus=",".join(placement.gpu_ids) or "-", cpus=placement.cpus))
            state = await self._follow(run, output, listener)
            if state == "done":
                return TrainerExit(ok=True)
            reason = run.error or ("training cancelled" if state == "cancelled" else "the trainer failed")
            return TrainerExit(ok=False, reason=one_line(self._redact(reason)))
        except TrainerError as exc:
            return TrainerExit(ok=False, reason=one_line(self._redact(str(exc))))
        except Exception as exc:
            return self._exit_of_error(run, exc)
        finally:
            await self._dispose(run)
            if shared is not None:
                shutil.rmtree(shared / ".staging" / label, ignore_errors=True)

    async def _start(self, run: _RayRun, ref: Any) -> Placement | None:
        """Wait for the actor to be placed and started; a cancel meanwhile (e.g. no GPU free yet) kills it."""
        import ray

        started = asyncio.ensure_future(self._get(run, ref))
        cancelled = asyncio.ensure_future(run.cancel.wait())
        try:
            await asyncio.wait({started, cancelled}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            cancelled.cancel()
        if not started.done():
            ray.kill(run.actor, no_restart=True)
            with contextlib.suppress(Exception):
                await started
            return None
        run.placement = started.result()
        return run.placement

    async def _follow(self, run: _RayRun, output: Path, listener: TrainerListener) -> str:
        """Poll the actor, handing its events to the queue in order, until it ends; returns its end state."""
        import ray

        cursor = 0
        while True:
            poll: Poll = await self._get(run, run.actor.poll.remote(cursor))
            for line in poll.lines:
                event = decode(line)
                if isinstance(event, DoneEvent):  # it names the worker's folder; the bot's copy is `output`
                    event = replace(event, model_dir=str(output))
                elif isinstance(event, ErrorEvent):
                    run.error = event.message
                if event is not None:
                    await listener.event(event)
            cursor = poll.cursor
            if poll.state in TERMINAL_STATES:
                if poll.state == "done":
                    await self._receive(run, poll, output)
                return poll.state
            if run.cancel.is_set():
                if run.cancel_deadline is None:
                    run.cancel_deadline = time.monotonic() + self.grace_s
                    run.actor.cancel.remote()
                elif time.monotonic() > run.cancel_deadline:
                    log.warning(kv("ray.killed", job=run.job_id, grace_s=self.grace_s))
                    ray.kill(run.actor, no_restart=True)
                    return "cancelled"
                await asyncio.sleep(POLL_INTERVAL_S)
            else:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(POLL_INTERVAL_S):  # (3.11's wait_for can swallow a cancel)
                        await run.cancel.wait()

    async def _receive(self, run: _RayRun, poll: Poll, output: Path) -> None:
        """Put the finished model folder at ``output``: from shared storage, or chunk by chunk."""
        shutil.rmtree(output, ignore_errors=True)
        if poll.shared_path:
            await asyncio.to_thread(_move_folder, self._shared_model_path(poll.shared_path), output)
            return
        info = ArchiveInfo.from_dict(poll.archive)
        receiver = ArchiveReceiver(info, output.parent, self.settings.ray_max_model_bytes)
        try:
            for index in range(info.chunks):
                receiver.write(index, await self._get(run, run.actor.read_chunk.remote(index)))
            await asyncio.to_thread(receiver.finish, output)
        finally:
            receiver.discard()
        log.info(kv("ray.model_received", job=run.job_id, bytes=info.size, chunks=info.chunks))

    def _shared_model_path(self, reported: str) -> Path:
        root = self.settings.ray_shared_dir
        path = Path(reported)
        if root is None or (root.resolve() / ".staging") not in path.resolve().parents or not path.is_dir():
            raise TrainerError("the worker reported its model outside the shared folder")
        return path

    async def _get(self, run: _RayRun, ref: Any) -> Any:
        """Await a Ray result; a worker that is briefly unreachable gets ``UNAVAILABLE_PATIENCE_S``."""
        import ray

        deadline = time.monotonic() + UNAVAILABLE_PATIENCE_S
        while True:
            try:
                return await asyncio.wrap_future(ref.future())
            except ray.exceptions.ActorUnavailableError:
                if time.monotonic() > deadline or run.cancel.is_set():
                    raise
                await asyncio.sleep(1.0)

    def _exit_of_error(self, run: _RayRun, exc: Exception) -> TrainerExit:
        import ray

        if run.cancel.is_set():
            return TrainerExit(ok=False, reason="training cancelled")
        if isinstance(exc, ray.exceptions.RuntimeEnvSetupError):
            return TrainerExit(ok=False, reason="a Ray worker could not set up the training's environment")
        if isinstance(exc, ray.exceptions.RayTaskError):  # an exception inside our actor's code
            log.error(kv("ray.actor_error", job=run.job_id, error=self._redact(str(exc))[-2000:]))
            return TrainerExit(ok=False, reason=f"the remote trainer failed ({type(exc.cause).__name__}); "
                                                "the bot's log has the details")
        if isinstance(exc, ray.exceptions.RayError):
            log.warning(kv("ray.worker_died", job=run.job_id, error=type(exc).__name__,
                           detail=one_line(self._redact(str(exc)).split("\n", 1)[0]) if str(exc) else None))
            out_of_memory = isinstance(exc, ray.exceptions.OutOfMemoryError)
            return TrainerExit(ok=False, reason=WORKER_OUT_OF_MEMORY if out_of_memory else WORKER_DIED, retry=True)
        if isinstance(exc, ConnectionError):  # Ray Client lost the cluster
            self.cluster.lost(exc)
            return TrainerExit(ok=False, reason=CLUSTER_LOST, retry=True)
        raise exc

    async def _dispose(self, run: _RayRun) -> None:
        """Let the actor remove its folder, then end it (its worker process exits, a GPU is freed)."""
        if run.actor is None:
            return
        import ray

        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.wrap_future(run.actor.close.remote().future()), self.grace_s)
        with contextlib.suppress(Exception):
            ray.kill(run.actor, no_restart=True)

    def _read_input(self, path: Path) -> bytes:
        if path.stat().st_size > self.settings.max_upload_bytes:
            raise TrainerError(f"{path.name} is larger than the upload limit")
        return path.read_bytes()

    def _secrets(self) -> dict[str, str]:
        settings = self.settings
        values = {"X_BEARER_TOKEN": secret_value(settings.x_bearer_token),
                  "HF_TOKEN": secret_value(settings.hf_token),
                  MASTODON_TOKENS_ENV: secret_value(settings.mastodon_tokens),
                  "WANDB_API_KEY": os.environ.get("WANDB_API_KEY") or None}  # a local trainer inherits it
        return {name: value for name, value in values.items() if value}


def _move_folder(source: Path, target: Path) -> None:
    """Rename (same file system) or copy then delete; ``target`` appears only when complete."""
    try:
        source.rename(target)
        return
    except OSError:
        pass
    tmp = target.with_name(f".{target.name}.copy")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(source, tmp, symlinks=False)
    tmp.rename(target)
    shutil.rmtree(source, ignore_errors=True)


__all__ = ["CLUSTER_LOST", "RayBackend", "WORKER_DIED", "WORKER_OUT_OF_MEMORY", "actor_name"]
