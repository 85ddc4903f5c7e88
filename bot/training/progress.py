"""The trainer's events as a job's progress: the one place the bot reads what a trainer says.

Stages and their weights come from ``trainer/events.py``: a stage that starts moves the job to that stage's
share of the run, a progress event within it moves it in proportion, and the figure never goes back.
``stats`` and ``metrics`` events are not needed here (the finished model's ``mimicbird.json`` has them);
``done`` and ``error`` end the run and are read by the backend and the queue.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.records import Progress
from trainer.events import ProgressEvent, StageEvent, TrainerEvent, WaitEvent, overall_percent

MESSAGE_LIMIT = 200


class JobProgress:
    """Follows one trainer's events; ``update`` answers the job's new progress, or None if it did not move."""

    def __init__(self, redact: Callable[[str], str]) -> None:
        self.stage = "starting"
        self.percent = 0.0
        self._redact = redact

    def update(self, event: TrainerEvent) -> Progress | None:
        message = ""
        eta_s: float | None = None
        if isinstance(event, StageEvent):
            self._reach(event.stage, 0.0)
            message = event.message
        elif isinstance(event, ProgressEvent):
            self._reach(event.stage, event.step / event.total if event.total else 0.0)
            if isinstance(event.loss, int | float):
                message = f"loss {float(event.loss):.3f}"
            eta_s = float(event.eta_s) if isinstance(event.eta_s, int | float) else None
        elif isinstance(event, WaitEvent):
            message = event.message or "waiting"
        else:
            return None
        return Progress(stage=self.stage, percent=round(min(self.percent, 99.0), 1), eta_s=eta_s,
                        message=self._redact(message)[:MESSAGE_LIMIT])

    def _reach(self, stage: str, fraction: float) -> None:
        self.stage = stage
        percent = overall_percent(stage, fraction)
        if percent is not None:
            self.percent = max(self.percent, percent)


__all__ = ["JobProgress"]
