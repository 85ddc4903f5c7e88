"""Issue 9, fault 1: a model belongs to whoever trained it first; nobody else replaces or forgets it.

Every path that could replace a model is tried by a user who may train but does not own it: an uploaded
archive whose ``account.js`` names the model's account (its name is known only once the trainer read it), a
forced ``/train``, a stale model, a blend, a Bluesky DID that resolves to the model's handle. Real trainer
subprocesses, the real generator, the real store.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from bot.app import Services, build_services
from bot.core.responses import Caller, Upload
from bot.records import ModelRecord
from bot.store import Store
from bot.training.queue import JobQueue, TrainRequest
from tests.bot_helpers import (
    ADMIN,
    OTHER_USER,
    USER,
    FakeConversation,
    install_model,
    make_settings,
    trained_model,
)
from tests.fakes.fake_bluesky import FakeBluesky, fake_did

pytestmark = pytest.mark.timeout(300)

# a retrain slow enough to /say while it runs (a few hundred steps of the tiny model)
SLOW_ARGS = ["--epochs", "60", "--max-steps", "40", "--patience", "1000", "--min-tweets", "10", "--samples", "1"]


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")


@pytest.fixture
async def start_bot(tmp_path, tiny_model_dir):
    started: list[Services] = []

    async def start(**overrides) -> Services:
        settings = make_settings(tmp_path / "data", tiny_model_dir,
                                 **{"scheduling": False, "public_training": True, **overrides})
        services = build_services(settings)
        await services.start()
        started.append(services)
        return services

    yield start
    for services in started:
        await services.close()


@pytest.fixture
def lena_dir(tiny_model_dir, tmp_path_factory) -> Path:
    return trained_model(tiny_model_dir, tmp_path_factory)


async def run(bot: Services, text: str, caller: Caller = ADMIN, upload: Upload | None = None) -> FakeConversation:
    conversation = FakeConversation()
    await bot.core.handle_text(caller, text, conversation, upload)
    return conversation


def refused(conversation: FakeConversation, *needles: str) -> str:
    answer = conversation.last
    assert answer.kind == "error" and "\n" not in answer.text and "Traceback" not in answer.text, answer.text
    for needle in needles:
        assert needle.lower() in answer.text.lower(), answer.text
    return answer.text


def lena_archive() -> Upload:
    """A Twitter archive whose account.js names @mb_lena_bakes (no handle needed to train on it)."""
    sample = Path(str(files("trainer") / "sample_data" / "mb_lena_bakes"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("data/tweets.js", "data/account.js"):
            archive.write(sample / name, name)
    return Upload(filename="twitter-archive.zip", data=buffer.getvalue())


def snapshot(model: ModelRecord) -> dict[str, str]:
    """Every file of a model folder and its sha256."""
    folder = Path(model.folder)
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def staging_is_empty(bot: Services) -> bool:
    staging = bot.settings.models_dir / ".staging"
    return not staging.exists() or not any(staging.iterdir())


async def test_an_upload_of_someone_elses_account_is_refused_then_forget_too_an_admin_may_both(start_bot, lena_dir):
    bot = await start_bot()
    owned = install_model(bot.settings, bot.store, lena_dir, requested_by=OTHER_USER.user_key)
    before, files_before = bot.store.get_model("mb_lena_bakes"), snapshot(owned)

    # a user allowed to train uploads an archive naming the owner's account: refused once the trainer read it
    attempt = await run(bot, "/train", caller=USER, upload=lena_archive())
    final = await attempt.wait_final(240)
    assert final.kind == "error" and "someone else's model" in final.text, final.text
    assert "\n" not in final.text
    assert bot.store.get_model("mb_lena_bakes") == before  # owner, display names, date, folder: all as before
    assert snapshot(before) == files_before and staging_is_empty(bot)
    assert list(bot.settings.uploads_dir.iterdir()) == []  # the upload is not kept

    # ... and the same user cannot delete it, nor force a retrain of it, nor retrain it once it is stale
    refused(await run(bot, "/forget mb_lena_bakes", caller=USER), "someone else's model")
    refused(await run(bot, "/train @mb_lena_bakes --force", caller=USER), "someone else's model")
    reused = await run(bot, "/train @mb_lena_bakes", caller=USER)  # a fresh model is reused: no harm
    assert reused.last.kind == "model" and "reusing" in reused.last.text
    assert [job.id for job in bot.store.jobs()] == [1]  # the refusals queued nothing
    assert bot.store.get_model("mb_lena_bakes") == before and snapshot(before) == files_before

    # its owner's upload of the same account is no way around "exists, use --force" either
    again = await (await run(bot, "/train", caller=OTHER_USER, upload=lena_archive())).wait_final(240)
    assert again.kind == "error" and "add --force to train it again" in again.text, again.text
    assert bot.store.get_model("mb_lena_bakes") == before and snapshot(before) == files_before

    # an admin may replace it (the owner stays the owner) and forget it
    replaced = await run(bot, "/train --force", caller=ADMIN, upload=lena_archive())
    assert (await replaced.wait_final(240)).kind == "model"
    after = bot.store.get_model("mb_lena_bakes")
    assert after.requested_by == OTHER_USER.user_key and after.created_at != before.created_at
    forgot = await run(bot, "/forget mb_lena_bakes", caller=ADMIN)
    assert forgot.last.text == "Forgot mb_lena_bakes: its model and data are deleted."
    assert bot.store.get_model("mb_lena_bakes") is None and not Path(before.folder).exists()


async def test_stale_models_and_blends_of_someone_else_are_not_retrained(start_bot, lena_dir):
    bot = await start_bot(model_fresh_s=0)  # every model is stale: a plain /train would retrain
    blend = install_model(bot.settings, bot.store, lena_dir, name="mb_astro_ivo-mb_lena_bakes",
                          requested_by=OTHER_USER.user_key)
    install_model(bot.settings, bot.store, lena_dir, requested_by=OTHER_USER.user_key)
    refused(await run(bot, "/train @mb_lena_bakes", caller=USER), "someone else's model")
    refused(await run(bot, "/train @MB_Astro_Ivo @mb_lena_bakes", caller=USER), "someone else's model")
    assert bot.store.jobs() == [] and bot.store.get_model(blend.name) == blend
    # the owner may retrain their own
    mine = await run(bot, "/train @mb_lena_bakes @mb_astro_ivo", caller=OTHER_USER)
    assert mine.sent[0].kind == "progress"
    await bot.queue.cancel(bot.store.jobs()[0].id)


async def test_the_owner_retrains_and_say_keeps_working_until_the_swap(start_bot, lena_dir):
    bot = await start_bot(trainer_extra_args=SLOW_ARGS)
    install_model(bot.settings, bot.store, lena_dir, requested_by=USER.user_key)
    before = bot.store.get_model("mb_lena_bakes")
    retrain = await run(bot, "/train @mb_lena_bakes --force", caller=USER)
    await retrain.wait_until(lambda c: c.last.progress is not None and c.last.progress.stage == "train", 120)
    for _ in range(3):  # while the new model trains, the old one answers
        said = await run(bot, "/say mb_lena_bakes My dream is", caller=ADMIN)
        assert said.last.kind == "samples", said.last.text
    assert bot.store.get_job(1).status == "running"
    final = await retrain.wait_final(240)
    assert final.kind == "model", final.text
    after = bot.store.get_model("mb_lena_bakes")
    assert after.requested_by == USER.user_key and after.created_at != before.created_at
    assert after.folder == before.folder and staging_is_empty(bot)
    assert (await run(bot, "/say mb_lena_bakes My dream is", caller=ADMIN)).last.kind == "samples"


async def test_a_did_that_resolves_to_someone_elses_model_is_refused(tmp_path, tiny_model_dir, lena_dir):
    posts = [f"bread thought number {n} about sourdough and rye" for n in range(40)]
    with FakeBluesky() as bsky:
        bsky.add_account("alice.bsky.social", "Alice", posts=posts)
        settings = make_settings(tmp_path / "data", tiny_model_dir,
                                 trainer_extra_args=["--bluesky-url", bsky.base_url, "--epochs", "1",
                                                     "--max-steps", "2", "--min-tweets", "10", "--samples", "1"])
        store = Store(settings.db_path)
        owned = install_model(settings, store, lena_dir, name="alice.bsky.social", requested_by="discord:1")
        files_before = snapshot(owned)
        queue = JobQueue(settings, store)
        await queue.start()
        try:
            request = TrainRequest(handles=(fake_did("alice.bsky.social"),), requested_by="discord:2",
                                   chat_key="discord:chan", source="auto")
            job = await queue.wait(queue.submit(request).job.id, 240)
            untouched = snapshot(store.get_model("alice.bsky.social"))
            admin = TrainRequest(handles=(fake_did("alice.bsky.social"),), requested_by="discord:3",
                                 chat_key="discord:chan", source="auto", may_replace=True, force=True)
            replaced = await queue.wait(queue.submit(admin).job.id, 240)
        finally:
            await queue.stop()
            await asyncio.sleep(0)
        assert job.status == "failed" and "someone else's model" in job.error, job.error
        assert untouched == files_before
        assert replaced.status == "done", replaced.error
        after = store.get_model("alice.bsky.social")
        assert after.requested_by == "discord:1" and snapshot(after) != files_before
        store.close()
