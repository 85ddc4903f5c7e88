"""``/talk`` and the personas' answers in the core: who may give the floor, which messages are answered, the
reply chain as context (bounded), rate limits, at most one answer per message (also after a restart), pruning.
The real store and core; the speaker records what it is asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.core.command_core import CommandCore
from bot.core.responses import Caller, Heard, Response
from bot.core.talking import KEEP_PER_CHAT, MAX_CONTEXT_MESSAGES, MAX_MESSAGE_CHARS, context_text
from bot.records import TalkMessage
from bot.store import Store
from bot.training.queue import JobQueue
from tests.bot_helpers import FakeConversation, RecordingSpeaker, make_settings, persona_model

ADMIN = Caller(platform="discord", user_id="1", chat_id="chan", display_name="Admin")
ANNA = Caller(platform="discord", user_id="2", chat_id="chan", display_name="Anna")
BEN = Caller(platform="discord", user_id="3", chat_id="chan", display_name="Ben")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Bot:
    def __init__(self, tmp_path: Path, clock: Clock | None = None, **overrides: Any) -> None:
        values: dict[str, Any] = dict(admin_ids=["discord:1"], talk_per_user_per_minute=2,
                                      talk_per_chat_per_minute=5)
        values.update(overrides)
        self.settings = make_settings(tmp_path, "unused", **values)
        self.store = Store(self.settings.db_path)
        self.speaker = RecordingSpeaker()
        self.core = CommandCore(self.settings, self.store, JobQueue(self.settings, self.store), self.speaker,
                                clock=clock or Clock())
        self.lena = persona_model(self.settings, self.store, ("lena_bakes",), ("Lena Brot",))
        self.ivo = persona_model(self.settings, self.store, ("astro_ivo",), ("Ivo",))
        self.answers: list[Response] = []
        self.next_id = 100

    async def command(self, text: str, caller: Caller = ADMIN) -> Response:
        conversation = FakeConversation()
        await self.core.handle_text(caller, text, conversation)
        return conversation.last

    async def hear(self, text: str, caller: Caller = ANNA, *, mentioned: bool = True, reply_to: str | None = None,
                   reply_text: str = "", message_id: str | None = None) -> tuple[str, str | None]:
        """Hand the core a message; returns its id and the id of the persona's answer (None: no answer)."""
        message_id = message_id or self.new_id()
        answered: list[str] = []

        async def answer(response: Response) -> list[str]:
            self.answers.append(response)
            answered.append(self.new_id())
            return answered

        heard = Heard(caller, message_id, text, mentioned=mentioned, reply_to=reply_to, reply_text=reply_text)
        result = await self.core.hear(heard, answer)
        assert result == bool(answered)
        return message_id, answered[0] if answered else None

    def new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)


async def test_only_admins_give_the_floor_and_talk_off_takes_it_away(tmp_path: Path) -> None:
    bot = Bot(tmp_path)
    assert "No model has the floor" in (await bot.command("/talk", ANNA)).text
    refused = await bot.command("/talk lena_bakes", ANNA)
    assert refused.private and "not allowed" in refused.text
    assert (await bot.hear("hello"))[1] is None  # nobody has the floor yet
    given = await bot.command("/talk @Lena_Bakes")
    assert "Lena Brot (lena_bakes) has the floor" in given.text and given.model.name == "lena_bakes"
    assert "Lena Brot" in (await bot.command("/talk", ANNA)).text
    assert "no model named nobody" in (await bot.command("/talk nobody")).text
    assert (await bot.hear("hello"))[1] is not None
    assert "Nobody has the floor" in (await bot.command("/talk off")).text
    assert (await bot.hear("hello again"))[1] is None
    assert bot.store.talk_model("discord:chan") is None


async def test_a_mention_and_a_reply_chain_are_answered_with_that_context(tmp_path: Path) -> None:
    bot = Bot(tmp_path)
    await bot.command("/talk lena_bakes")
    assert (await bot.hear("just chatting", mentioned=False))[1] is None  # neither a mention nor a reply
    first, answer1 = await bot.hear("what is for breakfast?")
    assert bot.speaker.contexts[-1] == ["what is for breakfast?"]
    assert bot.answers[-1].kind == "samples" and bot.answers[-1].model.name == "lena_bakes"
    # a reply to the persona's answer, without mentioning the bot: the chain of three messages is the context
    _, answer2 = await bot.hear("and sourdough?", caller=BEN, mentioned=False, reply_to=answer1)
    assert answer2 is not None
    assert bot.speaker.contexts[-1] == ["what is for breakfast?", "answer 1", "and sourdough?"]
    # a reply to someone else's message is not spoken to the persona unless it mentions the bot
    assert (await bot.hear("me too", mentioned=False, reply_to=first))[1] is None
    # ... and with a mention, that message joins the chain (here the one the store knows)
    await bot.hear("me too", caller=BEN, reply_to=first)
    assert bot.speaker.contexts[-1] == ["what is for breakfast?", "me too"]
    # beyond what the store knows: the platform's copy of the replied-to message, one level
    await bot.hear("so true", reply_to="9999", reply_text="  the  bakery \x1b[31mis closed ")
    assert bot.speaker.contexts[-1] == ["the bakery [31mis closed", "so true"]


async def test_the_persona_replied_to_answers_and_the_context_is_bounded(tmp_path: Path) -> None:
    bot = Bot(tmp_path, talk_per_user_per_minute=100, talk_per_chat_per_minute=100)
    await bot.command("/talk lena_bakes")
    said = bot.new_id()
    bot.core.persona_posted("discord", "chan", [said], "astro_ivo", "stars tonight — 🤖 AI")  # a /say of ivo
    await bot.hear("which ones?", mentioned=False, reply_to=said)
    assert bot.speaker.models[-1] == Path(bot.ivo.folder)  # ivo answers a reply to ivo's post
    assert bot.speaker.contexts[-1] == ["stars tonight", "which ones?"]  # no AI marker in the context
    # a long chain: only the newest MAX_CONTEXT_MESSAGES, each clipped
    reply_to = None
    for turn in range(12):
        _, reply_to = await bot.hear(f"turn {turn} " + "x" * 5000, mentioned=reply_to is None, reply_to=reply_to)
    context = bot.speaker.contexts[-1]
    assert len(context) == MAX_CONTEXT_MESSAGES and all(len(text) <= MAX_MESSAGE_CHARS for text in context)
    assert context[-1].startswith("turn 11 ") and context[0].startswith("answer")


async def test_rate_limits_per_user_and_per_chat(tmp_path: Path) -> None:
    clock = Clock()
    bot = Bot(tmp_path, clock, talk_per_user_per_minute=2, talk_per_chat_per_minute=4)
    await bot.command("/talk lena_bakes")
    assert [(await bot.hear(f"anna {i}"))[1] is not None for i in range(3)] == [True, True, False]
    assert (await bot.hear("ben", caller=BEN))[1] is not None
    assert (await bot.hear("admin", caller=ADMIN))[1] is not None  # admins: no per-user limit
    assert (await bot.hear("admin again", caller=ADMIN))[1] is None  # but the chat's limit (4 a minute)
    clock.now += 61
    assert (await bot.hear("anna later"))[1] is not None


async def test_each_message_is_answered_once_also_after_a_restart(tmp_path: Path) -> None:
    bot = Bot(tmp_path)
    await bot.command("/talk lena_bakes")
    message_id, answer = await bot.hear("hi")
    assert answer is not None
    assert (await bot.hear("hi", message_id=message_id))[1] is None  # the same message delivered again
    bot.store.close()
    restarted = Bot(tmp_path)  # same data dir: a restart
    restarted.next_id = 1000  # new messages get new ids
    assert (await restarted.hear("hi", message_id=message_id))[1] is None
    assert (await restarted.hear("hi"))[1] is not None and len(restarted.speaker.contexts) == 1


async def test_what_is_never_answered(tmp_path: Path) -> None:
    bot = Bot(tmp_path, say_allow_ids=["discord:2"], opt_out_handles=["astro_ivo"])
    await bot.command("/talk lena_bakes")
    assert (await bot.hear("   "))[1] is None  # no text: Discord withheld it, or nothing was written
    assert (await bot.hear("hi", caller=BEN))[1] is None  # not on the /say allow-list
    said = bot.new_id()
    bot.core.persona_posted("discord", "chan", [said], "astro_ivo", "a post")
    assert (await bot.hear("hi", mentioned=False, reply_to=said))[1] is None  # ivo opted out since
    assert "asked not to be imitated" in (await bot.command("/talk astro_ivo")).text
    await bot.command("/forget lena_bakes")
    assert bot.store.talk_model("discord:chan") is None  # forgetting a model takes its floor too
    assert bot.speaker.contexts == []


def test_talk_messages_are_pruned_by_age_and_count(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")

    def add(message_id: str, at: float, keep: int = KEEP_PER_CHAT) -> bool:
        return store.add_talk_message(TalkMessage("c", message_id, "heard", "m", "", "t", None, at),
                                      keep_s=100, keep_per_chat=keep)

    assert add("1", 0.0) and not add("1", 1.0)  # once
    assert add("2", 50.0) and add("3", 150.0)  # "1" is now older than 100 s: pruned
    assert store.talk_message("c", "1") is None and store.talk_message("c", "2") is not None
    for i in range(10):
        add(f"n{i}", 160.0 + i, keep=4)
    assert store.count_talk_messages("c") == 4 and store.talk_message("c", "n9") is not None


@pytest.mark.parametrize("raw, clean", [
    ("a\u202eb\x00c  \n d", "a b c d"), ("x" * 10_000, "x" * MAX_MESSAGE_CHARS), ("", ""),
])
def test_context_text(raw: str, clean: str) -> None:
    assert context_text(raw) == clean
