"""When a scheduled post fires: the one parser of ``<when>``, and the APScheduler trigger it becomes.

``<when>`` is an interval, ``every <n><unit>`` (``every 30m``, ``every 2 hours``, ``every day``; units s, m, h,
d), or five crontab fields (``0 9 * * 1-5``), optionally in quotes. Cron expressions mean what crontab means:
weekday 0 or 7 is Sunday and ``1-5`` is Monday to Friday, not APScheduler 3's own numbering (0 = Monday);
``cron_trigger`` is the one translation. Errors are ``WhenError`` with one polite line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

Unit = Literal["s", "m", "h", "d"]
UNIT_SECONDS: dict[str, int] = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_UNIT_WORDS: dict[str, Unit] = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), "s"),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), "m"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "h"),
    **dict.fromkeys(("d", "day", "days"), "d"),
}
_COUNT_UNIT = re.compile(r"^(\d{1,6})?\s*([a-z]+)$")
_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,\-?]+$")
_CRON_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # crontab's weekday numbers 0..6
_CRON_GAP_SAMPLES = 60  # fire times checked for the shortest gap of a cron expression
WHEN_HELP = "use 'every 2h', 'every 30m', 'every 1d' or a cron expression like '0 9 * * *'."


class WhenError(ValueError):
    """A ``<when>`` that cannot be read; ``str()`` is one polite line."""


@dataclass(frozen=True)
class Interval:
    """Every ``count`` ``unit``s (``every 2h``)."""

    count: int
    unit: Unit

    @property
    def seconds(self) -> int:
        return self.count * UNIT_SECONDS[self.unit]

    @property
    def text(self) -> str:
        return f"every {self.count}{self.unit}"


@dataclass(frozen=True)
class Cron:
    """Five crontab fields: minute hour day month weekday."""

    expression: str

    @property
    def text(self) -> str:
        return self.expression


When = Interval | Cron


def parse_when(text: str) -> tuple[When, str]:
    """The ``<when>`` at the start of ``text`` and what follows it; WhenError when there is none."""
    text = text.strip()
    if text[:1] in ("'", '"'):
        quote = text[0]
        end = text.find(quote, 1)
        if end < 0:
            raise WhenError("The schedule's quote is not closed; write it like '0 9 * * *'.")
        inner, rest = text[1:end].strip(), text[end + 1:].strip()
        if inner.lower().startswith("every"):
            when, extra = parse_when(inner)
            if extra:
                raise WhenError(f"I can't read the schedule {inner[:40]!r}; {WHEN_HELP}")
            return when, rest
        return cron(inner), rest
    words = text.split()
    if words and words[0].lower() == "every":
        return _interval(words[1:])
    if len(words) >= 5 and all(_CRON_FIELD.fullmatch(w) for w in words[:5]):
        return cron(" ".join(words[:5])), " ".join(words[5:])
    raise WhenError(f"I can't read the schedule {' '.join(words[:5])[:40]!r}; {WHEN_HELP}")


def _interval(words: list[str]) -> tuple[Interval, str]:
    """``every`` already read: ``2h`` / ``2 hours`` / ``hour`` → (Interval, the rest)."""
    if not words:
        raise WhenError(f"Every how often? {WHEN_HELP[0].upper()}{WHEN_HELP[1:]}")
    used = 1
    match = _COUNT_UNIT.fullmatch(words[0].lower())
    if match is None and words[0].isdigit() and len(words) > 1:
        match = _COUNT_UNIT.fullmatch(words[0] + words[1].lower())
        used = 2
    if match is None or match.group(2) not in _UNIT_WORDS:
        raise WhenError(f"I can't read 'every {' '.join(words[:2])[:30]}'; {WHEN_HELP}")
    count = int(match.group(1)) if match.group(1) else 1
    if count <= 0:
        raise WhenError("The interval must be at least one minute.")
    return Interval(count, _UNIT_WORDS[match.group(2)]), " ".join(words[used:])


def cron(expression: str) -> Cron:
    """Five crontab fields, checked; WhenError when they are not a valid cron expression."""
    cron_trigger(expression, "UTC")
    return Cron(" ".join(expression.split()))


def cron_trigger(expression: str, timezone: tzinfo | str) -> CronTrigger:
    """Five crontab fields → an APScheduler ``CronTrigger`` in ``timezone``; WhenError when invalid."""
    fields = expression.split()
    if len(fields) != 5:
        raise WhenError(f"A cron expression has 5 fields (minute hour day month weekday); {WHEN_HELP}")
    try:
        return CronTrigger(minute=fields[0], hour=fields[1], day=fields[2], month=fields[3],
                           day_of_week=crontab_weekdays(fields[4]), timezone=timezone)
    except ValueError as error:
        raise WhenError(f"{expression[:60]!r} is not a valid cron expression ({error}).") from None


def crontab_weekdays(field: str) -> str:
    """A crontab day-of-week field (0 or 7 = Sunday) as APScheduler 3 reads it (day names; its 0 is Monday).

    ``1-5`` → ``mon,tue,wed,thu,fri``; ``*/2`` → ``sun,tue,thu,sat``; ``5-7`` → ``sun,fri,sat``.
    Raises ValueError for a field that is not a crontab weekday field.
    """
    if field in ("*", "?"):
        return "*"
    days: set[int] = set()
    for item in field.lower().split(","):
        span, slash, step_text = item.partition("/")
        if slash and not step_text.isdigit():
            raise ValueError(f"bad step in the weekday field {field!r}")
        step = int(step_text) if slash else 1
        if step < 1:
            raise ValueError(f"bad step in the weekday field {field!r}")
        if span in ("*", "?"):
            first, last = 0, 6
        elif "-" in span:
            first_text, last_text = span.split("-", 1)
            first, last = _cron_day(first_text), _cron_day(last_text)
            if last == 0 and first > 0:  # "fri-sun": Sunday closes the week
                last = 7
        else:
            first = _cron_day(span)
            last = 6 if slash else first
        if last < first:
            raise ValueError(f"the weekday range {span!r} runs backwards")
        days.update(day % 7 for day in range(first, last + 1, step))
    return ",".join(_CRON_DAYS[day] for day in sorted(days))


def _cron_day(text: str) -> int:
    """crontab's weekday number 0..7 (0 and 7 are Sunday) for a number or a day name."""
    if text.isdigit() and 0 <= int(text) <= 7:
        return int(text)
    if len(text) >= 3 and text[:3] in _CRON_DAYS:
        return _CRON_DAYS.index(text[:3])
    raise ValueError(f"{text[:20]!r} is not a weekday (0-7 or sun-sat)")


def parse_timezone(name: str) -> ZoneInfo:
    """An IANA time zone (``UTC``, ``Europe/Berlin``), or WhenError."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise WhenError(
            f"I don't know the time zone {name[:40]!r}; use a name like UTC, Europe/Berlin or America/New_York."
        ) from None


def build_trigger(when: When, timezone: ZoneInfo) -> BaseTrigger:
    """The APScheduler trigger of a ``<when>`` in ``timezone`` (cron times are local to it)."""
    if isinstance(when, Interval):
        return IntervalTrigger(seconds=when.seconds, timezone=timezone)
    return cron_trigger(when.expression, timezone)


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


def describe(when: When, timezone: str) -> str:
    """``every 2h`` or ``at cron '0 9 * * *' (Europe/Berlin)``."""
    return when.text if isinstance(when, Interval) else f"at cron '{when.expression}' ({timezone})"


__all__ = [
    "Cron", "Interval", "WHEN_HELP", "When", "WhenError", "build_trigger", "cron", "cron_trigger",
    "crontab_weekdays", "describe", "parse_timezone", "parse_when", "shortest_gap_s",
]
