"""One scheduled post: a fresh sample in the model's voice, published by the schedule's poster.

The sample comes from the speaker with the ``/say`` filters (at most 280 characters, no verbatim training
tweets, no pings, the AI marker). A failed post is tried ``max_attempts`` times in all, ``backoff_s * 2**n``
apart (at most ``max_backoff_s``), then logged and reported in the schedule's chat once per run of failures;
nothing raised here reaches APScheduler. A model that is gone, or an account that opted out, turns the
schedule off instead (the service does that with the reason ``fire`` returns).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from pathlib import Path

from bot.core.access import AccessPolicy
from bot.core.responses import Response
from bot.core.speaking import Speaker
from bot.logging_setup import kv
from bot.records import ModelRecord, Schedule, utc_now_iso
from bot.scheduling.posters import ChatPoster, NotRetryable, Poster, PostFailed
from bot.store import Store
from trainer.errors import Redactor, one_line

log = logging.getLogger(__name__)


class Firing:
    def __init__(self, store: Store, speaker: Speaker, access: AccessPolicy, posters: Mapping[str, Poster],
                 chat: ChatPoster, redactor: Redactor, *, max_attempts: int, backoff_s: float,
                 max_backoff_s: float) -> None:
        self.store = store
        self.speaker = speaker
        self.access = access
        self.posters = posters
        self.chat = chat
        self.redact = redactor
        self.max_attempts = max(1, max_attempts)
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s

    async def fire(self, schedule: Schedule) -> str | None:
        """Post one sample for ``schedule``; returns why the schedule must be turned off, or None."""
        model = self.store.get_model(schedule.model)
        if model is None or not Path(model.folder).is_dir():
            return f"the model {schedule.model} is gone"
        opted_out = self.opted_out(model)
        if opted_out:
            return f"@{opted_out} has asked not to be imitated"
        poster = self.posters.get(schedule.destination)
        if poster is None:
            return f"this bot can no longer post to {schedule.destination}"
        log.info(kv("schedule.firing", schedule=schedule.id, model=schedule.model, destination=schedule.destination))
        sample: str | None = None
        error: BaseException | None = None
        attempt = 0
        for attempt in range(1, self.max_attempts + 1):
            try:
                if sample is None:
                    sample = await self._generate(schedule, model)
                notice = await poster.post(schedule, model, sample)
                self.store.update_schedule(schedule.id, last_run_at=utc_now_iso(), last_error="")
                log.info(kv("schedule.posted", schedule=schedule.id, destination=schedule.destination,
                            attempts=attempt))
                if notice is not None:
                    await self.chat.tell(schedule, notice, what=f"{schedule.destination}_notice")
                return None
            except asyncio.CancelledError:
                raise
            except Exception as caught:  # noqa: BLE001 - every failure is retried, then reported
                error = caught
                log.warning(kv("schedule.attempt_failed", schedule=schedule.id, attempt=attempt,
                               of=self.max_attempts, reason=self.reason(caught)))
                if isinstance(caught, NotRetryable) or attempt == self.max_attempts:
                    break
                await asyncio.sleep(min(self.backoff_s * 2 ** (attempt - 1), self.max_backoff_s))
        assert error is not None
        await self._failed(schedule, error, attempt)
        return None

    def opted_out(self, model: ModelRecord) -> str | None:
        """The first of the model's accounts on the opt-out list, if any."""
        return next((h for h in model.handles if self.access.is_opted_out(h)), None)

    async def _generate(self, schedule: Schedule, model: ModelRecord) -> str:
        samples = await self.speaker.say(Path(model.folder), schedule.prompt, 1)
        if not samples or not samples[0].strip():
            raise PostFailed("the model wrote nothing usable this time")
        return samples[0]

    async def _failed(self, schedule: Schedule, error: BaseException, attempts: int) -> None:
        """Log, remember the error, and report it in the chat once per run of failures (not every time)."""
        reason = self.reason(error)
        first = not schedule.last_error
        self.store.update_schedule(schedule.id, last_error=reason)
        log.error(kv("schedule.post_failed", schedule=schedule.id, attempts=attempts, reason=reason,
                     reported=first))
        if first:
            poster = self.posters.get(schedule.destination)
            where = f" {poster.place}" if poster is not None and schedule.destination != "chat" else ""
            text = (f"Scheduled post {schedule.label} failed{where} after {attempts} "
                    f"attempt{'s' if attempts != 1 else ''}: {reason}. I'll keep trying on schedule; "
                    f"/unschedule {schedule.id} stops it.")
            await self.chat.tell(schedule, Response.of(text, kind="error"), what="failure_report")

    def reason(self, error: BaseException) -> str:
        """One line for the chat and the log, without secrets."""
        return self.redact(str(error) if isinstance(error, PostFailed) else one_line(error))


__all__ = ["Firing"]
