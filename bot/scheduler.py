"""Scheduled posts: ``/schedule <model> <when> [prompt]``, ``/schedules``, ``/unschedule <id>``.

How it fits together:

- APScheduler 3.x ``AsyncIOScheduler`` with a ``SQLAlchemyJobStore`` on the project's SQLite file keeps *when*
  each schedule fires next. Every job is ``bot.scheduler:fire_schedule(<schedule id>)`` (an importable name and
  one int argument, since the job store pickles them) with the fixed id ``schedule-<id>``, ``coalesce=True``
  and a misfire grace time: a restart after downtime posts a missed schedule at most once (and not at all
  when the last missed time is older than the grace time).
- The ``schedules`` table (same file, owned here) keeps *what* to post and where: platform, chat, model,
  the ``when`` text, time zone, prompt, destination (``chat`` or ``x``), who created it, enabled, last error.
- A post: ``speaker.say(model_dir, prompt, 1)`` (the ``/say`` filters: ≤280 characters, no verbatim
  training tweets, no pings, AI marker) → ``Response(kind="samples")`` → ``frontends[platform].post``; or,
  for destination ``x``, tweepy ``Client.create_tweet`` with the configured user-context credentials,
  labelled ``(automated)``. A failed post is retried with exponential back-off, then reported once in the
  chat and in the log; nothing raised by a post ever reaches the scheduler.
- A forgotten model (``on_model_forgotten``, or a missing model at fire time) disables its schedules and
  tells each affected chat.

``<when>``: ``every <n><s|m|h|d>`` → ``IntervalTrigger``; five cron fields → ``CronTrigger`` in the
schedule's time zone (``settings.timezone``, or a leading ``tz=Area/City`` word in the prompt), built by
``bot.commands.cron_trigger`` (the same function that validates ``/schedule``): cron weekday numbers follow
crontab (0 or 7 = Sunday), not APScheduler 3's Monday-based numbering. A leading ``to=x``
word sends the posts to X instead of the chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.core.access import AccessPolicy, format_duration, refusal_not_allowed, refusal_opted_out
from bot.core.commands import USAGE, Command, CommandError, cron_trigger
from bot.core.presenters import render_table, samples
from bot.core.responses import Caller, Frontend, Response
from bot.generation.postprocess import trim_to, weighted_length
from bot.logging_setup import Redactor, kv
from bot.records import ModelRecord, utc_now_iso
from bot.settings import Settings
from bot.store import Store

logger = logging.getLogger(__name__)

JOB_FUNC = "bot.scheduler:fire_schedule"
JOBSTORE_TABLE = "apscheduler_jobs"
X_LABEL = "(automated)"
X_MAX_CHARS = 280
DESTINATIONS = ("chat", "x")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schedules (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT NOT NULL,               -- Caller.platform: console, discord, telegram
    chat_id         TEXT NOT NULL,               -- where it was created; chat posts and reports go there
    model           TEXT NOT NULL,
    when_text       TEXT NOT NULL,               -- "every 2h" or five cron fields, as parsed
    timezone        TEXT NOT NULL,               -- IANA name, e.g. UTC, Europe/Berlin
    prompt          TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL,               -- Caller.user_key
    destination     TEXT NOT NULL DEFAULT 'chat' CHECK (destination IN ('chat', 'x')),
    enabled         INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,               -- ISO 8601 UTC
    last_run_at     TEXT,                        -- last successful post
    last_error      TEXT NOT NULL DEFAULT ''     -- '' after a success; set (and reported once) on failure
);
CREATE INDEX IF NOT EXISTS schedules_chat ON schedules (platform, chat_id, enabled);
CREATE INDEX IF NOT EXISTS schedules_model ON schedules (model, enabled)
"""

_INTERVAL = re.compile(r"every (\d{1,9})([smhd])")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_OPTION = re.compile(r"^(tz|to)=(\S+)$", re.IGNORECASE)
_CRON_GAP_SAMPLES = 60  # fire times checked for the minimum gap of a cron expression

# The running service, for the job function (APScheduler stores only "bot.scheduler:fire_schedule" + the id).
_active_service: ScheduleService | None = None


class Speaker(Protocol):
    async def say(self, model_dir: Path, prompt: str, n: int) -> list[str]: ...


class ScheduleError(ValueError):
    """A schedule request that cannot be honoured; ``str()`` is one polite line for the user."""


class _NotRetryable(RuntimeError):
    """A post failure that another attempt cannot fix (no frontend for the platform, X not configured)."""


@dataclass(frozen=True)
class Schedule:
    """One row of the ``schedules`` table."""

    id: int
    platform: str
    chat_id: str
    model: str
    when: str
    timezone: str
    prompt: str
    created_by: str
    destination: str
    enabled: bool
    disabled_reason: str
    created_at: str
    last_run_at: str | None
    last_error: str

    @property
    def job_id(self) -> str:
        return job_id(self.id)

    @property
    def label(self) -> str:
        """``#3 (lena, every 2h)`` — how messages name a schedule."""
        return f"#{self.id} ({self.model}, {self.when})"


def job_id(schedule_id: int) -> str:
    """The fixed APScheduler job id of a schedule."""
    return f"schedule-{schedule_id}"


async def fire_schedule(schedule_id: int) -> None:
    """The APScheduler job: post one scheduled sample through the running service. Never raises."""
    service = _active_service
    if service is None:
        logger.warning(kv("schedule.no_service", schedule=schedule_id))
        return
    await service.fire(schedule_id)


# -- parsing <when> -------------------------------------------------------------------------------------------
def parse_timezone(name: str) -> ZoneInfo:
    """An IANA time zone (``UTC``, ``Europe/Berlin``), or ScheduleError."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(
            f"I don't know the time zone {name[:40]!r}; use a name like UTC, Europe/Berlin or America/New_York."
        ) from None


def build_trigger(when: str, timezone: ZoneInfo) -> BaseTrigger:
    """``every 2h`` → IntervalTrigger; five cron fields → CronTrigger in ``timezone``; else ScheduleError."""
    match = _INTERVAL.fullmatch(when.strip().lower())
    if match:
        seconds = int(match.group(1)) * _UNIT_S[match.group(2)]
        if seconds <= 0:
            raise ScheduleError("The interval must be longer than zero.")
        return IntervalTrigger(seconds=seconds, timezone=timezone)
    fields = when.split()
    if len(fields) != 5:
        raise ScheduleError(
            f"I can't read the schedule {when[:40]!r}; use 'every 2h', 'every 30m' or a cron expression "
            "like '0 9 * * *'."
        )
    try:
        return cron_trigger(when, timezone)
    except CommandError as error:
        raise ScheduleError(str(error)) from None


def shortest_gap_s(trigger: BaseTrigger, now: datetime, samples: int = _CRON_GAP_SAMPLES) -> float | None:
    """The shortest time between the next ``samples`` fire times (None: it fires at most once)."""
    if isinstance(trigger, IntervalTrigger):
        return trigger.interval.total_seconds()
    times: list[datetime] = []
    previous: datetime | None = None
    moment = now
    for _ in range(samples):
        fire = trigger.get_next_fire_time(previous, moment)
        if fire is None:
            break
        times.append(fire)
        previous, moment = fire, fire + timedelta(microseconds=1)
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    return min(gaps) if gaps else None


def x_post_text(sample: str, marker: str) -> str:
    """A sample labelled for X as automated (``… — 🤖 AI (automated)``), within X's 280 weighted characters."""
    label = f" {X_LABEL}"
    if weighted_length(sample + label) <= X_MAX_CHARS:
        return sample + label
    suffix = f" — {marker}" if marker and sample.endswith(f" — {marker}") else ""
    body = sample[: len(sample) - len(suffix)] if suffix else sample
    return trim_to(body, X_MAX_CHARS - weighted_length(suffix + label)) + suffix + label


# -- the service ----------------------------------------------------------------------------------------------
class ScheduleService:
    """Owns the schedules table and the APScheduler instance; the core delegates the three commands here.

    ``frontends`` maps ``Caller.platform`` → a running ``Frontend``; a dict is shared, not copied, so frontends
    attached later (``services.attach``) are reachable.
    ``x_client`` is a ``tweepy.Client`` (tests pass one redirected to a fake X API); by default one is built
    from the settings' OAuth 1.0a keys or OAuth 2.0 user token when X posting is configured. A failed post is
    tried ``max_attempts`` times in all, waiting ``backoff_s * 2**n`` (at most ``max_backoff_s``, or longer
    when the platform says when to retry) in between. A post whose platform has no frontend yet waits up to
    ``frontend_wait_s`` for it (a missed post fires as soon as the service starts, before the frontends).
    """

    def __init__(
        self,
        settings: Settings,
        store_or_db_path: Store | Path | str,
        speaker: Speaker,
        frontends: Mapping[str, Frontend] | None = None,
        *,
        access: AccessPolicy | None = None,
        x_client: Any | None = None,
        max_attempts: int = 4,
        backoff_s: float = 30.0,
        max_backoff_s: float = 15 * 60.0,
        misfire_grace_s: int = 3600,
        frontend_wait_s: float = 120.0,
    ) -> None:
        self.settings = settings
        if isinstance(store_or_db_path, Store):
            self.store = store_or_db_path
            self._owns_store = False
        else:
            self.store = Store(store_or_db_path)
            self._owns_store = True
        self.db_path = self.store.path
        self.speaker = speaker
        # the same dict as the core's frontends when given one, so frontends attached later are seen here too
        self.frontends: dict[str, Frontend] = frontends if isinstance(frontends, dict) else dict(frontends or {})
        self.access = access or AccessPolicy(settings)
        self.max_attempts = max(1, max_attempts)
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.misfire_grace_s = misfire_grace_s
        self.frontend_wait_s = frontend_wait_s
        self.default_timezone = settings.timezone
        parse_timezone(settings.timezone)  # a bad MIMICBIRD_TIMEZONE fails at start-up, not at the first post
        self._x_client = x_client
        self._redact = Redactor.from_settings(settings)
        self._db = sqlite3.connect(self.db_path, isolation_level=None, check_same_thread=False, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.executescript(_SCHEMA)
        self._scheduler: AsyncIOScheduler | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- life cycle -------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Open the job store, reconcile it with the schedules table, and start firing (needs a running loop)."""
        global _active_service
        if self._scheduler is not None:
            return
        jobstore = SQLAlchemyJobStore(
            url=f"sqlite:///{self.db_path}", tablename=JOBSTORE_TABLE,
            engine_options={"connect_args": {"timeout": 30}},
        )
        scheduler = AsyncIOScheduler(
            jobstores={"default": jobstore},
            job_defaults={"coalesce": True, "misfire_grace_time": self.misfire_grace_s, "max_instances": 1},
            timezone=ZoneInfo(self.default_timezone),
        )
        scheduler.start(paused=True)
        self._scheduler = scheduler
        _active_service = self
        self._reconcile()
        scheduler.resume()
        logger.info(kv("scheduler.started", schedules=len(self._rows("enabled = 1")), jobs=len(scheduler.get_jobs())))

    async def shutdown(self) -> None:
        """Stop firing (posts in flight are cancelled; their next run is already stored) and close the DB."""
        global _active_service
        scheduler, self._scheduler = self._scheduler, None
        if _active_service is self:
            _active_service = None
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=False)
            for _ in range(3):  # AsyncIOScheduler shuts down on the next loop iteration
                await asyncio.sleep(0)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self._db.close()
        if self._owns_store:
            self.store.close()
        logger.info(kv("scheduler.stopped"))

    def _reconcile(self) -> None:
        """Jobs for enabled schedules that lack one; no job for a schedule that is gone or disabled.

        Existing jobs are kept as stored, so their next run time (and a missed run) survives the restart.
        """
        assert self._scheduler is not None
        enabled = {row.job_id: row for row in self._rows("enabled = 1")}
        for job in self._scheduler.get_jobs():
            if job.id.startswith("schedule-") and job.id not in enabled:
                job.remove()
                logger.info(kv("schedule.orphan_job_removed", job=job.id))
        stored = {job.id for job in self._scheduler.get_jobs()}
        for jid, row in enabled.items():
            if jid not in stored:
                try:
                    self._add_job(row)
                except ScheduleError as error:
                    self._set(row.id, enabled=0, disabled_reason=str(error))
                    logger.warning(kv("schedule.disabled", schedule=row.id, reason=str(error)))

    def _add_job(self, row: Schedule) -> None:
        assert self._scheduler is not None
        trigger = build_trigger(row.when, parse_timezone(row.timezone))
        self._scheduler.add_job(
            JOB_FUNC, trigger=trigger, args=(row.id,), id=row.job_id, name=f"schedule {row.label}",
            replace_existing=True, coalesce=True, misfire_grace_time=self.misfire_grace_s, max_instances=1,
        )

    def _remove_job(self, schedule_id: int) -> None:
        if self._scheduler is None:
            return
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(job_id(schedule_id))

    @property
    def apscheduler(self) -> AsyncIOScheduler | None:
        """The running APScheduler instance (None while stopped)."""
        return self._scheduler

    def next_run_time(self, schedule_id: int) -> datetime | None:
        """When APScheduler fires this schedule next (None when it has no job or the service is stopped)."""
        if self._scheduler is None:
            return None
        job = self._scheduler.get_job(job_id(schedule_id))
        return job.next_run_time if job is not None else None

    # -- commands ---------------------------------------------------------------------------------------
    async def create(self, caller: Caller, command: Command) -> Response:
        """``/schedule <model> <when> [tz=Area/City] [to=x] [prompt]``."""
        try:
            row = self._create(caller, command)
        except ScheduleError as error:
            return _refusal(str(error))
        next_run = self.next_run_time(row.id)
        where = "on X" if row.destination == "x" else "here"
        logger.info(kv("schedule.created", schedule=row.id, model=row.model, when=row.when, tz=row.timezone,
                       destination=row.destination, chat=f"{row.platform}:{row.chat_id}", by=caller.user_key))
        text = (
            f"Scheduled #{row.id}: {row.model} posts {where} {_describe_when(row)}"
            f"{f' from the prompt “{row.prompt}”' if row.prompt else ''}. "
            f"Next post: {_format_time(next_run, row.timezone)}. /unschedule {row.id} stops it."
        )
        return Response(text=text, kind="info", title=f"Schedule #{row.id}")

    def _create(self, caller: Caller, command: Command) -> Schedule:
        if self._scheduler is None:
            raise ScheduleError("Scheduled posts are not running right now; please try again later.")
        if not self.access.can_schedule(caller):
            raise ScheduleError(refusal_not_allowed("schedule posts"))
        if not command.model or not command.when:
            raise ScheduleError(f"Which model and when? Usage: {USAGE['schedule']}")
        options, prompt = _split_options(command.prompt)
        timezone_name = options.get("tz", self.default_timezone)
        timezone = parse_timezone(timezone_name)
        destination = options.get("to", "chat").lower()
        if destination in ("here", "chat"):
            destination = "chat"
        if destination not in DESTINATIONS:
            raise ScheduleError(f"I can post here (to=chat) or on X (to=x), not to {destination[:20]!r}.")
        if destination == "x" and not self.x_configured:
            raise ScheduleError(
                "Posting to X is not configured: the bot's owner has to set MIMICBIRD_X_CONSUMER_KEY, "
                "MIMICBIRD_X_CONSUMER_SECRET, MIMICBIRD_X_ACCESS_TOKEN and MIMICBIRD_X_ACCESS_TOKEN_SECRET "
                "(or MIMICBIRD_X_USER_TOKEN)."
            )
        if len(prompt) > self.settings.max_prompt_chars:
            raise ScheduleError(
                f"That prompt is {len(prompt)} characters long; please keep it to {self.settings.max_prompt_chars}."
            )
        trigger = build_trigger(command.when, timezone)
        gap = shortest_gap_s(trigger, datetime.now(timezone))
        if gap is None:
            raise ScheduleError(f"The schedule {command.when!r} would post at most once; schedules repeat.")
        minimum = self.settings.min_schedule_interval_s
        if gap < minimum:
            raise ScheduleError(
                f"{command.when!r} would post every {format_duration(gap)}; schedules here may post at most "
                f"every {format_duration(minimum)}."
            )
        model = self.store.get_model(command.model)
        if model is None or not _model_dir(model).is_dir():
            raise ScheduleError(f"I don't know a model called {command.model!r}; /models lists them.")
        opted_out = self._opted_out(model)
        if opted_out:
            raise ScheduleError(refusal_opted_out(opted_out))
        count = len(self._rows("platform = ? AND chat_id = ? AND enabled = 1", caller.platform, caller.chat_id))
        if count >= self.settings.max_schedules_per_chat:
            raise ScheduleError(
                f"This chat already has {count} scheduled posts, the most it may have; "
                "/unschedule one first (/schedules lists them)."
            )
        cursor = self._db.execute(
            "INSERT INTO schedules (platform, chat_id, model, when_text, timezone, prompt, created_by, destination, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (caller.platform, caller.chat_id, model.name, command.when, timezone_name, prompt, caller.user_key,
             destination, utc_now_iso()),
        )
        row = self.get(int(cursor.lastrowid or 0))
        assert row is not None
        try:
            self._add_job(row)
        except BaseException:
            self._db.execute("DELETE FROM schedules WHERE id = ?", (row.id,))
            raise
        return row

    async def list(self, caller: Caller) -> Response:
        """``/schedules``: this chat's schedules with their next run time in each schedule's time zone."""
        rows = self._rows("platform = ? AND chat_id = ?", caller.platform, caller.chat_id)
        if not rows:
            return Response(
                text="No scheduled posts in this chat. Start one with " + USAGE["schedule"], kind="list",
                title="Scheduled posts",
            )
        table: list[tuple[str, ...]] = [("ID", "Model", "When", "Prompt", "Next post", "To")]
        notes = []
        for row in rows:
            if row.enabled:
                next_text = _format_time(self.next_run_time(row.id), row.timezone)
                if row.last_error:
                    notes.append(f"#{row.id}: the last post failed: {row.last_error}")
            else:
                next_text = f"off: {row.disabled_reason or 'disabled'}"
            prompt = row.prompt if len(row.prompt) <= 40 else row.prompt[:39] + "…"
            table.append((f"#{row.id}", row.model, _describe_when(row), prompt or "-", next_text,
                          "X" if row.destination == "x" else "here"))
        text = render_table(table) + ("\n\n" + "\n".join(notes) if notes else "")
        return Response(text=text, kind="list", title="Scheduled posts", table=tuple(table))

    async def remove(self, caller: Caller, command: Command) -> Response:
        """``/unschedule <id>``: only in the chat where the schedule was created."""
        if not self.access.can_schedule(caller):
            return _refusal(refusal_not_allowed("remove scheduled posts"))
        if command.schedule_id is None:
            return _refusal(f"Which schedule? Usage: {USAGE['unschedule']} (/schedules lists them)")
        row = self.get(command.schedule_id)
        if row is None or (row.platform, row.chat_id) != (caller.platform, caller.chat_id):
            return _refusal(f"There is no schedule #{command.schedule_id} in this chat; /schedules lists them.")
        self._remove_job(row.id)
        self._db.execute("DELETE FROM schedules WHERE id = ?", (row.id,))
        logger.info(kv("schedule.removed", schedule=row.id, by=caller.user_key))
        return Response(text=f"Removed schedule {row.label}; it won't post again.", kind="info")

    async def on_model_forgotten(self, name: str) -> int:
        """Disable every enabled schedule of model ``name`` and tell each affected chat; returns how many."""
        rows = self._rows("model = ? AND enabled = 1", name)
        for row in rows:
            await self._disable(row, f"the model {name} was forgotten")
        return len(rows)

    # -- firing -----------------------------------------------------------------------------------------
    async def fire(self, schedule_id: int) -> None:
        """Post one sample for a schedule now. Catches everything: the scheduler never sees an exception."""
        try:
            await self._fire(schedule_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception(kv("schedule.fire_crashed", schedule=schedule_id))

    async def _fire(self, schedule_id: int) -> None:
        row = self.get(schedule_id)
        if row is None or not row.enabled:
            self._remove_job(schedule_id)
            logger.info(kv("schedule.skipped", schedule=schedule_id, reason="removed or disabled"))
            return
        model = self.store.get_model(row.model)
        if model is None or not _model_dir(model).is_dir():
            await self._disable(row, f"the model {row.model} is gone")
            return
        opted_out = self._opted_out(model)
        if opted_out:
            await self._disable(row, f"@{opted_out} has asked not to be imitated")
            return
        logger.info(kv("schedule.firing", schedule=row.id, model=row.model, destination=row.destination))
        sample: str | None = None
        error: BaseException | None = None
        attempt = 0
        for attempt in range(1, self.max_attempts + 1):
            try:
                if sample is None:
                    sample = await self._generate(row, model)
                if row.destination == "x":
                    tweet_id = await self._post_to_x(x_post_text(sample, self.settings.ai_marker))
                    self._after_success(row, attempt)
                    await self._notify(row, _x_notice(model, sample, tweet_id), what="x_notice")
                else:
                    await self._post_to_chat(row, samples(model, [sample]))
                    self._after_success(row, attempt)
                return
            except asyncio.CancelledError:
                raise
            except Exception as caught:  # noqa: BLE001 - every failure is retried, then reported
                error = caught
                reason = self._reason(caught)
                logger.warning(kv("schedule.attempt_failed", schedule=row.id, attempt=attempt, of=self.max_attempts,
                                  reason=reason))
                if isinstance(caught, _NotRetryable) or attempt == self.max_attempts:
                    break
                await asyncio.sleep(self._delay(attempt, caught))
        assert error is not None
        await self._after_failure(row, error, attempt)

    def _opted_out(self, model: ModelRecord) -> str | None:
        """The first of the model's accounts on the opt-out list, if any."""
        return next((h for h in model.handles if self.access.is_opted_out(h)), None)

    async def _generate(self, row: Schedule, model: ModelRecord) -> str:
        samples = await self.speaker.say(_model_dir(model), row.prompt, 1)
        if not samples or not samples[0].strip():
            raise RuntimeError("the model wrote nothing usable this time")
        return samples[0]

    async def _post_to_chat(self, row: Schedule, response: Response) -> None:
        frontend = await self._frontend(row.platform)
        if frontend is None:
            raise _NotRetryable(f"the {row.platform} frontend is not running")
        await frontend.post(row.chat_id, response)

    async def _frontend(self, platform: str) -> Frontend | None:
        """The platform's frontend; right after a start-up (a missed post fires at once) wait for it a while."""
        deadline = asyncio.get_running_loop().time() + self.frontend_wait_s
        while platform not in self.frontends and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.2)
        return self.frontends.get(platform)

    async def _post_to_x(self, text: str) -> str:
        client = self.x_client()
        if client is None:
            raise _NotRetryable("posting to X is no longer configured")
        user_auth = getattr(client, "consumer_key", None) is not None
        result = await asyncio.to_thread(client.create_tweet, text=text, user_auth=user_auth)
        data = getattr(result, "data", None) or {}
        return str(data.get("id", "")) if isinstance(data, Mapping) else ""

    def _after_success(self, row: Schedule, attempt: int) -> None:
        self._set(row.id, last_run_at=utc_now_iso(), last_error="")
        logger.info(kv("schedule.posted", schedule=row.id, destination=row.destination, attempts=attempt))

    async def _after_failure(self, row: Schedule, error: BaseException, attempts: int) -> None:
        """Log, remember the error, and report it in the chat once per run of failures (not every time)."""
        reason = self._reason(error)
        first = not row.last_error
        self._set(row.id, last_error=reason)
        logger.error(kv("schedule.post_failed", schedule=row.id, attempts=attempts, reason=reason,
                        reported=first))
        if first:
            where = " on X" if row.destination == "x" else ""
            text = (
                f"Scheduled post {row.label} failed{where} after {attempts} attempt{'s' if attempts != 1 else ''}: "
                f"{reason}. I'll keep trying on schedule; /unschedule {row.id} stops it."
            )
            await self._notify(row, Response(text=text, kind="error"), what="failure_report")

    async def _notify(self, row: Schedule, response: Response, *, what: str) -> None:
        """One best-effort message to the schedule's chat (no retries; failures only logged)."""
        frontend = await self._frontend(row.platform)
        if frontend is None:
            logger.warning(kv("schedule.notify_skipped", schedule=row.id, what=what, reason="no frontend"))
            return
        try:
            await frontend.post(row.chat_id, response)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001
            logger.warning(kv("schedule.notify_failed", schedule=row.id, what=what, reason=self._reason(error)))

    async def _disable(self, row: Schedule, reason: str) -> None:
        self._remove_job(row.id)
        self._set(row.id, enabled=0, disabled_reason=reason)
        logger.info(kv("schedule.disabled", schedule=row.id, reason=reason))
        await self._notify(
            row,
            Response(text=f"Schedule {row.label} is off: {reason}. /unschedule {row.id} removes it.", kind="info"),
            what="disabled",
        )

    def _delay(self, attempt: int, error: BaseException) -> float:
        delay = self.backoff_s * 2 ** (attempt - 1)
        hint = _retry_after_s(error)
        if hint is not None:
            delay = max(delay, hint)
        return min(delay, self.max_backoff_s)

    def _reason(self, error: BaseException) -> str:
        """One line for the chat and the log, without secrets."""
        return self._redact(_describe_error(error))

    # -- X ----------------------------------------------------------------------------------------------
    @property
    def x_configured(self) -> bool:
        """True when posts can go to X: an injected client, all four OAuth 1.0a keys, or a user token."""
        s = self.settings
        oauth1 = all((s.x_consumer_key, s.x_consumer_secret, s.x_access_token, s.x_access_token_secret))
        return self._x_client is not None or oauth1 or s.x_user_token is not None

    def x_client(self) -> Any | None:
        """The tweepy client for ``create_tweet`` (built once from the settings), or None when not configured."""
        if self._x_client is None and self.x_configured:
            import tweepy

            s = self.settings
            if all((s.x_consumer_key, s.x_consumer_secret, s.x_access_token, s.x_access_token_secret)):
                self._x_client = tweepy.Client(
                    consumer_key=_secret(s.x_consumer_key), consumer_secret=_secret(s.x_consumer_secret),
                    access_token=_secret(s.x_access_token), access_token_secret=_secret(s.x_access_token_secret),
                )
            else:
                self._x_client = tweepy.Client(bearer_token=_secret(s.x_user_token))
        return self._x_client

    # -- the schedules table ----------------------------------------------------------------------------
    def get(self, schedule_id: int) -> Schedule | None:
        row = self._db.execute("SELECT * FROM schedules WHERE id = ?", (schedule_id,)).fetchone()
        return _schedule(row) if row else None

    def schedules(self) -> list[Schedule]:
        """Every schedule, enabled or not, by id."""
        return self._rows("1 = 1")

    def _rows(self, where: str, *params: Any) -> list[Schedule]:
        rows = self._db.execute(f"SELECT * FROM schedules WHERE {where} ORDER BY id", params).fetchall()
        return [_schedule(row) for row in rows]

    def _set(self, schedule_id: int, **fields: Any) -> None:
        columns = ", ".join(f"{name} = ?" for name in fields)
        self._db.execute(f"UPDATE schedules SET {columns} WHERE id = ?", (*fields.values(), schedule_id))


# -- helpers --------------------------------------------------------------------------------------------------
def _schedule(row: sqlite3.Row) -> Schedule:
    return Schedule(
        id=row["id"], platform=row["platform"], chat_id=row["chat_id"], model=row["model"], when=row["when_text"],
        timezone=row["timezone"], prompt=row["prompt"], created_by=row["created_by"],
        destination=row["destination"], enabled=bool(row["enabled"]), disabled_reason=row["disabled_reason"],
        created_at=row["created_at"], last_run_at=row["last_run_at"], last_error=row["last_error"],
    )


def _model_dir(model: ModelRecord) -> Path:
    return Path(model.folder)


def _split_options(prompt: str) -> tuple[dict[str, str], str]:
    """Leading ``tz=…`` / ``to=…`` words of a /schedule prompt → (options, the rest of the prompt)."""
    options: dict[str, str] = {}
    words = prompt.split()
    while words:
        match = _OPTION.match(words[0])
        if not match:
            break
        options[match.group(1).lower()] = match.group(2)
        words.pop(0)
    return options, " ".join(words)


def _describe_when(row: Schedule) -> str:
    if _INTERVAL.fullmatch(row.when):
        return row.when
    return f"at cron '{row.when}' ({row.timezone})"


def _format_time(moment: datetime | None, timezone: str) -> str:
    if moment is None:
        return "not planned"
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M %Z")


def _x_notice(model: ModelRecord, sample: str, tweet_id: str) -> Response:
    link = f"\nhttps://x.com/i/web/status/{tweet_id}" if tweet_id else ""
    return Response(text=f"Posted on X for {model.name}: {sample}{link}", kind="info")


def _refusal(text: str) -> Response:
    return Response(text=text, kind="error", private=True)


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None


def _retry_after_s(error: BaseException) -> float | None:
    """A platform's 'retry after' hint: Telegram's ``retry_after``, X's ``x-rate-limit-reset``."""
    value = getattr(error, "retry_after", None)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None) or {}
    reset = headers.get("x-rate-limit-reset") if hasattr(headers, "get") else None
    if reset and str(reset).isdigit():
        return max(0.0, int(reset) - datetime.now(UTC).timestamp())
    return None


def _describe_error(error: BaseException) -> str:
    status = getattr(error, "status_code", None) or getattr(getattr(error, "response", None), "status_code", None)
    messages = getattr(error, "api_messages", None)  # tweepy.HTTPException
    if isinstance(status, int) and status == 429:
        return "rate-limited by the platform (HTTP 429)"
    if isinstance(status, int) and messages:
        return f"HTTP {status}: {'; '.join(str(m) for m in messages)}"[:300]
    text = " ".join(str(error).split()) or type(error).__name__
    if type(error) in (_NotRetryable, RuntimeError):  # our own sentences
        return text[:300]
    return f"{type(error).__name__}: {text}"[:300]


__all__ = [
    "DESTINATIONS", "JOB_FUNC", "Schedule", "ScheduleError", "ScheduleService", "X_LABEL", "build_trigger",
    "fire_schedule", "job_id", "parse_timezone", "shortest_gap_s", "x_post_text",
]
