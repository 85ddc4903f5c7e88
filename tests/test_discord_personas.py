"""Personas on Discord: posts through the bot's one channel webhook under the persona's name and face, ``/say``
acknowledged privately, and the fallback without Manage Webhooks (the real discord.py client against the
fake Discord; the webhook is the fake's, the avatar bytes the trainer's)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bot.core.commands import Command, Say
from bot.core.presenters import model_summary
from bot.core.responses import Caller, Conversation, ModelSummary, Response, Upload
from bot.frontends.discord.personas import MAX_USERNAME, webhook_username
from bot.settings import Settings
from bot.store import Store
from tests.bot_helpers import persona_model
from tests.fakes.fake_discord import EPHEMERAL, LOADING, MANAGE_WEBHOOKS, SUPPRESS_EMBEDS, FakeDiscord
from tests.test_discord import StandInCore, discord_settings, running

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(bot_permissions=MANAGE_WEBHOOKS) as server:
        with server.patched():
            yield server


@pytest.fixture
async def plain() -> AsyncIterator[FakeDiscord]:
    """A server where the bot lacks Manage Webhooks (the @everyone permissions only)."""
    async with FakeDiscord() as server:
        with server.patched():
            yield server


def personas(fake: FakeDiscord, tmp_path: Path) -> tuple[Settings, ModelSummary, ModelSummary]:
    settings = discord_settings(fake, data_dir=tmp_path / "data")
    store = Store(settings.db_path)
    lena = persona_model(settings, store, ("lena_bakes",), ("Lena Brot",))
    blend = persona_model(settings, store, ("mb_astro_ivo", "lena_bakes"), ("Ivo", "Lena Brot"))
    store.close()
    return settings, model_summary(lena), model_summary(blend)


def post_of(persona: ModelSummary, *samples: str) -> Response:
    return Response(kind="samples", model=persona, samples=samples or (f"a post of {persona.name} — 🤖 AI",))


def requests(fake: FakeDiscord, method: str, pattern: str) -> list[Any]:
    return [r for r in fake.requests if r.method == method and re.fullmatch(pattern, r.path)]


def webhook_requests(fake: FakeDiscord) -> list[Any]:
    """Requests about channel webhooks (listing, creating, editing, executing), not interaction followups."""
    return [r for r in fake.requests if r.path.endswith("/webhooks")
            or (r.path.startswith("/webhooks/") and not r.path.startswith(f"/webhooks/{fake.app_id}/"))]


def face(persona: ModelSummary) -> bytes:
    return (Path(persona.folder) / "avatar.png").read_bytes()


def bot_webhook(fake: FakeDiscord) -> int:
    [webhook_id] = [i for i, hook in fake.webhooks.items() if hook["user"]["id"] == str(fake.app_id)]
    return webhook_id


def webhook_messages(fake: FakeDiscord, webhook_id: int) -> list[dict[str, Any]]:
    return [m for m in fake.messages.values() if m.get("webhook_id") == str(webhook_id)]


async def test_one_webhook_per_channel_created_once_reused_and_found_again_after_a_restart(
        fake: FakeDiscord, tmp_path: Path) -> None:
    settings, lena, _ = personas(fake, tmp_path)
    channel = fake.channel_id
    foreign = fake.add_foreign_webhook(channel)  # someone else's webhook in the same channel is never used
    async with running(fake, StandInCore(), settings) as frontend:
        for _ in range(3):
            await frontend.post(str(channel), post_of(lena))
    assert len(requests(fake, "POST", f"/channels/{channel}/webhooks")) == 1
    hook = bot_webhook(fake)
    assert fake.webhooks[hook]["name"] == "mimicbird personas" and fake.webhook_avatars[hook] == face(lena)
    executes = requests(fake, "POST", rf"/webhooks/{hook}/[^/]+")
    assert len(executes) == 3 and all(r.query.get("wait") in ("1", "true") and r.status == 200 for r in executes)
    assert requests(fake, "PATCH", rf"/webhooks/{hook}") == []  # created with the face: nothing to change
    assert not [r for r in fake.requests if r.path.startswith(f"/webhooks/{foreign['id']}")]

    async with running(fake, StandInCore(), settings) as frontend:  # a restart: found again, not created
        await frontend.post(str(channel), post_of(lena))
        await frontend.post(str(channel), post_of(lena))
    assert len(requests(fake, "POST", f"/channels/{channel}/webhooks")) == 1
    assert len(requests(fake, "GET", f"/channels/{channel}/webhooks")) == 2  # one lookup per run
    assert len(requests(fake, "PATCH", rf"/webhooks/{hook}")) == 1  # its face is not known after a restart
    assert len(webhook_messages(fake, hook)) == 5 and bot_webhook(fake) == hook


async def test_a_post_has_the_personas_name_and_face_and_pings_nobody(fake: FakeDiscord, tmp_path: Path) -> None:
    settings, lena, blend = personas(fake, tmp_path)
    channel = fake.channel_id
    async with running(fake, StandInCore(), settings) as frontend:
        await frontend.post(str(channel), post_of(lena, "the *best* [bread](http://x.example) @\u200beveryone — 🤖 AI"))
        # personas take turns (concurrently, too): each post goes out under its own face
        await asyncio.gather(*(frontend.post(str(channel), post_of(p)) for p in (blend, lena, blend)))
    hook = bot_webhook(fake)
    first, *rest = webhook_messages(fake, hook)
    body = requests(fake, "POST", rf"/webhooks/{hook}/[^/]+")[0].json
    assert body["username"] == "Lena Brot · 🤖 AI" and body["allowed_mentions"] == {"parse": []}
    assert body["flags"] & SUPPRESS_EMBEDS  # no link previews
    assert first["content"] == r"the \*best\* \[bread](http://x.example) @" + "\u200beveryone — 🤖 AI"
    expected = {lena.name: ("Lena Brot · 🤖 AI", face(lena)), blend.name: ("Ivo & Lena Brot · 🤖 AI", face(blend))}
    for message in [first, *rest]:
        persona = lena.name if "Ivo" not in message["author"]["username"] else blend.name
        name, picture = expected[persona]
        assert message["author"]["username"] == name
        assert message["author"]["avatar"] == hashlib.md5(picture).hexdigest()
    assert [m["author"]["username"] for m in rest].count("Ivo & Lena Brot · 🤖 AI") == 2
    # the blend's composite reached Discord as the webhook's avatar: a data URI of the model's avatar.png
    patches = [r.json["avatar"] for r in requests(fake, "PATCH", rf"/webhooks/{hook}")]
    sent = [base64.b64decode(uri.split(",", 1)[1]) for uri in patches]
    assert face(blend) in sent and Image.open(io.BytesIO(face(blend))).size == (256, 256)
    assert face(blend) != face(lena)


def test_webhook_usernames_follow_discords_rules() -> None:
    assert webhook_username("Lena Brot", "🤖 AI") == "Lena Brot · 🤖 AI"
    assert webhook_username("Discord Queen", "AI") == "Queen · AI"
    assert webhook_username("clydeDISCORDdiscdiscordord x", "AI") == "x · AI"  # removal cannot rebuild the word
    assert webhook_username("@everyone: #1 `code`", "AI") == "everyone 1 code · AI"
    assert webhook_username("here", "AI") == "here (persona) · AI"
    assert webhook_username("\u202eevil\x00name\n", "") == "evil name · AI"
    assert webhook_username("", "AI", "lena_bakes") == "lena_bakes · AI"
    long = webhook_username("🍞" * 200, "🤖 AI")
    assert len(long.encode("utf-16-le")) // 2 <= MAX_USERNAME and long.endswith("… · 🤖 AI")


async def test_say_posts_as_the_persona_and_only_the_caller_sees_the_acknowledgement(fake: FakeDiscord,
                                                                                    tmp_path: Path) -> None:
    settings, lena, _ = personas(fake, tmp_path)

    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        assert isinstance(command, Say)
        await conversation.send(post_of(lena, f"{command.prompt} is here — 🤖 AI"))

    core = StandInCore(script, models=(lena.name,))
    async with running(fake, core, settings):
        record = await fake.send_interaction(fake.command_interaction(
            "say", {"prompt": "sourdough"}, app_permissions=MANAGE_WEBHOOKS))
        ack = await fake.wait_for_original(record)
        assert record.callback_type == 5 and record.callback_data["flags"] & EPHEMERAL  # private "thinking"
        [posted] = webhook_messages(fake, bot_webhook(fake))
        assert posted["content"] == "sourdough is here — 🤖 AI" and posted["author"]["username"] == "Lena Brot · 🤖 AI"
        assert ack["flags"] & EPHEMERAL and ack["embeds"] == []
        guild = next(iter(fake.guilds))
        assert ack["content"] == (f"Posted as Lena Brot · 🤖 AI: https://discord.com/channels/{guild}/"
                                  f"{fake.channel_id}/{posted['id']}")
        assert core.persona_posts == [("discord", str(fake.channel_id), [posted["id"]], lena.name,
                                       "sourdough is here — 🤖 AI")]
        # without Manage Webhooks in the interaction's channel: the card, publicly, as before
        record = await fake.send_interaction(fake.command_interaction("say", {"prompt": "rye"}))
        card = await fake.wait_for_original(record)
        assert not card["flags"] & EPHEMERAL and card["embeds"][0]["title"] == "Lena Brot"
        assert len(webhook_messages(fake, bot_webhook(fake))) == 1


async def test_without_manage_webhooks_posts_go_out_as_the_bot_and_nothing_is_asked(plain: FakeDiscord,
                                                                                     tmp_path: Path) -> None:
    settings, lena, _ = personas(plain, tmp_path)
    async with running(plain, StandInCore(), settings) as frontend:
        await frontend.post(str(plain.channel_id), post_of(lena))
    [message] = [m for m in plain.messages.values() if m["channel_id"] == str(plain.channel_id)]
    assert message["author"]["id"] == str(plain.app_id) and message["embeds"][0]["title"] == "Lena Brot"
    assert webhook_requests(plain) == []  # the cached permissions said no


async def test_a_refusal_by_discord_falls_back_and_is_remembered(fake: FakeDiscord, tmp_path: Path) -> None:
    settings, lena, _ = personas(fake, tmp_path)
    fake.refuse_webhooks.add(fake.channel_id)  # e.g. a channel override the bot's cache has not seen

    async def script(caller: Caller, command: Command, conversation: Conversation, upload: Upload | None) -> None:
        await conversation.send(post_of(lena))

    async with running(fake, StandInCore(script, models=(lena.name,)), settings) as frontend:
        record = await fake.send_interaction(fake.command_interaction(
            "say", {"prompt": "x"}, app_permissions=MANAGE_WEBHOOKS))
        await fake.wait_until(lambda: fake.followups(record), what="the public card")
        assert record.original_deleted  # the private "thinking" is gone ...
        [card] = fake.visible_messages(record)  # ... and the card is public
        assert not card["flags"] & (EPHEMERAL | LOADING) and card["embeds"][0]["title"] == "Lena Brot"
        refused = webhook_requests(fake)
        assert [(r.method, r.status) for r in refused] == [("GET", 403)]
        await frontend.post(str(fake.channel_id), post_of(lena))  # not asked again for a while
        await frontend.post(str(fake.channel_id), post_of(lena))
        assert webhook_requests(fake) == refused
        assert len([m for m in fake.messages.values() if m["author"]["id"] == str(fake.app_id)
                    and m["channel_id"] == str(fake.channel_id) and "interaction_metadata" not in m]) == 2


async def test_a_deleted_webhook_is_made_again(fake: FakeDiscord, tmp_path: Path) -> None:
    settings, lena, _ = personas(fake, tmp_path)
    async with running(fake, StandInCore(), settings) as frontend:
        await frontend.post(str(fake.channel_id), post_of(lena))
        fake.delete_webhook(bot_webhook(fake))  # someone removed it in the server settings
        await frontend.post(str(fake.channel_id), post_of(lena))
    assert len(requests(fake, "POST", f"/channels/{fake.channel_id}/webhooks")) == 2
    assert len(webhook_messages(fake, bot_webhook(fake))) == 1
