"""The bot's connection to a Ray cluster, and how many trainings fit on it (for ``ray_backend.py``).

* Joining: ``ray.init(MIMICBIRD_RAY_ADDRESS)`` in a worker thread, once per process (a test may have joined
  already). While the cluster cannot be reached the bot keeps serving chats, jobs wait queued (capacity 0),
  and it tries again every ``RECONNECT_EVERY_S`` (Ray Client itself gives up on an address after 30 s).
  A connection that breaks later is dropped and joined afresh the same way.
* Capacity: a training asks for ``MIMICBIRD_RAY_CPUS_PER_JOB`` CPUs, plus one GPU when the trainer arguments say
  ``--device cuda``, or ``auto`` on a cluster that has GPUs. The cluster holds as many as its total GPUs (or
  CPUs) allow, at most ``MIMICBIRD_RAY_MAX_CONCURRENT_JOBS``; re-read every few seconds, so a worker that joins
  is used at once. Totals, not what is free now: a training that waits for room is Ray's to schedule.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Sequence
from typing import Any

from bot.logging_setup import kv
from bot.settings import Settings
from trainer.errors import Redactor, one_line

log = logging.getLogger("bot.ray")

NAMESPACE = "mimicbird"  # the actors' names live here, so a restarted bot finds its leftovers
CAPACITY_CACHE_S = 5.0
RECONNECT_EVERY_S = 30.0


def trainer_device(args: Sequence[str]) -> str:
    """The last ``--device`` value in a trainer argument list (``auto`` when absent)."""
    device = "auto"
    for index, arg in enumerate(args):
        if arg == "--device" and index + 1 < len(args):
            device = args[index + 1]
        elif arg.startswith("--device="):
            device = arg.split("=", 1)[1]
    return device


class RayCluster:
    """Joins the cluster lazily and answers what a training asks for and how many fit."""

    def __init__(self, settings: Settings, redactor: Redactor) -> None:
        self.settings = settings
        self._redact = redactor
        self.connected = False
        self.actor_class: Any = None  # ray.remote(trainer.remote.RemoteTrainer), once joined
        self._next_attempt = 0.0
        self._joining: asyncio.Task[bool] | None = None
        self._capacity: tuple[float, int] | None = None

    async def ensure_connected(self) -> bool:
        """True when joined; else try (at most every ``RECONNECT_EVERY_S``) and say whether it worked."""
        if self.connected:
            return True
        if time.monotonic() < self._next_attempt:
            return False
        self._next_attempt = time.monotonic() + RECONNECT_EVERY_S
        try:
            await asyncio.to_thread(self._connect)
        except Exception as exc:
            log.warning(kv("ray.unreachable", address=self.address,
                           error=one_line(self._redact(f"{type(exc).__name__}: {exc}")), retry_s=RECONNECT_EVERY_S))
            return False
        self.connected = True
        return True

    def join(self) -> asyncio.Task[bool]:
        """The join under way, or a new ``ensure_connected`` (which answers at once when it is too soon)."""
        if self._joining is None or self._joining.done():
            self._joining = asyncio.get_running_loop().create_task(self.ensure_connected())
        return self._joining

    @property
    def address(self) -> str:
        return self.settings.ray_address.split("@", 1)[-1]  # never log credentials in an address

    def _connect(self) -> None:
        import ray

        if not ray.is_initialized():
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
            ray.init(address=self.settings.ray_address, namespace=NAMESPACE, log_to_driver=False,
                     logging_level=logging.WARNING, configure_logging=False)
        if self.actor_class is None:
            from trainer.remote import RemoteTrainer

            self.actor_class = ray.remote(RemoteTrainer)
        total = ray.cluster_resources()
        log.info(kv("ray.connected", address=self.address,
                    resources=",".join(f"{k}={v:g}" for k, v in sorted(total.items()) if k in ("CPU", "GPU"))))

    def lost(self, exc: BaseException) -> None:
        """The connection broke (the head restarted, a network cut): drop it; the next look joins afresh."""
        if self.connected:
            log.warning(kv("ray.disconnected", error=one_line(self._redact(f"{type(exc).__name__}: {exc}"))))
        self.connected = False
        self._capacity = None
        try:
            import ray

            ray.shutdown()
        except Exception:  # already gone
            pass

    def resources(self, args: Sequence[str], total: dict[str, float] | None = None) -> dict[str, float]:
        """What one training with these trainer arguments asks Ray for."""
        if total is None:
            import ray

            total = ray.cluster_resources()
        device = trainer_device(args)
        gpu = device == "cuda" or (device == "auto" and total.get("GPU", 0) >= 1)
        return {"num_cpus": self.settings.ray_cpus_per_job, "num_gpus": 1 if gpu else 0}

    def capacity(self, args: Sequence[str]) -> int:
        """Trainings the cluster can run at once (0 while unreachable or while no worker fits), at most the cap.

        Called from the event loop: while not joined it starts a join in the background and answers 0.
        """
        if not self.connected:
            self.join()
            return 0
        now = time.monotonic()
        if self._capacity is not None and now - self._capacity[0] < CAPACITY_CACHE_S:
            return self._capacity[1]
        import ray

        try:
            total = ray.cluster_resources()
        except Exception as exc:
            self.lost(exc)
            return 0
        wanted = self.resources(args, total)
        if wanted["num_gpus"]:
            fits = int(total.get("GPU", 0) // wanted["num_gpus"])
        elif wanted["num_cpus"] > 0:
            fits = int(total.get("CPU", 0) // wanted["num_cpus"])
        else:
            fits = self.settings.ray_max_concurrent_jobs
        value = max(0, min(self.settings.ray_max_concurrent_jobs, fits))
        if value == 0 and (self._capacity is None or self._capacity[1] != 0):  # say so once, not every look
            log.warning(kv("ray.no_room", cpus=wanted["num_cpus"], gpus=wanted["num_gpus"],
                           cluster=",".join(f"{k}={v:g}" for k, v in sorted(total.items()) if k in ("CPU", "GPU")),
                           note="jobs wait queued until a node that fits joins"))
        self._capacity = (now, value)
        return value


__all__ = ["NAMESPACE", "RayCluster", "trainer_device"]
