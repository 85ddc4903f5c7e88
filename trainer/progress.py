"""How the trainer reports what it is doing.

Two renderings of the same events:

* ``JsonReporter`` (``--progress json``): one JSON object per line on stdout, read by the bot's queue.
  Every object has an ``"event"`` key:

  ``stage``     ``{"event": "stage", "stage": S, "message": str}`` where S is one of
                ``fetch clean tokenize load_model train evaluate sample save push``
  ``progress``  ``{"event": "progress", "stage": S, "step": int, "total": int,
                "loss": float|None, "tokens_per_s": float|None, "eta_s": float|None}``
  ``wait``      ``{"event": "wait", "message": str, "seconds": float}`` (e.g. an X API rate limit)
  ``stats``     ``{"event": "stats", "accounts": {handle: {"display_name", "downloaded", "retweets",
                "short", "duplicates", "kept"}}}``
  ``metrics``   ``{"event": "metrics", "train_loss", "val_loss", "perplexity", "tokens_per_s", "mfu"}``
  ``done``      ``{"event": "done", "model_name": str, "model_dir": str, "train_loss", "val_loss",
                "perplexity", "samples": [str], "stats": {...as in stats...}}``
  ``error``     ``{"event": "error", "message": str}`` — the one-line reason, also the last line.

* ``BarReporter`` (a terminal): the same events as a tqdm progress bar and short log lines on stderr.
"""

from __future__ import annotations

import json
import sys
import time
from typing import IO, Any

from tqdm import tqdm

STAGES = ("fetch", "clean", "tokenize", "load_model", "train", "evaluate", "sample", "save", "push")


class Reporter:
    """Base reporter: subclasses render events. ``emit`` is the single entry point."""

    def emit(self, event: str, **fields: Any) -> None:  # pragma: no cover - interface
        raise NotImplementedError

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

    def emit(self, event: str, **fields: Any) -> None:
        self.stream.write(json.dumps({"event": event, **fields}, default=str) + "\n")
        self.stream.flush()


class NullReporter(Reporter):
    def emit(self, event: str, **fields: Any) -> None:
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

    def emit(self, event: str, **fields: Any) -> None:
        if event == "progress":
            stage, total = fields["stage"], fields["total"]
            if self._bar is None or self._bar_stage != stage:
                self._close_bar()
                self._bar = tqdm(total=total, desc=stage, file=self.stream, unit="step", dynamic_ncols=True)
                self._bar_stage = stage
            self._bar.total = total
            self._bar.n = fields["step"]
            postfix = {}
            if fields.get("loss") is not None:
                postfix["loss"] = f"{fields['loss']:.3f}"
            if fields.get("tokens_per_s") is not None:
                postfix["tok/s"] = f"{fields['tokens_per_s']:.0f}"
            self._bar.set_postfix(postfix, refresh=False)
            self._bar.refresh()
            return
        if event == "stage":
            self._close_bar()
            self._line(f"[{time.strftime('%H:%M:%S')}] {fields['stage']}: {fields.get('message', '')}".rstrip(": "))
        elif event == "wait":
            self._line(f"waiting {fields['seconds']:.0f} s: {fields['message']}")
        elif event == "metrics":
            self._close_bar()
            parts = [f"{k}={v:.4g}" for k, v in fields.items() if isinstance(v, (int, float))]
            self._line("metrics: " + " ".join(parts))
        elif event == "error":
            self._close_bar()
            self._line(f"error: {fields['message']}")
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
