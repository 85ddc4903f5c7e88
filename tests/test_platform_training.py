"""``/train`` of Bluesky and Mastodon accounts through every frontend, end to end: the console, the real
discord.py client against the fake Discord, the real python-telegram-bot against the fake Bot API; the real core,
queue and trainer subprocess on the tiny model, whose real ``atproto`` and ``Mastodon.py`` clients read the fake
Bluesky AppView and the fake Mastodon instance on 127.0.0.1 (``MIMICBIRD_BLUESKY_APPVIEW_URL``,
``MIMICBIRD_MASTODON_URL_OVERRIDE``). Training is the slow part (a trainer process each), so every test trains
at most twice and the refusals are ones the trainer reaches before it loads a model.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from bot.app import build_services
from bot.frontends.console import ConsoleFrontend
from bot.settings import Settings
from tests.bot_helpers import make_settings
from tests.fakes.fake_bluesky import FakeBluesky
from tests.fakes.fake_discord import EPHEMERAL, FakeDiscord
from tests.fakes.fake_mastodon import FakeMastodon
from tests.fakes.fake_telegram import PRIVATE_USER, FakeTelegram
from tests.test_discord import ADMIN, card_fields, command, discord_settings, fake  # noqa: F401 - a fixture
from tests.test_telegram import ask, offline, real_bot, tg  # noqa: F401 - fixtures
from tests.test_telegram import make_settings as telegram_settings

pytestmark = pytest.mark.timeout(400)

MASTODON_TOKEN = "read-token-for-a-locked-instance"
# the tiny random model never ends a sample by itself: no card samples (the trainer runs niced, and slowly when
# the CPU is shared)
FAST_ARGS = ["--epochs", "1", "--max-steps", "2", "--min-tweets", "10", "--samples", "0", "--no-eval"]
TOPICS = ("comets", "galaxies", "the moon", "nebulae", "meteor showers", "saturn's rings", "telescopes")


def _posts(who: str, count: int = 40) -> list[str]:
    return [f"{who} writes about {TOPICS[i % len(TOPICS)]} tonight, entry number {i} of the log"
            for i in range(count)]


@pytest.fixture(scope="module")
def bsky() -> Iterator[FakeBluesky]:
    with FakeBluesky() as fake_bsky:
        fake_bsky.add_account("ivo.bsky.social", "Ivo ✨", posts=_posts("ivo"))
        fake_bsky.add_account("gone.bsky.social", "Gone", takendown=True)
        yield fake_bsky


@pytest.fixture(scope="module")
def masto() -> Iterator[FakeMastodon]:
    with FakeMastodon("mastodon.social") as server:
        server.add_account("bob", "Bob 🐘", statuses=_posts("bob"))
        server.add_account("shy", "Shy", statuses=["only three toots here", "and another one today", "that is all"])
        server.add_account("reader", "Reader")
        server.add_token(MASTODON_TOKEN, "reader")
        yield server


def platform_settings(bsky: FakeBluesky, masto: FakeMastodon) -> dict[str, Any]:
    return {"bluesky_appview_url": bsky.base_url, "mastodon_url_override": masto.base_url}


# -- the console ----------------------------------------------------------------------------------------------
async def _console(settings: Settings, script: str) -> str:
    services = build_services(settings)
    await services.start()
    out = io.StringIO()
    frontend = ConsoleFrontend(services.core, settings, stdin=io.StringIO(script),
                               console=Console(file=out, width=200))
    try:
        assert await frontend.run() == 0
    finally:
        await services.close()
    return out.getvalue()


async def test_console_trains_a_blend_of_x_bluesky_and_mastodon_and_gets_their_refusals(
        tmp_path: Path, tiny_model_dir: Path, bsky: FakeBluesky, masto: FakeMastodon, offline: None,  # noqa: F811
        caplog: pytest.LogCaptureFixture) -> None:
    data = tmp_path / "data"
    settings = make_settings(data, tiny_model_dir, scheduling=False, trainer_extra_args=FAST_ARGS,
                             **platform_settings(bsky, masto))
    bsky.rate_limit_next("/xrpc/app.bsky.feed.getAuthorFeed", reset_in=2.0)  # waited out, shown as progress
    text = await _console(settings, "\n".join([
        "/train @mb_lena_bakes @Ivo.bsky.social @Bob@mastodon.social",
        "/say bob@mastodon.social-ivo.bsky.social-mb_lena_bakes Tonight",
        "/models",
        "/train @nobody.bsky.social",
        "/train @gone.bsky.social",
        "/train @bob@@mastodon.social",
        "/train @аlice.bsky.social",
        "/train @ivo.bsky.social source=x",
        "",
    ]))
    blend = "bob@mastodon.social-ivo.bsky.social-mb_lena_bakes"
    assert "Job #1: training a model on @mb_lena_bakes @ivo.bsky.social @Bob@mastodon.social" in text
    assert "Bluesky rate limit reached while reading @ivo.bsky.social's posts; waiting" in text
    assert f"Model {blend} is ready" in text
    for column in ("@mb_lena_bakes", "@ivo.bsky.social", "@bob@mastodon.social"):
        assert column in text
    assert "Tweets downloaded" in text and "Tweets kept" in text and "40" in text
    assert settings.ai_marker in text and "Traceback" not in text
    assert "failed: @nobody.bsky.social does not exist on Bluesky" in text
    assert "failed: @gone.bsky.social is suspended on Bluesky" in text
    assert text.count("Handles look like X @name, Bluesky @name.bsky.social") == 3  # no trainer for these
    assert "exactly one @" in text and "only ASCII" in text and "is a Bluesky handle, not an X one" in text
    meta = json.loads((settings.models_dir / blend / "mimicbird.json").read_text())
    assert [a["platform"] for a in meta["accounts"]] == ["x", "bluesky", "mastodon"]
    card = (settings.models_dir / blend / "README.md").read_text()
    assert "https://bsky.app/profile/ivo.bsky.social" in card and "https://mastodon.social/@bob" in card

    # an instance that refuses anonymous readers: refused with what to do; with a token it reads
    masto.require_token = True
    try:
        text = await _console(settings, "/train @shy@mastodon.social\n")
        assert "mastodon.social does not let anonymous readers see @shy@mastodon.social's posts" in text
        assert "MIMICBIRD_MASTODON_TOKENS" in text
        tokens = json.dumps({"mastodon.social": MASTODON_TOKEN})
        with_token = make_settings(data, tiny_model_dir, scheduling=False, mastodon_tokens=tokens,
                                   trainer_extra_args=FAST_ARGS, **platform_settings(bsky, masto))
        lookups = len(masto.requests_to("/api/v1/accounts/lookup"))
        text = await _console(with_token, "/train @shy@mastodon.social\n")
        assert "too few tweets" in text  # read with the token (3 toots), refused for its size
        assert MASTODON_TOKEN not in text + caplog.text
        assert [r.auth_scheme for r in masto.requests_to("/api/v1/accounts/lookup")[lookups:]] == ["Bearer"]
    finally:
        masto.require_token = False


# -- Discord --------------------------------------------------------------------------------------------------
@pytest.fixture
async def live_discord(fake: FakeDiscord, tmp_path: Path, tiny_model_dir: Path, bsky: FakeBluesky,  # noqa: F811
                       masto: FakeMastodon, offline: None) -> Any:  # noqa: F811
    from bot.frontends.discord.frontend import DiscordFrontend

    settings = discord_settings(
        fake, data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", base_model=str(tiny_model_dir),
        trainer_extra_args=FAST_ARGS, min_tweets=10,
        progress_interval_s=0.5, admin_ids=[f"discord:{ADMIN}"], scheduling=False, **platform_settings(bsky, masto))
    services = build_services(settings)
    await services.start()
    frontend = DiscordFrontend(services.core, settings, guild_ready_timeout=0.05)
    try:
        await frontend.start()
        services.attach(frontend)
        yield frontend
    finally:
        await services.close()


async def _trained_card(fake: FakeDiscord, options: dict[str, Any]) -> dict[str, Any]:  # noqa: F811
    record = await fake.send_interaction(fake.command_interaction("train", options, user_id=ADMIN))
    message = await fake.wait_until(lambda: (m := fake.original(record)) and (m["embeds"] or "failed" in
                                                                               m["content"]) and m, 300, "the card")
    edits = fake.message_edits(int(message["id"]))
    assert any("%" in (e.json.get("content") or "") for e in edits[1:-1]), "no progress edit was shown"
    return message


async def test_discord_trains_bluesky_and_mastodon_accounts(fake: FakeDiscord, live_discord: Any,  # noqa: F811
                                                            masto: FakeMastodon) -> None:
    synced = {c["name"]: c for c in fake.commands[next(iter(fake.guilds))]}
    options = {o["name"]: o for o in synced["train"]["options"]}
    assert options["handle"]["max_length"] == 300 and options["handle3"]["max_length"] == 300
    assert {c["value"] for c in options["source"]["choices"]} >= {"bluesky", "mastodon"}

    bluesky = await _trained_card(fake, {"handle": "@Ivo.bsky.social"})
    assert bluesky["embeds"][0]["title"] == "Ivo ✨"
    fields = card_fields(bluesky)
    assert fields["Model"] == "`ivo.bsky.social`" and "Tweets kept" in fields["Data"] and "40" in fields["Data"]

    mastodon = await _trained_card(fake, {"handle": "@bob@mastodon.social", "source": "mastodon"})
    assert mastodon["embeds"][0]["title"] == "Bob 🐘" and card_fields(mastodon)["Model"] == "`bob@mastodon.social`"
    assert "@bob@mastodon.social" in mastodon["embeds"][0]["description"]

    for typed, offered in (("bob@", ["bob@mastodon.social"]), ("@IVO.", ["ivo.bsky.social"])):
        auto = await fake.send_interaction(fake.autocomplete_interaction("say", {"model": typed}, "model"))
        await fake.wait_until(lambda a=auto: a.choices is not None, what="autocomplete")
        assert [c["value"] for c in auto.choices] == offered
    said = await command(fake, "say", {"model": "@Bob@Mastodon.social", "prompt": "Tonight"}, timeout=120)
    assert said["embeds"][0]["footer"]["text"] == "model bob@mastodon.social"
    used = await command(fake, "use", {"model": "Ivo.bsky.social"})
    assert "ivo.bsky.social" in used["content"]

    record = await fake.send_interaction(fake.command_interaction("train", {"handle": "@nobody@mastodon.social"},
                                                                  user_id=ADMIN))
    failed = await fake.wait_until(lambda: (m := fake.original(record)) and "failed" in m["content"] and m, 120,
                                   "the failure")
    assert "@nobody@mastodon.social does not exist on mastodon.social" in failed["content"]

    for handle, reason in (("@bob@@mastodon.social", "exactly one @"), ("@x.local", "not a public domain"),
                           ("@" + "a" * 299, "1 to 15 letters"), ("@ivo\u200b.bsky.social", "only ASCII")):
        refused = await command(fake, "train", {"handle": handle}, user=ADMIN)
        assert refused["flags"] & EPHEMERAL and reason in refused["content"], refused["content"]
        assert "Handles look like" in refused["content"]
    mixed = await command(fake, "train", {"handle": "@ivo.bsky.social", "source": "x"}, user=ADMIN)
    assert "is a Bluesky handle, not an X one" in mixed["content"]
    forgot = await command(fake, "forget", {"model": "bob@mastodon.social"}, user=ADMIN)
    assert "Forgot bob@mastodon.social" in forgot["content"]


# -- Telegram -------------------------------------------------------------------------------------------------
async def test_telegram_trains_bluesky_and_mastodon_accounts(tg: FakeTelegram, tmp_path: Path,  # noqa: F811
                                                             tiny_model_dir: Path, bsky: FakeBluesky,
                                                             masto: FakeMastodon, offline: None) -> None:  # noqa: F811
    settings = telegram_settings(
        tmp_path, base_model=str(tiny_model_dir), admin_ids=[f"telegram:{PRIVATE_USER['id']}"], min_tweets=10,
        trainer_extra_args=FAST_ARGS, progress_interval_s=0.5, max_new_tokens=20, batch_window_ms=5,
        scheduling=False, **platform_settings(bsky, masto))
    async with real_bot(tg, settings):
        masto.rate_limit_next("/api/v1/accounts/", reset_in=2.0)  # waited out, shown as progress
        first = await ask(tg, "/train @bob@mastodon.social")
        assert "Job #1: training a model on @bob@mastodon.social" in first.sent_text
        final = await tg.wait_call("editMessageText", lambda c: "is ready" in c.sent_text or "failed" in c.sent_text,
                                   timeout=300)
        assert "Model bob@mastodon.social is ready" in final.sent_text, final.sent_text
        (table,) = [e for e in final.sent_entities if e["type"] == "pre"]
        shown = final.sent_text[table["offset"]: table["offset"] + table["length"]]
        assert "@bob@mastodon.social" in shown and "Tweets kept" in shown
        progress = [c.sent_text for c in tg.calls_of("editMessageText") if c.params["message_id"] ==
                    first.result["message_id"]]
        assert any("rate limit" in t and "waiting" in t for t in progress), progress

        second = await ask(tg, "/train Ivo.bsky.social")
        done = await tg.wait_call("editMessageText", lambda c: c.params["message_id"] == second.result["message_id"]
                                  and ("is ready" in c.sent_text or "failed" in c.sent_text), timeout=300)
        assert "Model ivo.bsky.social is ready" in done.sent_text, done.sent_text

        assert "ivo.bsky.social" in (await ask(tg, "/use @ivo.bsky.social")).sent_text
        said = await ask(tg, "/say bob@mastodon.social Tonight", timeout=120)
        # the persona speaks under its own name, in bold (Telegram has no per-message identity)
        assert said.params["text"].startswith("<b>Bob 🐘</b>\n") and "— 🤖 AI" in said.sent_text, said.params
        for text, reason in (("/train @bob@@mastodon.social", "exactly one @"),
                             ("/train @" + "x" * 400, "longer than 300 characters"),
                             ("/train @ivo.bsky.social source=mastodon", "not a Mastodon one"),
                             ("/use bob@localhost", "is not a model name")):
            answer = (await ask(tg, text)).sent_text
            assert reason in answer and "\n" not in answer, answer
        assert "Forgot ivo.bsky.social" in (await ask(tg, "/forget ivo.bsky.social")).sent_text
