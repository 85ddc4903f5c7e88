"""Training jobs on a Ray cluster (``MIMICBIRD_RAY_ADDRESS``), GPU-aware; the queue stays the source of truth.

The queue hands a job's trainer arguments (the same list ``python -m trainer`` gets locally) to ``run``, which
starts one ``trainer.remote.RemoteTrainer`` actor for it, forwards its ``--progress json`` lines, and puts the
finished model folder at the job's usual staging path, so the queue installs it exactly as a local result.

* Resources: ``num_gpus=1`` when the trainer arguments say ``--device cuda``, or ``auto`` on a cluster that has
  GPUs; ``MIMICBIRD_RAY_CPUS_PER_JOB`` CPUs always. ``capacity()`` is how many such trainings the cluster holds
  (its total GPUs or CPUs), capped by ``MIMICBIRD_RAY_MAX_CONCURRENT_JOBS``; the queue runs at most that many.
* The model comes back through the object store in checksummed chunks (``trainer/model_archive.py``), or through
  ``MIMICBIRD_RAY_SHARED_DIR`` when the bot and the workers mount one. Uploaded inputs go to the worker as
  bytes (bounded by the upload limit).
* Secrets (X and Hugging Face tokens, a W&B key, Mastodon tokens) go as one ``ray.put`` object, never in the task's arguments or
  ``runtime_env`` (Ray shows a runtime_env in its dashboard; see ``trainer/remote.py``).
* Cancel: the trainer's own stop flag through ``cancel()``, then ``ray.kill`` after the grace period.
* A worker process or node that dies mid-training is ``crashed``: the queue retries the job once, then reports
  it. The actors belong to the bot's Ray driver, so they die with the bot (as a local trainer does); the next
  start re-queues the job once, as for a local trainer, and first kills a leftover actor of it by name.

``import ray`` happens only here and only when a Ray address is set: the local default never imports it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from bot.logging_setup import Redactor, kv, secret_value
from bot.settings import Settings
from trainer.errors import TrainerError
from trainer.events import DoneEvent, decode, encode
from trainer.model_archive import ArchiveInfo, ArchiveReceiver
from trainer.remote import FORWARDED_ENV, TERMINAL_STATES, Placement, Poll

log = logging.getLogger("bot.ray")

NAMESPACE = "mimicbird"
POLL_INTERVAL_S = 0.5
UNAVAILABLE_PATIENCE_S = 60.0  # how long a worker may be unreachable before it counts as dead
CAPACITY_CACHE_S = 5.0
RECONNECT_EVERY_S = 30.0  # while the cluster cannot be reached, jobs wait queued and the bot tries again
WORKER_DIED = "the Ray worker running the training died"
CLUSTER_LOST = "the bot lost its connection to the Ray cluster"

OutcomeKind = Literal["done", "failed", "cancelled", "crashed"]


@dataclass(frozen=True)
class RayOutcome:
    """How a run ended. ``failed``: the trainer's error line was forwarded already (or ``reason`` says why)."""

    kind: OutcomeKind
    reason: str = ""


@dataclass
class _RayRun:
    job_id: int
    actor: Any = None
    placement: Placement | None = None
    cancel: asyncio.Event = field(default_factory=asyncio.Event)
    cancel_deadline: float | None = None


def actor_name(job_id: int, attempt: int) -> str:
    return f"mimicbird-job-{job_id}-{attempt}"


def trainer_device(args: Sequence[str]) -> str:
    """The last ``--device`` value in a trainer argument list (``auto`` when absent)."""
    device = "auto"
    for index, arg in enumerate(args):
        if arg == "--device" and index + 1 < len(args):
            device = args[index + 1]
        elif arg.startswith("--device="):
            device = arg.split("=", 1)[1]
    return device


def forwarded_env() -> dict[str, str]:
    """The non-secret settings a worker takes from the bot's environment (its runtime_env)."""
    return {name: os.environ[name] for name in FORWARDED_ENV if os.environ.get(name)}


class RayBackend:
    """Runs trainer jobs as Ray actors; see the module docstring."""

    def __init__(self, settings: Settings, *, grace_s: float = 15.0, redactor: Redactor | None = None) -> None:
        self.settings = settings
        self.grace_s = grace_s
        self._redactor = redactor or Redactor.from_settings(settings)
        self._runs: dict[int, _RayRun] = {}
        self._early_cancels: set[int] = set()  # cancelled after the queue claimed the job, before run() began
        self._actor_class: Any = None
        self._capacity: tuple[float, int] | None = None
        self.connected = False
        self._next_attempt = 0.0

    # -- connection and capacity ---------------------------------------------------------------------------
    async def ensure_connected(self) -> bool:
        """Join the cluster unless joined; while it cannot be reached, try again every ``RECONNECT_EVERY_S``
        (the bot keeps serving chats; jobs stay queued). Ray Client gives up on an address after 30 s."""
        if self.connected:
            return True
        if time.monotonic() < self._next_attempt:
            return False
        self._next_attempt = time.monotonic() + RECONNECT_EVERY_S
        try:
            await asyncio.to_thread(self.connect)
        except Exception as exc:
            log.warning(kv("ray.unreachable", address=_redact_address(self.settings.ray_address),
                           error=self._redactor(f"{type(exc).__name__}: {exc}")[:300], retry_s=RECONNECT_EVERY_S))
            return False
        self.connected = True
        return True

    def connect(self) -> None:
        """Join the cluster at ``settings.ray_address`` (once per process; a test may have joined already)."""
        import ray

        if not ray.is_initialized():
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
            ray.init(address=self.settings.ray_address, namespace=NAMESPACE, log_to_driver=False,
                     logging_level=logging.WARNING, configure_logging=False)
        if self._actor_class is None:
            from trainer.remote import RemoteTrainer

            self._actor_class = ray.remote(RemoteTrainer)
        log.info(kv("ray.connected", address=_redact_address(self.settings.ray_address),
                    resources=_resources_text(ray.cluster_resources())))

    def wants_gpu(self, args: Sequence[str], total: dict[str, float]) -> bool:
        device = trainer_device(args)
        return device == "cuda" or (device == "auto" and total.get("GPU", 0) >= 1)

    def resources(self, args: Sequence[str], total: dict[str, float] | None = None) -> dict[str, float]:
        import ray

        total = total if total is not None else ray.cluster_resources()
        return {"num_cpus": self.settings.ray_cpus_per_job, "num_gpus": 1 if self.wants_gpu(args, total) else 0}

    def capacity(self, args: Sequence[str]) -> int:
        """Trainings the cluster can run at once (0 while it has no worker that fits), at most the cap."""
        now = time.monotonic()
        if not self.connected:
            return 0
        if self._capacity is not None and now - self._capacity[0] < CAPACITY_CACHE_S:
            return self._capacity[1]
        import ray

        try:
            total = ray.cluster_resources()
        except Exception as exc:  # the connection is gone (the head restarted, a network cut)
            self._lost(exc)
            return 0
        wanted = self.resources(args, total)
        if wanted["num_gpus"]:
            fits = int(total.get("GPU", 0) // wanted["num_gpus"])
        elif wanted["num_cpus"] > 0:
            fits = int(total.get("CPU", 0) // wanted["num_cpus"])
        else:
            fits = self.settings.ray_max_concurrent_jobs
        value = max(0, min(self.settings.ray_max_concurrent_jobs, fits))
        self._capacity = (now, value)
        return value

    # -- one job --------------------------------------------------------------------------------------------
    async def run(self, job_id: int, attempt: int, args: Sequence[str], inputs: Sequence[Path], output: Path,
                  on_line: Callable[[str], Awaitable[None]]) -> RayOutcome:
        """Train on the cluster; on ``done`` the model folder is at ``output``."""
        import ray

        run = _RayRun(job_id)
        self._runs[job_id] = run
        if job_id in self._early_cancels:
            self._early_cancels.discard(job_id)
            run.cancel.set()
        label = f"job-{job_id}-{attempt}"
        shared = self.settings.ray_shared_dir
        try:
            if run.cancel.is_set():
                return RayOutcome("cancelled")
            blobs = [(path.name, self._read_input(path)) for path in inputs]
            options: dict[str, Any] = dict(name=actor_name(job_id, attempt), namespace=NAMESPACE,
                                           max_restarts=0, max_task_retries=0, **self.resources(args))
            env = forwarded_env()
            if env:
                options["runtime_env"] = {"env_vars": env}
            run.actor = self._actor_class.options(**options).remote(label, str(shared) if shared else None)
            log.info(kv("ray.submitted", job=job_id, attempt=attempt, gpus=options["num_gpus"],
                        cpus=options["num_cpus"]))
            secrets = ray.put(self._secrets())
            try:
                placement = await self._start(run, run.actor.start.remote(list(args), blobs, secrets))
            finally:
                del secrets, blobs
            if placement is None:
                return RayOutcome("cancelled")
            log.info(kv("ray.started", job=job_id, node=placement.node_ip, node_id=placement.node_id[:12],
                        pid=placement.pid, gpus=",".join(placement.gpu_ids) or "-", cpus=placement.cpus))
            return await self._follow(run, output, on_line)
        except TrainerError as exc:
            return RayOutcome("failed", str(exc))
        except Exception as exc:
            return self._outcome_of_error(run, exc)
        finally:
            self._runs.pop(job_id, None)
            await self._dispose(run)
            if shared is not None:
                shutil.rmtree(shared / ".staging" / label, ignore_errors=True)

    async def cancel(self, job_id: int) -> None:
        """Ask a run to stop; ``run`` returns ``cancelled`` (killed after ``grace_s`` if it does not stop)."""
        run = self._runs.get(job_id)
        if run is not None:
            run.cancel.set()
        else:
            self._early_cancels.add(job_id)

    def running(self, job_id: int) -> _RayRun | None:
        return self._runs.get(job_id)

    async def kill_leftover(self, job_id: int, attempts: int) -> None:
        """Kill actors of an interrupted job that outlived the bot that started them (by their names)."""
        import ray

        if not self.connected:
            return

        for attempt in range(1, attempts + 1):
            try:
                actor = ray.get_actor(actor_name(job_id, attempt), namespace=NAMESPACE)
            except ValueError:
                continue
            log.warning(kv("ray.leftover_killed", job=job_id, attempt=attempt))
            with contextlib.suppress(Exception):
                ray.kill(actor, no_restart=True)
            for _ in range(50):  # gone before the retry starts, so it frees its CPUs (or GPU) first
                try:
                    ray.get_actor(actor_name(job_id, attempt), namespace=NAMESPACE)
                except ValueError:
                    break
                await asyncio.sleep(0.2)

    def sweep_shared_staging(self) -> None:
        """Model folders that interrupted runs left in shared storage (their actors are gone)."""
        if self.settings.ray_shared_dir is not None:
            shutil.rmtree(self.settings.ray_shared_dir / ".staging", ignore_errors=True)

    # -- internals -------------------------------------------------------------------------------------------
    async def _follow(self, run: _RayRun, output: Path, on_line: Callable[[str], Awaitable[None]]) -> RayOutcome:
        import ray

        cursor = 0
        while True:
            poll: Poll = await self._get(run, run.actor.poll.remote(cursor))
            for line in poll.lines:
                await on_line(_local_done(line, output))
            cursor = poll.cursor
            if poll.state in TERMINAL_STATES:
                if poll.state == "done":
                    await self._receive(run, poll, output)
                return RayOutcome(poll.state)  # type: ignore[arg-type]
            if run.cancel.is_set():
                if run.cancel_deadline is None:
                    run.cancel_deadline = time.monotonic() + self.grace_s
                    run.actor.cancel.remote()
                elif time.monotonic() > run.cancel_deadline:
                    log.warning(kv("ray.killed", job=run.job_id, grace_s=self.grace_s))
                    ray.kill(run.actor, no_restart=True)
                    return RayOutcome("cancelled")
                await asyncio.sleep(POLL_INTERVAL_S)
            else:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(POLL_INTERVAL_S):
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

    def _outcome_of_error(self, run: _RayRun, exc: Exception) -> RayOutcome:
        import ray

        if run.cancel.is_set():
            return RayOutcome("cancelled")
        if isinstance(exc, ray.exceptions.RuntimeEnvSetupError):
            return RayOutcome("failed", "a Ray worker could not set up the training's environment")
        if isinstance(exc, ray.exceptions.RayTaskError):  # an exception inside our actor's code
            log.error(kv("ray.actor_error", job=run.job_id, error=self._redactor(str(exc))[-2000:]))
            return RayOutcome("failed", f"the remote trainer failed ({type(exc.cause).__name__}); "
                                        "the bot's log has the details")
        if isinstance(exc, ray.exceptions.RayError):
            log.warning(kv("ray.worker_died", job=run.job_id, error=type(exc).__name__,
                           detail=self._redactor(str(exc)).splitlines()[0][:300] if str(exc) else None))
            return RayOutcome("crashed", WORKER_DIED)
        if isinstance(exc, ConnectionError):  # Ray Client lost the cluster
            self._lost(exc)
            return RayOutcome("crashed", CLUSTER_LOST)
        raise exc

    def _lost(self, exc: Exception) -> None:
        if self.connected:
            log.warning(kv("ray.disconnected", error=self._redactor(f"{type(exc).__name__}: {exc}")[:300]))
        self.connected = False
        self._capacity = None
        with contextlib.suppress(Exception):
            import ray

            ray.shutdown()  # the next ensure_connected joins afresh

    async def _dispose(self, run: _RayRun) -> None:
        """Let the actor remove its folder, then end it (its worker process exits, a GPU is freed)."""
        import ray

        if run.actor is None:
            return
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.wrap_future(run.actor.close.remote().future()), self.grace_s)
        with contextlib.suppress(Exception):
            ray.kill(run.actor, no_restart=True)

    def _read_input(self, path: Path) -> bytes:
        size = path.stat().st_size
        if size > self.settings.max_upload_bytes:
            raise TrainerError(f"{path.name} is larger than the upload limit")
        return path.read_bytes()

    def _secrets(self) -> dict[str, str]:
        settings = self.settings
        values = {"X_BEARER_TOKEN": secret_value(settings.x_bearer_token),
                  "HF_TOKEN": secret_value(settings.hf_token),
                  # a local trainer inherits these from the bot's environment
                  "WANDB_API_KEY": os.environ.get("WANDB_API_KEY") or None,
                  "MIMICBIRD_MASTODON_TOKENS": os.environ.get("MIMICBIRD_MASTODON_TOKENS") or None}
        return {name: value for name, value in values.items() if value}


def _local_done(line: str, output: Path) -> str:
    """The ``done`` event names the worker's folder; the bot's copy is at ``output``."""
    event = decode(line) if '"done"' in line else None
    if isinstance(event, DoneEvent):
        return encode(replace(event, model_dir=str(output))).rstrip("\n")
    return line


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


def _redact_address(address: str) -> str:
    return address.split("@", 1)[-1]  # never log credentials in an address


def _resources_text(total: dict[str, float]) -> str:
    return ",".join(f"{k}={v:g}" for k, v in sorted(total.items()) if k in ("CPU", "GPU"))
