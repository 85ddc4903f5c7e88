"""The command core end to end: real trainer subprocesses, the real generator and speaker, a tiny model.

Conversations are ``FakeConversation``s (our own protocol) that record every answer and edit.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import socket
import zipfile
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

import pytest

from bot.app import Services, build_services, run_bot
from bot.core.responses import Response, Upload
from bot.generation.postprocess import ZWSP
from bot.store import Store
from tests.bot_helpers import (
    ADMIN,
    OTHER_USER,
    USER,
    FakeConversation,
    build_parrot_model,
    install_model,
    make_settings,
    trained_model,
)
from trainer.base_model import embedded_tokenizer_dir

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")


@pytest.fixture
async def start_bot(tmp_path, tiny_model_dir):
    """``await start_bot(**setting_overrides)``: started services on a fresh data dir, closed after the test."""
    started: list[Services] = []

    async def start(**overrides) -> Services:
        settings = make_settings(tmp_path / "data", tiny_model_dir, **{"scheduling": False, **overrides})
        services = build_services(settings)
        await services.start()
        started.append(services)
        return services

    yield start
    for services in started:
        await services.close()


async def run(services: Services, text: str, caller=ADMIN, upload: Upload | None = None) -> FakeConversation:
    conversation = FakeConversation()
    await services.core.handle_text(caller, text, conversation, upload)
    return conversation


@pytest.fixture
def lena_dir(tiny_model_dir, tmp_path_factory) -> Path:
    """The session's trained mb_lena_bakes model folder (trained once, by the real trainer)."""
    return trained_model(tiny_model_dir, tmp_path_factory)


def _assert_refusal(conversation: FakeConversation, *needles: str) -> Response:
    answer = conversation.last
    assert answer.kind == "error" and answer.private, answer
    assert "Traceback" not in answer.text and "\n" not in answer.text
    for needle in needles:
        assert needle.lower() in answer.text.lower(), answer.text
    return answer


# -- /train and the model's life ----------------------------------------------------------------------------
async def test_train_progress_edits_one_message_then_model_table(start_bot):
    bot = await start_bot(progress_interval_s=0.5)
    posted: list[Response] = []

    class Frontend:  # results of followed jobs are edited into their message, never posted again
        platform = "console"

        async def post(self, chat_id: str, response: Response) -> None:
            posted.append(response)

    bot.frontends.add(Frontend())
    conversation = await run(bot, "/train @MB_Lena_Bakes")
    first = conversation.sent[0]
    assert first.kind == "progress" and "Job #1" in first.text and "@MB_Lena_Bakes" in first.text
    assert "starting now" in first.text or "place 1" in first.text
    final = await conversation.wait_final(240)
    assert len(conversation.replies) == 1  # one message, edited
    reply = conversation.replies[0]
    progress = [r for r in reply.history[1:] if r.kind == "progress"]
    assert progress, "no progress edit"
    assert all(r.progress and r.progress.stage for r in progress)
    gaps = [b - a for a, b in zip(reply.edit_times, reply.edit_times[1:], strict=False)][:-1]
    assert all(gap >= 0.5 - 0.05 for gap in gaps), gaps  # never more often than progress_interval_s
    assert final.kind == "model" and final.model is not None and final.model.name == "mb_lena_bakes"
    assert final.table[0] == ("Data", "@mb_lena_bakes")
    assert [row[0] for row in final.table[1:]] == [
        "Tweets downloaded", "Retweets", "Short tweets", "Duplicates", "Tweets kept"]
    assert int(final.table[-1][1]) > 10 and final.model.label == "AI BOT"
    assert "Tweets kept" in final.text and final.progress.percent == 100.0
    assert posted == []

    # the chat's first model becomes its /say default
    said = await run(bot, "/say My dream is")
    assert said.last.kind == "samples" and said.last.model.name == "mb_lena_bakes"
    assert len(said.last.samples) == bot.settings.say_samples
    assert all(sample.startswith("My dream is") and bot.settings.ai_marker in sample for sample in said.last.samples)

    again = await run(bot, "/train mb_lena_bakes")  # a fresh model is reused, not retrained
    assert again.last.kind == "model" and "reusing" in again.last.text and "--force" in again.last.text

    listed = await run(bot, "/models")
    assert listed.last.kind == "list" and listed.last.table[0] == (
        "Model", "Accounts", "Kept tweets", "Trained", "Base model", "Style match")
    assert listed.last.table[1][0] == "mb_lena_bakes *" and listed.last.table[1][2] == final.table[-1][1]
    status = await run(bot, "/status")
    assert status.last.kind == "model" and status.last.model.name == "mb_lena_bakes"
    assert (await run(bot, "/status 1")).last.model.name == "mb_lena_bakes"
    assert "empty" in (await run(bot, "/queue")).last.text


async def test_queue_status_and_cancel(start_bot):
    bot = await start_bot(trainer_extra_args=["--epochs", "200", "--min-tweets", "10", "--samples", "1"])
    first = await run(bot, "/train @mb_lena_bakes")
    await first.wait_until(lambda c: c.last.progress is not None and c.last.progress.stage == "train", 120)
    second = await run(bot, "/train @mb_astro_ivo", caller=ADMIN)
    assert "place 1" in second.sent[0].text
    joined = await run(bot, "/train mb_lena_bakes")
    assert "already training as job #1" in joined.sent[0].text

    queue = (await run(bot, "/queue")).last
    assert queue.table[0] == ("Job", "Accounts", "Status")
    assert queue.table[1][:2] == ("#1", "@mb_lena_bakes") and queue.table[1][2].startswith("train")
    assert queue.table[2] == ("#2", "@mb_astro_ivo", "queued (place 1 in the queue)")
    running = (await run(bot, "/status 1")).last
    assert running.kind == "progress" and running.progress.stage == "train" and "Job #1" in running.text

    _assert_refusal(await run(bot, "/cancel 1", caller=USER), "not allowed")
    cancelled = await run(bot, "/cancel 2")
    assert cancelled.last.text == "Cancelled job #2 (@mb_astro_ivo)."
    assert (await second.wait_final(30)).text == "Job #2 (@mb_astro_ivo) was cancelled."
    cancelled = await run(bot, "/cancel")  # the caller's newest active job
    assert cancelled.last.text == "Cancelled job #1 (@mb_lena_bakes)."
    assert "cancelled" in (await first.wait_final(30)).text
    assert "cancelled" in (await joined.wait_final(30)).text  # every follower's message ends
    assert not (bot.settings.models_dir / "mb_lena_bakes").exists()
    assert bot.store.get_model("mb_lena_bakes") is None
    _assert_refusal(await run(bot, "/cancel 1"), "already cancelled")
    _assert_refusal(await run(bot, "/status 99"), "no job #99")


async def test_trainer_failure_reaches_the_user_without_traceback(start_bot):
    bot = await start_bot()
    conversation = await run(bot, "/train @nobody_here_x source=sample")
    final = await conversation.wait_final(120)
    assert final.kind == "error" and final.text.startswith("Training job #1 (@nobody_here_x) failed: ")
    assert "nobody_here_x" in final.text.split("failed: ", 1)[1] and "Traceback" not in final.text
    assert "\n" not in final.text
    status = (await run(bot, "/status")).last
    assert status.kind == "error" and "failed" in status.text


async def test_archive_upload_without_handle_names_its_account(start_bot):
    bot = await start_bot()
    sample = Path(str(files("trainer") / "sample_data" / "mb_astro_ivo"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("data/tweets.js", "data/account.js"):
            archive.write(sample / name, name)
    upload = Upload(filename="twitter-archive.zip", data=buffer.getvalue())
    conversation = await run(bot, "/train", upload=upload)
    assert "an upload" in conversation.sent[0].text
    final = await conversation.wait_final(240)
    assert final.kind == "model" and final.model.name == "mb_astro_ivo", final.text
    assert list(bot.settings.uploads_dir.iterdir()) == []  # the upload is deleted once trained

    _assert_refusal(await run(bot, "/train @someone source=upload"), "attach")
    _assert_refusal(await run(bot, "/train"), "whose tweets?", "name an account", "attach an archive")
    _assert_refusal(await run(bot, "/train source=upload"), "whose tweets?")
    assert [job.id for job in bot.store.jobs()] == [1]  # the refusals queued nothing


async def test_upload_too_large(start_bot):
    bot = await start_bot(max_upload_bytes=10)
    _assert_refusal(await run(bot, "/train @someone", upload=Upload("a.csv", b"x" * 11)), "limit")


# -- /say ---------------------------------------------------------------------------------------------------
async def test_say_neutralises_mentions_and_checks_the_prompt(start_bot, lena_dir):
    bot = await start_bot()
    install_model(bot.settings, bot.store, lena_dir)
    said = await run(bot, "/say mb_lena_bakes @everyone and @here look")
    assert said.last.kind == "samples"
    sample = said.last.samples[0]
    assert f"@{ZWSP}everyone" in sample and f"@{ZWSP}here" in sample
    assert not re.search(r"@(everyone|here)", sample) and not re.search(r"@(everyone|here)", said.last.text)
    long_prompt = "x" * (bot.settings.max_prompt_chars + 1)
    _assert_refusal(await run(bot, f"/say {long_prompt}"), "characters")
    _assert_refusal(await run(bot, "/use nosuchmodel"), "no model named nosuchmodel")


async def test_verbatim_copies_are_never_posted(start_bot, tmp_path):
    bot = await start_bot()
    from trainer.fingerprints import save_fingerprints

    for name, tweets in (("parrot_copy", ["bread bread bread bread bread bread"]),
                         ("parrot_new", ["an entirely different tweet about something"])):
        folder = build_parrot_model(tmp_path / name, embedded_tokenizer_dir(), " bread")
        save_fingerprints(folder, tweets)
        (folder / "mimicbird.json").write_text(json.dumps({
            "model_name": name, "handles": [name], "display_names": [name.title()],
            "stats": {name: {"kept": len(tweets)}}, "base_model": "parrot", "created_at": "2025-01-01T00:00:00Z",
        }))
        install_model(bot.settings, bot.store, folder)
    fresh = await run(bot, "/say parrot_new I love")
    assert fresh.last.kind == "samples" and "bread bread" in fresh.last.samples[0]
    copied = await run(bot, "/say parrot_copy I love")
    _assert_refusal(copied, "couldn't write anything new")


async def test_say_rate_limit_lru_eviction_and_forget(start_bot, lena_dir):
    bot = await start_bot(say_per_user_per_minute=2, model_cache_size=1, adapter_cache_size=1)  # either form
    lena = install_model(bot.settings, bot.store, lena_dir)
    twin = install_model(bot.settings, bot.store, lena_dir, name="twin_lena")
    for _ in range(2):
        assert (await run(bot, "/say mb_lena_bakes hello", caller=USER)).last.kind == "samples"
    _assert_refusal(await run(bot, "/say mb_lena_bakes hello", caller=USER), "try again in")
    assert (await run(bot, "/say mb_lena_bakes hello", caller=OTHER_USER)).last.kind == "samples"
    assert bot.generator.loaded == [str(Path(lena.folder).resolve())]

    assert (await run(bot, "/say twin_lena hello")).last.kind == "samples"  # admins are not rate limited
    assert bot.generator.loaded == [str(Path(twin.folder).resolve())]  # capacity 1: lena was evicted

    forgotten: list[str] = []

    class Scheduler:
        async def on_model_forgotten(self, name: str) -> None:
            forgotten.append(name)

    bot.core.models.schedules = Scheduler()
    _assert_refusal(await run(bot, "/forget twin_lena", caller=USER), "not allowed")
    assert (await run(bot, "/use twin_lena")).last.text.startswith("/say in this chat now speaks as twin_lena")
    done = await run(bot, "/forget twin_lena")
    assert done.last.text == "Forgot twin_lena: its model and data are deleted."
    for _ in range(100):  # an adapter is detached in the generator's worker thread, between generate calls
        if not bot.generator.loaded:
            break
        await asyncio.sleep(0.05)
    assert bot.generator.loaded == [] and not Path(twin.folder).exists()
    assert bot.store.get_model("twin_lena") is None and forgotten == ["twin_lena"]
    assert bot.store.current_model(ADMIN.chat_key) is None
    assert bot.core.model_names() == ["mb_lena_bakes"] and bot.core.model_names("TW") == []
    assert bot.core.summary("mb_lena_bakes").name == "mb_lena_bakes"


# -- access and limits --------------------------------------------------------------------------------------
async def test_refusals_are_polite_and_private(start_bot, lena_dir):
    bot = await start_bot(opt_out_handles=["Private_Person"], public_training=False, max_queue=1)
    install_model(bot.settings, bot.store, lena_dir)
    _assert_refusal(await run(bot, "/train @mb_astro_ivo", caller=USER), "not allowed")
    _assert_refusal(await run(bot, "/train @private_person"), "asked not to be imitated")
    _assert_refusal(await run(bot, "/train @someone source=x"), "X API is not configured")
    _assert_refusal(await run(bot, "/frobnicate"), "don't know the command")
    _assert_refusal(await run(bot, "/schedule mb_lena_bakes every 2h hi"), "scheduling is not enabled")
    _assert_refusal(await run(bot, "/forget mb_lena_bakes", caller=USER), "not allowed")
    _assert_refusal(await run(bot, "/cancel", caller=USER), "no training job")
    help_answer = (await run(bot, "/help")).last
    assert help_answer.kind == "help" and "/train" in help_answer.text and "/say" in help_answer.text

    await bot.queue.stop()  # nothing starts: the next job fills the queue (max_queue=1)
    bot.store.add_job(handles=["x"], model_name="x", source="sample", request_key="held", requested_by="u",
                      chat_key="c")
    _assert_refusal(await run(bot, "/train @mb_grumpy_dev"), "queue is full")


async def test_train_rate_limit_counts_only_new_jobs(start_bot):
    bot = await start_bot(public_training=True, train_per_user_per_day=1)
    await bot.queue.stop()  # keep the jobs queued: this test is about admission only
    first = await run(bot, "/train @mb_lena_bakes", caller=USER)
    assert first.sent[0].kind == "progress"
    joined = await run(bot, "/train @mb_lena_bakes", caller=OTHER_USER)
    assert "already queued as job #1" in joined.sent[0].text
    again = await run(bot, "/train @mb_lena_bakes", caller=USER)  # joining is free
    assert "job #1" in again.sent[0].text
    _assert_refusal(await run(bot, "/train @mb_astro_ivo", caller=USER), "1 model a day", "try again in")


async def test_unexpected_errors_become_an_apology_with_an_id(start_bot, lena_dir, caplog):
    bot = await start_bot()
    install_model(bot.settings, bot.store, lena_dir)
    class Broken:
        async def say(self, model_dir, prompt, n):
            raise RuntimeError("internal detail /secret/path")

    bot.core.speaking.speaker = Broken()
    answer = (await run(bot, "/say mb_lena_bakes hi")).last
    assert answer.kind == "error" and answer.private and "/secret/path" not in answer.text
    error_id = re.search(r"error id ([0-9a-f]{8})", answer.text).group(1)
    assert any(error_id in record.getMessage() for record in caplog.records)

    bot.core.speaking.speaker = bot.speaker
    for name in ("config.json", "adapter_config.json", "adapter_model.safetensors"):  # a broken model folder
        (bot.settings.models_dir / "mb_lena_bakes" / name).unlink(missing_ok=True)
    _assert_refusal(await run(bot, "/say mb_lena_bakes hi"), "can't speak right now", "retrain")


async def test_job_finished_without_a_follower_is_posted_to_its_chat(start_bot):
    bot = await start_bot()
    from bot.training.queue import TrainRequest

    posted: list[tuple[str, Response]] = []

    class Frontend:
        platform = "console"

        async def post(self, chat_id: str, response: Response) -> None:
            posted.append((chat_id, response))

    bot.frontends.add(Frontend())
    job = bot.queue.submit(TrainRequest(handles=("nobody_here_y",), requested_by="console:x",
                                        chat_key="console:terminal", source="sample")).job
    await bot.queue.wait(job.id, 120)
    assert len(posted) == 1 and posted[0][0] == "terminal" and posted[0][1].kind == "error"
    assert "nobody_here_y" in posted[0][1].text


# -- start-up -----------------------------------------------------------------------------------------------
async def test_the_newest_model_is_preloaded_and_a_broken_one_does_not_stop_start_up(start_bot, lena_dir, caplog):
    bot = await start_bot()
    assert await bot.preload_chat_model() is None and bot.generator.loaded == []  # no model: nothing to load
    older = install_model(bot.settings, bot.store, lena_dir, name="older_model")
    bot.store.save_model(replace(older, created_at="2020-01-01T00:00:00Z"))
    newest = install_model(bot.settings, bot.store, lena_dir)
    assert newest.name < older.name  # the newest wins, not the first by name

    assert await bot.preload_chat_model() == "mb_lena_bakes"
    assert bot.generator.loaded == [str(Path(newest.folder).absolute())]  # not the older one, not the base model

    for name in ("config.json", "adapter_config.json", "adapter_model.safetensors"):  # full model or adapter
        (Path(newest.folder) / name).unlink(missing_ok=True)
    bot.generator.evict(Path(newest.folder))
    assert await bot.preload_chat_model() is None  # logged, not raised
    failure = [r.getMessage() for r in caplog.records if "generator.preload_failed" in r.getMessage()]
    assert len(failure) == 1 and "model=mb_lena_bakes" in failure[0]


async def test_run_bot_preloads_before_the_console_answers(tmp_path, tiny_model_dir, lena_dir):
    settings = make_settings(tmp_path / "data", tiny_model_dir)
    store = Store(settings.db_path)
    install_model(settings, store, lena_dir)
    store.close()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    code = await run_bot(settings, console=True, stdin=io.StringIO("/say mb_lena_bakes My dream is\n"))
    assert code == 0
    assert (root.handlers, root.level) == (handlers, level)  # run_bot took its log handler away again
    log_lines = (settings.data_dir / "mimicbird.log").read_text().splitlines()
    events = [line.split()[3] for line in log_lines if len(line.split()) > 3]
    assert "generator.preloaded" in events and "say" in events
    assert events.index("generator.preloaded") < events.index("command") < events.index("say")


async def test_a_frontend_that_cannot_start_is_logged_with_its_reason(tmp_path, tiny_model_dir, caplog):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: Telegram's getMe fails to connect
    token = "123456:telegram-secret-token"
    settings = make_settings(tmp_path / "data", tiny_model_dir, telegram_token=token,
                             telegram_base_url=f"http://127.0.0.1:{port}/bot",
                             telegram_base_file_url=f"http://127.0.0.1:{port}/file/bot")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    caplog.set_level(logging.INFO)
    assert await run_bot(settings) == 2  # no frontend started
    assert root.handlers == handlers  # run_bot took its log handler away again
    root.setLevel(level)  # (caplog.set_level changed it; run_bot restored what it found)
    messages = [record.getMessage() for record in caplog.records]
    failed = [m for m in messages if m.startswith("frontend.start_failed")]
    assert len(failed) == 1 and "platform=telegram" in failed[0]
    reason = failed[0].split("error=", 1)[1]
    assert reason.startswith('"') and ": " in reason, reason  # the error's type and its text, not the type alone
    assert any(m.startswith("bot.stopped code=2") for m in messages)
    assert not any(token in m for m in messages)
