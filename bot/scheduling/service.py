"""Scheduled posts: ``/schedule <model> <when> [prompt]``, ``/schedules``, ``/unschedule <id>``.

How it fits together:

- What to post, where and when is a row of the store's ``schedules`` table (``bot/store.py``), with the
  time of its next post. APScheduler 3's ``AsyncIOScheduler`` keeps one timer per enabled schedule in memory
  (id ``scheduled-post-<id>``, so it is never mistaken for a training job); at start-up each timer is set
  from the stored next post time, with ``coalesce`` and a misfire grace time: a restart after downtime
  posts a missed schedule at most once (and not at all when the missed time is older than the grace time).
- The service starts after the frontends are attached (``bot/app.py``), so a missed post goes out at once.
- A post (``firing.py``) is a fresh sample published by the schedule's ``Poster`` (``posters.py``: the chat,
  or X; ``bluesky_poster.py``, ``mastodon_poster.py``); failures are retried with back-off, then reported once.
- A forgotten model (``on_model_forgotten``, or a missing model at fire time) turns its schedules off and
  tells each affected chat.

``<when>`` is read by ``triggers.py`` (for the ``/schedule`` command, by the command parser with it). The
time zone of cron times is ``settings.timezone`` or the command's ``tz=Area/City``, and its
``to=<destination>`` picks the poster.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.access import AccessPolicy, format_duration, refusal_not_allowed, refusal_opted_out
from bot.core.commands import USAGE, SchedulePost, Unschedule
from bot.core.responses import Caller, Frontends, Response
from bot.core.speaking import Speaker
from bot.logging_setup import kv, settings_redactor
from bot.records import Schedule
from bot.scheduling.bluesky_poster import BlueskyPoster
from bot.scheduling.firing import Firing
from bot.scheduling.mastodon_poster import MastodonPoster
from bot.scheduling.posters import ChatPoster, Poster, XPoster
from bot.scheduling.triggers import (
    WhenError,
    build_trigger,
    describe,
    parse_timezone,
    parse_when,
    shortest_gap_s,
)
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)



class ScheduleError(ValueError):
    """A schedule request that cannot be honoured; ``str()`` is one polite line for the user."""


def timer_id(schedule_id: int) -> str:
    """The APScheduler job id of a schedule's timer."""
    return f"scheduled-post-{schedule_id}"


class ScheduleService:
    """Schedules in the store, their timers, and the three commands (see the module docstring).

    ``frontends`` are the running chat frontends (the chat poster posts through them). ``posters`` are more
    destinations, or replace a default one of the same ``destination`` (the chat, X, Bluesky, Mastodon).
    """

    def __init__(
        self,
        settings: Settings,
        store: Store,
        speaker: Speaker,
        frontends: Frontends,
        *,
        access: AccessPolicy | None = None,
        posters: Sequence[Poster] = (),
        max_attempts: int = 4,
        backoff_s: float = 30.0,
        max_backoff_s: float = 15 * 60.0,
        misfire_grace_s: int = 3600,
    ) -> None:
        self.settings = settings
        self.store = store
        self.access = access or AccessPolicy(settings)
        self.misfire_grace_s = misfire_grace_s
        self.default_timezone = settings.timezone
        parse_timezone(settings.timezone)  # a bad MIMICBIRD_TIMEZONE fails at start-up, not at the first post
        self.chat = ChatPoster(frontends)
        defaults: tuple[Poster, ...] = (self.chat, XPoster(settings), BlueskyPoster(settings),
                                        MastodonPoster(settings))
        self.posters: dict[str, Poster] = {p.destination: p for p in (*defaults, *posters)}
        self.firing = Firing(store, speaker, self.access, self.posters, self.chat, settings_redactor(settings),
                             max_attempts=max_attempts, backoff_s=backoff_s, max_backoff_s=max_backoff_s)
        self.timers: AsyncIOScheduler | None = None

    # -- life cycle -------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Set a timer for every enabled schedule and start firing (needs a running loop)."""
        if self.timers is not None:
            return
        timers = AsyncIOScheduler(
            job_defaults={"coalesce": True, "misfire_grace_time": self.misfire_grace_s, "max_instances": 1},
            timezone=ZoneInfo(self.default_timezone),
        )
        timers.start(paused=True)
        self.timers = timers
        enabled = self.store.schedules(enabled=True)
        for row in enabled:
            try:
                self._set_timer(row)
            except WhenError as error:
                self.store.update_schedule(row.id, enabled=False, disabled_reason=str(error))
                log.warning(kv("schedule.disabled", schedule=row.id, reason=str(error)))
        timers.resume()
        log.info(kv("scheduler.started", schedules=len(enabled)))

    async def shutdown(self) -> None:
        """Stop firing; posts in flight are cancelled (each schedule's next post time is already stored)."""
        timers, self.timers = self.timers, None
        if timers is not None and timers.running:
            timers.shutdown(wait=False)
            for _ in range(3):  # AsyncIOScheduler shuts down on the next loop iteration
                await asyncio.sleep(0)
        for poster in self.posters.values():  # a poster with connections of its own (Bluesky) closes them
            close = getattr(poster, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):
                    await close()
        log.info(kv("scheduler.stopped"))

    def _set_timer(self, row: Schedule) -> None:
        assert self.timers is not None
        when, _ = parse_when(row.when)
        stored = {} if row.next_run_at is None else {
            "next_run_time": datetime.fromtimestamp(row.next_run_at, ZoneInfo(row.timezone))}
        timer = self.timers.add_job(
            self._on_timer, trigger=build_trigger(when, parse_timezone(row.timezone)), args=(row.id,),
            id=timer_id(row.id), name=f"scheduled post {row.label}", replace_existing=True, **stored,
        )
        self._store_next_run(row.id, timer.next_run_time)

    def _clear_timer(self, schedule_id: int) -> None:
        if self.timers is not None:
            with contextlib.suppress(JobLookupError):
                self.timers.remove_job(timer_id(schedule_id))
        self.store.update_schedule(schedule_id, next_run_at=None)

    def _store_next_run(self, schedule_id: int, moment: datetime | None) -> None:
        self.store.update_schedule(schedule_id, next_run_at=moment.timestamp() if moment is not None else None)

    def next_run_time(self, schedule_id: int) -> datetime | None:
        """When this schedule posts next (None when it has no timer or the service is stopped)."""
        timer = self.timers.get_job(timer_id(schedule_id)) if self.timers is not None else None
        return timer.next_run_time if timer is not None else None

    async def _on_timer(self, schedule_id: int) -> None:
        """A timer went off: remember the next post time, then post."""
        self._store_next_run(schedule_id, self.next_run_time(schedule_id))
        await self.fire(schedule_id)

    # -- commands ---------------------------------------------------------------------------------------
    async def create(self, caller: Caller, command: SchedulePost) -> Response:
        """``/schedule <model> <when> [tz=Area/City] [to=destination] [prompt]``."""
        try:
            row = self._create(caller, command)
        except (ScheduleError, WhenError) as error:
            return Response.refusal(str(error))
        log.info(kv("schedule.created", schedule=row.id, model=row.model, when=row.when, tz=row.timezone,
                    destination=row.destination, chat=f"{row.platform}:{row.chat_id}", by=caller.user_key))
        text = (
            f"Scheduled #{row.id}: {row.model} posts {self.posters[row.destination].place} "
            f"{describe(parse_when(row.when)[0], row.timezone)}"
            f"{f' from the prompt “{row.prompt}”' if row.prompt else ''}. "
            f"Next post: {_format_time(self.next_run_time(row.id), row.timezone)}. /unschedule {row.id} stops it."
        )
        return Response.of(text, kind="info", title=f"Schedule #{row.id}")

    def _create(self, caller: Caller, command: SchedulePost) -> Schedule:
        if self.timers is None:
            raise ScheduleError("Scheduled posts are not running right now; please try again later.")
        if not self.access.can_schedule(caller):
            raise ScheduleError(refusal_not_allowed("schedule posts"))
        when, prompt, destination = command.when, command.prompt, command.destination
        timezone_name = command.timezone or self.default_timezone
        timezone = parse_timezone(timezone_name)
        poster = self.posters.get(destination)
        if poster is None:
            places = " or ".join(f"{p.place} (to={p.destination})" for p in self.posters.values())
            raise ScheduleError(f"I can post {places}, not to {destination[:20]!r}.")
        unavailable = poster.unavailable()
        if unavailable:
            raise ScheduleError(unavailable)
        if len(prompt) > self.settings.max_prompt_chars:
            raise ScheduleError(
                f"That prompt is {len(prompt)} characters long; please keep it to {self.settings.max_prompt_chars}."
            )
        gap = shortest_gap_s(build_trigger(when, timezone), datetime.now(timezone))
        if gap is None:
            raise ScheduleError(f"The schedule {when.text!r} would post at most once; schedules repeat.")
        minimum = self.settings.min_schedule_interval_s
        if gap < minimum:
            raise ScheduleError(f"{when.text!r} would post every {format_duration(gap)}; schedules here may post at "
                                f"most every {format_duration(minimum)}.")
        model = self.store.get_model(command.model)
        if model is None or not Path(model.folder).is_dir():
            raise ScheduleError(f"I don't know a model called {command.model!r}; /models lists them.")
        opted_out = self.firing.opted_out(model)
        if opted_out:
            raise ScheduleError(refusal_opted_out(opted_out))
        count = len(self.store.schedules(platform=caller.platform, chat_id=caller.chat_id, enabled=True))
        if count >= self.settings.max_schedules_per_chat:
            raise ScheduleError(f"This chat already has {count} scheduled posts, the most it may have; "
                                "/unschedule one first (/schedules lists them).")
        row = self.store.add_schedule(platform=caller.platform, chat_id=caller.chat_id, model=model.name,
                                      when=when.text, timezone=timezone_name, prompt=prompt,
                                      created_by=caller.user_key, destination=destination)
        try:
            self._set_timer(row)
        except BaseException:
            self.store.delete_schedule(row.id)
            raise
        return row

    async def list(self, caller: Caller) -> Response:
        """``/schedules``: this chat's schedules with their next run time in each schedule's time zone."""
        rows = self.store.schedules(platform=caller.platform, chat_id=caller.chat_id)
        if not rows:
            return Response.of("No scheduled posts in this chat. Start one with " + USAGE["schedule"],
                            kind="list", title="Scheduled posts")
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
            poster = self.posters.get(row.destination)
            table.append((f"#{row.id}", row.model, describe(parse_when(row.when)[0], row.timezone), prompt or "-",
                          next_text, poster.name if poster is not None else row.destination))
        return Response(kind="list", title="Scheduled posts", table=tuple(table), footnotes=tuple(notes))

    async def remove(self, caller: Caller, command: Unschedule) -> Response:
        """``/unschedule <id>``: only in the chat where the schedule was created."""
        if not self.access.can_schedule(caller):
            return Response.refusal(refusal_not_allowed("remove scheduled posts"))
        row = self.store.get_schedule(command.schedule_id)
        if row is None or (row.platform, row.chat_id) != (caller.platform, caller.chat_id):
            return Response.refusal(f"There is no schedule #{command.schedule_id} in this chat; /schedules lists them.")
        self._clear_timer(row.id)
        self.store.delete_schedule(row.id)
        log.info(kv("schedule.removed", schedule=row.id, by=caller.user_key))
        return Response.of(f"Removed schedule {row.label}; it won't post again.", kind="info")

    async def on_model_forgotten(self, name: str) -> int:
        """Turn off every enabled schedule of model ``name`` and tell each affected chat; returns how many."""
        rows = self.store.schedules(model=name, enabled=True)
        for row in rows:
            await self.disable(row, f"the model {name} was forgotten")
        return len(rows)

    # -- firing -----------------------------------------------------------------------------------------
    async def fire(self, schedule_id: int) -> None:
        """Post one sample for a schedule now. Catches everything: APScheduler never sees an exception."""
        try:
            row = self.store.get_schedule(schedule_id)
            if row is None or not row.enabled:
                self._clear_timer(schedule_id)
                log.info(kv("schedule.skipped", schedule=schedule_id, reason="removed or disabled"))
                return
            reason = await self.firing.fire(row)
            if reason is not None:
                await self.disable(row, reason)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception(kv("schedule.fire_crashed", schedule=schedule_id))

    async def disable(self, row: Schedule, reason: str) -> None:
        """Turn a schedule off (it stays listed with the reason) and tell its chat."""
        self._clear_timer(row.id)
        self.store.update_schedule(row.id, enabled=False, disabled_reason=reason)
        log.info(kv("schedule.disabled", schedule=row.id, reason=reason))
        await self.chat.tell(row, Response.of(f"Schedule {row.label} is off: {reason}. /unschedule {row.id} "
                                                "removes it.", kind="info"), what="disabled")


def _format_time(moment: datetime | None, timezone: str) -> str:
    if moment is None:
        return "not planned"
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M %Z")


__all__ = ["ScheduleError", "ScheduleService", "timer_id"]
