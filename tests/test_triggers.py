"""``<when>``: the one parser (intervals and crontab expressions) and the APScheduler triggers it becomes."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.commands import CommandError, parse_command
from bot.scheduling.triggers import (
    Cron,
    Interval,
    WhenError,
    build_trigger,
    cron_trigger,
    crontab_weekdays,
    parse_when,
    shortest_gap_s,
)


def trigger(when: str, timezone: str = "UTC"):
    return build_trigger(parse_when(when)[0], ZoneInfo(timezone))


@pytest.mark.parametrize(
    ("text", "when", "rest"),
    [
        ("every 2h", Interval(2, "h"), ""),
        ("every 2 hours My dream is", Interval(2, "h"), "My dream is"),
        ("EVERY DAY", Interval(1, "d"), ""),
        ("every 90 minutes hi", Interval(90, "m"), "hi"),
        ("every 1s", Interval(1, "s"), ""),  # seconds: refused for users by the minimum interval, not here
        ("0 9 * * * Good morning", Cron("0 9 * * *"), "Good morning"),
        ("'0 9 * * *' hi", Cron("0 9 * * *"), "hi"),
        ('"every 2h" hi', Interval(2, "h"), "hi"),
    ],
)
def test_parse_when(text: str, when, rest: str) -> None:
    assert parse_when(text) == (when, rest)
    assert parse_when(when.text) == (when, "")  # the stored text reads back the same


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("tomorrow", "can't read the schedule"), ("every", "Every how often?"), ("every 2 weeks", "can't read"),
     ("every 0m", "at least one minute"), ("0 25 * * *", "not a valid cron expression"),
     ("'0 9 * *' hi", "5 fields"), ("'0 9 * * *", "quote is not closed")],
)
def test_parse_when_errors(text: str, fragment: str) -> None:
    with pytest.raises(WhenError, match=fragment):
        parse_when(text)


@pytest.mark.parametrize(
    ("when", "fires_on"),
    [
        # crontab weekdays: 0 and 7 are Sunday, 1 is Monday (APScheduler's from_crontab reads 0 as Monday)
        ("0 9 * * 7", {"Sun"}),
        ("0 9 * * 0", {"Sun"}),
        ("0 9 * * 5-7", {"Fri", "Sat", "Sun"}),
        ("0 9 * * 1-5", {"Mon", "Tue", "Wed", "Thu", "Fri"}),
        ("0 9 * * fri-sun", {"Fri", "Sat", "Sun"}),
        ("0 9 * * 0,3", {"Sun", "Wed"}),
        ("0 9 * * *", {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}),
    ],
)
def test_schedule_cron_weekdays_mean_what_crontab_means(when: str, fires_on: set[str]) -> None:
    assert parse_command(f"/schedule lena_bakes {when} hi").when == Cron(when)  # what /schedule accepts ...
    trigger = cron_trigger(when, "UTC")
    moment, days = datetime(2025, 6, 2, tzinfo=UTC), set()  # a Monday
    for _ in range(7):
        moment = trigger.get_next_fire_time(None, moment)
        assert (moment.hour, moment.minute) == (9, 0)
        days.add(moment.strftime("%a"))
        moment = moment.replace(hour=10)
    assert days == fires_on


def test_crontab_weekdays_follow_crontab_not_apscheduler() -> None:
    assert crontab_weekdays("1-5") == "mon,tue,wed,thu,fri"
    assert crontab_weekdays("0") == crontab_weekdays("7") == "sun"
    assert crontab_weekdays("5-7") == "sun,fri,sat"
    assert crontab_weekdays("*/2") == "sun,tue,thu,sat"
    assert crontab_weekdays("mon-fri") == "mon,tue,wed,thu,fri"
    assert crontab_weekdays("*") == "*"
    with pytest.raises(ValueError):
        crontab_weekdays("8")
    with pytest.raises(ValueError):
        crontab_weekdays("5-1")


def test_cron_weekdays_follow_crontab_not_apscheduler() -> None:
    sunday_noon = datetime(2025, 6, 1, 12, tzinfo=UTC)
    weekdays = trigger("0 9 * * 1-5", "Europe/Berlin")
    assert weekdays.get_next_fire_time(None, sunday_noon) == datetime(2025, 6, 2, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    sundays = trigger("30 8 * * 0")
    assert sundays.get_next_fire_time(None, sunday_noon) == datetime(2025, 6, 8, 8, 30, tzinfo=UTC)


def test_the_command_refuses_what_the_trigger_refuses() -> None:
    for when in ("0 9 * * 8", "0 25 * * *", "0 9 * * 5-1"):
        with pytest.raises(CommandError, match="not a valid cron expression"):
            parse_command(f"/schedule lena_bakes {when}")
        with pytest.raises(WhenError, match="not a valid cron expression"):
            parse_when(when)


def test_shortest_gap_of_intervals_and_cron() -> None:
    now = datetime(2025, 6, 1, 12, tzinfo=UTC)
    assert shortest_gap_s(trigger("every 2h"), now) == 7200
    assert shortest_gap_s(trigger("*/5 * * * *"), now) == 300
    assert shortest_gap_s(trigger("0 9,10 * * *"), now) == 3600  # irregular: the shortest gap counts
    assert shortest_gap_s(trigger("0 0 30 2 *"), now) is None  # February 30th never comes
