"""The seam between the training queue and what runs the trainer.

The queue (``queue.py``) decides which job trains when and keeps the job's state; a ``TrainerBackend`` runs
one job's trainer and reports what it says. ``trainer_process.LocalTrainer`` runs ``python -m trainer`` as a
subprocess on this machine; ``ray_backend.RayBackend`` runs it on a Ray cluster (``MIMICBIRD_RAY_ADDRESS``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.records import JobRecord
from trainer.events import TrainerEvent


class TrainerListener(Protocol):
    """What a backend tells the queue while a job trains."""

    async def started(self, pid: int | None) -> None:
        """The trainer is running (``pid``: its process, where there is one, so a crash can clean up)."""

    async def event(self, event: TrainerEvent) -> None:
        """One event of the trainer's stream (``trainer/events.py``), in order."""


@dataclass(frozen=True)
class TrainerExit:
    """How a trainer ended: ``ok`` when it wrote its model; else ``reason``, one line for the user.

    ``retry``: the machine under it failed (a cluster worker died), not the training: worth one more attempt.
    """

    ok: bool
    reason: str = ""
    retry: bool = False


class TrainerBackend(Protocol):
    async def start(self) -> None:
        """Before the queue's first job (e.g. join a cluster); must not fail: a backend that cannot run
        jobs yet says so with ``capacity() == 0``."""

    def capacity(self) -> int:
        """How many jobs may train at once now (asked before each claim; 0: keep them queued for now)."""

    async def run(self, job: JobRecord, output: Path, listener: TrainerListener) -> TrainerExit:
        """Train ``job`` into the folder ``output`` and return when the trainer has ended.

        The trainer writes ``output`` atomically (it exists only when the model is complete). Secrets reach
        it only through its environment, never its arguments.
        """

    async def terminate(self, job_id: int) -> None:
        """Stop the job's trainer (politely, then by force) and return once it has ended; no-op if none runs."""

    async def reap_orphan(self, job: JobRecord) -> None:
        """At start-up, for a job a crash left ``running``: make sure none of its trainers still runs."""


__all__ = ["TrainerBackend", "TrainerExit", "TrainerListener"]
