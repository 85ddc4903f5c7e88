"""The records the bot keeps in its store (``bot/store.py``): training jobs with their progress, models, schedules,
and the messages of conversations with personas."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

JOB_STATUSES = ("queued", "running", "done", "failed", "cancelled")
ACTIVE_STATUSES = ("queued", "running")


@dataclass(frozen=True)
class Progress:
    """How far a training job is: its stage, percent of the whole run, estimated seconds left, a short note."""

    stage: str = ""
    percent: float | None = None  # 0..100
    eta_s: float | None = None
    message: str = ""


@dataclass(frozen=True)
class JobRecord:
    id: int
    status: str
    handles: tuple[str, ...]
    model_name: str
    source: str
    input_path: str | None
    request_key: str
    force: bool
    requested_by: str
    chat_key: str
    created_at: float
    started_at: float | None = None
    finished_at: float | None = None
    progress: Progress = field(default_factory=Progress)
    error: str = ""
    attempts: int = 0
    pid: int | None = None
    may_replace: bool = False  # asked by an admin: may replace a model someone else owns

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def label(self) -> str:
        """``@a @b.bsky.social @c@mastodon.social`` (a DID as it is; ``an upload`` when an archive names it)."""
        return " ".join(h if h.startswith("did:") else f"@{h}" for h in self.handles) or "an upload"


@dataclass(frozen=True)
class ModelRecord:
    """A trained model. ``requested_by`` is its owner: who trained it first (a retrain keeps the owner).

    ``folder`` is absolute; the store keeps it relative to the data directory.
    """

    name: str
    handles: tuple[str, ...]
    display_names: tuple[str, ...]
    folder: str
    created_at: str  # ISO 8601 UTC
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    base_model: str = ""
    requested_by: str = ""
    train_loss: float | None = None
    val_loss: float | None = None

    @property
    def kept_tweets(self) -> int:
        return sum(int(s.get("kept", 0)) for s in self.stats.values())

    def age_s(self, now: float | None = None) -> float:
        """Seconds since the model was created (infinite when the date cannot be read)."""
        try:
            created = datetime.fromisoformat(self.created_at.replace("Z", "+00:00"))
        except ValueError:
            return float("inf")
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        return (now if now is not None else time.time()) - created.timestamp()


@dataclass(frozen=True)
class Schedule:
    """A scheduled post: what model posts where, when (``<when>`` text and time zone), and how it went."""

    id: int
    platform: str
    chat_id: str
    model: str
    when: str  # "every 2h" or five cron fields (bot/scheduling/triggers.py reads it)
    timezone: str
    prompt: str
    created_by: str
    destination: str  # a poster's to= word: chat, x, ...
    enabled: bool
    disabled_reason: str
    created_at: str
    last_run_at: str | None
    last_error: str
    next_run_at: float | None = None  # unix seconds

    @property
    def label(self) -> str:
        """``#3 (lena, every 2h)``: how messages name a schedule."""
        return f"#{self.id} ({self.model}, {self.when})"


@dataclass(frozen=True)
class TalkMessage:
    """A message of a chat's conversation with a persona: one it answered (``heard``) or posted (``said``)."""

    chat_key: str
    message_id: str
    role: str  # "heard" or "said"
    model: str
    author: str
    text: str
    reply_to: str | None
    at: float  # unix seconds


def utc_now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


__all__ = ["ACTIVE_STATUSES", "JOB_STATUSES", "JobRecord", "ModelRecord", "Progress", "Schedule", "TalkMessage",
           "utc_now_iso"]
