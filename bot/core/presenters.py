"""How the core shows things: models as huggingtweets-style cards, jobs as progress, lists as tables.

Every function here builds a ``Response`` (``responses.py``) from records; the handlers decide when to send.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.core.access import format_duration
from bot.core.responses import ModelSummary, Response
from bot.records import JobRecord, ModelRecord, Progress
from bot.training.queue import JobEvent
from trainer.evaluation.table import fidelity_summary, style_match_cell
from trainer.stats import data_table_rows

SAY_HINT_PROMPT = "My dream is"


def model_summary(model: ModelRecord) -> ModelSummary:
    stats = {h: {k: int(v) for k, v in s.items() if isinstance(v, int | float)} for h, s in model.stats.items()}
    return ModelSummary(name=model.name, handles=model.handles, display_names=model.display_names, stats=stats,
                        base_model=model.base_model, created_at=model.created_at, folder=model.folder)


def model_fidelity(model: ModelRecord) -> dict[str, Any] | None:
    """The voice fidelity figures in the model folder's ``mimicbird.json`` (None when not measured or unreadable)."""
    path = Path(model.folder) / "mimicbird.json"
    try:
        if path.stat().st_size > 1 << 20:
            return None
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fidelity = meta.get("fidelity") if isinstance(meta, dict) else None
    return fidelity if isinstance(fidelity, dict) else None


def data_table(model: ModelSummary) -> tuple[tuple[str, ...], ...]:
    """The huggingtweets data table (``trainer/stats.py``): one column per account, headed by its handle."""
    return tuple(data_table_rows([(f"@{h}", model.stats.get(h) or {}) for h in model.handles]))


def progress_line(job: JobRecord, position: int = 0) -> str:
    """``queued (place 2)``, ``train 41% · about 3 min left``, ``done: model lena``, ``failed: reason``."""
    if job.status == "queued":
        return f"queued (place {position} in the queue)" if position else "queued"
    if job.status == "running":
        p = job.progress
        parts = [p.stage or "starting"]
        if p.percent is not None:
            parts[0] += f" {p.percent:.0f}%"
        if p.eta_s is not None and p.eta_s > 0:
            parts.append(f"about {format_duration(p.eta_s)} left")
        if p.message:
            parts.append(p.message)
        return " · ".join(parts)
    if job.status == "done":
        return f"done: model {job.model_name}"
    if job.status == "failed":
        return f"failed: {job.error}"
    return "cancelled"


def job_started(job: JobRecord, text: str) -> Response:
    """The first message of a followed training job (later edited with its progress)."""
    return Response.of(text, kind="progress", title=f"Training {job.label}",
                       progress=Progress(stage=job.progress.stage or job.status, percent=job.progress.percent or 0.0))


def job_progress(job: JobRecord, position: int) -> Response:
    p = job.progress
    return Response.of(
        f"Job #{job.id}: training {job.label} — {progress_line(job, position)}",
        kind="progress", title=f"Training {job.label}",
        progress=Progress(stage=p.stage or job.status, percent=p.percent, eta_s=p.eta_s, message=p.message),
    )


def job_result(event: JobEvent) -> Response:
    """What a finished, failed or cancelled job's message ends with."""
    job = event.job
    if event.kind == "done" and event.model is not None:
        summary = model_summary(event.model)
        losses = ()
        if event.model.val_loss is not None:
            losses = (f"Validation loss {event.model.val_loss:.3f}"
                      + (f", train loss {event.model.train_loss:.3f}" if event.model.train_loss is not None else ""),)
        fidelity = model_fidelity(event.model)
        if fidelity:
            losses += (fidelity_summary(fidelity),)
        return Response.of(
            f"Model {summary.name} is ready ({summary.label}: {summary.title}).",
            kind="model", title=f"{summary.label}: {summary.title}", model=summary, table=data_table(summary),
            footnotes=(*losses, f"Try: /say {summary.name} {SAY_HINT_PROMPT}"),
            progress=Progress(stage="done", percent=100.0),
        )
    if event.kind == "cancelled":
        return Response.of(f"Job #{job.id} ({job.label}) was cancelled.",
                           progress=Progress(stage="cancelled", percent=job.progress.percent))
    return Response.of(f"Training job #{job.id} ({job.label}) failed: {job.error}", kind="error",
                       progress=Progress(stage="failed", percent=job.progress.percent, message=job.error))


def job_restarted(job: JobRecord) -> Response:
    """For the chat of a job a restart interrupted: it trains again from the start, or it failed."""
    if job.status == "failed":
        return Response.of(f"Training job #{job.id} ({job.label}) failed: {job.error}.", kind="error")
    return Response.of(f"The bot restarted; training job #{job.id} ({job.label}) again from the start.")


def model_reused(model: ModelRecord) -> Response:
    """``/train`` of an account whose model is fresh: the existing model's card."""
    summary = model_summary(model)
    return Response.of(
        f"{summary.name} was trained {format_duration(model.age_s())} ago, so I'm reusing it (add --force to train "
        "again).", kind="model", title=f"{summary.label}: {summary.title}", model=summary,
        table=data_table(summary), footnotes=(f"Try: /say {summary.name} {SAY_HINT_PROMPT}",),
    )


def samples(model: ModelRecord, texts: list[str] | tuple[str, ...]) -> Response:
    """Posts in a model's voice (``/say`` and scheduled posts), signed like a huggingtweets card."""
    summary = model_summary(model)
    return Response(kind="samples", title=f"{summary.label}: {summary.title}", model=summary, samples=tuple(texts))


def models_list(models: list[ModelRecord], current: str | None) -> Response:
    if not models:
        return Response.of("No models yet. Train one with /train @handle (try the sample @mb_lena_bakes).",
                           kind="list")
    rows: list[tuple[str, ...]] = [("Model", "Accounts", "Kept tweets", "Trained", "Base model", "Style match")]
    for model in models:
        rows.append((
            model.name + (" *" if model.name == current else ""),
            " & ".join(model.display_names) or ", ".join(f"@{h}" for h in model.handles),
            str(model.kept_tweets),
            f"{format_duration(model.age_s())} ago",
            model.base_model,
            style_match_cell(model_fidelity(model)),
        ))
    footnotes = ("* this chat's model for /say",) if current else ()
    footnotes += ("Style match: the share of the model's tweets a classifier takes for the account's own "
                  "(see the model card's Voice fidelity table)",)
    return Response(kind="list", title="Models", table=tuple(rows), footnotes=footnotes)


def queue_list(jobs: list[tuple[JobRecord, int]]) -> Response:
    """The running and queued jobs, each with its place in the queue."""
    if not jobs:
        return Response.of("The training queue is empty.", kind="list", title="Queue")
    rows: list[tuple[str, ...]] = [("Job", "Accounts", "Status")]
    rows += [(f"#{job.id}", job.label, progress_line(job, position)) for job, position in jobs]
    return Response(kind="list", title="Queue", table=tuple(rows))


__all__ = [
    "data_table", "job_progress", "job_restarted", "job_result", "job_started", "model_fidelity", "model_reused",
    "model_summary", "models_list",
    "progress_line", "queue_list", "samples",
]
