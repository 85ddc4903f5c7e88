"""The trainer's event stream: what ``python -m trainer --progress json`` prints, one JSON object per line.

This module is the contract between the trainer and whoever runs it (the bot's training queue): the event
types, the stages with the share of a whole run each takes, and the JSON-lines encoding. The trainer's
reporters (``trainer/progress.py``) emit these events; the bot decodes them in one place
(``bot/training/progress.py``).

Every line is an object with an ``"event"`` key naming its type and the fields of that type:

``stage``     a stage begins (or says what it is doing): ``stage``, ``message``
``progress``  a step within a stage: ``stage``, ``step``, ``total``, ``loss``, ``tokens_per_s``, ``eta_s``
``wait``      waiting before going on (e.g. an X API rate limit): ``message``, ``seconds``
``stats``     what cleaning kept per account: ``accounts`` = {handle: {display_name, downloaded, retweets,
              short, duplicates, kept}} (see ``trainer/stats.py``)
``metrics``   the training result: ``train_loss``, ``val_loss``, ``perplexity``, ``tokens_per_s``, ``mfu``
``done``      the model is saved: ``model_name``, ``model_dir``, ``train_loss``, ``val_loss``, ``perplexity``,
              ``samples``, ``stats``, ``url`` (on the Hub, when pushed), ``fidelity`` (the ``fidelity`` object of
              mimicbird.json, see ``trainer/evaluation/report.py``; null with ``--no-eval``)
``error``     the one-line reason the run failed; always the last line of a failed run: ``message``
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Stage:
    """A stage of a training run and its share (percent) of the whole run, for one overall progress figure."""

    name: str
    weight: float


# In the order a run goes through them; the weights add up to 100. "evaluate" is the last validation and the
# voice fidelity evaluation (trainer/evaluation), which takes about a quarter of the training's time on a CPU.
STAGES: tuple[Stage, ...] = (
    Stage("fetch", 4), Stage("clean", 1), Stage("tokenize", 2), Stage("load_model", 5), Stage("train", 64),
    Stage("evaluate", 13), Stage("sample", 6), Stage("save", 4), Stage("push", 1),
)
STAGE_NAMES: tuple[str, ...] = tuple(stage.name for stage in STAGES)


def overall_percent(stage: str, fraction: float = 0.0) -> float | None:
    """Percent of the whole run done when ``stage`` is ``fraction`` (0..1) done; None for an unknown stage."""
    start = 0.0
    for known in STAGES:
        if known.name == stage:
            return start + min(max(fraction, 0.0), 1.0) * known.weight
        start += known.weight
    return None


@dataclass(frozen=True)
class StageEvent:
    kind: ClassVar[str] = "stage"
    stage: str
    message: str = ""


@dataclass(frozen=True)
class ProgressEvent:
    kind: ClassVar[str] = "progress"
    stage: str
    step: int
    total: int
    loss: float | None = None
    tokens_per_s: float | None = None
    eta_s: float | None = None


@dataclass(frozen=True)
class WaitEvent:
    kind: ClassVar[str] = "wait"
    message: str
    seconds: float


@dataclass(frozen=True)
class StatsEvent:
    kind: ClassVar[str] = "stats"
    accounts: dict[str, dict[str, Any]]


@dataclass(frozen=True)
class MetricsEvent:
    kind: ClassVar[str] = "metrics"
    train_loss: float | None = None
    val_loss: float | None = None
    perplexity: float | None = None
    tokens_per_s: float | None = None
    mfu: float | None = None


@dataclass(frozen=True)
class DoneEvent:
    kind: ClassVar[str] = "done"
    model_name: str
    model_dir: str
    train_loss: float | None = None
    val_loss: float | None = None
    perplexity: float | None = None
    samples: list[str] = field(default_factory=list)
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    url: str | None = None
    fidelity: dict[str, Any] | None = None  # the voice fidelity figures (trainer/evaluation), None when not measured


@dataclass(frozen=True)
class ErrorEvent:
    kind: ClassVar[str] = "error"
    message: str


TrainerEvent = StageEvent | ProgressEvent | WaitEvent | StatsEvent | MetricsEvent | DoneEvent | ErrorEvent

EVENT_TYPES: dict[str, type[TrainerEvent]] = {
    cls.kind: cls for cls in (StageEvent, ProgressEvent, WaitEvent, StatsEvent, MetricsEvent, DoneEvent, ErrorEvent)
}


def make_event(kind: str, **values: Any) -> TrainerEvent:
    """The event of type ``kind`` with these fields; ValueError for an unknown type, TypeError for a bad field."""
    cls = EVENT_TYPES.get(kind)
    if cls is None:
        raise ValueError(f"unknown trainer event {kind!r}")
    return cls(**values)


def encode(event: TrainerEvent) -> str:
    """One JSON line (with its newline); values JSON cannot hold (paths, NaN) are written as text or null."""
    data = {"event": event.kind, **{k: _plain(v) for k, v in asdict(event).items()}}
    return json.dumps(data, default=str) + "\n"


def decode(line: str | bytes) -> TrainerEvent | None:
    """The event on one line, or None when the line is not one (log output, an unknown type, bad fields)."""
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    cls = EVENT_TYPES.get(str(data.pop("event", "")))
    if cls is None:
        return None
    known = {f.name for f in fields(cls)}
    try:
        return cls(**{k: v for k, v in data.items() if k in known})
    except TypeError:  # a required field is missing
        return None


def _plain(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


__all__ = [
    "DoneEvent", "EVENT_TYPES", "ErrorEvent", "MetricsEvent", "ProgressEvent", "STAGES", "STAGE_NAMES", "Stage",
    "StageEvent", "StatsEvent", "TrainerEvent", "WaitEvent", "decode", "encode", "make_event", "overall_percent",
]
