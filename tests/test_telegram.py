"""The Telegram frontend: the real python-telegram-bot Application (polling or webhook) against a fake Bot API.

The first tests put a small recording stand-in in place of the command core, to pin down what the frontend
does on its own (parsing, addressing, rendering, splitting, uploads, permissions, flood limits); the
end-to-end tests at the bottom run the real core with a real trainer subprocess on the tiny model.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.core.responses import Caller, Conversation, Reply, Response, Upload
from bot.frontends.telegram.frontend import TelegramFrontend
from bot.frontends.telegram.render import render, split_segments
from bot.records import Progress
from bot.settings import Settings
from tests.fakes.fake_telegram import (
    BOT_USERNAME,
    GROUP_CHAT,
    OTHER_USER,
    PRIVATE_USER,
    TOKEN,
    FakeTelegram,
    utf16_len,
)
from trainer.stats import format_table

pytestmark = pytest.mark.timeout(120)


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    return Settings(_env_file=None, telegram_token=TOKEN, data_dir=tmp_path, **overrides)  # type: ignore[call-arg]


@dataclass
class Handled:
    caller: Caller
    text: str
    upload: Upload | None
    conversation: Conversation


@dataclass
class StandInCore:
    """Records what the frontend hands the core and answers with canned responses."""

    answers: dict[str, list[Response]] = field(default_factory=dict)  # command word -> responses to send
    handled: list[Handled] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    delay_s: float = 0.0

    async def handle_arguments(self, caller: Caller, name: str, arguments: str, conversation: Conversation,
                               upload: Upload | None = None) -> None:
        text = f"/{name} {arguments}".strip()
        self.handled.append(Handled(caller, text, upload, conversation))
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        word = text.split()[0].lstrip("/")
        for response in self.answers.get(word, [Response.of(f"you said {text}")]):
            self.replies.append(await conversation.send(response))

    async def wait_handled(self, count: int = 1, timeout: float = 10) -> Handled:
        deadline = time.monotonic() + timeout
        while len(self.handled) < count:
            assert time.monotonic() < deadline, f"the core got {len(self.handled)} commands, expected {count}"
            await asyncio.sleep(0.02)
        return self.handled[count - 1]


@asynccontextmanager
async def running(frontend: TelegramFrontend) -> AsyncIterator[TelegramFrontend]:
    await frontend.start()
    try:
        yield frontend
    finally:
        await frontend.stop()


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


def frontend_for(tg: FakeTelegram, core: Any, settings: Settings) -> TelegramFrontend:
    return TelegramFrontend(core, settings, base_url=tg.base_url, base_file_url=tg.base_file_url)


def is_reply_to(message: dict[str, Any]):
    return lambda call: (call.params.get("reply_parameters") or {}).get("message_id") == message["message_id"]


# -- start-up, commands and addressing ------------------------------------------------------------------------
async def test_polling_starts_registers_commands_and_answers_help(tg: FakeTelegram, tmp_path: Path) -> None:
    from bot.core.commands import COMMANDS

    core = StandInCore(answers={"help": [Response.of("Commands:\n/say [model] [prompt]", kind="help")]})
    async with running(frontend_for(tg, core, make_settings(tmp_path))) as frontend:
        assert frontend.username == BOT_USERNAME
        assert [c.method for c in tg.calls[:1]] == ["getMe"]
        assert {c["command"] for c in tg.commands} == set(COMMANDS)
        assert all(c["description"] for c in tg.commands)
        assert tg.calls_of("deleteWebhook")  # polling clears a webhook first
        await tg.wait_call("getUpdates")

        command = tg.command("/help")
        call = await tg.wait_call("sendMessage", is_reply_to(command))
        assert call.sent_text == "Commands:\n/say [model] [prompt]"
        handled = core.handled[0]
        assert handled.text == "/help"
        assert handled.caller == Caller("telegram", str(PRIVATE_USER["id"]), str(PRIVATE_USER["id"]), "Ada", False)

        tg.command("/start")  # Telegram's first message in a private chat
        await core.wait_handled(2)
        assert core.handled[1].text == "/start"


async def test_group_commands_addressed_to_this_bot_only(tg: FakeTelegram, tmp_path: Path) -> None:
    core = StandInCore()
    async with running(frontend_for(tg, core, make_settings(tmp_path, telegram_chat_admins_are_admins=False))):
        tg.command("/say@OtherBot hello there", group=True)
        tg.command("/models@otherbot", group=True)
        tg.command("/unknowncommand", group=True)  # may belong to another bot in the group: silence
        mine = tg.command(f"/say@{BOT_USERNAME} hello   there", group=True)
        call = await tg.wait_call("sendMessage", is_reply_to(mine))
        assert call.params["chat_id"] == GROUP_CHAT["id"]
        assert [h.text for h in core.handled] == ["/say hello there"]  # the name and its arguments, once read
        assert core.handled[0].caller.chat_id == str(GROUP_CHAT["id"])

        # An unknown command addressed to us (or in a private chat) reaches the core, which explains.
        tg.command(f"/frobnicate@{BOT_USERNAME}", group=True)
        tg.command("/frobnicate now")
        await core.wait_handled(3)
        assert [h.text for h in core.handled[1:]] == ["/frobnicate", "/frobnicate now"]


async def test_edited_command_is_not_run_again(tg: FakeTelegram, tmp_path: Path) -> None:
    core = StandInCore()
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        message = tg.command("/queue")
        await core.wait_handled(1)
        with tg._lock:
            tg._push_update({"edited_message": {**message, "text": "/models", "edit_date": int(time.time())}})
        tg.command("/models")
        await core.wait_handled(2)
        await asyncio.sleep(0.3)
        assert [h.text for h in core.handled] == ["/queue", "/models"]


# -- rendering ------------------------------------------------------------------------------------------------
async def test_generated_text_cannot_inject_formatting(tg: FakeTelegram, tmp_path: Path) -> None:
    sample = "<b>bold</b> *star* _under_ `tick` [link](http://x) & <a href='x'>a</a> &amp;"
    core = StandInCore(answers={"say": [Response(kind="samples", samples=(sample,))]})
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        tg.command("/say hi")
        call = await tg.wait_call("sendMessage")
        assert call.error is None
        assert call.sent_text == sample  # exactly what the model wrote, as the user reads it
        assert call.sent_entities == []  # and nothing became bold, a link or code


async def test_long_output_is_split_at_the_limit(tg: FakeTelegram, tmp_path: Path) -> None:
    lines = [f"line {i:05d} " + "word " * 30 + "🐦" for i in range(120)]  # ~20k characters, astral emoji
    text = "\n".join(lines)
    core = StandInCore(answers={"models": [Response.of(text, kind="list")]})
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        command = tg.command("/models")
        await tg.wait_call("sendMessage", count=5)
        await asyncio.sleep(0.3)
        sent = tg.calls_of("sendMessage")
        assert all(c.error is None for c in sent)
        assert all(utf16_len(c.sent_text) <= 4096 for c in sent)
        assert "\n".join(c.sent_text for c in sent) == text  # nothing lost, cut at line breaks
        assert (sent[0].params.get("reply_parameters") or {}).get("message_id") == command["message_id"]
        assert all("reply_parameters" not in c.params for c in sent[1:])


def test_split_without_line_breaks_and_tables_render_monospace() -> None:
    text = "x" * 9000
    messages = split_segments(render_segments(text))
    assert [sum(len(s.text) for s in m) for m in messages] == [4096, 4096, 808]

    rows = (("Data", "@mb_lena_bakes"), ("Tweets downloaded", "340"), ("Tweets kept", "301"))
    table = format_table(rows)
    assert table.split("\n")[:2] == ["Data               @mb_lena_bakes", "-----------------  --------------"]
    response = Response.of("Model mb_lena_bakes is ready.", kind="model", title="AI BOT: Lena <b>Bakes</b>",
                           table=rows, footnotes=("/say mb_lena_bakes <prompt>",))
    (html_text,) = render(response)
    assert html_text == ("<b>AI BOT: Lena &lt;b&gt;Bakes&lt;/b&gt;</b>\nModel mb_lena_bakes is ready.\n<pre>"
                         + table + "</pre>\n/say mb_lena_bakes &lt;prompt&gt;")
    assert response.text == "Model mb_lena_bakes is ready.\n" + table + "\n/say mb_lena_bakes <prompt>"


def render_segments(text: str) -> list:
    from bot.frontends.telegram.render import Segment

    return [Segment(text)]


# -- progress, typing, flood limits --------------------------------------------------------------------------
async def test_progress_edits_one_message_and_ignores_not_modified(tg: FakeTelegram, tmp_path: Path) -> None:
    core = StandInCore(answers={"train": [Response.of("Job 1 queued (place 1).", kind="info")]})
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        tg.command("/train @mb_lena_bakes")
        first = await tg.wait_call("sendMessage")
        while not core.replies:
            await asyncio.sleep(0.01)
        reply = core.replies[0]
        progress = Response.of("Training: 50% (ETA 10 s)", kind="progress", progress=Progress("train", 50.0, 10.0))
        await reply.edit(progress)
        await reply.edit(progress)  # "message is not modified": ignored
        await reply.edit(Response.of("Done: <model> ready", kind="model"))
        edits = tg.calls_of("editMessageText")
        assert [c.params["message_id"] for c in edits] == [first.result["message_id"]] * 3
        assert [c.error is None for c in edits] == [True, False, True]
        assert tg.message_text(first.result["chat"]["id"], first.result["message_id"]) == "Done: <model> ready"
        assert len(tg.calls_of("sendMessage")) == 1


async def test_say_shows_typing_while_generating(tg: FakeTelegram, tmp_path: Path) -> None:
    core = StandInCore(answers={"say": [Response.of("a fresh tweet", kind="samples")]}, delay_s=0.3)
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        command = tg.command("/say")
        answer = await tg.wait_call("sendMessage", is_reply_to(command))
        typing = tg.calls_of("sendChatAction")
        assert typing and typing[0].params == {"chat_id": PRIVATE_USER["id"], "action": "typing"}
        assert typing[0].at < answer.at
        tg.command("/queue")
        await tg.wait_call("sendMessage", count=2)
        assert len(tg.calls_of("sendChatAction")) == 1  # only /say generates


async def test_flood_limit_retry_after_is_honoured(tg: FakeTelegram, tmp_path: Path) -> None:
    core = StandInCore(answers={"queue": [Response.of("The queue is empty.")]})
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        tg.fail_once("sendMessage", 429, retry_after=1)
        tg.command("/queue")
        delivered = await tg.wait_call("sendMessage", timeout=10)
        attempts = tg.calls_of("sendMessage")
        assert [c.error is None for c in attempts] == [False, True]
        assert "Too Many Requests" in (attempts[0].error or "")
        assert delivered.at - attempts[0].at >= 1.0  # waited retry_after before retrying
        assert delivered.sent_text == "The queue is empty."


# -- permissions ---------------------------------------------------------------------------------------------
async def test_chat_admins_are_platform_admins_when_configured(tg: FakeTelegram, tmp_path: Path) -> None:
    tg.set_admins(GROUP_CHAT["id"], OTHER_USER)
    core = StandInCore()
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        tg.command("/forget lena", group=True, user=OTHER_USER)
        tg.command("/forget lena", group=True, user=PRIVATE_USER)
        tg.command("/forget lena", user=OTHER_USER)  # a private chat: nobody is a chat admin there
        tg.command("/forget lena", group=True, user={"id": 1087968824, "is_bot": True,
                                                      "first_name": "Group", "username": "GroupAnonymousBot"},
                   sender_chat=GROUP_CHAT)  # an anonymous admin posting as the group
        await core.wait_handled(4)
        admin = {h.caller.user_id: h.caller.is_platform_admin for h in core.handled if h.caller.chat_id != h.caller.user_id}
        assert admin == {str(OTHER_USER["id"]): True, str(PRIVATE_USER["id"]): False, "1087968824": True}
        assert [h.caller.is_platform_admin for h in core.handled if h.caller.chat_id == h.caller.user_id] == [False]
        assert len(tg.calls_of("getChatAdministrators")) == 1  # cached

    core = StandInCore()
    settings = make_settings(tmp_path, telegram_chat_admins_are_admins=False)
    async with running(frontend_for(tg, core, settings)):
        tg.command("/forget lena", group=True, user=OTHER_USER)
        await core.wait_handled(1)
        assert core.handled[0].caller.is_platform_admin is False


# -- uploads -------------------------------------------------------------------------------------------------
JSONL = b"".join(b'{"text": "tweet number %d about bread and ovens"}\n' % i for i in range(20))


async def test_train_with_a_document_in_the_caption_or_replied_to(tg: FakeTelegram, tmp_path: Path) -> None:
    core = StandInCore()
    async with running(frontend_for(tg, core, make_settings(tmp_path))):
        document = tg.add_file(JSONL, "lena.jsonl", "application/jsonl")
        tg.command("/train @lena_bakes", document=document)
        handled = await core.wait_handled(1)
        assert handled.text == "/train @lena_bakes"
        assert handled.upload == Upload("lena.jsonl", JSONL)
        assert tg.calls_of("download")

        archive = tg.document_message(tg.add_file(b"window.YTD.tweets.part0 = []", "tweets.js"))
        tg.command("/train @lena_bakes", reply_to=archive)
        handled = await core.wait_handled(2)
        assert handled.upload == Upload("tweets.js", b"window.YTD.tweets.part0 = []")

        tg.command("/say hi", reply_to=archive)  # only /train takes a document
        handled = await core.wait_handled(3)
        assert handled.upload is None


async def test_oversized_or_wrong_documents_are_refused_before_download(tg: FakeTelegram, tmp_path: Path) -> None:
    core = StandInCore()
    async with running(frontend_for(tg, core, make_settings(tmp_path, max_upload_bytes=1000))):
        big = tg.add_file(JSONL, "big.jsonl", file_size=5_000_000)
        command = tg.command("/train @lena_bakes", document=big)
        refusal = await tg.wait_call("sendMessage", is_reply_to(command))
        assert "too big" in refusal.sent_text and "big.jsonl" in refusal.sent_text
        huge = tg.add_file(JSONL, "huge.zip", file_size=50 * 1024 * 1024)
        command = tg.command("/train @lena_bakes", document=huge)
        await tg.wait_call("sendMessage", is_reply_to(command))
        wrong = tg.add_file(b"\x89PNG", "cat.png", "image/png")
        command = tg.command("/train @lena_bakes", document=wrong)
        refusal = await tg.wait_call("sendMessage", is_reply_to(command))
        assert "cat.png" in refusal.sent_text and ".zip" in refusal.sent_text
        assert not tg.calls_of("getFile") and not tg.calls_of("download")
        assert core.handled == []

    core = StandInCore()
    async with running(frontend_for(tg, core, make_settings(tmp_path, max_upload_bytes=10**9))):
        command = tg.command("/train @lena_bakes", document=huge)
        refusal = await tg.wait_call("sendMessage", is_reply_to(command))
        assert "20 MB" in refusal.sent_text
        assert core.handled == [] and not tg.calls_of("getFile")


# -- scheduled posts, webhook, token -------------------------------------------------------------------------
async def test_post_sends_to_a_chat(tg: FakeTelegram, tmp_path: Path) -> None:
    async with running(frontend_for(tg, StandInCore(), make_settings(tmp_path))) as frontend:
        await frontend.post(str(GROUP_CHAT["id"]), Response.of("good morning <3 🤖 AI", kind="samples"))
        (call,) = tg.calls_of("sendMessage")
        assert call.params["chat_id"] == GROUP_CHAT["id"] and call.sent_text == "good morning <3 🤖 AI"
        assert "reply_parameters" not in call.params


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_mode_sets_the_webhook_and_serves_updates(tg: FakeTelegram, tmp_path: Path) -> None:
    port = free_port()
    settings = make_settings(tmp_path, telegram_webhook_url="https://bot.example.org/tg/hook",
                             telegram_webhook_listen="127.0.0.1", telegram_webhook_port=port)
    core = StandInCore()
    async with running(frontend_for(tg, core, settings)):
        assert tg.webhook["url"] == "https://bot.example.org/tg/hook"
        secret = tg.webhook["secret_token"]
        assert len(secret) >= 32 and tg.webhook.get("allowed_updates") == ["message"]
        assert not tg.calls_of("getUpdates")

        update = tg.make_update(tg.new_command_message("/queue"))
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{port}/tg/hook"
            async with session.post(url, json=update) as answer:
                assert answer.status == 403  # no secret: not from Telegram
            headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
            async with session.post(url, json=update, headers=headers) as answer:
                assert answer.status == 200
        await tg.wait_call("sendMessage")
        assert [h.text for h in core.handled] == ["/queue"]


async def test_a_wrong_token_fails_clearly_without_showing_it(tg: FakeTelegram, tmp_path: Path,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    settings = Settings(_env_file=None, telegram_token="999:wrong-secret-token", data_dir=tmp_path)  # type: ignore[call-arg]
    frontend = frontend_for(tg, StandInCore(), settings)
    with pytest.raises(RuntimeError) as error:
        await frontend.start()
    assert "TELEGRAM_TOKEN" in str(error.value) and "wrong-secret-token" not in str(error.value)
    await frontend.stop()
    assert "Set Bot API URL" in caplog.text and "wrong-secret-token" not in caplog.text


# -- end to end: the real core, job queue and trainer subprocess on the tiny model ----------------------------
PERSONA = "Lena Brot\n"  # a persona's post starts with its name in bold (Telegram has no per-message sender)
BOLD_NAME = {"type": "bold", "offset": 0, "length": len("Lena Brot")}


def e2e_settings(tmp_path: Path, tiny_model_dir: Path, **overrides: Any) -> Settings:
    return make_settings(
        tmp_path, base_model=str(tiny_model_dir), admin_ids=[f"telegram:{PRIVATE_USER['id']}"], min_tweets=10,
        trainer_extra_args=["--epochs", "1", "--min-tweets", "10", "--samples", "1"], progress_interval_s=0.5,
        max_new_tokens=20, batch_window_ms=5,
        **overrides,
    )


@asynccontextmanager
async def real_bot(tg: FakeTelegram, settings: Settings) -> AsyncIterator[Any]:
    from bot.app import build_services

    services = build_services(settings)
    await services.start()
    try:
        frontend = frontend_for(tg, services.core, settings)
        await frontend.start()
        services.attach(frontend)
        await services.start_scheduler()
        yield services
    finally:
        await services.close()


async def ask(tg: FakeTelegram, text: str, timeout: float = 30, **kwargs: Any):
    """Send a command and wait for the bot's reply to it."""
    message = tg.command(text, **kwargs)
    return await tg.wait_call("sendMessage", is_reply_to(message), timeout=timeout)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")


@pytest.mark.timeout(300)
async def test_every_command_end_to_end(tg: FakeTelegram, tmp_path: Path, tiny_model_dir: Path,
                                        offline: None) -> None:
    settings = e2e_settings(tmp_path, tiny_model_dir)
    tg.set_admins(GROUP_CHAT["id"], OTHER_USER)  # Bob administers the group (Ada is the bot's admin)
    async with real_bot(tg, settings):
        assert "/train" in (await ask(tg, "/help")).sent_text
        assert "No models yet" in (await ask(tg, "/models")).sent_text
        assert "No model is trained yet" in (await ask(tg, "/say hello")).sent_text

        # /train: an answer at once, then one message edited with progress and finally the data table.
        first = await ask(tg, "/train @mb_lena_bakes")
        assert "Job #1" in first.sent_text
        message_id = first.result["message_id"]
        final = await tg.wait_call("editMessageText", lambda c: "is ready" in c.sent_text, timeout=240)
        edits = [c for c in tg.calls_of("editMessageText") if c.error is None]
        assert {c.params["message_id"] for c in edits} == {message_id}
        assert len(edits) >= 2, [c.sent_text for c in edits]  # progress, then the result
        progress_edits = edits[:-1]
        assert all(b.at - a.at >= settings.progress_interval_s - 0.05 for a, b in zip(edits, edits[1:], strict=False))
        assert any("%" in c.sent_text for c in progress_edits)
        assert final is edits[-1] and "mb_lena_bakes" in final.sent_text
        (table,) = [e for e in final.sent_entities if e["type"] == "pre"]
        shown = final.sent_text[table["offset"]: table["offset"] + table["length"]]
        assert "Tweets downloaded" in shown and "Tweets kept" in shown and "@mb_lena_bakes" in shown

        assert "is ready" in (await ask(tg, "/status 1")).sent_text
        assert "empty" in (await ask(tg, "/queue")).sent_text
        models = await ask(tg, "/models")
        assert "mb_lena_bakes" in models.sent_text and any(e["type"] == "pre" for e in models.sent_entities)
        assert "mb_lena_bakes" in (await ask(tg, "/use mb_lena_bakes")).sent_text

        # /say: typing while generating, the answer replies to the command.
        said = await ask(tg, "/say My dream is", timeout=60)
        assert said.sent_text.startswith(PERSONA) and said.sent_entities == [BOLD_NAME]
        assert said.sent_text.endswith(" — 🤖 AI")
        typing = tg.calls_of("sendChatAction")
        assert typing and typing[0].params["action"] == "typing" and typing[0].at < said.at

        # Groups: /say@ThisBot is answered, /say@OtherBot is not.
        tg.command("/say@SomeOtherBot hi", group=True)
        group_say = await ask(tg, f"/say@{BOT_USERNAME} mb_lena_bakes hi", group=True, timeout=60)
        assert group_say.params["chat_id"] == GROUP_CHAT["id"] and group_say.sent_text.startswith(PERSONA)
        assert len(tg.calls_of("sendMessage", lambda c: c.params["chat_id"] == GROUP_CHAT["id"])) == 1

        # Generated text is sent as plain content: a prompt full of markup cannot format the answer.
        markup = await ask(tg, "/say mb_lena_bakes <b>x</b> *y* _z_", timeout=60)
        assert markup.error is None and markup.sent_text.startswith(PERSONA + "<b>x</b> *y* _z_")  # read literally
        assert markup.sent_entities == [BOLD_NAME]

        # Permissions: a non-admin may neither train nor forget; /cancel ends a queued or running job.
        refused = await ask(tg, "/forget mb_lena_bakes", user=OTHER_USER)
        assert "not allowed" in refused.sent_text.lower() or "only" in refused.sent_text.lower()
        assert "mb_lena_bakes" in (await ask(tg, "/models", user=OTHER_USER)).sent_text
        refused = await ask(tg, "/train @mb_astro_ivo", user=OTHER_USER)
        assert "Job #" not in refused.sent_text
        assert "Job #2" in (await ask(tg, "/train @mb_astro_ivo")).sent_text
        assert "Cancelled job #2" in (await ask(tg, "/cancel 2", timeout=60)).sent_text

        # Scheduling commands reach the core (and its scheduler) like the others.
        for text in ("/schedule mb_lena_bakes every 1h good morning", "/schedules", "/unschedule 1"):
            assert (await ask(tg, text)).error is None

        # A chat administrator counts as an admin in the group (telegram_chat_admins_are_admins).
        forgot = await ask(tg, f"/forget@{BOT_USERNAME} mb_lena_bakes", group=True, user=OTHER_USER)
        assert "Forgot mb_lena_bakes" in forgot.sent_text
        assert "No models yet" in (await ask(tg, "/models")).sent_text


@pytest.mark.timeout(300)
async def test_train_on_an_uploaded_document_end_to_end(tg: FakeTelegram, tmp_path: Path, tiny_model_dir: Path,
                                                      offline: None) -> None:
    import json

    topics = ["sourdough", "rye", "croissants", "bagels", "focaccia", "brioche", "pretzels", "scones"]
    lines = [json.dumps({"text": f"Day {i}: baking {topics[i % len(topics)]} again, batch number {i} came out great"})
             for i in range(40)]
    data = ("\n".join(lines) + "\n").encode()
    settings = e2e_settings(tmp_path, tiny_model_dir)
    async with real_bot(tg, settings):
        document = tg.add_file(data, "my_tweets.jsonl", "application/jsonl")
        first = await ask(tg, "/train @file_baker", document=document)
        assert "Job #1" in first.sent_text, first.sent_text
        assert tg.calls_of("download")
        final = await tg.wait_call("editMessageText", lambda c: "is ready" in c.sent_text or "failed" in c.sent_text,
                                   timeout=240)
        assert "file_baker" in final.sent_text and "is ready" in final.sent_text, final.sent_text
        assert "40" in final.sent_text  # 40 tweets downloaded from the file
