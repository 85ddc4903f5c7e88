"""What the training queue is asked and what it answers: requests, submissions, job events, refusals."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.records import JobRecord, ModelRecord
from bot.training.install import refusal_not_owner
from trainer.errors import TrainerError
from trainer.handles import model_name as handles_model_name

EventKind = Literal["started", "progress", "done", "failed", "cancelled"]
TERMINAL_EVENTS = ("done", "failed", "cancelled")


class QueueFull(Exception):
    """The queue already holds ``settings.max_queue`` waiting jobs."""


class NotOwner(Exception):
    """The request would replace a model someone else owns; ``str()`` is one line."""

    def __init__(self, model: ModelRecord) -> None:
        super().__init__(refusal_not_owner(model.name))
        self.model = model


def refusal_fresh(name: str, age_s: float) -> str:
    """The one line for an upload (or a DID) that names a model trained lately, without ``--force``."""
    minutes = max(age_s, 0) / 60
    age = f"{minutes:.0f} min" if minutes < 120 else (f"{minutes / 60:.0f} h" if minutes < 2880
                                                       else f"{minutes / 1440:.0f} days")
    return f"{name} was trained {age} ago: /say {name} uses it; add --force to train it again"


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
    may_replace: bool = False  # an admin asked: may replace a model someone else owns

    @property
    def model_name(self) -> str:
        """The model's name; empty when the trainer names it (an upload's account.js, a Bluesky DID)."""
        if not self.handles or any(handle.startswith("did:") for handle in self.handles):
            return ""
        try:
            return handles_model_name(self.handles)
        except TrainerError:
            return ""

    @property
    def request_key(self) -> str:
        """Equal keys while a job is queued or running mean the same request (the second joins the first)."""
        if self.input_hash:
            return f"upload:{self.input_hash}"
        return f"train:{self.model_name or ' '.join(sorted(self.handles))}|{self.source}"


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


__all__ = ["TERMINAL_EVENTS", "EventKind", "JobCallback", "JobEvent", "NotOwner", "QueueFull", "Submission",
           "TrainRequest", "refusal_fresh"]
