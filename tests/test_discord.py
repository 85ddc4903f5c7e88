"""The Discord frontend: the real discord.py client and CommandTree against a local fake Discord."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.core.commands import (
    COMMANDS,
    HELP_TEXT,
    Cancel,
    Command,
    Forget,
    Help,
    ListModels,
    ListQueue,
    Say,
    Status,
    Train,
    Use,
)
from bot.core.responses import Caller, Conversation, ModelSummary, Response, Upload
from bot.frontends.discord.frontend import DiscordFrontend
from bot.records import Progress
from bot.settings import Settings
from tests.fakes.fake_discord import EPHEMERAL, LOADING, FakeDiscord

pytestmark = pytest.mark.timeout(120)

ADMIN_ROLE = 400_000_000_000_000_001
USER = 300_000_000_000_000_001
MANAGE_GUILD = 1 << 5


def discord_settings(fake: FakeDiscord, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "discord_token": fake.bot_token,
        "discord_guild_ids": list(fake.guilds),
        "discord_admin_role_ids": [ADMIN_ROLE],
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        with server.patched():
            yield server


@contextlib.asynccontextmanager
async def running(fake: FakeDiscord, core: Any, settings: Settings | None = None) -> AsyncIterator[DiscordFrontend]:
    frontend = DiscordFrontend(core, settings or discord_settings(fake), guild_ready_timeout=0.05)
    await frontend.start()
    try:
        yield frontend
    finally:
        await frontend.stop()
    assert_no_pings(fake)


def assert_no_pings(fake: FakeDiscord) -> None:
    """Every payload that carried a message must allow no mentions at all."""
    payloads = fake.sent_payloads()
    for request in payloads:
        body = request.json.get("data", request.json) if request.path.endswith("/callback") else request.json
        allowed = body.get("allowed_mentions") or {}
        assert allowed.get("parse") == [] and set(allowed) <= {"parse", "replied_user"}, (request.path, body)
        assert not allowed.get("replied_user"), (request.method, request.path, body)  # a reply pings nobody either


Script = Callable[[Caller, Command, Conversation, "Upload | None"], Awaitable[None]]


def words(command: Command) -> str:
    """A command as short text, for canned answers: ``forget lena_bakes``."""
    values = [str(v) for v in vars(command).values() if v not in (None, "", (), False)]
    return " ".join([command.name, *values])


class StandInCore:
    """A minimal core for frontend-only tests: records calls, answers from a script."""

    def __init__(self, script: Script | None = None,
                 models: tuple[str, ...] = ("lena_bakes", "astro_ivo", "astro_ivo-lena_bakes")) -> None:
        self.calls: list[tuple[Caller, Command, Upload | None]] = []
        self.models = models
        self.handled = asyncio.Event()
        self.heard: list[Any] = []
        self.persona_posts: list[tuple[str, str, list[str], str, str]] = []
        if script is not None:
            self.answer = script  # type: ignore[method-assign]

    def model_names(self, prefix: str = "") -> list[str]:
        return [name for name in self.models if name.startswith(prefix)]

    async def hear(self, heard: Any, answer: Any) -> bool:
        self.heard.append(heard)
        return False

    def persona_posted(self, platform: str, chat_id: str, message_ids: list[str], model_name: str,
                       text: str) -> None:
        self.persona_posts.append((platform, chat_id, message_ids, model_name, text))

    async def handle(self, caller: Caller, command: Command, conversation: Conversation,
                     upload: Upload | None = None) -> None:
        self.calls.append((caller, command, upload))
        try:
            await self.answer(caller, command, conversation, upload)
        finally:
            self.handled.set()

    async def answer(self, caller: Caller, command: Command, conversation: Conversation,
                     upload: Upload | None) -> None:
        if isinstance(command, Help):
            await conversation.send(Response.of(HELP_TEXT, kind="help"))
        elif isinstance(command, Forget) and not caller.is_platform_admin:
            await conversation.send(Response.of("Only admins may forget models.", kind="error", private=True))
        else:
            await conversation.send(Response.of(f"ok: {words(command)}"))


async def test_connects_syncs_to_guild_and_answers_help(fake: FakeDiscord, caplog: pytest.LogCaptureFixture
                                                        ) -> None:
    caplog.set_level(logging.INFO, logger="bot.frontends.discord")
    core = StandInCore()
    async with running(fake, core):
        guild_id = next(iter(fake.guilds))
        synced = {c["name"]: c for c in fake.commands[guild_id]}
        assert None not in fake.commands  # nothing global when guilds are configured
        assert {"train", "say", "use", "models", "status", "queue", "cancel", "forget", "help"} <= set(synced)
        for name, command in synced.items():
            assert command["description"] == COMMANDS[name][:100]
        assert synced["forget"]["default_member_permissions"] == str(MANAGE_GUILD)
        assert synced["cancel"]["default_member_permissions"] == str(MANAGE_GUILD)
        assert synced["say"]["default_member_permissions"] is None
        assert sorted(synced["say"]["contexts"]) == [0, 1] and synced["say"]["integration_types"] == [0]
        train_options = {o["name"]: o for o in synced["train"]["options"]}
        assert [o["name"] for o in synced["train"]["options"]][:3] == ["handle", "handle2", "handle3"]
        assert not train_options["handle"].get("required") and train_options["file"]["type"] == 11
        assert train_options["force"]["type"] == 5
        assert {o["name"]: o.get("autocomplete") for o in synced["say"]["options"]}["model"] is True
        # guilds, guild messages and DMs (mentions and replies for /talk): no privileged intent
        intents = fake.identify_payloads[0]["intents"]
        assert intents == 1 | 1 << 9 | 1 << 12 and not intents & (1 << 1 | 1 << 8 | 1 << 15)
        assert any(f"synced {len(synced)} commands to guild(s) {guild_id}" in r.message for r in caplog.records)

        record = await fake.send_interaction(fake.command_interaction("help"))
        message = await fake.wait_for_original(record)
        assert "/train" in message["content"] and not message["flags"] & EPHEMERAL
        assert record.callback_type == 4  # a quick command answers directly, no "thinking"
        caller, command, upload = core.calls[0]
        assert (command, upload) == (Help(), None)
        assert caller.platform == "discord" and caller.user_id == str(USER)
        assert caller.chat_id == fake.guilds[guild_id]["channels"][0]["id"] and not caller.is_platform_admin


async def test_global_sync_when_no_guild_is_configured(fake: FakeDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.frontends.discord")
    async with running(fake, StandInCore(), discord_settings(fake, discord_guild_ids=[], discord_allow_dms=False)):
        assert set(fake.commands) == {None}
        synced = {c["name"]: c for c in fake.commands[None]}
        assert synced["say"]["contexts"] == [0]  # guilds only when DMs are not allowed
        assert any("synced" in r.message and "globally" in r.message for r in caplog.records)


LENA = ModelSummary(name="mb_lena_bakes", handles=("mb_lena_bakes",), display_names=("Lena Bakes",),
                    stats={"mb_lena_bakes": {"downloaded": 340, "retweets": 12, "short": 20, "duplicates": 1,
                                             "kept": 307}},
                    base_model="smollm2-135m", created_at="2026-01-02T03:04:05+00:00")
BLEND = ModelSummary(name="mb_astro_ivo-mb_lena_bakes", handles=("mb_astro_ivo", "mb_lena_bakes"),
                     display_names=("Ivo", "Lena Bakes"),
                     stats={"mb_astro_ivo": {"downloaded": 320, "retweets": 10, "short": 9, "duplicates": 0,
                                             "kept": 301}, **LENA.stats})


async def test_train_defers_then_edits_one_message_with_progress_and_a_card(fake: FakeDiscord) -> None:
    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        reply = await conversation.send(Response.of("Job #1: training on @mb_lena_bakes; starting now.",
                                                 kind="progress", progress=Progress("queued", 0.0)))
        for percent in (25.0, 50.0, 75.0):
            await reply.edit(Response.of(f"Job #1: train {percent:.0f}%", kind="progress",
                                      progress=Progress("train", percent)))
        await reply.edit(Response.of("Model mb_lena_bakes is ready.", kind="model", model=LENA))

    core = StandInCore(script)
    async with running(fake, core):
        record = await fake.send_interaction(fake.command_interaction(
            "train", {"handle": "@mb_lena_bakes", "handle2": "mb_astro_ivo", "source": "sample", "force": True}))
        await fake.wait_until(lambda: (m := fake.original(record)) and m["embeds"], what="the model card")
        assert core.calls[0][1] == Train(("mb_lena_bakes", "mb_astro_ivo"), source="sample", force=True)
        assert record.callback_type == 5  # deferred at once: "thinking"
        message = fake.original(record)
        assert message is not None and fake.followups(record) == [] and not message["flags"] & EPHEMERAL
        edits = fake.message_edits(int(message["id"]))
        assert len(edits) == 5  # first answer + 3 progress + the card, all on the one message
        assert "`▰▰▰▰▰▱" in edits[1].json["content"] and "25%" in edits[1].json["content"]
        card = message["embeds"][0]
        assert message["content"] == ""  # the card replaced the progress text
        assert card["author"]["name"] == "🤖 AI BOT 🤖" and card["title"] == "Lena Bakes"
        assert "@mb_lena_bakes" in card["description"]
        fields = {f["name"]: f["value"] for f in card["fields"]}
        assert fields["Model"] == "`mb_lena_bakes`"
        assert "Tweets downloaded" in fields["Data"] and "307" in fields["Data"]
        assert "smollm2-135m" in card["footer"]["text"]


async def test_say_renders_samples_as_a_cyborg_card(fake: FakeDiscord) -> None:
    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        await conversation.send(Response(kind="samples", model=BLEND,
                                         samples=("stars and *sourdough* @\u200beveryone 🤖 AI", "second one")))

    core = StandInCore(script, models=(LENA.name, BLEND.name))
    async with running(fake, core):
        record = await fake.send_interaction(fake.command_interaction(
            "say", {"model": "mb_astro_ivo-mb_lena_bakes", "prompt": "  My   dream is "}))
        message = await fake.wait_for_original(record)
        assert core.calls[0][1] == Say("mb_astro_ivo-mb_lena_bakes", "My dream is")
        assert record.callback_type == 5
        card = message["embeds"][0]
        assert card["author"]["name"] == "🤖 AI CYBORG 🤖" and card["title"] == "Ivo & Lena Bakes"
        assert "\\*sourdough\\*" in card["description"] and "second one" in card["description"]
        assert card["footer"]["text"] == "model mb_astro_ivo-mb_lena_bakes"

        # no model option: the chat's model; a prompt only
        record = await fake.send_interaction(fake.command_interaction("say", {"prompt": "hello"}))
        await fake.wait_for_original(record)
        assert core.calls[1][1] == Say(None, "hello")


async def test_say_with_an_unknown_model_is_refused_privately(fake: FakeDiscord) -> None:
    core = StandInCore()
    async with running(fake, core):
        record = await fake.send_interaction(fake.command_interaction("say", {"model": "nobody", "prompt": "hi"}))
        message = await fake.wait_for_original(record)
        assert message["flags"] & EPHEMERAL and "nobody" in message["content"]
        assert core.calls == []


async def test_private_answer_after_thinking_is_ephemeral(fake: FakeDiscord) -> None:
    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        await conversation.send(Response.of("You can ask again in 40 s.", kind="error", private=True))

    async with running(fake, StandInCore(script)):
        record = await fake.send_interaction(fake.command_interaction("say", {"prompt": "hi"}))
        await fake.wait_until(lambda: fake.followups(record), what="the followup")
        assert record.callback_type == 5 and record.original_deleted  # the public "thinking" message is gone
        [visible] = fake.visible_messages(record)
        assert visible["flags"] & EPHEMERAL and visible["content"] == "You can ask again in 40 s."


async def test_quick_commands_translate_and_slow_ones_defer(fake: FakeDiscord) -> None:
    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        if isinstance(command, ListQueue):
            await asyncio.sleep(0.6)  # slower than quick_ack_s: the frontend must defer meanwhile
        await conversation.send(Response(footnotes=("* `a` footnote",), kind="list",
                                         title="Result", table=(("Job", "Status"), ("#1", "running"))))

    core = StandInCore(script)
    async with running(fake, core) as frontend:
        frontend.quick_ack_s = 0.2
        cases = [("use", {"model": "lena_bakes"}, Use("lena_bakes")), ("models", {}, ListModels()),
                 ("status", {"job": 7}, Status(7)), ("status", {}, Status()), ("cancel", {"job": 3}, Cancel(3)),
                 ("forget", {"model": "astro_ivo"}, Forget("astro_ivo")), ("help", {"command": "train"}, Help("train")),
                 ("queue", {}, ListQueue())]
        for name, options, expected in cases:
            record = await fake.send_interaction(fake.command_interaction(name, options))
            message = await fake.wait_for_original(record)
            assert core.calls[-1][1] == expected
            embed = message["embeds"][0]
            assert embed["title"] == "Result" and embed["description"].startswith("```\nJob  Status\n")
            assert embed["description"].endswith("* ˋaˋ footnote\n```")  # no way out of the code block
            assert record.callback_type == (5 if name == "queue" else 4), name


async def test_autocomplete_offers_model_names(fake: FakeDiscord) -> None:
    core = StandInCore()
    async with running(fake, core):
        for command in ("say", "use", "forget"):
            record = await fake.send_interaction(fake.autocomplete_interaction(command, {"model": "@Astro"}, "model"))
            await fake.wait_until(lambda r=record: r.choices is not None, what="autocomplete choices")
            assert record.callback_type == 8
            assert [c["value"] for c in record.choices] == ["astro_ivo", "astro_ivo-lena_bakes"]
        assert core.calls == []


async def test_admin_role_and_refusals(fake: FakeDiscord) -> None:
    core = StandInCore()
    async with running(fake, core):
        guild_id = next(iter(fake.guilds))
        await fake.add_role(guild_id, ADMIN_ROLE, "bot admins")
        record = await fake.send_interaction(fake.command_interaction("forget", {"model": "lena_bakes"}))
        message = await fake.wait_for_original(record)
        assert message["flags"] & EPHEMERAL and message["content"] == "Only admins may forget models."
        assert not core.calls[-1][0].is_platform_admin

        record = await fake.send_interaction(fake.command_interaction(
            "forget", {"model": "lena_bakes"}, roles=(ADMIN_ROLE,), user_id=USER + 1))
        message = await fake.wait_for_original(record)
        assert not message["flags"] & EPHEMERAL and message["content"] == "ok: forget lena_bakes"
        assert core.calls[-1][0].is_platform_admin and core.calls[-1][0].user_id == str(USER + 1)


async def test_direct_messages_follow_the_setting(fake: FakeDiscord) -> None:
    # commands used in DMs are global ones (guild commands exist only in their guild)
    core = StandInCore()
    async with running(fake, core, discord_settings(fake, discord_guild_ids=[])):
        record = await fake.send_interaction(fake.command_interaction("help", guild_id=None))
        message = await fake.wait_for_original(record)
        assert "/train" in message["content"]
        assert core.calls[-1][0].chat_id == record.payload["channel"]["id"]

    core = StandInCore()
    async with running(fake, core, discord_settings(fake, discord_guild_ids=[], discord_allow_dms=False)):
        record = await fake.send_interaction(fake.command_interaction("help", guild_id=None))
        message = await fake.wait_for_original(record)
        assert message["flags"] & EPHEMERAL and "direct messages" in message["content"]
        record = await fake.send_interaction(fake.autocomplete_interaction("say", {"model": "a"}, "model",
                                                                           guild_id=None))
        await fake.wait_until(lambda: record.choices is not None, what="autocomplete choices")
        assert record.choices == [] and core.calls == []


async def test_upload_is_downloaded_and_passed_to_the_core(fake: FakeDiscord) -> None:
    core = StandInCore()
    data = b'{"text": "hello from a file"}\n' * 50
    async with running(fake, core):
        attachment = fake.add_attachment("tweets.jsonl", data)
        record = await fake.send_interaction(fake.command_interaction("train", {"file": attachment}))
        await fake.wait_for_original(record)
        caller, command, upload = core.calls[-1]
        assert command == Train(source="upload") and upload == Upload("tweets.jsonl", data)
        assert len(fake.cdn_downloads) == 1


async def test_oversized_and_unreadable_uploads_are_refused(fake: FakeDiscord) -> None:
    core = StandInCore()
    settings = discord_settings(fake, max_upload_bytes=1000)
    async with running(fake, core, settings):
        # declared too big: refused before any download
        big = fake.add_attachment("archive.zip", b"x" * 10, declared_size=5_000_000)
        record = await fake.send_interaction(fake.command_interaction("train", {"handle": "lena", "file": big}))
        await fake.wait_until(lambda: fake.followups(record), what="the refusal")
        [message] = fake.visible_messages(record)
        assert message["flags"] & EPHEMERAL and "5.0 MB" in message["content"] and "0.0 MB" in message["content"]
        assert fake.cdn_downloads == []

        # Discord's own attachment size limit for the context counts too
        record = await fake.send_interaction(fake.command_interaction(
            "train", {"file": fake.add_attachment("tweets.js", b"x" * 600)}, attachment_size_limit=500))
        await fake.wait_until(lambda: fake.followups(record), what="the refusal")
        assert fake.cdn_downloads == []

        # a size that lies is caught while downloading
        liar = fake.add_attachment("tweets.csv", b"x" * 5000, declared_size=100)
        record = await fake.send_interaction(fake.command_interaction("train", {"file": liar}))
        await fake.wait_until(lambda: fake.followups(record), what="the refusal")
        assert fake.visible_messages(record)[0]["flags"] & EPHEMERAL

        # a file type the trainer cannot read
        record = await fake.send_interaction(fake.command_interaction(
            "train", {"file": fake.add_attachment("photo.png", b"png")}))
        await fake.wait_until(lambda: fake.followups(record), what="the refusal")
        assert "photo.png" in fake.visible_messages(record)[0]["content"]
        assert len(fake.cdn_downloads) == 1  # only the liar was (partly) fetched
        assert core.calls == []


async def test_core_failure_becomes_a_private_apology(fake: FakeDiscord) -> None:
    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        raise RuntimeError("boom")

    async with running(fake, StandInCore(script)):
        record = await fake.send_interaction(fake.command_interaction("models"))
        message = await fake.wait_for_original(record)
        assert message["flags"] & EPHEMERAL and "went wrong" in message["content"] and "boom" not in message["content"]


async def test_post_sends_to_a_channel_and_survives_a_rate_limit(fake: FakeDiscord) -> None:
    async with running(fake, StandInCore()) as frontend:
        channel_id = int(fake.guilds[next(iter(fake.guilds))]["channels"][0]["id"])
        fake.rate_limit_once("POST", rf"^/channels/{channel_id}/messages$", retry_after=0.3)
        await frontend.post(str(channel_id), Response(kind="samples", model=LENA,
                                                      samples=("a tweet @\u200beveryone 🤖 AI",)))
        posts = [r for r in fake.requests if r.method == "POST" and r.path == f"/channels/{channel_id}/messages"]
        assert [r.status for r in posts] == [429, 200] and posts[1].at - posts[0].at >= 0.25
        [message] = [m for m in fake.messages.values() if m["channel_id"] == str(channel_id)]
        assert message["embeds"][0]["title"] == "Lena Bakes"


async def test_edits_after_the_token_expires_go_through_the_channel(fake: FakeDiscord) -> None:
    replies: list[Any] = []

    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        replies.append(await conversation.send(Response.of("Job #1: starting", kind="progress")))

    async with running(fake, StandInCore(script)) as frontend:
        record = await fake.send_interaction(fake.command_interaction("train", {"handle": "lena"}))
        message = await fake.wait_for_original(record)
        frontend.token_ttl_s = fake.token_ttl_s = 0.0  # fifteen minutes later...
        await replies[0].edit(Response.of("Model ready", kind="model", model=LENA))
        edits = fake.message_edits(int(message["id"]))
        assert edits[-1].path == f"/channels/{message['channel_id']}/messages/{message['id']}"
        assert fake.messages[int(message["id"])]["embeds"][0]["title"] == "Lena Bakes"


async def test_a_guild_that_refuses_the_sync_is_logged_not_fatal(fake: FakeDiscord,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.frontends.discord")
    guild_id = next(iter(fake.guilds))
    settings = discord_settings(fake, discord_guild_ids=[999, guild_id])
    async with running(fake, StandInCore(), settings):
        assert guild_id in fake.commands and 999 not in fake.commands
        errors = [r.message for r in caplog.records if r.levelno == logging.ERROR]
        assert any("guild 999" in m and "403" in m and "applications.commands" in m for m in errors)
        assert fake.bot_token not in caplog.text
        record = await fake.send_interaction(fake.command_interaction("help"))
        await fake.wait_for_original(record)


async def test_a_wrong_token_fails_start_with_a_clear_message(fake: FakeDiscord) -> None:
    frontend = DiscordFrontend(StandInCore(), discord_settings(fake, discord_token="not-the-token"))
    with pytest.raises(RuntimeError, match="rejected the bot token") as error:
        await frontend.start()
    assert "not-the-token" not in str(error.value)
    assert not fake.identify_payloads


# ----- end to end: the real core, job queue and trainer subprocess on the tiny model ----------------------------

ADMIN = 300_000_000_000_000_009
MEMBER = 300_000_000_000_000_002


@pytest.fixture
async def live(fake: FakeDiscord, tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
               ) -> AsyncIterator[DiscordFrontend]:
    from bot.app import build_services

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")
    settings = discord_settings(
        fake, data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", base_model=str(tiny_model_dir),
        trainer_extra_args=["--epochs", "1", "--max-steps", "4", "--samples", "0", "--no-eval"], min_tweets=10, progress_interval_s=0.5,
        admin_ids=[f"discord:{ADMIN}"], say_per_user_per_minute=100, scheduling=False,
    )
    services = build_services(settings)
    await services.start()
    frontend = DiscordFrontend(services.core, settings, guild_ready_timeout=0.05)
    try:
        await frontend.start()
        services.attach(frontend)
        yield frontend
    finally:
        await services.close()  # stops the frontend, the queue and its trainers
    assert_no_pings(fake)


async def command(fake: FakeDiscord, name: str, options: dict[str, Any] | None = None, *, user: int = MEMBER,
                  timeout: float = 30.0, **kwargs: Any) -> dict[str, Any]:
    """Run a slash command; return the message the caller ends up seeing (the original or a followup)."""
    record = await fake.send_interaction(fake.command_interaction(name, options, user_id=user, **kwargs))
    await fake.wait_until(lambda: any(not m["flags"] & LOADING for m in fake.visible_messages(record)), timeout,
                          f"an answer to /{name}")
    return fake.visible_messages(record)[-1]


def card_fields(message: dict[str, Any]) -> dict[str, str]:
    return {field["name"]: field["value"] for field in message["embeds"][0].get("fields", [])}


async def test_end_to_end_train_say_and_manage_models(fake: FakeDiscord, live: DiscordFrontend) -> None:
    # a member may not train (no public training, not on the allow-list): ephemeral refusal
    refusal = await command(fake, "train", {"handle": "mb_lena_bakes"})
    assert refusal["flags"] & EPHEMERAL and "not allowed to train" in refusal["content"]

    # an admin trains on a bundled sample account: one message, deferred, then edited
    record = await fake.send_interaction(fake.command_interaction(
        "train", {"handle": "@mb_lena_bakes", "source": "sample"}, user_id=ADMIN))
    message = await fake.wait_until(lambda: (m := fake.original(record)) and m["embeds"] and m, 240, "the model card")
    assert record.callback_type == 5 and fake.followups(record) == []
    edits = fake.message_edits(int(message["id"]))
    assert edits[0].json["content"].startswith("Job #1: training a model on")
    progress = [e for e in edits[1:-1] if "%" in (e.json.get("content") or "")]
    assert progress, "no progress edit was shown"
    gaps = [b.at - a.at for a, b in zip(edits[:-1], edits[1:-1], strict=False)]  # the final edit is not throttled
    assert all(gap >= 0.5 * 0.8 for gap in gaps), gaps
    card = message["embeds"][0]
    assert card["author"]["name"] == "🤖 AI BOT 🤖" and card["title"] == "Lena Brot"
    fields = card_fields(message)
    assert fields["Model"] == "`mb_lena_bakes`"
    assert "Tweets downloaded" in fields["Data"] and "Tweets kept" in fields["Data"]
    assert message["content"] == ""

    # autocomplete knows the new model
    auto = await fake.send_interaction(fake.autocomplete_interaction("say", {"model": "MB_L"}, "model"))
    await fake.wait_until(lambda: auto.choices is not None, what="autocomplete")
    assert [c["value"] for c in auto.choices] == ["mb_lena_bakes"]

    # anyone may /say: a card with the sample
    said = await command(fake, "say", {"model": "mb_lena_bakes", "prompt": "My dream is"}, timeout=120)
    assert not said["flags"] & EPHEMERAL
    sample_card = said["embeds"][0]
    assert sample_card["author"]["name"] == "🤖 AI BOT 🤖" and sample_card["footer"]["text"] == "model mb_lena_bakes"
    assert sample_card["description"].strip()

    models = await command(fake, "models")
    assert models["embeds"][0]["title"] == "Models" and "mb_lena_bakes" in models["embeds"][0]["description"]
    used = await command(fake, "use", {"model": "mb_lena_bakes"})
    assert "mb_lena_bakes" in used["content"]
    status = await command(fake, "status", {"job": 1})
    assert status["embeds"][0]["title"] == "Lena Brot"
    queue = await command(fake, "queue")
    assert "queue is empty" in queue["content"]
    helped = await command(fake, "help")
    assert "/train" in helped["content"]

    # forgetting: refused for a member, done for an admin
    refused = await command(fake, "forget", {"model": "mb_lena_bakes"})
    assert refused["flags"] & EPHEMERAL and "not allowed" in refused["content"]
    forgot = await command(fake, "forget", {"model": "mb_lena_bakes"}, user=ADMIN)
    assert not forgot["flags"] & EPHEMERAL and "Forgot mb_lena_bakes" in forgot["content"]
    gone = await command(fake, "say", {"prompt": "hello"})
    assert gone["flags"] & EPHEMERAL


async def test_end_to_end_upload_and_cancel(fake: FakeDiscord, live: DiscordFrontend) -> None:
    lines = [json.dumps({"text": f"tweet number {i} about my garden and the {i % 7} tomatoes growing"})
             for i in range(60)]
    attachment = fake.add_attachment("tweets.jsonl", ("\n".join(lines) + "\n").encode())
    record = await fake.send_interaction(fake.command_interaction(
        "train", {"handle": "gardener_kim", "file": attachment}, user_id=ADMIN, roles=()))
    message = await fake.wait_until(lambda: (m := fake.original(record)) and m["embeds"] and m, 240, "the model card")
    assert fake.cdn_downloads and "gardener_kim" in card_fields(message)["Model"]
    assert "60" in card_fields(message)["Data"]  # tweets downloaded from the file

    # a job cancelled by an admin role (not an admin id): its message ends "cancelled"
    await fake.add_role(next(iter(fake.guilds)), ADMIN_ROLE, "bot admins")
    record = await fake.send_interaction(fake.command_interaction(
        "train", {"handle": "mb_astro_ivo", "source": "sample"}, user_id=ADMIN))
    await fake.wait_for_original(record)
    cancelled = await command(fake, "cancel", {"job": 2}, roles=(ADMIN_ROLE,))
    assert "Cancelled job #2" in cancelled["content"]
    await fake.wait_until(lambda: "cancelled" in (fake.original(record) or {}).get("content", ""), 30,
                          "the job's message to say cancelled")
    assert fake.followups(record) == []


async def test_run_bot_serves_discord_when_its_token_is_set(fake: FakeDiscord, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """What ``python -m bot`` does with DISCORD_TOKEN set: the app starts this frontend, commands work."""
    from bot.app import run_bot

    caplog.set_level(logging.INFO)
    settings = discord_settings(fake, data_dir=tmp_path / "data", telegram_token=None)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    bot = asyncio.create_task(run_bot(settings))
    try:
        await fake.wait_until(lambda: any(r.getMessage().startswith("bot.ready") for r in caplog.records), 60,
                              "the bot to be ready")
        message = await command(fake, "models")
        assert "No models yet" in message["content"]
    finally:
        bot.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await bot
        root.handlers[:], root.level = handlers, level  # run_bot installed its own log handler
    logged = capsys.readouterr().err
    assert "synced" in logged and fake.bot_token not in logged
    assert_no_pings(fake)


async def test_a_cancelled_start_closes_what_it_opened(fake: FakeDiscord) -> None:
    frontend = DiscordFrontend(StandInCore(), discord_settings(fake), guild_ready_timeout=30)
    starting = asyncio.create_task(frontend.start())
    await fake.wait_identified()
    starting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await starting
    assert frontend.client.is_closed() and frontend._downloads is None and frontend._gateway_task is None
