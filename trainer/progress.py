"""How the trainer reports what it is doing: the events of ``trainer/events.py``, rendered two ways.

* ``JsonReporter`` (``--progress json``): one JSON object per event and line on stdout, read by the bot's queue.
* ``BarReporter`` (a terminal): the same events as a tqdm progress bar and short log lines on stderr.

Code reports with ``reporter.stage(...)``, ``reporter.progress(...)`` or ``reporter.emit(kind, **fields)``
(fields as the event type of that kind declares them); each becomes a typed event passed to ``report``,
which a reporter implements.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any

from tqdm import tqdm

from trainer.events import (
    ErrorEvent,
    MetricsEvent,
    ProgressEvent,
    StageEvent,
    TrainerEvent,
    WaitEvent,
    encode,
    make_event,
)


class Reporter:
    """Base reporter: subclasses render events in ``report``."""

    def report(self, event: TrainerEvent) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def emit(self, event: str, **fields: Any) -> None:
        """Report the event of type ``event`` with these fields (TypeError/ValueError when they do not fit)."""
        self.report(make_event(event, **fields))

    def stage(self, stage: str, message: str = "") -> None:
        self.emit("stage", stage=stage, message=message)

    def progress(
        self,
        stage: str,
        step: int,
        total: int,
        loss: float | None = None,
        tokens_per_s: float | None = None,
        eta_s: float | None = None,
    ) -> None:
        self.emit("progress", stage=stage, step=step, total=total, loss=loss, tokens_per_s=tokens_per_s, eta_s=eta_s)

    def close(self) -> None:
        pass


class JsonReporter(Reporter):
    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stdout

    def report(self, event: TrainerEvent) -> None:
        self.stream.write(encode(event))
        self.stream.flush()


class NullReporter(Reporter):
    def report(self, event: TrainerEvent) -> None:
        pass


class BarReporter(Reporter):
    """A human rendering: a tqdm bar per long stage, one line per other event, on stderr."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self._bar: tqdm | None = None
        self._bar_stage: str | None = None

    def _close_bar(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
            self._bar_stage = None

    def _line(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream, flush=True)

    def report(self, event: TrainerEvent) -> None:
        if isinstance(event, ProgressEvent):
            if self._bar is None or self._bar_stage != event.stage:
                self._close_bar()
                self._bar = tqdm(total=event.total, desc=event.stage, file=self.stream, unit="step",
                                 dynamic_ncols=True)
                self._bar_stage = event.stage
            self._bar.total = event.total
            self._bar.n = event.step
            postfix = {}
            if event.loss is not None:
                postfix["loss"] = f"{event.loss:.3f}"
            if event.tokens_per_s is not None:
                postfix["tok/s"] = f"{event.tokens_per_s:.0f}"
            self._bar.set_postfix(postfix, refresh=False)
            self._bar.refresh()
        elif isinstance(event, StageEvent):
            self._close_bar()
            self._line(f"[{time.strftime('%H:%M:%S')}] {event.stage}: {event.message}".rstrip(": "))
        elif isinstance(event, WaitEvent):
            self._line(f"waiting {event.seconds:.0f} s: {event.message}")
        elif isinstance(event, MetricsEvent):
            self._close_bar()
            values = {"train_loss": event.train_loss, "val_loss": event.val_loss, "perplexity": event.perplexity,
                      "tokens_per_s": event.tokens_per_s, "mfu": event.mfu}
            self._line("metrics: " + " ".join(f"{k}={v:.4g}" for k, v in values.items() if v is not None))
        elif isinstance(event, ErrorEvent):
            self._close_bar()
            self._line(f"error: {event.message}")
        # "stats" and "done" are printed by the command line itself (tables, samples).

    def close(self) -> None:
        self._close_bar()


def make_reporter(mode: str) -> Reporter:
    """``mode`` is ``json``, ``bar``, ``none`` or ``auto`` (a bar on a terminal, JSON otherwise)."""
    if mode == "auto":
        mode = "bar" if sys.stderr.isatty() else "none"
    if mode == "json":
        return JsonReporter()
    if mode == "bar":
        return BarReporter()
    return NullReporter()
