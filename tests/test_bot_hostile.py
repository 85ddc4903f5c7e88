"""Issue 9's smaller bot-side faults, and every input a chat user controls tried from the attacker's side.

Unsupported upload types are refused before a job exists; ``/status`` shows a job's detail only in its chat
(and to admins); a restart that retries a job tells its chat; an operator hint never reaches a chat user;
hostile model names, job ids, upload names and huge prompts each get one line, in bounded memory, and lose
nothing. Real store, real queue, real trainer subprocesses where a job runs.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from bot.app import Services, build_services
from bot.core.commands import Forget, Say, Status, Use
from bot.core.responses import Caller, Upload
from bot.store import Store
from bot.training.queue import JobQueue, TrainRequest
from bot.training.trainer_process import LocalTrainer, without_operator_hints
from tests.bot_helpers import (
    ADMIN,
    OTHER_USER,
    USER,
    FakeConversation,
    install_model,
    make_settings,
    trained_model,
)
from tests.test_console import _env

pytestmark = pytest.mark.timeout(300)

STRANGER = Caller(platform="discord", user_id="44", chat_id="chan-2", display_name="Stranger")


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")


@pytest.fixture
async def bot(tmp_path, tiny_model_dir, tmp_path_factory):
    """Started services with the session's trained mb_lena_bakes installed (owned by the console admin)."""
    settings = make_settings(tmp_path / "data", tiny_model_dir, scheduling=False)
    services = build_services(settings)
    await services.start()
    install_model(settings, services.store, trained_model(tiny_model_dir, tmp_path_factory))
    yield services
    await services.close()


async def run(bot: Services, text: str, caller: Caller = ADMIN, upload: Upload | None = None) -> FakeConversation:
    conversation = FakeConversation()
    await bot.core.handle_text(caller, text, conversation, upload)
    return conversation


def one_line(conversation: FakeConversation, *needles: str) -> str:
    answer = conversation.last
    assert answer.kind == "error" and answer.private, answer
    assert "\n" not in answer.text and len(answer.text) < 400 and "Traceback" not in answer.text, answer.text
    assert "something went wrong" not in answer.text.lower(), answer.text  # refused, not crashed
    for needle in needles:
        assert needle.lower() in answer.text.lower(), answer.text
    return answer.text


def nothing_lost(bot: Services) -> None:
    model = bot.store.get_model("mb_lena_bakes")
    assert model is not None and (Path(model.folder) / "model.safetensors").is_file()


# -- uploads -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [".env", "notes.txt", "README", "x.zip.exe", "tweets.js.bak", "a.zip ", ""])
async def test_unsupported_upload_types_are_refused_before_a_job_exists(bot, name):
    answer = one_line(await run(bot, "/train @someone", upload=Upload(name, b"SECRET=1\n" * 10)), "can't train on")
    assert "zip" in answer and "csv" in answer
    assert bot.store.jobs() == []  # nothing queued ...
    uploads = bot.settings.uploads_dir
    assert not uploads.exists() or list(uploads.iterdir()) == []  # ... nothing saved


@pytest.mark.parametrize("name", ["../../x.zip", "..\\..\\x.zip", "a" * 10_000 + ".zip", "a\x00b.zip", "/etc/x.csv"])
async def test_hostile_upload_names_stay_in_the_uploads_folder(bot, name):
    conversation = await run(bot, "/train @someone", upload=Upload(name, b"not a zip at all"))
    assert conversation.sent[0].kind == "progress", conversation.last.text
    [job] = bot.store.jobs()
    saved = Path(job.input_path)
    assert saved.parent == bot.settings.uploads_dir and len(saved.name) <= 100
    assert "\x00" not in saved.name and ".." not in saved.name and saved.suffix in (".zip", ".csv")
    final = await conversation.wait_final(120)  # the trainer refuses it in one line; the upload is removed
    assert final.kind == "error" and "\n" not in final.text
    assert not saved.exists()
    assert not (bot.settings.data_dir.parent / "x.zip").exists()
    nothing_lost(bot)


# -- /status -----------------------------------------------------------------------------------------------
async def test_status_shows_a_jobs_detail_only_in_its_chat_and_to_admins(bot):
    job = bot.store.add_job(handles=["private_acct"], model_name="private_acct", source="x", request_key="k",
                            requested_by=USER.user_key, chat_key=USER.chat_key)
    bot.store.update_job(job.id, status="failed", error="the X API said: account private_acct is suspended")
    for caller in (STRANGER, Caller("telegram", "44", "chan-1")):  # another chat (same id on another platform)
        text = one_line(await run(bot, f"/status {job.id}", caller=caller), f"no job #{job.id}")
        assert "suspended" not in text and "private_acct" not in text
    for caller in (USER, OTHER_USER, ADMIN):  # the chat that asked (anyone in it), and admins
        assert "suspended" in (await run(bot, f"/status {job.id}", caller=caller)).last.text
    text = one_line(await run(bot, "/status", caller=STRANGER), "no training job")
    assert "suspended" not in text


# -- restart: the chat that asked is told -----------------------------------------------------------------------
@pytest.mark.parametrize(("attempts", "expected"), [
    (1, "The bot restarted; training job #1 (@nobody_here_z) again from the start."),
    (2, "Training job #1 (@nobody_here_z) failed: the bot restarted during training (twice)."),
])
def test_a_restart_that_retries_a_job_tells_its_chat(tmp_path, tiny_model_dir, attempts, expected):
    data = tmp_path / "data"
    store = Store(data / "mimicbird.db")
    job = store.add_job(handles=["nobody_here_z"], model_name="nobody_here_z", source="sample", request_key="k",
                        requested_by="console:someone", chat_key="console:terminal")
    store.claim_next_job()
    store.update_job(job.id, attempts=attempts)  # the bot was killed while this job trained
    store.close()
    result = subprocess.run([sys.executable, "-m", "bot", "console"], input="", capture_output=True, text=True,
                            env=_env(data, tiny_model_dir), cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert expected in " ".join(result.stdout.split()), result.stdout[-2000:]


# -- operator hints stay in the log -------------------------------------------------------------------------------
HINTING_TRAINER = """\
import json, sys
mode = sys.argv[-1]
if mode == "event":
    print(json.dumps({"event": "error", "message": "unexpected ValueError: boom (set MIMICBIRD_DEBUG=1 for details)"}))
print("error: unexpected ValueError: boom (set MIMICBIRD_DEBUG=1 for details)", file=sys.stderr)
sys.exit(2)
"""


@pytest.mark.parametrize("mode", ["stderr", "event"])
async def test_an_operator_hint_never_reaches_a_chat_user(tmp_path, mode):
    script = tmp_path / "trainer.py"
    script.write_text(HINTING_TRAINER)
    runner = tmp_path / "python"
    runner.write_text(f"#!/bin/sh\nshift 2\nexec {sys.executable} {script} \"$@\" {mode}\n")  # drop "-m trainer"
    runner.chmod(0o755)
    settings = make_settings(tmp_path / "data", "base", trainer_python=str(runner))
    store = Store(settings.db_path)
    queue = JobQueue(settings, store, backend=LocalTrainer(settings))
    await queue.start()
    try:
        job = queue.submit(TrainRequest(handles=("someone",), requested_by="u", chat_key="c")).job
        job = await queue.wait(job.id, 60)
    finally:
        await queue.stop()
    assert job.status == "failed" and "ValueError" in job.error
    assert "MIMICBIRD" not in job.error and "set " not in job.error, job.error


def test_only_the_debug_hint_goes_a_setting_that_fixes_the_users_problem_stays():
    assert without_operator_hints("unexpected ValueError: boom (set MIMICBIRD_DEBUG=1 for details)") == (
        "unexpected ValueError: boom")
    assert without_operator_hints("x; set MIMICBIRD_DEBUG=1 for the traceback") == "x"
    kept = ("m.social does not let anonymous readers see @a@m.social's posts (HTTP 401: no); give mimicbird an "
            "access token for m.social in MIMICBIRD_MASTODON_TOKENS")
    assert without_operator_hints(kept) == kept


# -- hostile commands ---------------------------------------------------------------------------------------------
HOSTILE_NAMES = ["../x", "..%2fx", "%", "_%", "a\x00b", "x" * 10_000, "lena/../../etc", "-", "@", "\u202e"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
async def test_hostile_model_names_get_one_line_and_lose_nothing(bot, name):
    for command in ("use", "forget", "push"):
        one_line(await run(bot, f"/{command} {name}"))
    said = await run(bot, f"/say {name}")  # not a model: the words are the prompt of the chat's model
    if said.last.kind != "samples":
        one_line(said)
    # a frontend that hands the core a command without the parser's checks
    for command in (Forget(name), Use(name), Say(name, "hi")):
        conversation = FakeConversation()
        await bot.core.handle(ADMIN, command, conversation)
        one_line(conversation, "no model named")
    nothing_lost(bot)
    assert [m.name for m in bot.store.models()] == ["mb_lena_bakes"]


@pytest.mark.parametrize("job_id", ["99999999999999999999999", "-1", "1e3", "#0", "0x10", "../1", "1;DROP"])
async def test_hostile_job_ids_get_one_line(bot, job_id):
    for command in ("status", "cancel"):
        one_line(await run(bot, f"/{command} {job_id}"))
    for raw in (0, 2**63, 2**80, -(2**70)):
        conversation = FakeConversation()
        await bot.core.handle(ADMIN, Status(raw), conversation)
        one_line(conversation, "no job")
    nothing_lost(bot)


async def test_a_one_megabyte_prompt_is_refused_before_anything_heavy(bot):
    prompt = "bread " * 175_000  # ~1 MB
    text = f"/say mb_lena_bakes {prompt}"
    tracemalloc.start()
    try:
        conversation = await run(bot, text, caller=USER)
        as_text = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        typed = FakeConversation()
        await bot.core.handle(USER, Say("mb_lena_bakes", prompt), typed)  # Discord builds the command itself
        as_command = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    one_line(conversation, "characters long")
    one_line(typed, "characters long")
    assert as_text < 256 * 1024 and as_command < 256 * 1024, (as_text, as_command)  # never a copy of the prompt
    assert bot.generator.loaded == []  # no model was even loaded for it
    nothing_lost(bot)


def test_startup_lines_name_the_problem_and_the_place():
    from bot.datadir import startup_problem

    full = startup_problem(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), Path("/d"))
    denied = startup_problem(PermissionError(errno.EACCES, "denied"), Path("/d"))
    assert full.startswith("no space left on the disk of /d") and "no permission" in denied


async def test_a_forget_whose_folder_cannot_be_moved_forgets_nothing(bot, monkeypatch):
    """/forget never reports a deletion that did not happen: the folder is moved aside first, and when the
    system refuses (a busy or read-only disk, simulated here) the model stays registered and usable."""

    def busy(source: object, target: object) -> None:
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))

    with monkeypatch.context() as patched:
        patched.setattr(os, "rename", busy)
        one_line(await run(bot, "/forget mb_lena_bakes"), "could not delete mb_lena_bakes", "nothing was forgotten")
    nothing_lost(bot)
    assert (await run(bot, "/say mb_lena_bakes My dream is")).last.kind == "samples"
