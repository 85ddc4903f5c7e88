"""Talking to a persona on Telegram (the real python-telegram-bot against the fake Bot API, the real core and
store): replies to a persona's posts are answered in privacy mode, with the persona's name in bold, as a reply,
with the reply chain as context; mentions in groups never arrive in privacy mode; private chats need none."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.command_core import CommandCore
from bot.frontends.telegram.frontend import TelegramFrontend
from bot.store import Store
from bot.training.queue import JobQueue
from tests.bot_helpers import RecordingSpeaker, persona_model
from tests.fakes.fake_telegram import BOT_USERNAME, GROUP_CHAT, OTHER_USER, PRIVATE_USER, Call, FakeTelegram
from tests.test_telegram import make_settings

pytestmark = pytest.mark.timeout(120)

BOLD_NAME = {"type": "bold", "offset": 0, "length": len("Lena Brot")}


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(privacy_mode=True) as fake:
        fake.set_admins(GROUP_CHAT["id"], PRIVATE_USER)
        yield fake


@pytest.fixture
async def speaker(tg: FakeTelegram, tmp_path: Path) -> AsyncIterator[RecordingSpeaker]:
    settings = make_settings(tmp_path, admin_ids=[f"telegram:{PRIVATE_USER['id']}"], scheduling=False)
    store = Store(settings.db_path)
    persona_model(settings, store, ("lena_bakes",), ("Lena Brot",))
    recording = RecordingSpeaker()
    core = CommandCore(settings, store, JobQueue(settings, store), recording)
    frontend = TelegramFrontend(core, settings, base_url=tg.base_url, base_file_url=tg.base_file_url)
    await frontend.start()
    try:
        yield recording
    finally:
        await frontend.stop()
        store.close()


def replying_to(message: dict) -> object:
    return lambda c: (c.params.get("reply_parameters") or {}).get("message_id") == message["message_id"]


async def answer_to(tg: FakeTelegram, message: dict) -> Call:
    return await tg.wait_call("sendMessage", replying_to(message))


async def test_a_reply_to_a_persona_is_answered_in_privacy_mode(tg: FakeTelegram, speaker: RecordingSpeaker) -> None:
    talk = tg.command("/talk lena_bakes", group=True)
    assert "has the floor" in (await answer_to(tg, talk)).sent_text
    say = tg.command(f"/say@{BOT_USERNAME} hello", group=True)
    post = await answer_to(tg, say)
    assert post.sent_text.startswith("Lena Brot\n") and post.sent_entities == [BOLD_NAME]

    # Bob replies to the persona's post: Telegram delivers replies to the bot's messages even in privacy mode
    bob = tg.text_message("and the bread?", user=OTHER_USER, group=True,
                          reply_to=tg.stored(GROUP_CHAT["id"], post.result["message_id"]))
    answer = await answer_to(tg, bob)
    assert answer.sent_text == "Lena Brot\nanswer 1 — 🤖 AI" and answer.sent_entities == [BOLD_NAME]
    assert speaker.contexts == [["hello post 1", "and the bread?"]]

    # ... and a reply to that answer: the chain of three messages is the context
    again = tg.text_message("really?", user=OTHER_USER, group=True,
                            reply_to=tg.stored(GROUP_CHAT["id"], answer.result["message_id"]))
    await answer_to(tg, again)
    assert speaker.contexts[-1] == ["hello post 1", "and the bread?", "answer 1", "really?"]

    # a mention without a reply never reaches a bot in privacy mode
    mention = tg.text_message(f"@{BOT_USERNAME} hi there", user=OTHER_USER, group=True)
    assert mention in tg.withheld
    # a reply to the bot's other messages (here: the /talk confirmation) is delivered, but is not a persona's
    tg.text_message("ok", user=OTHER_USER, group=True,
                    reply_to=tg.stored(GROUP_CHAT["id"], (await answer_to(tg, talk)).result["message_id"]))
    # the same message delivered again (a crash before Telegram heard it was read) is not answered twice
    tg.redeliver(again)
    sync = tg.text_message("last one", user=PRIVATE_USER, group=True,
                           reply_to=tg.stored(GROUP_CHAT["id"], answer.result["message_id"]))
    await answer_to(tg, sync)
    await asyncio.sleep(0.3)
    assert len(speaker.contexts) == 3
    assert len(tg.calls_of("sendMessage", replying_to(again))) == 1


async def test_in_a_private_chat_every_message_is_spoken_to_the_persona(tg: FakeTelegram,
                                                                        speaker: RecordingSpeaker) -> None:
    hello = tg.text_message("hello there")
    await tg.wait_call("getUpdates", lambda c: int(c.params.get("offset") or 0) > 0, count=2)
    assert speaker.contexts == []  # nobody has the floor in this chat yet
    await answer_to(tg, tg.command("/talk lena_bakes"))
    again = tg.text_message(f"hello @{BOT_USERNAME}, how are you?")
    answer = await answer_to(tg, again)
    assert answer.sent_text.startswith("Lena Brot\n")
    assert speaker.contexts == [["hello , how are you?"]]  # the bot's own mention taken out
    assert tg.calls_of("sendMessage", replying_to(hello)) == []


def test_a_personas_post_starts_with_its_name_in_bold_html_escaped() -> None:
    from bot.core.responses import ModelSummary, Response
    from bot.frontends.telegram.render import render

    persona = ModelSummary(name="a-b", handles=("a", "b"), display_names=("<b>Ann</b>", "Bo & Co\n"))
    [html] = render(Response(kind="samples", model=persona, samples=("one <i>post</i> — 🤖 AI",)))
    assert html == "<b>&lt;b&gt;Ann&lt;/b&gt; &amp; Bo &amp; Co</b>\none &lt;i&gt;post&lt;/i&gt; — 🤖 AI"
    # anything else keeps its look: the signature under samples without a persona, titles in bold
    assert render(Response(kind="samples", samples=("x",))) == ["x"]
