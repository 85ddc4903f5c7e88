"""Talking to a persona on Discord: messages over the gateway (MESSAGE_CREATE with mentions, replies, webhook
and bot authors, the text withheld as Discord does without the Message Content intent), answered by the real
command core and store through the persona's webhook, or as the bot's reply without Manage Webhooks."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.core.command_core import CommandCore
from bot.frontends.discord.frontend import DiscordFrontend
from bot.store import Store
from bot.training.queue import JobQueue
from tests import test_discord_personas
from tests.bot_helpers import RecordingSpeaker, persona_model
from tests.fakes.fake_discord import LOADING, FakeDiscord
from tests.test_discord import assert_no_pings, discord_settings

pytestmark = pytest.mark.timeout(120)
fake, plain = test_discord_personas.fake, test_discord_personas.plain  # the same two fake servers (fixtures)

ADMIN = 300_000_000_000_000_009
ANNA = 300_000_000_000_000_002
BEN = 300_000_000_000_000_003


class Talk:
    """A Discord frontend on the real core, with a speaker that records its contexts."""

    def __init__(self, fake: FakeDiscord, tmp_path: Path, **overrides: Any) -> None:
        values: dict[str, Any] = dict(data_dir=tmp_path / "data", admin_ids=[f"discord:{ADMIN}"],
                                      talk_per_user_per_minute=3, talk_per_chat_per_minute=20, scheduling=False)
        values.update(overrides)
        self.fake = fake
        self.settings = discord_settings(fake, **values)
        self.store = Store(self.settings.db_path)
        self.speaker = RecordingSpeaker()
        self.core = CommandCore(self.settings, self.store, JobQueue(self.settings, self.store), self.speaker)
        persona_model(self.settings, self.store, ("lena_bakes",), ("Lena Brot",))
        self.frontend = DiscordFrontend(self.core, self.settings, guild_ready_timeout=0.05)
        self.processed: dict[int, asyncio.Event] = {}
        handle = self.frontend.on_message

        async def tracked(message: discord.Message) -> None:  # so a test can wait for "no answer"
            try:
                await handle(message)
            finally:
                self.processed.setdefault(message.id, asyncio.Event()).set()

        self.frontend.on_message = tracked  # type: ignore[method-assign]

    async def say(self, content: str, *, author: int | dict[str, Any] = ANNA, **kwargs: Any) -> dict[str, Any]:
        """A message over the gateway, once the frontend has handled it (answer sent, or none)."""
        if isinstance(author, int):
            author = self.fake.user(author, f"user{author % 100}", f"User {author % 100}")
        message = await self.fake.post_user_message(content, author=author, **kwargs)
        event = self.processed.setdefault(int(message["id"]), asyncio.Event())
        await asyncio.wait_for(event.wait(), 10)
        return message

    async def command(self, name: str, options: dict[str, Any] | None = None, user: int = ADMIN) -> dict[str, Any]:
        record = await self.fake.send_interaction(self.fake.command_interaction(name, options, user_id=user))
        await self.fake.wait_until(lambda: any(not m["flags"] & LOADING for m in self.fake.visible_messages(record)))
        return self.fake.visible_messages(record)[-1]

    def persona_posts(self) -> list[dict[str, Any]]:
        return [m for m in self.fake.messages.values() if m.get("webhook_id") and m["webhook_id"] != str(self.fake.app_id)
                and m["author"]["username"].startswith("Lena Brot")]

    def bot_posts(self) -> list[dict[str, Any]]:
        return [m for m in self.fake.messages.values() if m["author"]["id"] == str(self.fake.app_id)
                and "interaction_metadata" not in m]


@contextlib.asynccontextmanager
async def talking(fake: FakeDiscord, tmp_path: Path, **overrides: Any) -> AsyncIterator[Talk]:
    talk = Talk(fake, tmp_path, **overrides)
    await talk.frontend.start()
    try:
        yield talk
    finally:
        await talk.frontend.stop()
        talk.store.close()
    assert_no_pings(fake)


async def test_a_mention_and_a_reply_in_a_thread_of_three_are_answered_as_the_persona(fake: FakeDiscord,
                                                                                       tmp_path: Path) -> None:
    async with talking(fake, tmp_path) as talk:
        bot = f"<@{fake.app_id}>"
        await talk.say(f"{bot} hello?")
        assert talk.speaker.contexts == []  # nobody has the floor yet
        [synced] = [c for c in fake.commands[next(iter(fake.guilds))] if c["name"] == "talk"]
        assert synced["default_member_permissions"] == str(1 << 5)  # shown to Manage Server by default
        refused = await talk.command("talk", {"model": "lena_bakes"}, user=ANNA)
        assert "not allowed" in refused["content"]
        given = await talk.command("talk", {"model": "lena_bakes"})
        assert "has the floor" in given["content"]

        first = await talk.say(f"{bot} what is for breakfast?")
        [answer] = talk.persona_posts()
        assert talk.speaker.contexts == [["what is for breakfast?"]]
        assert answer["author"]["username"] == "Lena Brot · 🤖 AI" and answer["content"] == "answer 1 — 🤖 AI"

        # a reply to the persona's webhook post without a mention: Discord withholds its text
        await talk.say("haha yes", reply_to=int(answer["id"]), author=BEN)
        assert fake.dispatched_messages[-1]["content"] == ""
        assert len(talk.speaker.contexts) == 1

        # the same reply mentioning the bot: the chain of three messages is the context
        await talk.say(f"{bot} and sourdough?", reply_to=int(answer["id"]), author=BEN)
        assert talk.speaker.contexts[-1] == ["what is for breakfast?", "answer 1", "and sourdough?"]
        assert len(talk.persona_posts()) == 2

        # a mention that replies to someone's message: the platform's copy of it joins the context
        await talk.say(f"{bot} right?", reply_to=int(first["id"]), author=BEN)
        assert talk.speaker.contexts[-1] == ["what is for breakfast?", "right?"]
        assert talk.bot_posts() == []  # everything went out as the persona


async def test_bots_webhooks_and_the_bot_itself_are_never_answered(fake: FakeDiscord, tmp_path: Path) -> None:
    async with talking(fake, tmp_path) as talk:
        await talk.command("talk", {"model": "lena_bakes"})
        bot = f"<@{fake.app_id}>"
        other_bot = {**fake.user(400_000_000_000_000_001, "otherbot"), "bot": True}
        await talk.say(f"{bot} hi from a bot", author=other_bot)
        hook = fake.add_foreign_webhook(fake.channel_id)
        await talk.say(f"{bot} hi from a webhook", webhook_id=int(hook["id"]),
                       author={**fake.user(int(hook["id"]), "hook"), "bot": True})
        await talk.say(f"{bot} I am you", author=fake.bot_user)
        assert talk.speaker.contexts == []
        await talk.say(f"{bot} and a person")
        assert talk.speaker.contexts == [["and a person"]]
        # the persona's own post came back over the gateway too, and was not answered
        [post] = talk.persona_posts()
        assert any(m["id"] == post["id"] for m in fake.dispatched_messages)
        await talk.say(f"{bot} again")
        assert len(talk.speaker.contexts) == 2


async def test_rate_limits_talk_off_and_once_across_a_restart(fake: FakeDiscord, tmp_path: Path) -> None:
    bot = f"<@{fake.app_id}>"
    async with talking(fake, tmp_path, talk_per_user_per_minute=2) as talk:
        await talk.command("talk", {"model": "lena_bakes"})
        for i in range(3):
            await talk.say(f"{bot} anna {i}")
        await talk.say(f"{bot} ben", author=BEN)
        assert [c[-1] for c in talk.speaker.contexts] == ["anna 0", "anna 1", "ben"]  # anna's third: over her limit
        first = next(m for m in fake.dispatched_messages if m["content"].endswith("anna 0"))
        off = await talk.command("talk", {"model": "off"})
        assert "Nobody has the floor" in off["content"]
        await talk.say(f"{bot} anyone?", author=BEN)
        assert len(talk.speaker.contexts) == 3
        await talk.command("talk", {"model": "lena_bakes"})
    async with talking(fake, tmp_path) as talk:  # a restart; Discord sends an old message again
        await fake.dispatch("MESSAGE_CREATE", first)
        await talk.say(f"{bot} new here", author=BEN)
        assert talk.speaker.contexts == [["new here"]]  # the replayed message was not answered again


async def test_without_manage_webhooks_the_bot_replies_and_a_pinged_reply_is_heard(plain: FakeDiscord,
                                                                                  tmp_path: Path) -> None:
    async with talking(plain, tmp_path) as talk:
        await talk.command("talk", {"model": "lena_bakes"})
        first = await talk.say(f"<@{plain.app_id}> what is for breakfast?")
        [answer] = talk.bot_posts()
        assert answer["message_reference"]["message_id"] == first["id"]  # a reply to the message, pinging nobody
        assert answer["embeds"][0]["title"] == "Lena Brot"
        # a reply to the bot's own message with "ping on reply" on: Discord delivers its text (no @ needed)
        await talk.say("and sourdough?", reply_to=int(answer["id"]), author=BEN)
        assert talk.speaker.contexts[-1] == ["what is for breakfast?", "answer 1", "and sourdough?"]
        # with the ping turned off the text is withheld: no answer
        await talk.say("quietly", reply_to=int(answer["id"]), author=BEN, ping_on_reply=False)
        assert len(talk.speaker.contexts) == 2
        sent = [r for r in plain.requests if r.method == "POST" and r.path.endswith("/messages")]
        assert all(r.json["allowed_mentions"] == {"parse": [], "replied_user": False} for r in sent)
