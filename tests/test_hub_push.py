"""Issue 9, fault 5: a failed Hub push never throws a finished model away.

The model is installed first; the push (the trainer's ``trainer/publish.py`` in its own process, through the
real ``huggingface_hub`` client) comes after. With the Hub unreachable the model is installed, ``/say`` works
and the chat is told in one line without the token; ``/push`` retries once the Hub (a fake on 127.0.0.1)
is back.
"""

from __future__ import annotations

import asyncio
import socket

import pytest

from bot.app import Services, build_services
from bot.core.responses import Response
from tests.bot_helpers import ADMIN, USER, FakeConversation, install_model, make_settings, trained_model
from tests.fakes.fake_hf_hub import FakeHfHub

pytestmark = pytest.mark.timeout(300)

TOKEN = "hf_BotPushTokenDoNotLeak0123456789"


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


class Chat:
    """A frontend that records what is posted to its chats (results nobody follows, push reports)."""

    platform = "console"

    def __init__(self) -> None:
        self.posted: list[tuple[str, Response]] = []
        self.changed = asyncio.Event()

    async def post(self, chat_id: str, response: Response) -> None:
        self.posted.append((chat_id, response))
        self.changed.set()

    async def wait(self, count: int, timeout: float = 120) -> None:
        async with asyncio.timeout(timeout):
            while len(self.posted) < count:
                self.changed.clear()
                await self.changed.wait()


async def run(bot: Services, text: str, caller=ADMIN) -> FakeConversation:
    conversation = FakeConversation()
    await bot.core.handle_text(caller, text, conversation)
    return conversation


async def test_an_unreachable_hub_keeps_the_model_and_push_retries(tmp_path, tiny_model_dir, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)  # the push must really try
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")  # the legacy LFS protocol, which the fake Hub speaks
    monkeypatch.setenv("WANDB_MODE", "disabled")
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{closed_port()}")  # nothing listens: unreachable
    settings = make_settings(tmp_path / "data", tiny_model_dir, scheduling=False, hf_push=True,
                             hf_namespace="alice", hf_token=TOKEN)
    bot = build_services(settings)
    await bot.start()
    chat = Chat()
    bot.frontends.add(chat)
    try:
        training = await run(bot, "/train @mb_lena_bakes")
        final = await training.wait_final(240)
        assert final.kind == "model", final.text  # installed, whatever the Hub does
        await chat.wait(1)
        chat_id, report = chat.posted[0]
        assert chat_id == "terminal" and report.kind == "error" and "\n" not in report.text
        assert "pushing it to the Hugging Face Hub failed" in report.text and "cannot reach the Hub" in report.text
        assert "/push mb_lena_bakes" in report.text and TOKEN not in report.text
        assert bot.store.get_model("mb_lena_bakes") is not None
        assert (settings.models_dir / "mb_lena_bakes" / "model.safetensors").is_file()
        said = await run(bot, "/say mb_lena_bakes My dream is")
        assert said.last.kind == "samples"

        refused = await run(bot, "/push mb_lena_bakes", caller=USER)
        assert refused.last.kind == "error" and "not allowed" in refused.last.text

        with FakeHfHub(tokens={TOKEN: "alice"}) as hub:  # the Hub is back
            monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
            pushed = await run(bot, "/push mb_lena_bakes")
            assert pushed.last.text == f"Pushed mb_lena_bakes to the Hugging Face Hub: {hub.endpoint}/alice/mb_lena_bakes"
            repo = hub.repos["alice/mb_lena_bakes"]
            assert {"config.json", "README.md", "mimicbird.json", "model.safetensors"} <= set(repo.files)
            assert all(TOKEN not in r.path for r in hub.requests)
        assert all(TOKEN not in r.text for reply in training.replies for r in reply.history)
    finally:
        await bot.close()


async def test_push_without_a_hub_configuration_says_so(tmp_path, tiny_model_dir, tmp_path_factory):
    settings = make_settings(tmp_path / "data", tiny_model_dir, scheduling=False)
    bot = build_services(settings)
    await bot.start()
    try:
        install_model(settings, bot.store, trained_model(tiny_model_dir, tmp_path_factory))
        missing = await run(bot, "/push nobody_here")
        assert missing.last.kind == "error" and "no model named nobody_here" in missing.last.text
        unconfigured = await run(bot, "/push mb_lena_bakes")
        assert unconfigured.last.kind == "error" and "not configured" in unconfigured.last.text
    finally:
        await bot.close()
