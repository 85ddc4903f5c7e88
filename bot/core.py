"""The platform-neutral command core: every command of every frontend goes through ``CommandCore.handle``.

A frontend turns a platform event into a ``Caller``, the command text, an optional ``Upload`` and a
``Conversation`` to answer into; the core checks access and limits, talks to the job queue, the registry and
the speaker, and answers with ``Response`` objects (``bot/messages.py``). It knows no platform types.

Refusals and errors are ``Response(kind="error", private=True)`` with one polite line. An unexpected
exception never reaches a user: they get a short apology with an error id that is also in the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
import logging
import re
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.access import (
    AccessPolicy,
    RateLimiter,
    format_duration,
    rate_phrase,
    refusal_not_allowed,
    refusal_opted_out,
    refusal_prompt_too_long,
    refusal_queue_full,
    refusal_rate_limited,
)
from bot.commands import Command, CommandError, help_text, parse_command
from bot.generation import GenerationError
from bot.jobs import JobEvent, JobQueue, QueueFull, TrainRequest
from bot.logging_setup import kv, secret_value
from bot.messages import Caller, Conversation, Frontend, ModelSummary, Progress, Reply, Response
from bot.settings import Settings
from bot.store import JobRecord, ModelRecord, Store
from trainer.stats import data_table_rows

log = logging.getLogger("bot.core")

TRAINER_SOURCE = {None: "auto", "sample": "sample", "x": "x", "upload": "auto"}


class Refused(Exception):
    """A polite one-line refusal for the caller."""


def model_summary(model: ModelRecord) -> ModelSummary:
    stats = {h: {k: int(v) for k, v in s.items() if isinstance(v, (int, float))} for h, s in model.stats.items()}
    return ModelSummary(name=model.name, handles=model.handles, display_names=model.display_names, stats=stats,
                        base_model=model.base_model, created_at=model.created_at)


def data_table(model: ModelSummary) -> tuple[tuple[str, ...], ...]:
    """The huggingtweets data table (``trainer/stats.py``): one column per account, headed by its handle."""
    return tuple(data_table_rows([(f"@{h}", model.stats.get(h) or {}) for h in model.handles]))


def render_table(rows: tuple[tuple[str, ...], ...] | list[tuple[str, ...]]) -> str:
    """Rows as aligned plain text (first row is the header)."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def progress_line(job: JobRecord, position: int = 0) -> str:
    """``queued (place 2)``, ``train 41% · about 3 min left``, ``done: model lena``, ``failed: reason``."""
    if job.status == "queued":
        return f"queued (place {position} in the queue)" if position else "queued"
    if job.status == "running":
        p = job.progress
        parts = [p.stage or "starting"]
        if p.percent is not None:
            parts[0] += f" {p.percent:.0f}%"
        if p.eta is not None and p.eta > 0:
            parts.append(f"about {format_duration(p.eta)} left")
        if p.message:
            parts.append(p.message)
        return " · ".join(parts)
    if job.status == "done":
        return f"done: model {job.model_name}"
    if job.status == "failed":
        return f"failed: {job.error}"
    return "cancelled"


def _error(text: str) -> Response:
    return Response(text=text, kind="error", private=True)


class CommandCore:
    """Runs commands for every frontend. ``scheduler`` (optional) serves /schedule, /schedules, /unschedule."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        queue: JobQueue,
        speaker: Any,
        *,
        generator: Any = None,
        access: AccessPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        scheduler: Any = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.queue = queue
        self.speaker = speaker
        self.generator = generator if generator is not None else getattr(speaker, "generator", None)
        self.access = access or AccessPolicy(settings)
        self.scheduler = scheduler
        self.frontends: dict[str, Frontend] = {}
        self.train_limiter = RateLimiter(settings.train_per_user_per_day, 86400, clock)
        self.say_limiter = RateLimiter(settings.say_per_user_per_minute, 60, clock)
        self._tracked: dict[int, int] = {}  # job id -> live progress messages following it (until it ends)
        self._tasks: set[asyncio.Task[Any]] = set()
        queue.subscribe(self._on_job_event)

    # -- what frontends call ------------------------------------------------------------------------------
    def attach_frontend(self, frontend: Frontend) -> None:
        """Let the core post to a platform without a command (a job that finished after a restart)."""
        self.frontends[frontend.platform] = frontend

    def model_names(self, prefix: str = "") -> list[str]:
        """Model names starting with ``prefix`` (autocomplete)."""
        return [m.name for m in self.store.models(prefix.strip().lstrip("@").lower())]

    def summary(self, model_name: str) -> ModelSummary:
        """A model's summary for styling an answer; KeyError when there is no such model."""
        model = self.store.get_model(model_name)
        if model is None:
            raise KeyError(model_name)
        return model_summary(model)

    async def handle(self, caller: Caller, text: str, conversation: Conversation, upload: Any = None) -> None:
        """Run one command and answer into ``conversation`` (never raises for the caller's sake)."""
        error_id = uuid.uuid4().hex[:8]
        name = "?"
        try:
            try:
                command = self._parse(text, upload)
            except CommandError as error:
                await conversation.send(_error(str(error)))
                return
            name = command.name
            log.info(kv("command", name=name, user=caller.user_key, chat=caller.chat_key,
                        upload=upload.filename if upload is not None else None))
            handler = getattr(self, f"_cmd_{name}")
            await handler(caller, command, conversation, upload)
        except Refused as refusal:
            log.info(kv("command.refused", name=name, user=caller.user_key, reason=str(refusal)))
            await conversation.send(_error(str(refusal)))
        except Exception:
            log.exception(kv("command.crashed", name=name, user=caller.user_key, error_id=error_id))
            with contextlib.suppress(Exception):
                await conversation.send(_error(
                    f"Sorry, something went wrong on my side (error id {error_id}); the bot's admins can look it up."
                ))

    def _parse(self, text: str, upload: Any) -> Command:
        # An uploaded archive may come without a handle: its account.js names the account.
        return parse_command(text, known_models=self.model_names(), max_handles=self.settings.max_handles,
                             has_upload=upload is not None)

    # -- /train ---------------------------------------------------------------------------------------------
    async def _cmd_train(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        if not self.access.can_train(caller):
            raise Refused(refusal_not_allowed("train models"))
        for handle in command.handles:
            if self.access.is_opted_out(handle):
                raise Refused(refusal_opted_out(handle))
        input_path: Path | None = None
        input_hash: str | None = None
        if upload is not None:
            input_path, input_hash = self._save_upload(upload)
        elif command.source == "upload":
            raise Refused("Attach the file to train on (a Twitter archive .zip, tweets.js, or a JSONL/CSV file).")
        if command.source == "x" and secret_value(self.settings.x_bearer_token) is None:
            raise Refused("The X API is not configured on this bot (no bearer token); upload an archive "
                          "or try a sample account such as @mb_lena_bakes.")
        request = TrainRequest(
            handles=command.handles, requested_by=caller.user_key, chat_key=caller.chat_key,
            source=TRAINER_SOURCE.get(command.source, "auto"), input_path=input_path, input_hash=input_hash,
            force=command.force,
        )
        try:
            submission = self.queue.submit(request, admit=lambda: self._admit_training(caller))
        except QueueFull:
            self._discard_upload(input_path)
            raise Refused(refusal_queue_full(self.settings.max_queue)) from None
        except Refused:
            self._discard_upload(input_path)
            raise
        if submission.outcome == "exists":
            assert submission.model is not None
            summary = model_summary(submission.model)
            self._default_model(caller.chat_key, summary.name)
            await conversation.send(Response(
                text=(f"{summary.name} was trained {format_duration(submission.model.age_s())} ago, so I'm reusing it"
                      f" (add --force to train again).\n{render_table(data_table(summary))}\n"
                      f"Try: /say {summary.name} My dream is"),
                kind="model", title=f"{summary.label}: {summary.title}", model=summary, table=data_table(summary),
            ))
            return
        job = submission.job
        assert job is not None
        if submission.outcome == "joined":
            self._discard_upload(input_path)
            text = (f"That request is already {'training' if job.status == 'running' else 'queued'} as job "
                    f"#{job.id}; I'll follow it here. {progress_line(job, submission.position)}")
        elif submission.position <= 1 and not self.queue.running_job_ids():
            text = f"Job #{job.id}: training a model on {job.label}; starting now."
        else:
            text = f"Job #{job.id}: training a model on {job.label}; place {submission.position} in the queue."
        reply = await conversation.send(Response(
            text=text, kind="progress", title=f"Training {job.label}",
            progress=Progress(stage=job.progress.stage or job.status, percent=job.progress.percent or 0.0),
        ))
        self._follow(job, reply)

    def _admit_training(self, caller: Caller) -> None:
        """Called by the queue only when a new job would start: the per-user /train limit."""
        if self.access.is_admin(caller):
            return
        wait = self.train_limiter.hit(caller.user_key)
        if wait is not None:
            what = "train " + rate_phrase(self.settings.train_per_user_per_day, "model", 86400)
            raise Refused(refusal_rate_limited(what, wait))

    def _save_upload(self, upload: Any) -> tuple[Path, str]:
        data: bytes = upload.data
        limit = self.settings.max_upload_bytes
        if len(data) > limit:
            raise Refused(f"That file is {_size(len(data))}; the limit is {_size(limit)}.")
        if not data:
            raise Refused("That file is empty.")
        digest = hashlib.sha256(data).hexdigest()
        name = re.sub(r"[^A-Za-z0-9._-]", "_", Path(upload.filename or "upload").name).lstrip(".")[-80:] or "upload"
        folder = self.settings.uploads_dir
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{digest[:16]}-{name}"
        if not path.exists():
            tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:6]}")
            tmp.write_bytes(data)
            tmp.replace(path)
        return path, digest

    def _discard_upload(self, path: Path | None) -> None:
        """Remove a saved upload that no queued or running job uses."""
        if path is None or any(j.input_path == str(path) for j in self.store.jobs(("queued", "running"))):
            return
        with contextlib.suppress(OSError):
            path.unlink()

    # -- following a job: one message, edited ---------------------------------------------------------------
    def _follow(self, job: JobRecord, reply: Reply) -> None:
        tracker = _ProgressMessage(self, job, reply, self.settings.progress_interval_s)
        self._tracked[job.id] = self._tracked.get(job.id, 0) + 1
        tracker.unsubscribe = self.queue.subscribe(tracker.on_event, job.id)
        current = self.store.get_job(job.id)  # it may have finished between submit and subscribe
        if current is not None and not current.active:
            self._spawn(tracker.on_event(JobEvent(_terminal_kind(current.status), current,
                                                  self.store.get_model(current.model_name))))

    def job_final_response(self, event: JobEvent) -> Response:
        """What a finished, failed or cancelled job's message ends with."""
        job = event.job
        if event.kind == "done" and event.model is not None:
            summary = model_summary(event.model)
            table = data_table(summary)
            losses = ""
            if event.model.val_loss is not None:
                losses = f"\nValidation loss {event.model.val_loss:.3f}"
                if event.model.train_loss is not None:
                    losses += f", train loss {event.model.train_loss:.3f}"
            return Response(
                text=(f"Model {summary.name} is ready ({summary.label}: {summary.title}).\n"
                      f"{render_table(table)}{losses}\nTry: /say {summary.name} My dream is"),
                kind="model", title=f"{summary.label}: {summary.title}", model=summary, table=table,
                progress=Progress(stage="done", percent=100.0),
            )
        if event.kind == "cancelled":
            return Response(text=f"Job #{job.id} ({job.label}) was cancelled.", kind="info",
                            progress=Progress(stage="cancelled", percent=job.progress.percent))
        return Response(text=f"Training job #{job.id} ({job.label}) failed: {job.error}", kind="error",
                        progress=Progress(stage="failed", percent=job.progress.percent, message=job.error))

    def job_progress_response(self, job: JobRecord) -> Response:
        p = job.progress
        return Response(
            text=f"Job #{job.id}: training {job.label} — {progress_line(job, self.store.queue_position(job.id))}",
            kind="progress", title=f"Training {job.label}",
            progress=Progress(stage=p.stage or job.status, percent=p.percent, eta_s=p.eta, message=p.message),
        )

    async def _on_job_event(self, event: JobEvent) -> None:
        """Every job's events: a new model replaces any cached copy; results nobody follows are posted."""
        if event.kind == "done" and event.model is not None:
            await self._evict(event.model.folder)
            self._default_model(event.job.chat_key, event.model.name)
        if event.kind in ("done", "failed", "cancelled") and not self._tracked.pop(event.job.id, 0):
            platform, _, chat_id = event.job.chat_key.partition(":")
            frontend = self.frontends.get(platform)
            if frontend is not None:
                try:
                    await frontend.post(chat_id, self.job_final_response(event))
                except Exception:
                    log.exception(kv("job.post_failed", job=event.job.id, chat=event.job.chat_key))

    def _default_model(self, chat_key: str, name: str) -> None:
        """A chat with no /use model gets its first trained model as the default."""
        if self.store.current_model(chat_key) is None:
            self.store.set_current_model(chat_key, name)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- /say -----------------------------------------------------------------------------------------------
    async def _cmd_say(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        if not self.access.can_say(caller):
            raise Refused(refusal_not_allowed("use /say"))
        model = self._say_model(caller, command.model)
        prompt = command.prompt
        if len(prompt) > self.settings.max_prompt_chars:
            raise Refused(refusal_prompt_too_long(len(prompt), self.settings.max_prompt_chars))
        for handle in model.handles:
            if self.access.is_opted_out(handle):
                raise Refused(refusal_opted_out(handle))
        if not self.access.is_admin(caller):
            wait = self.say_limiter.hit(caller.user_key)
            if wait is not None:
                what = "ask for " + rate_phrase(self.settings.say_per_user_per_minute, "sample", 60)
                raise Refused(refusal_rate_limited(what, wait))
        started = time.perf_counter()
        try:
            samples = await self.speaker.say(Path(model.folder), prompt, self.settings.say_samples)
        except GenerationError as error:
            log.error(kv("say.failed", model=model.name, error=str(error)))
            raise Refused(f"Sorry, {model.name} can't speak right now ({error}); an admin may need to "
                          "retrain it.") from None
        log.info(kv("say", model=model.name, user=caller.user_key, prompt_chars=len(prompt), samples=len(samples),
                    ms=round((time.perf_counter() - started) * 1000)))
        summary = model_summary(model)
        if not samples:
            raise Refused(f"{model.name} couldn't write anything new for that prompt (its tries copied its "
                          "training tweets or came out empty); try another prompt.")
        await conversation.send(Response(
            text="\n\n".join(samples) + f"\n— {summary.label} · {summary.title} ({summary.name})",
            kind="samples", title=f"{summary.label}: {summary.title}", model=summary, samples=tuple(samples),
        ))

    def _say_model(self, caller: Caller, name: str | None) -> ModelRecord:
        if name is None:
            name = self.store.current_model(caller.chat_key)
        if name is None:
            models = self.store.models()
            if not models:
                raise Refused("No model is trained yet: try /train @mb_lena_bakes (a sample account).")
            if len(models) > 1:
                raise Refused("Which model? Pick one with /use <model> or write /say <model> <prompt>; "
                              "/models lists them.")
            name = models[0].name
        model = self.store.get_model(name)
        if model is None:
            raise Refused(f"There is no model named {name}; /models lists them.")
        return model

    # -- models ---------------------------------------------------------------------------------------------
    async def _cmd_use(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        model = self._known_model(command.model)
        self.store.set_current_model(caller.chat_key, model.name)
        summary = model_summary(model)
        await conversation.send(Response(
            text=f"/say in this chat now speaks as {model.name} ({summary.title}).", model=summary,
            title=f"{summary.label}: {summary.title}",
        ))

    async def _cmd_models(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        models = self.store.models()
        if not models:
            await conversation.send(Response(
                text="No models yet. Train one with /train @handle (try the sample @mb_lena_bakes).", kind="list"))
            return
        current = self.store.current_model(caller.chat_key)
        rows: list[tuple[str, ...]] = [("Model", "Accounts", "Kept tweets", "Trained", "Base model")]
        for model in models:
            rows.append((
                model.name + (" *" if model.name == current else ""),
                " & ".join(model.display_names) or ", ".join(f"@{h}" for h in model.handles),
                str(model.kept_tweets),
                f"{format_duration(model.age_s())} ago",
                model.base_model,
            ))
        table = tuple(rows)
        footer = "\n* this chat's model for /say" if current else ""
        await conversation.send(Response(text=render_table(table) + footer, kind="list", title="Models", table=table))

    async def _cmd_forget(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        model = self._known_model(command.model)
        if not (self.access.can_forget(caller) or (model.requested_by == caller.user_key
                                                    and self.access.can_train(caller))):
            raise Refused(refusal_not_allowed("delete models"))
        await self._evict(model.folder)
        self.store.delete_model(model.name)
        folder = Path(model.folder)
        if folder.resolve().parent == self.settings.models_dir.resolve():
            await asyncio.to_thread(shutil.rmtree, folder, True)
        hook = getattr(self.scheduler, "on_model_forgotten", None)
        if hook is not None:
            try:
                result = hook(model.name)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception(kv("scheduler.forget_hook_failed", model=model.name))
        log.info(kv("model.forgotten", model=model.name, user=caller.user_key))
        await conversation.send(Response(text=f"Forgot {model.name}: its model and data are deleted."))

    def _known_model(self, name: str | None) -> ModelRecord:
        model = self.store.get_model(name) if name else None
        if model is None:
            raise Refused(f"There is no model named {name}; /models lists them.")
        return model

    async def _evict(self, folder: str) -> None:
        evict = getattr(self.generator, "evict", None)
        if evict is None:
            return
        result = evict(Path(folder))
        if inspect.isawaitable(result):
            await result

    # -- jobs -----------------------------------------------------------------------------------------------
    def _pick_job(self, caller: Caller, job_id: int | None, *, active_only: bool) -> JobRecord:
        if job_id is not None:
            job = self.store.get_job(job_id)
            if job is None:
                raise Refused(f"There is no job #{job_id}; /queue lists the jobs.")
            return job
        mine = self.store.jobs(("queued", "running"), requested_by=caller.user_key, newest_first=True, limit=1)
        if not mine and not active_only:
            mine = self.store.jobs(requested_by=caller.user_key, newest_first=True, limit=1)
        if not mine:
            raise Refused("You have no training job " + ("waiting or running" if active_only else "yet")
                          + "; /queue lists all jobs.")
        return mine[0]

    async def _cmd_status(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        job = self._pick_job(caller, command.job_id, active_only=False)
        if job.active:
            await conversation.send(self.job_progress_response(job))
            return
        model = self.store.get_model(job.model_name) if job.status == "done" else None
        if model is not None:
            await conversation.send(self.job_final_response(JobEvent("done", job, model)))
            return
        await conversation.send(Response(text=f"Job #{job.id} ({job.label}): {progress_line(job)}",
                                         kind="error" if job.status == "failed" else "info"))

    async def _cmd_queue(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        jobs = self.store.jobs(("running", "queued"))
        jobs.sort(key=lambda j: (j.status != "running", j.id))
        if not jobs:
            await conversation.send(Response(text="The training queue is empty.", kind="list", title="Queue"))
            return
        rows: list[tuple[str, ...]] = [("Job", "Accounts", "Status")]
        for job in jobs:
            rows.append((f"#{job.id}", job.label, progress_line(job, self.store.queue_position(job.id))))
        table = tuple(rows)
        await conversation.send(Response(text=render_table(table), kind="list", title="Queue", table=table))

    async def _cmd_cancel(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        job = self._pick_job(caller, command.job_id, active_only=True)
        if not self.access.can_cancel(caller, job.requested_by):
            raise Refused(refusal_not_allowed("cancel other people's jobs"))
        if not job.active:
            raise Refused(f"Job #{job.id} is already {job.status}.")
        final = await self.queue.cancel(job.id)
        if final is not None and final.status == "cancelled":
            await conversation.send(Response(text=f"Cancelled job #{job.id} ({job.label})."))
        else:
            status = final.status if final is not None else "gone"
            await conversation.send(Response(text=f"Job #{job.id} ended before I could cancel it ({status})."))

    # -- help and scheduling ----------------------------------------------------------------------------------
    async def _cmd_help(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        await conversation.send(Response(text=help_text(command.prompt), kind="help", title="mimicbird"))

    async def _cmd_schedule(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        await self._scheduler_call("create", caller, command, conversation)

    async def _cmd_schedules(self, caller: Caller, command: Command, conversation: Conversation, upload: Any) -> None:
        await self._scheduler_call("list", caller, None, conversation)

    async def _cmd_unschedule(self, caller: Caller, command: Command, conversation: Conversation,
                              upload: Any) -> None:
        await self._scheduler_call("remove", caller, command, conversation)

    async def _scheduler_call(self, method: str, caller: Caller, command: Command | None,
                              conversation: Conversation) -> None:
        if self.scheduler is None:
            raise Refused("Scheduling is not enabled on this bot.")
        call = getattr(self.scheduler, method)
        response = await (call(caller) if command is None else call(caller, command))
        await conversation.send(response)


class _ProgressMessage:
    """Edits one message with a job's progress, at most every ``interval`` seconds, then its result."""

    def __init__(self, core: CommandCore, job: JobRecord, reply: Reply, interval: float) -> None:
        self.core = core
        self.job_id = job.id
        self.reply = reply
        self.interval = interval
        self.unsubscribe: Callable[[], None] = lambda: None
        self._last_edit = time.monotonic()
        self._latest: JobRecord | None = None
        self._pending: asyncio.Task[None] | None = None
        self._finished = False
        self._lock = asyncio.Lock()

    async def on_event(self, event: JobEvent) -> None:
        if self._finished:
            return
        if event.kind in ("started", "progress"):
            self._latest = event.job
            if self._pending is None or self._pending.done():
                delay = max(0.0, self._last_edit + self.interval - time.monotonic())
                self._pending = asyncio.create_task(self._edit_later(delay))
            return
        self._finished = True  # a pending progress edit sees this and does nothing
        self.unsubscribe()
        async with self._lock:
            try:
                await self.reply.edit(self.core.job_final_response(event))
            except Exception:
                log.exception(kv("job.edit_failed", job=self.job_id, event=event.kind))

    async def _edit_later(self, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        async with self._lock:
            job = self._latest
            if job is None or self._finished:
                return
            self._last_edit = time.monotonic()
            try:
                await self.reply.edit(self.core.job_progress_response(job))
            except Exception:
                log.warning(kv("job.edit_failed", job=self.job_id, event="progress"))


def _terminal_kind(status: str) -> Any:
    return {"done": "done", "failed": "failed", "cancelled": "cancelled"}.get(status, "progress")


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"


__all__ = ["CommandCore", "Refused", "data_table", "model_summary", "progress_line", "render_table"]
