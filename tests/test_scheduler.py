"""Scheduled posts: the real APScheduler driving real posts, with the schedules in the project's SQLite store.

The first tests use a recording frontend to pin down the service's logic (firing, restart, coalescing,
refusals, forgetting, retries); the later ones post through the real Telegram and Discord frontends against
their fake servers, and through the real tweepy client against the fake X API. Intervals are seconds long
(``min_schedule_interval_s=1`` and ``every 1s``-style schedules, which the service accepts; the command parser
only offers minutes, so command-driven tests move the stored job's next run time with APScheduler's own
``modify_job`` instead of waiting a minute).
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import tweepy

from bot.core.commands import CommandError, SchedulePost, Unschedule, parse_command, schedule_command
from bot.core.responses import Caller, Frontends, Response
from bot.generation.postprocess import weighted_length
from bot.records import ModelRecord, utc_now_iso
from bot.scheduling.posters import X_LABEL, x_post_text
from bot.scheduling.service import ScheduleService, timer_id
from bot.settings import Settings
from bot.store import Store
from tests.fakes.fake_discord import FakeDiscord
from tests.fakes.fake_telegram import GROUP_CHAT, OTHER_USER, TOKEN, FakeTelegram
from tests.fakes.fake_x_api import FakeXApi, redirect_client

pytestmark = pytest.mark.timeout(90)

ADMIN = Caller("console", "me", "room-1", "Me")
TELEGRAM_ADMIN = Caller("telegram", "1001", "-100", "Ada")
TELEGRAM_USER = Caller("telegram", "1002", "-100", "Bob")
MARKER = "🤖 AI"


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"data_dir": tmp_path / "data", "min_schedule_interval_s": 1, "timezone": "UTC",
                              "admin_ids": ["telegram:1001"]}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def add_model(settings: Settings, store: Store, name: str = "lena", source: Path | None = None) -> ModelRecord:
    """A registered model: a copy of ``source`` (a model folder) or a placeholder folder, plus its registry row."""
    folder = settings.models_dir / name
    if source is not None:
        shutil.copytree(source, folder)
    else:
        folder.mkdir(parents=True)
        (folder / "config.json").write_text("{}")
    record = ModelRecord(name=name, handles=(name,), display_names=(name.title(),), folder=str(folder),
                         created_at=utc_now_iso(), stats={name: {"kept": 120}}, base_model="tiny")
    store.save_model(record)
    return record


@dataclass
class Post:
    chat_id: str
    response: Response
    at: float


@dataclass
class RecordingFrontend:
    """A frontend that records posts; the first ``fail_next`` posts raise like a platform error would."""

    platform: str = "console"
    posts: list[Post] = field(default_factory=list)
    fail_next: int = 0
    failures: int = 0

    async def post(self, chat_id: str, response: Response) -> None:
        if self.fail_next > 0:
            self.fail_next -= 1
            self.failures += 1
            raise ConnectionError("the platform answered 502 Bad Gateway")
        self.posts.append(Post(chat_id, response, time.time()))

    def kinds(self, kind: str) -> list[Post]:
        return [p for p in self.posts if p.response.kind == kind]


@dataclass
class ScriptedSpeaker:
    """Stands in for bot.generation.speaker.Speaker: one numbered sample per call, marker included; may fail on demand."""

    calls: list[tuple[Path, str, int]] = field(default_factory=list)
    fail_next: int = 0
    text: str = ""

    async def say(self, model_dir: Path, prompt: str, n: int) -> list[str]:
        assert model_dir.is_dir(), "the scheduler asked for a model folder that does not exist"
        self.calls.append((model_dir, prompt, n))
        if self.fail_next > 0:
            self.fail_next -= 1
            raise RuntimeError("generation blew up")
        body = self.text or f"{prompt} post {len(self.calls)}".strip()
        return [f"{body} — {MARKER}"]

    def forget(self, model_dir: Path) -> None:
        pass


async def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.02)


class Harness:
    """A store, a speaker, a recording frontend and a running ScheduleService on one data directory."""

    def __init__(self, settings: Settings, **service_kwargs: Any) -> None:
        self.settings = settings
        self.store = Store(settings.db_path)
        self.speaker = ScriptedSpeaker()
        self.frontend = RecordingFrontend()
        self.service_kwargs = {"backoff_s": 0.01, "max_backoff_s": 0.05, "max_attempts": 3, **service_kwargs}
        self.service: ScheduleService | None = None

    async def start(self, **overrides: Any) -> ScheduleService:
        self.service = ScheduleService(self.settings, self.store, self.speaker, Frontends(self.frontend),
                                       **{**self.service_kwargs, **overrides})
        await self.service.start()
        return self.service

    async def stop(self) -> None:
        if self.service is not None:
            await self.service.shutdown()
            self.service = None


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = Harness(make_settings(tmp_path))
    add_model(h.settings, h.store)
    await h.start()
    try:
        yield h
    finally:
        await h.stop()
        h.store.close()


def schedule(model: str, when: str, prompt: str = "") -> SchedulePost:
    """A /schedule command as the parser makes it (seconds parse; the minimum interval refuses them for users)."""
    return schedule_command(model, when, prompt)


def created_id(response: Response) -> int:
    assert response.kind == "info", response.text
    return int(response.text.split("#", 1)[1].split(":", 1)[0])


# -- pure helpers ---------------------------------------------------------------------------------------------
def test_x_text_is_labelled_automated_and_fits_280() -> None:
    assert x_post_text(f"hello — {MARKER}", MARKER) == f"hello — {MARKER} {X_LABEL}"
    long = x_post_text("word " * 70 + f"— {MARKER}", MARKER)
    assert long.endswith(f" — {MARKER} {X_LABEL}")
    assert weighted_length(long) <= 280 and "…" in long


# -- firing, listing, restart ---------------------------------------------------------------------------------
async def test_schedule_fires_posts_and_lists_next_run(harness: Harness) -> None:
    service = harness.service
    assert service is not None
    created = await service.create(ADMIN, schedule("lena", "every 1s", "good morning"))
    schedule_id = created_id(created)
    assert "lena posts here every 1s" in created.text and "Next post: " in created.text
    posts = await wait_for(lambda: len(harness.frontend.posts) >= 2 and harness.frontend.posts, what="two posts")
    first = posts[0]
    assert first.chat_id == "room-1"
    assert first.response.kind == "samples" and first.response.model is not None
    assert first.response.model.name == "lena" and first.response.samples[0].startswith("good morning post")
    assert harness.speaker.calls[0] == (harness.settings.models_dir / "lena", "good morning", 1)

    listing = await service.list(ADMIN)
    assert listing.kind == "list"
    assert listing.table[0] == ("ID", "Model", "When", "Prompt", "Next post", "To")
    row = listing.table[1]
    assert row[:4] == (f"#{schedule_id}", "lena", "every 1s", "good morning") and row[5] == "here"
    assert row[4].endswith(" UTC")
    assert f"#{schedule_id}" in listing.text and "good morning" in listing.text
    other_chat = await service.list(Caller("console", "me", "room-2"))
    assert "No scheduled posts" in other_chat.text


async def test_schedule_survives_restart_and_fires_again(tmp_path: Path) -> None:
    h = Harness(make_settings(tmp_path))
    add_model(h.settings, h.store)
    service = await h.start()
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s")))
    await wait_for(lambda: h.frontend.posts, what="a first post")
    await h.stop()
    before = len(h.frontend.posts)
    await asyncio.sleep(0.3)

    service = await h.start()  # a new service on the same database file: what a restarted bot does
    listing = await service.list(ADMIN)
    assert listing.table[1][:3] == (f"#{schedule_id}", "lena", "every 1s")
    assert service.next_run_time(schedule_id) is not None
    await wait_for(lambda: len(h.frontend.posts) > before, what="a post after the restart")
    await h.stop()
    h.store.close()


async def test_restart_after_downtime_posts_missed_runs_once(tmp_path: Path) -> None:
    h = Harness(make_settings(tmp_path))
    add_model(h.settings, h.store)
    service = await h.start()
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s")))
    await h.stop()
    await asyncio.sleep(3.3)  # three runs missed while "the bot was down"

    service = await h.start()
    await wait_for(lambda: h.frontend.posts, what="the catch-up post")
    next_run = service.next_run_time(schedule_id)
    assert next_run is not None
    await asyncio.sleep(max(0.0, next_run.timestamp() - time.time() - 0.1))
    # Everything posted before the next regular run is the catch-up: coalesced into one post, not three.
    assert len([p for p in h.frontend.posts if p.at < next_run.timestamp() - 0.05]) == 1
    await h.stop()
    h.store.close()


async def test_restart_long_after_a_missed_run_skips_it(tmp_path: Path) -> None:
    h = Harness(make_settings(tmp_path), misfire_grace_s=1)
    add_model(h.settings, h.store)
    service = await h.start()
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 3s")))
    missed = service.next_run_time(schedule_id)
    assert missed is not None
    await h.stop()
    await asyncio.sleep(max(0.0, missed.timestamp() + 1.8 - time.time()))  # 1.8 s late: beyond the 1 s grace

    service = await h.start()
    await asyncio.sleep(0.6)
    assert h.frontend.posts == []  # the stale run was dropped ...
    await wait_for(lambda: h.frontend.posts, timeout=5, what="the next regular post")  # ... the schedule goes on
    assert h.frontend.posts[0].at >= missed.timestamp() + 2.9
    await h.stop()
    h.store.close()


async def test_unschedule_removes_only_in_its_own_chat(harness: Harness) -> None:
    service = harness.service
    assert service is not None
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1h")))
    elsewhere = await service.remove(Caller("console", "me", "room-2"), Unschedule(schedule_id))
    assert elsewhere.kind == "error" and f"no schedule #{schedule_id} in this chat" in elsewhere.text
    assert service.next_run_time(schedule_id) is not None

    removed = await service.remove(ADMIN, parse_command(f"/unschedule #{schedule_id}"))
    assert removed.kind == "info" and f"#{schedule_id}" in removed.text
    assert service.next_run_time(schedule_id) is None
    assert service.store.get_schedule(schedule_id) is None
    assert "No scheduled posts" in (await service.list(ADMIN)).text
    again = await service.remove(ADMIN, Unschedule(schedule_id))
    assert again.kind == "error"


async def test_unscheduled_job_stops_posting(harness: Harness) -> None:
    service = harness.service
    assert service is not None
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s")))
    await wait_for(lambda: harness.frontend.posts, what="a post")
    await service.remove(ADMIN, Unschedule(schedule_id))
    count = len(harness.frontend.posts)
    await asyncio.sleep(1.5)
    assert len(harness.frontend.posts) == count


# -- refusals -------------------------------------------------------------------------------------------------
async def test_refusals_are_clear_and_create_nothing(tmp_path: Path) -> None:
    h = Harness(make_settings(tmp_path, min_schedule_interval_s=15 * 60, max_schedules_per_chat=2,
                              max_prompt_chars=20))
    add_model(h.settings, h.store)
    service = await h.start()
    cases = {
        "every 1m": "would post every 1 min; schedules here may post at most every 15 min",
        "*/5 * * * *": "would post every 5 min",
        "0 0 30 2 *": "at most once",
    }
    for when, expected in {"0 9,9 * 13 *": "is not a valid cron expression",
                           "sometimes": "I can't read the schedule"}.items():
        with pytest.raises(CommandError, match=expected):  # refused by the command parser already
            schedule("lena", when)
    for when, expected in cases.items():
        response = await service.create(ADMIN, schedule("lena", when))
        assert response.kind == "error" and response.private, when
        assert expected in response.text, (when, response.text)
        assert "\n" not in response.text

    unknown = await service.create(ADMIN, parse_command("/schedule nobody every 2h"))
    assert "I don't know a model called 'nobody'" in unknown.text
    not_admin = await service.create(TELEGRAM_USER, schedule("lena", "every 2h"))
    assert "not allowed to schedule posts" in not_admin.text
    bad_tz = await service.create(ADMIN, schedule("lena", "0 9 * * *", "tz=Mars/Olympus hello"))
    assert "I don't know the time zone 'Mars/Olympus'" in bad_tz.text
    no_x = await service.create(ADMIN, schedule("lena", "every 2h", "to=x hello"))
    assert "Posting to X is not configured" in no_x.text and "MIMICBIRD_X_CONSUMER_KEY" in no_x.text
    elsewhere = await service.create(ADMIN, schedule("lena", "every 2h", "to=myspace"))
    assert "not to 'myspace'" in elsewhere.text and "on Mastodon (to=mastodon)" in elsewhere.text
    long_prompt = await service.create(ADMIN, schedule("lena", "every 2h", "x" * 21))
    assert "21 characters long; please keep it to 20" in long_prompt.text
    assert service.store.schedules() == []

    for _ in range(2):
        assert (await service.create(ADMIN, schedule("lena", "every 2h"))).kind == "info"
    full = await service.create(ADMIN, schedule("lena", "every 3h"))
    assert "already has 2 scheduled posts" in full.text
    assert len(service.store.schedules()) == 2
    refused = await service.remove(TELEGRAM_USER, Unschedule(1))
    assert "not allowed" in refused.text
    await h.stop()
    h.store.close()


async def test_cron_in_the_chats_time_zone(harness: Harness) -> None:
    service = harness.service
    assert service is not None
    command = parse_command("/schedule lena 0 9 * * * tz=Europe/Berlin Guten Morgen")
    created = await service.create(ADMIN, command)
    schedule_id = created_id(created)
    row = service.store.get_schedule(schedule_id)
    assert row is not None and (row.timezone, row.prompt, row.when) == ("Europe/Berlin", "Guten Morgen", "0 9 * * *")
    next_run = service.next_run_time(schedule_id)
    assert next_run is not None
    local = next_run.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.hour, local.minute) == (9, 0)
    assert local.strftime("%Y-%m-%d 09:00 %Z") in created.text  # shown in the schedule's zone (CET/CEST)


# -- forgotten models -----------------------------------------------------------------------------------------
async def test_forgotten_model_disables_its_schedules_with_a_message(harness: Harness) -> None:
    service = harness.service
    assert service is not None
    add_model(harness.settings, harness.store, "ivo")
    lena_id = created_id(await service.create(ADMIN, schedule("lena", "every 1h")))
    ivo_id = created_id(await service.create(ADMIN, schedule("ivo", "every 1h")))

    harness.store.delete_model("lena")
    assert await service.on_model_forgotten("lena") == 1
    notice = harness.frontend.posts[-1]
    assert notice.chat_id == "room-1" and f"#{lena_id}" in notice.response.text
    assert "the model lena was forgotten" in notice.response.text
    assert service.next_run_time(lena_id) is None and service.next_run_time(ivo_id) is not None
    row = service.store.get_schedule(lena_id)
    assert row is not None and not row.enabled
    listing = await service.list(ADMIN)
    assert "off: the model lena was forgotten" in listing.text
    assert (await service.create(ADMIN, schedule("lena", "every 1h"))).kind == "error"
    assert await service.on_model_forgotten("lena") == 0  # nothing left to disable, no second message


async def test_model_gone_at_fire_time_disables_the_schedule(harness: Harness) -> None:
    service = harness.service
    assert service is not None
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s")))
    shutil.rmtree(harness.settings.models_dir / "lena")  # deleted behind the bot's back
    notice = await wait_for(lambda: harness.frontend.posts, what="the disabled notice")
    assert "is off: the model lena is gone" in notice[0].response.text
    assert service.next_run_time(schedule_id) is None
    await asyncio.sleep(1.2)
    assert len(harness.frontend.posts) == 1 and harness.speaker.calls == []


async def test_opted_out_accounts_cannot_be_scheduled(tmp_path: Path) -> None:
    from bot.core.access import AccessPolicy

    h = Harness(make_settings(tmp_path))
    add_model(h.settings, h.store)
    await h.start()
    refused = await h.service.create(ADMIN, schedule("lena", "every 1h"))  # type: ignore[union-attr]
    assert refused.kind == "info"  # allowed now ...
    await h.stop()
    # ... and the account opts out later: the next run disables the schedule instead of posting
    h.settings = make_settings(tmp_path, opt_out_handles=["@Lena"])
    service = await h.start(access=AccessPolicy(h.settings))
    refused = await service.create(ADMIN, schedule("lena", "every 1h"))
    assert refused.kind == "error" and "@lena has asked not to be imitated" in refused.text
    await service.fire(1)
    assert "is off: @lena has asked not to be imitated" in h.frontend.posts[-1].response.text
    assert h.speaker.calls == [] and service.next_run_time(1) is None
    await h.stop()
    h.store.close()


# -- failures -------------------------------------------------------------------------------------------------
async def test_failing_frontend_is_retried_then_reported_once(harness: Harness, caplog: pytest.LogCaptureFixture
                                                              ) -> None:
    service = harness.service
    assert service is not None
    frontend = harness.frontend
    frontend.fail_next = 3  # every attempt of the first run fails
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s")))
    reports = await wait_for(lambda: frontend.kinds("error"), what="the failure report")
    assert frontend.failures == 3 and len(harness.speaker.calls) == 1  # one sample, posted three times
    assert f"Scheduled post #{schedule_id} (lena, every 1s) failed after 3 attempts" in reports[0].response.text
    assert "ConnectionError: the platform answered 502 Bad Gateway" in reports[0].response.text
    assert any("schedule.post_failed" in r.message for r in caplog.records)
    row = service.store.get_schedule(schedule_id)
    assert row is not None and row.last_error and row.enabled
    assert f"#{schedule_id}: the last post failed: ConnectionError" in (await service.list(ADMIN)).text

    frontend.fail_next = 3  # the next run fails again: logged, not reported a second time
    await wait_for(lambda: frontend.failures == 6 and service.store.get_schedule(schedule_id).last_error, what="a second failure")
    await wait_for(lambda: frontend.kinds("samples"), what="a successful post")
    assert len(frontend.kinds("error")) == 1
    await wait_for(lambda: not service.store.get_schedule(schedule_id).last_error, what="the error cleared after success")


async def test_generation_errors_never_crash_the_scheduler(harness: Harness) -> None:
    service = harness.service
    assert service is not None
    harness.speaker.fail_next = 3
    created_id(await service.create(ADMIN, schedule("lena", "every 1s")))
    await wait_for(lambda: harness.frontend.kinds("error"), what="the failure report")
    assert "generation blew up" in harness.frontend.kinds("error")[0].response.text
    await wait_for(lambda: harness.frontend.kinds("samples"), what="the next run posting")


async def test_the_app_starts_the_scheduler_after_its_frontends(tmp_path: Path, tiny_model_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A post that fell due while the bot was down goes out at once, through a frontend attached first."""
    from bot.app import build_services

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    settings = make_settings(tmp_path, max_new_tokens=20, batch_window_ms=5)
    h = Harness(settings)
    add_model(settings, h.store, source=tiny_model_dir)
    service = await h.start()
    created_id(await service.create(ADMIN, schedule("lena", "every 1h")))
    await h.stop()
    h.store.update_schedule(1, next_run_at=time.time() - 60)  # due a minute ago, while "the bot was down"
    h.store.close()

    services = build_services(settings)
    try:
        await services.start()
        services.attach(h.frontend)  # a frontend without start/stop of its own: attached only
        await asyncio.sleep(0.3)
        assert h.frontend.posts == []  # nothing fires before the scheduler starts ...
        await services.start_scheduler()
        posts = await wait_for(lambda: h.frontend.kinds("samples"), timeout=30, what="the missed post")
        assert posts[0].chat_id == "room-1" and not h.frontend.kinds("error")  # ... and then it has a frontend
    finally:
        services.running.clear()
        await services.close()


async def test_missing_frontend_is_logged_not_retried(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    h = Harness(make_settings(tmp_path))
    add_model(h.settings, h.store)
    service = await h.start()
    caller = Caller("discord", "1", "42", is_platform_admin=True)  # no Discord frontend is running
    schedule_id = created_id(await service.create(caller, schedule("lena", "every 1s")))
    await wait_for(lambda: any("schedule.post_failed" in r.message for r in caplog.records), what="the failure log")
    row = service.store.get_schedule(schedule_id)
    assert row is not None and "discord frontend is not running" in row.last_error
    assert len(h.speaker.calls) == 1 and h.frontend.posts == []
    await h.stop()
    h.store.close()


# -- X -----------------------------------------------------------------------------------------------------
async def test_posts_to_fake_x_labelled_automated(tmp_path: Path) -> None:
    with FakeXApi() as api:
        settings = make_settings(tmp_path, x_consumer_key="ck-secret-1", x_consumer_secret="cs-secret-2",
                                 x_access_token="at-secret-3", x_access_token_secret="ats-secret-4")
        h = Harness(settings)
        add_model(settings, h.store)
        service = await h.start()
        client = service.posters["x"].client()
        assert isinstance(client, tweepy.Client) and client.consumer_key == "ck-secret-1"
        redirect_client(client, api.base_url)
        h.speaker.text = "word " * 70  # long: trimmed so that marker and label still fit
        schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s", "to=x")))
        assert service.store.get_schedule(schedule_id).destination == "x"
        notice = await wait_for(lambda: h.frontend.posts, what="the chat notice")
        await h.stop()
        text = api.posted[0]
        assert text.endswith(f"— {MARKER} {X_LABEL}") and weighted_length(text) <= 280
        request = api.requests_to("/2/tweets")[0]
        assert request.method == "POST" and request.auth_scheme == "OAuth"  # OAuth 1.0a user context
        assert "Posted on X for lena" in notice[0].response.text
        assert "https://x.com/i/web/status/" in notice[0].response.text
        h.store.close()


async def test_x_failure_retried_then_reported_in_chat(tmp_path: Path) -> None:
    with FakeXApi() as api:
        settings = make_settings(tmp_path, x_user_token="oauth2-user-token-secret")
        h = Harness(settings)
        add_model(settings, h.store)
        service = await h.start()
        redirect_client(service.posters["x"].client(), api.base_url)
        for _ in range(3):
            api.fail_once(403, "Forbidden", "You are not permitted to perform this action.", path_prefix="/2/tweets")
        schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s", "to=x")))
        report = await wait_for(lambda: h.frontend.kinds("error"), what="the failure report")
        assert f"#{schedule_id}" in report[0].response.text and "failed on X after 3 attempts" in report[0].response.text
        assert "HTTP 403" in report[0].response.text and "not permitted" in report[0].response.text
        assert "oauth2-user-token-secret" not in report[0].response.text
        await wait_for(lambda: api.posted, what="a post once X accepts again")
        assert api.requests_to("/2/tweets")[-1].auth_scheme == "Bearer"  # OAuth 2.0 user token
        await h.stop()
        h.store.close()


# -- through the real command core and chat frontends, against the fake servers --------------------------------
def due_now(service: ScheduleService, schedule_id: int) -> None:
    """Make a schedule's timer due at once with APScheduler's own API (instead of waiting a minute for 'every 1m')."""
    assert service.timers is not None
    service.timers.modify_job(timer_id(schedule_id), next_run_time=datetime.now(UTC))


def build_core(settings: Settings, store: Store, speaker: Any, **service_kwargs: Any) -> tuple[Any, ScheduleService]:
    """The real CommandCore (with its JobQueue, not started: nothing trains here) and a ScheduleService."""
    from bot.core.command_core import CommandCore
    from bot.training.queue import JobQueue

    kwargs = {"backoff_s": 0.01, "max_backoff_s": 0.05, "max_attempts": 3, **service_kwargs}
    frontends = Frontends()
    service = ScheduleService(settings, store, speaker, frontends, **kwargs)
    core = CommandCore(settings, store, JobQueue(settings, store), speaker, schedules=service, frontends=frontends)
    return core, service


async def test_telegram_schedule_list_fire_fail_forget_unschedule(tmp_path: Path) -> None:
    from bot.frontends.telegram.frontend import TelegramFrontend

    async with FakeTelegram() as tg:
        settings = make_settings(tmp_path, telegram_token=TOKEN, min_schedule_interval_s=60)
        store = Store(settings.db_path)
        add_model(settings, store)
        speaker = ScriptedSpeaker()
        core, service = build_core(settings, store, speaker)
        frontend = TelegramFrontend(core, settings, base_url=tg.base_url, base_file_url=tg.base_file_url)
        core.frontends.add(frontend)
        await service.start()
        await frontend.start()
        try:
            in_group = {"chat": GROUP_CHAT}
            group_id = GROUP_CHAT["id"]

            def reply_to(message: dict[str, Any]) -> Callable[[Any], bool]:
                return lambda c: (c.params.get("reply_parameters") or {}).get("message_id") == message["message_id"]

            too_fast = tg.command("/schedule lena every 30s", **in_group)
            call = await tg.wait_call("sendMessage", reply_to(too_fast))
            assert "every 30s" in call.sent_text  # the parser's or the service's refusal: no seconds for users
            assert service.store.schedules() == []
            not_admin = tg.command("/schedule lena every 1h", user=OTHER_USER, **in_group)
            call = await tg.wait_call("sendMessage", reply_to(not_admin))
            assert "not allowed to schedule posts" in call.sent_text

            created = tg.command("/schedule lena every 1m good <b>morning</b> @everyone", **in_group)
            call = await tg.wait_call("sendMessage", reply_to(created))
            assert "Scheduled #1: lena posts here every 1m" in call.sent_text
            listing = tg.command("/schedules", **in_group)
            call = await tg.wait_call("sendMessage", reply_to(listing))
            assert "#1" in call.sent_text and "lena" in call.sent_text and "every 1m" in call.sent_text
            assert " UTC" in call.sent_text

            due_now(service, 1)
            post = await tg.wait_call("sendMessage", lambda c: "post 1" in c.sent_text)
            assert post.params["chat_id"] == group_id
            assert "good <b>morning</b> @everyone post 1" in post.sent_text  # shown literally: no markup injected
            await wait_for(lambda: service.store.get_schedule(1).last_run_at, what="the first post to finish")

            for _ in range(3):  # Telegram fails every attempt of the next run: retried, then reported once
                tg.fail_once("sendMessage", 502, "Bad Gateway")
            due_now(service, 1)
            report = await tg.wait_call("sendMessage", lambda c: "failed after 3 attempts" in c.sent_text)
            assert report.params["chat_id"] == group_id and "Scheduled post #1 (lena, every 1m)" in report.sent_text
            assert TOKEN not in report.sent_text

            forget = tg.command("/forget lena", **in_group)
            await tg.wait_call("sendMessage", reply_to(forget))
            notice = await tg.wait_call("sendMessage", lambda c: "is off: the model lena was forgotten" in c.sent_text)
            assert notice.params["chat_id"] == group_id
            assert service.next_run_time(1) is None

            unschedule = tg.command("/unschedule 1", **in_group)
            call = await tg.wait_call("sendMessage", reply_to(unschedule))
            assert "Removed schedule #1" in call.sent_text
            assert service.store.schedules() == []
        finally:
            await frontend.stop()
            await service.shutdown()
            store.close()


async def test_discord_schedule_posts_to_the_channel_pinging_nobody(tmp_path: Path) -> None:
    from bot.frontends.discord.frontend import DiscordFrontend

    admin_role, channel_id = 400_000_000_000_000_001, 222_000_000_000_000_555
    async with FakeDiscord() as fake:
        with fake.patched():
            settings = make_settings(tmp_path, discord_token=fake.bot_token, discord_guild_ids=list(fake.guilds),
                                     discord_admin_role_ids=[admin_role], min_schedule_interval_s=60)
            store = Store(settings.db_path)
            add_model(settings, store)
            speaker = ScriptedSpeaker()
            core, service = build_core(settings, store, speaker)
            frontend = DiscordFrontend(core, settings, guild_ready_timeout=0.05)
            core.frontends.add(frontend)
            await service.start()
            await frontend.start()
            try:
                await fake.add_role(next(iter(fake.guilds)), admin_role, "bot admins")
                record = await fake.send_interaction(fake.command_interaction(
                    "schedule", {"model": "lena", "when": "0 9 * * 1-5", "prompt": "hi @everyone"},
                    roles=(admin_role,), channel_id=channel_id))
                message = await fake.wait_for_original(record, lambda m: "Scheduled #1" in str(m))
                assert "at cron '0 9 * * 1-5' (UTC)" in str(message)
                row = service.store.get_schedule(1)
                assert row is not None and (row.platform, row.chat_id) == ("discord", str(channel_id))
                next_run = service.next_run_time(1)
                assert next_run is not None and next_run.weekday() < 5 and next_run.hour == 9

                due_now(service, 1)
                posted = await fake.wait_until(
                    lambda: [m for m in fake.messages.values()
                             if m["channel_id"] == str(channel_id) and "post 1" in str(m)],
                    what="the scheduled post in the channel")
                assert "hi @everyone post 1" in str(posted[0])
                post_requests = [r for r in fake.requests if r.method == "POST"
                                 and r.path == f"/channels/{channel_id}/messages"]
                assert post_requests and all(r.json.get("allowed_mentions") == {"parse": []} for r in post_requests)

                record = await fake.send_interaction(fake.command_interaction(
                    "unschedule", {"schedule": 1}, roles=(admin_role,), channel_id=channel_id))
                await fake.wait_for_original(record, lambda m: "Removed schedule #1" in str(m))
                assert service.store.schedules() == []
            finally:
                await frontend.stop()
                await service.shutdown()
                store.close()


async def test_schedule_survives_a_killed_bot_process(tmp_path: Path) -> None:
    """A process creates a schedule and is killed (SIGKILL); a new service on the same files posts it."""
    import subprocess
    import sys

    settings = make_settings(tmp_path)
    store = Store(settings.db_path)
    add_model(settings, store)
    store.close()
    child = f"""
import asyncio, sys
from bot.core.commands import schedule_command
from bot.core.responses import Caller, Frontends
from bot.scheduling.service import ScheduleService
from bot.settings import Settings
from bot.store import Store

async def main():
    settings = Settings(_env_file=None, data_dir={str(settings.data_dir)!r}, min_schedule_interval_s=1)
    service = ScheduleService(settings, Store(settings.db_path), speaker=None, frontends=Frontends())
    await service.start()
    response = await service.create(Caller("console", "me", "room-1"),
                                    schedule_command("lena", "every 1s", "after the crash"))
    print(response.text, flush=True)
    await asyncio.sleep(60)

asyncio.run(main())
"""
    process = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parents[1])
    try:
        line = await asyncio.to_thread(process.stdout.readline)  # type: ignore[union-attr]
        assert line.startswith("Scheduled #1"), line
    finally:
        process.kill()
        process.wait(10)
        process.stdout.close()  # type: ignore[union-attr]

    h = Harness(settings)
    service = await h.start()
    assert (await service.list(ADMIN)).table[1][:3] == ("#1", "lena", "every 1s")
    posts = await wait_for(lambda: h.frontend.posts, what="a post after the crash")
    assert posts[0].response.samples[0].startswith("after the crash post")
    await h.stop()
    h.store.close()


async def test_console_schedule_command_posts_in_the_terminal(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from bot.frontends.console import ConsoleFrontend

    settings = make_settings(tmp_path, min_schedule_interval_s=60)
    store = Store(settings.db_path)
    add_model(settings, store)
    core, service = build_core(settings, store, ScriptedSpeaker())
    output = io.StringIO()
    frontend = ConsoleFrontend(core, settings, stdin=io.StringIO(), console=Console(file=output, width=160),
                               user_id="me")
    core.frontends.add(frontend)
    await service.start()
    try:
        await frontend.command("schedule lena every 1m tz=Europe/Berlin hello terminal")
        assert "Scheduled #1: lena posts here every 1m from the prompt “hello terminal”" in output.getvalue()
        await frontend.command("schedules")
        assert "every 1m" in output.getvalue() and "hello terminal" in output.getvalue()
        due_now(service, 1)
        await wait_for(lambda: "hello terminal post 1" in output.getvalue(), what="the post in the terminal")
        await frontend.command("unschedule 1")
        assert "Removed schedule #1" in output.getvalue()
    finally:
        await service.shutdown()
        store.close()


async def test_real_speaker_posts_a_filtered_sample_from_the_tiny_model(tmp_path: Path, tiny_model_dir: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole post path with bot.generation.speaker.Speaker and bot.generation.generator.Generator on the tiny model."""
    from bot.generation.generator import Generator
    from bot.generation.speaker import Speaker

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    settings = make_settings(tmp_path, max_new_tokens=20)
    h = Harness(settings)
    add_model(settings, h.store, source=tiny_model_dir)
    generator = Generator(capacity=1, batch_window_ms=5, seed=0)
    h.speaker = Speaker(generator, settings)  # type: ignore[assignment]
    service = await h.start()
    try:
        created_id(await service.create(ADMIN, schedule("lena", "every 1s", "@everyone wake up")))
        posts = await wait_for(lambda: h.frontend.kinds("samples"), timeout=30, what="a generated post")
        sample = posts[0].response.samples[0]
        assert sample.startswith("@\u200beveryone wake up")  # the /say filters ran: nobody is pinged
        assert sample.endswith(f" — {settings.ai_marker}") and weighted_length(sample) <= 280
        assert posts[0].response.model is not None and posts[0].response.model.name == "lena"
    finally:
        await h.stop()
        await generator.close()
        h.store.close()
