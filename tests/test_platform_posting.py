"""Scheduled posts on Bluesky and Mastodon: the real ``atproto`` AsyncClient and ``Mastodon.py`` client, driven by
the real ScheduleService and APScheduler, against the fake Bluesky PDS and the fake Mastodon instance on
127.0.0.1 (``tests/fakes/``). What reaches the platform (text, AI marker, label, length, visibility), the link
back in the chat, the session kept and renewed, retries then one report, and the refusal when not configured.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.scheduling.bluesky_poster import BLUESKY_MAX_GRAPHEMES, bluesky_post_text, graphemes
from bot.scheduling.mastodon_poster import mastodon_post_text
from bot.scheduling.posters import X_LABEL
from tests.fakes import fake_mastodon
from tests.fakes.fake_bluesky import FakeBluesky, fake_did
from tests.fakes.fake_mastodon import FakeMastodon
from tests.test_scheduler import (
    ADMIN,
    MARKER,
    Harness,
    add_model,
    created_id,
    make_settings,
    schedule,
    wait_for,
)

pytestmark = pytest.mark.timeout(90)

APP_PASSWORD = "abcd-efgh-ijkl-mnop"
MASTODON_TOKEN = "mastodon-write-token-0123456789"


# -- the texts ------------------------------------------------------------------------------------------------
def test_texts_keep_marker_and_label_within_each_platforms_limit() -> None:
    assert bluesky_post_text(f"hello — {MARKER}", MARKER) == f"hello — {MARKER} {X_LABEL}"
    emoji = "👩‍👩‍👧‍👦"  # one grapheme of seven code points
    assert graphemes(emoji * 3) == 3 and graphemes("e\u0301") == 1
    long = bluesky_post_text("bread " * 80 + f"— {MARKER}", MARKER)
    assert long.endswith(f" — {MARKER} {X_LABEL}") and "…" in long and graphemes(long) <= BLUESKY_MAX_GRAPHEMES
    families = bluesky_post_text(f"{emoji} " * 150 + f"— {MARKER}", MARKER)
    assert graphemes(families) <= BLUESKY_MAX_GRAPHEMES and families.endswith(X_LABEL)
    assert mastodon_post_text(f"hi — {MARKER}", MARKER) == f"hi — {MARKER} {X_LABEL}"
    short = mastodon_post_text("toot " * 60 + f"— {MARKER}", MARKER, max_characters=120)
    assert len(short) <= 120 and short.endswith(f"— {MARKER} {X_LABEL}")


# -- Bluesky ----------------------------------------------------------------------------------------------------
@pytest.fixture
def bsky() -> Any:
    with FakeBluesky() as fake:
        fake.add_account("mimic-bot.bsky.social", "Mimic Bot", app_password=APP_PASSWORD)
        yield fake


def bluesky_settings(tmp_path: Path, bsky: FakeBluesky, **overrides: Any) -> Any:
    values = {"bluesky_handle": "@mimic-bot.bsky.social", "bluesky_app_password": APP_PASSWORD,
              "bluesky_pds_url": bsky.base_url, **overrides}
    return make_settings(tmp_path, **values)


@pytest.fixture
async def on_bluesky(tmp_path: Path, bsky: FakeBluesky) -> AsyncIterator[Harness]:
    h = Harness(bluesky_settings(tmp_path, bsky))
    add_model(h.settings, h.store)
    await h.start()
    try:
        yield h
    finally:
        await h.stop()
        h.store.close()


async def test_posts_reach_bluesky_with_marker_label_and_a_link_in_the_chat(
        on_bluesky: Harness, bsky: FakeBluesky, caplog: pytest.LogCaptureFixture) -> None:
    service = on_bluesky.service
    assert service is not None
    on_bluesky.speaker.text = "bread " * 80  # longer than Bluesky's 300 graphemes once labelled: trimmed
    created = await service.create(ADMIN, schedule("lena", "every 1s", "to=bluesky"))
    schedule_id = created_id(created)
    assert "lena posts on Bluesky every 1s" in created.text
    notices = await wait_for(lambda: len(on_bluesky.frontend.posts) >= 2 and on_bluesky.frontend.posts,
                             what="two posts")
    await on_bluesky.stop()
    first = bsky.created[0]
    assert first.collection == "app.bsky.feed.post" and first.repo == fake_did("mimic-bot.bsky.social")
    text = first.record["text"]
    assert text.endswith(f"— {MARKER} {X_LABEL}") and "…" in text and graphemes(text) <= 300
    assert first.record["$type"] == "app.bsky.feed.post" and first.record["createdAt"]
    rkey = first.uri.rsplit("/", 1)[1]
    notice = notices[0].response
    assert notice.kind == "info" and notice.text.startswith("Posted on Bluesky for lena: bread bread")
    assert f"https://bsky.app/profile/mimic-bot.bsky.social/post/{rkey}" in notice.lines
    assert notices[0].chat_id == "room-1"
    # one login for every post: the session is kept (Bluesky rate-limits createSession)
    assert len(bsky.requests_to("/xrpc/com.atproto.server.createSession")) == 1
    assert all(r.auth_scheme == "Bearer" for r in bsky.requests_to("/xrpc/com.atproto.repo.createRecord"))
    listing = await service.list(ADMIN)
    assert listing.table[1][0] == f"#{schedule_id}" and listing.table[1][5] == "Bluesky"
    assert APP_PASSWORD not in caplog.text


async def test_a_refused_session_logs_in_again_and_posts_once(on_bluesky: Harness, bsky: FakeBluesky) -> None:
    service = on_bluesky.service
    assert service is not None
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1h", "to=bluesky")))
    await service.fire(schedule_id)  # the timer's own call, now instead of in an hour
    bsky._sessions.clear()  # the PDS forgets the session (expired, revoked): createRecord answers 401
    await service.fire(schedule_id)
    assert len(bsky.posted) == 2 and len(on_bluesky.frontend.kinds("info")) == 2
    assert len(bsky.requests_to("/xrpc/com.atproto.server.createSession")) == 2
    assert len(bsky.requests_to("/xrpc/com.atproto.repo.createRecord")) == 3  # one refused, none twice
    assert on_bluesky.frontend.kinds("error") == [] and not service.store.get_schedule(schedule_id).last_error


async def test_bluesky_failures_are_retried_then_reported_once(on_bluesky: Harness, bsky: FakeBluesky) -> None:
    service = on_bluesky.service
    assert service is not None
    for _ in range(6):  # two runs of three attempts
        bsky.fail_xrpc_next(500, "InternalServerError", "the PDS is having a bad day",
                            "/xrpc/com.atproto.repo.createRecord")
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s", "to=bluesky")))
    reports = await wait_for(lambda: on_bluesky.frontend.kinds("error"), what="the failure report")
    text = reports[0].response.text
    assert f"Scheduled post #{schedule_id} (lena, every 1s) failed on Bluesky after 3 attempts" in text
    assert "HTTP 500: InternalServerError: the PDS is having a bad day" in text and APP_PASSWORD not in text
    await wait_for(lambda: on_bluesky.frontend.kinds("info"), what="a post once the PDS recovers", timeout=20)
    await on_bluesky.stop()
    assert len(on_bluesky.frontend.kinds("error")) == 1  # the second failing run was logged, not reported
    assert len(on_bluesky.speaker.calls) >= 2 and not service.store.get_schedule(schedule_id).last_error


async def test_a_wrong_app_password_is_reported_without_hammering_the_login(tmp_path: Path,
                                                                           bsky: FakeBluesky) -> None:
    h = Harness(bluesky_settings(tmp_path, bsky, bluesky_app_password="wrong-pass-word-here"))
    add_model(h.settings, h.store)
    service = await h.start()
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s", "to=bluesky")))
    reports = await wait_for(lambda: h.frontend.kinds("error"), what="the failure report")
    await h.stop()
    text = reports[0].response.text
    assert f"#{schedule_id}" in text and "failed on Bluesky after 1 attempt:" in text
    assert "Bluesky refused the login of @mimic-bot.bsky.social" in text and "MIMICBIRD_BLUESKY_APP_PASSWORD" in text
    assert "wrong-pass-word-here" not in text and bsky.posted == []
    logins = bsky.requests_to("/xrpc/com.atproto.server.createSession")
    assert len(logins) == len(h.speaker.calls)  # one login per scheduled run, no retries in between
    h.store.close()


# -- Mastodon ---------------------------------------------------------------------------------------------------
@pytest.fixture
def masto() -> Any:
    with FakeMastodon("bots.example.social") as fake:
        fake.add_account("mimicbot", "Mimic Bot", bot=True)
        fake.add_token(MASTODON_TOKEN, "mimicbot")
        yield fake


@pytest.fixture
async def on_mastodon(tmp_path: Path, masto: FakeMastodon) -> AsyncIterator[Harness]:
    h = Harness(make_settings(tmp_path, mastodon_post_url=masto.base_url, mastodon_access_token=MASTODON_TOKEN))
    add_model(h.settings, h.store)
    await h.start()
    try:
        yield h
    finally:
        await h.stop()
        h.store.close()


async def test_posts_reach_mastodon_unlisted_with_marker_label_and_a_link(
        on_mastodon: Harness, masto: FakeMastodon, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(fake_mastodon, "MAX_CHARACTERS", 150)  # an instance with a small limit says so
    caplog.set_level(logging.DEBUG)
    service = on_mastodon.service
    assert service is not None
    on_mastodon.speaker.text = "toot " * 50
    created = await service.create(ADMIN, schedule("lena", "every 1s", "to=mastodon"))
    assert "lena posts on Mastodon every 1s" in created.text
    notices = await wait_for(lambda: len(on_mastodon.frontend.posts) >= 2 and on_mastodon.frontend.posts,
                             what="two posts")
    await on_mastodon.stop()
    posted = masto.posted[0]
    assert posted["visibility"] == "unlisted" and posted["account"] == "mimicbot"
    assert posted["status"].endswith(f"— {MARKER} {X_LABEL}") and len(posted["status"]) <= 150
    assert posted["idempotency_key"] and posted["idempotency_key"] != masto.posted[1]["idempotency_key"]
    status = masto.accounts[next(iter(masto.accounts))].statuses[-1]  # the first one posted
    notice = notices[0].response
    assert notice.text.startswith("Posted on Mastodon for lena: toot toot")
    assert status["url"] in notice.lines and status["url"].startswith("https://bots.example.social/@mimicbot/")
    statuses = [r for r in masto.requests_to("/api/v1/statuses") if r.method == "POST"]
    assert all(r.auth_scheme == "Bearer" for r in statuses)
    assert len(masto.requests_to("/api/v2/instance")) <= 2  # the limit is read once, not per post
    assert MASTODON_TOKEN not in caplog.text


async def test_public_visibility_is_a_setting(tmp_path: Path, masto: FakeMastodon) -> None:
    h = Harness(make_settings(tmp_path, mastodon_post_url=masto.base_url, mastodon_access_token=MASTODON_TOKEN,
                              mastodon_post_visibility="public"))
    add_model(h.settings, h.store)
    service = await h.start()
    created_id(await service.create(ADMIN, schedule("lena", "every 1s", "to=mastodon")))
    await wait_for(lambda: masto.posted, what="a post")
    await h.stop()
    assert masto.posted[0]["visibility"] == "public"
    h.store.close()


async def test_mastodon_failures_are_retried_then_reported_once(on_mastodon: Harness, masto: FakeMastodon) -> None:
    service = on_mastodon.service
    assert service is not None
    for _ in range(6):
        masto.fail_api_next(503, "the instance is under maintenance", "/api/v1/statuses")
    schedule_id = created_id(await service.create(ADMIN, schedule("lena", "every 1s", "to=mastodon")))
    reports = await wait_for(lambda: on_mastodon.frontend.kinds("error"), what="the failure report")
    text = reports[0].response.text
    assert f"#{schedule_id} (lena, every 1s) failed on Mastodon after 3 attempts" in text
    assert "HTTP 503: the instance is under maintenance" in text and MASTODON_TOKEN not in text
    await wait_for(lambda: on_mastodon.frontend.kinds("info"), what="a post once the instance is back", timeout=20)
    assert masto.posted
    await on_mastodon.stop()
    assert len(on_mastodon.frontend.kinds("error")) == 1


async def test_a_refused_mastodon_token_is_not_retried(tmp_path: Path, masto: FakeMastodon) -> None:
    h = Harness(make_settings(tmp_path, mastodon_post_url=masto.base_url, mastodon_access_token="revoked-token-xyz"))
    add_model(h.settings, h.store)
    service = await h.start()
    created_id(await service.create(ADMIN, schedule("lena", "every 1s", "to=mastodon")))
    reports = await wait_for(lambda: h.frontend.kinds("error"), what="the failure report")
    await h.stop()
    text = reports[0].response.text
    assert "failed on Mastodon after 1 attempt: Mastodon refused the bot's access token (HTTP 401" in text
    assert "write:statuses" in text and "revoked-token-xyz" not in text and masto.posted == []
    h.store.close()


# -- not configured -----------------------------------------------------------------------------------------------
async def test_schedule_refuses_a_platform_that_is_not_configured(tmp_path: Path) -> None:
    h = Harness(make_settings(tmp_path, bluesky_handle="only-a-handle.bsky.social", mastodon_access_token="x" * 10))
    add_model(h.settings, h.store)
    service = await h.start()
    bluesky = await service.create(ADMIN, schedule("lena", "every 2h", "to=bluesky hello"))
    assert bluesky.kind == "error" and bluesky.private
    assert "Posting to Bluesky is not configured" in bluesky.text and "MIMICBIRD_BLUESKY_APP_PASSWORD" in bluesky.text
    mastodon = await service.create(ADMIN, schedule("lena", "every 2h", "to=Mastodon"))
    assert "Posting to Mastodon is not configured" in mastodon.text and "MIMICBIRD_MASTODON_POST_URL" in mastodon.text
    assert "write:statuses" in mastodon.text and service.store.schedules() == []
    await h.stop()
    h.store.close()
