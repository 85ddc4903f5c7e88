"""The persistent training queue, with REAL trainer subprocesses on the tiny model.

A few tests use a small stand-in trainer script (written below) for behaviour the real trainer must never
show on purpose: ignoring SIGTERM, crashing with a traceback that contains a secret, overrunning the time
limit. Everything else runs ``python -m trainer`` itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bot.logging_setup import configure_logging, settings_redactor
from bot.store import Store
from bot.training import queue as queue_module
from bot.training.backend import TrainerExit
from bot.training.publishing import HubPublisher
from bot.training.queue import RESTARTED_TWICE, JobEvent, JobQueue, QueueFull, TrainRequest
from bot.training.trainer_process import TRAINER_NICENESS, LocalTrainer
from tests.bot_helpers import ROOT, install_model, make_settings, trained_model

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")


def _request(*handles: str, source: str = "sample", force: bool = False, **extra) -> TrainRequest:
    return TrainRequest(handles=handles, requested_by="console:owner", chat_key="console:terminal",
                        source=source, force=force, **extra)


async def _queue(settings, grace_s: float = 15.0) -> tuple[Store, JobQueue]:
    store = Store(settings.db_path)
    queue = JobQueue(settings, store, backend=LocalTrainer(settings, grace_s=grace_s))
    await queue.start()
    return store, queue


def _leftovers(settings) -> list[str]:
    """Anything in the models folder that is not a finished model (partial output, temp folders)."""
    found = []
    for path in settings.models_dir.rglob("*"):
        if path.is_dir() and not (path / "mimicbird.json").exists() and path.parent == settings.models_dir \
                and path.name != ".staging":
            found.append(str(path))
    found += [str(p) for p in (settings.models_dir / ".staging").iterdir()] \
        if (settings.models_dir / ".staging").exists() else []
    return found


# -- real trainer -------------------------------------------------------------------------------------------
async def test_two_jobs_run_one_at_a_time_in_order_and_register_models(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir, max_concurrent_jobs=1)
    store, queue = await _queue(settings)
    events: list[tuple[int, str]] = []

    async def record(event: JobEvent) -> None:
        if event.kind != "progress" or not events or events[-1] != (event.job.id, "progress"):
            events.append((event.job.id, event.kind))

    queue.subscribe(record)
    try:
        first = queue.submit(_request("mb_lena_bakes"))
        second = queue.submit(_request("mb_astro_ivo"))
        assert (first.outcome, second.outcome) == ("queued", "queued")
        assert second.position == 2 or second.position == 1  # the first may already have been claimed
        done = [await queue.wait(first.job.id, 240), await queue.wait(second.job.id, 240)]
    finally:
        await queue.stop()
    assert [j.status for j in done] == ["done", "done"], [j.error for j in done]
    assert done[1].started_at >= done[0].finished_at  # never two trainers at once
    kinds = [k for _, k in events]
    assert kinds.index("done") < max(i for i, (job, k) in enumerate(events) if job == second.job.id and k == "started")
    assert [job for job, kind in events if kind == "started"] == [first.job.id, second.job.id]
    for job, name in zip(done, ("mb_lena_bakes", "mb_astro_ivo"), strict=True):
        assert job.model_name == name and job.progress.percent == 100.0 and job.attempts == 1
        model = store.get_model(name)
        assert model is not None and Path(model.folder) == settings.models_dir / name
        assert (Path(model.folder) / "mimicbird.json").is_file()
        assert any((Path(model.folder) / name).is_file() for name in ("config.json", "adapter_config.json"))
        assert model.stats[name]["kept"] > 10 and model.requested_by == "console:owner"
        assert model.base_model
    assert _leftovers(settings) == []


async def test_same_request_joins_fresh_model_is_reused_and_force_retrains(tmp_path, tiny_model_dir,
                                                                           tmp_path_factory):
    settings = make_settings(tmp_path, tiny_model_dir)
    store, queue = await _queue(settings)
    try:
        first = queue.submit(_request("mb_grumpy_dev"))
        again = queue.submit(_request("MB_Grumpy_Dev"))  # same handle set, any case
        other_source = queue.submit(_request("mb_grumpy_dev", source="auto"))
        assert again.outcome == "joined" and again.job.id == first.job.id
        assert other_source.outcome == "queued" and other_source.job.id != first.job.id
        await queue.cancel(other_source.job.id)

        model = install_model(settings, store, trained_model(tiny_model_dir, tmp_path_factory))
        reuse = queue.submit(_request("mb_lena_bakes"))
        assert reuse.outcome == "exists" and reuse.model == model and reuse.job is None
        forced = queue.submit(_request("mb_lena_bakes", force=True))
        assert forced.outcome == "queued"
        finished = await queue.wait(forced.job.id, 240)
        await queue.wait(first.job.id, 240)
    finally:
        await queue.stop()
    assert finished.status == "done", finished.error
    retrained = store.get_model("mb_lena_bakes")
    assert retrained.created_at != model.created_at or retrained.folder == model.folder
    assert (Path(retrained.folder) / "mimicbird.json").is_file()
    assert _leftovers(settings) == []


async def test_stale_model_is_retrained(tmp_path, tiny_model_dir, tmp_path_factory):
    settings = make_settings(tmp_path, tiny_model_dir, model_fresh_s=0)
    store, queue = await _queue(settings)
    try:
        install_model(settings, store, trained_model(tiny_model_dir, tmp_path_factory))
        submission = queue.submit(_request("mb_lena_bakes"))
        assert submission.outcome == "queued"
        await queue.cancel(submission.job.id)
    finally:
        await queue.stop()


async def test_cancel_running_job_leaves_no_partial_model(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir,
                             trainer_extra_args=["--epochs", "200", "--min-tweets", "10", "--samples", "1"])
    store, queue = await _queue(settings)
    training = asyncio.Event()

    async def watch(event: JobEvent) -> None:
        if event.kind == "progress" and event.job.progress.stage == "train":
            training.set()

    try:
        job = queue.submit(_request("mb_lena_bakes")).job
        waiting = queue.submit(_request("mb_astro_ivo")).job
        queue.subscribe(watch, job.id)
        await asyncio.wait_for(training.wait(), 120)
        pid = store.get_job(job.id).pid
        assert pid and Path(f"/proc/{pid}").exists()
        # the trainer runs at a lower CPU priority than the bot, so /say and the event loop win a busy CPU
        bot_nice = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, bot_nice + TRAINER_NICENESS) > bot_nice
        cancelled_queued = await queue.cancel(waiting.id)
        assert cancelled_queued.status == "cancelled"
        started = time.monotonic()
        final = await queue.cancel(job.id)
        elapsed = time.monotonic() - started
    finally:
        await queue.stop()
    assert final.status == "cancelled" and final.finished_at and final.pid is None
    assert elapsed < queue.backend.grace_s  # the trainer stopped on SIGTERM, no SIGKILL needed
    assert not Path(f"/proc/{pid}").exists() or _is_zombie(pid)
    assert store.get_model("mb_lena_bakes") is None
    assert not (settings.models_dir / "mb_lena_bakes").exists()
    assert _leftovers(settings) == []
    assert store.get_job(waiting.id).attempts == 0  # never started


async def test_trainer_failures_reach_the_user_as_one_line(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir)
    store, queue = await _queue(settings)
    try:
        unknown = queue.submit(_request("nobody_here_x")).job
        too_few = queue.submit(_request("mb_lena_bakes", force=True, source="auto")).job
        settings.trainer_extra_args.extend(["--min-tweets", "100000"])  # applies to the next launch
        results = [await queue.wait(unknown.id, 120), await queue.wait(too_few.id, 120)]
    finally:
        await queue.stop()
    for job in results:
        assert job.status == "failed"
        assert job.error and "\n" not in job.error and "Traceback" not in job.error
        assert str(tmp_path) not in job.error
    assert "nobody_here_x" in results[0].error and "sample" in results[0].error
    assert "100000" in results[1].error or "kept" in results[1].error
    assert store.get_model("mb_lena_bakes") is None and _leftovers(settings) == []


def test_trainer_gets_tokens_by_environment_only(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", "discord-secret-123")
    monkeypatch.setenv("MIMICBIRD_TELEGRAM_TOKEN", "telegram-secret-456")
    settings = make_settings(tmp_path, "base", x_bearer_token="x-bearer-789", hf_token="hf_secret_abc",
                             hf_push=True, hf_namespace="me", cache_dir=tmp_path / "cache")
    store = Store(settings.db_path)
    trainer = LocalTrainer(settings)
    job = store.add_job(handles=["Lena"], model_name="lena", source="x", request_key="k",
                        requested_by="u", chat_key="c", input_path="/up/a.zip")
    argv = trainer.command(job, JobQueue(settings, store).staging_for(job.id))
    assert argv[:4] == [settings.trainer_python, "-m", "trainer", "Lena"]
    assert argv[argv.index("--progress") + 1] == "json"
    assert argv[argv.index("--output") + 1] == str(settings.models_dir / ".staging" / f"job-{job.id}")
    assert "--push-to-hub" not in argv  # the bot pushes after installing (bot/training/publishing.py)
    assert argv[argv.index("--input") + 1] == "/up/a.zip"
    assert argv[-len(settings.trainer_extra_args):] == settings.trainer_extra_args
    joined = " ".join(argv)
    env = trainer.environment()
    for secret in ("x-bearer-789", "hf_secret_abc", "discord-secret-123", "telegram-secret-456"):
        assert secret not in joined
    assert env["X_BEARER_TOKEN"] == "x-bearer-789" and env["HF_TOKEN"] == "hf_secret_abc"
    assert "DISCORD_TOKEN" not in env and "MIMICBIRD_TELEGRAM_TOKEN" not in env
    assert argv[argv.index("--cache-dir") + 1] == str(tmp_path / "cache")  # the one way it is passed


def test_platform_settings_reach_the_trainer_and_posting_secrets_do_not(tmp_path, monkeypatch):
    tokens = '{"locked.social": "read-token-locked-111", "Other.Social": "read-token-other-222"}'
    monkeypatch.setenv("MIMICBIRD_BLUESKY_APP_PASSWORD", "bsky-app-pass-333")
    monkeypatch.setenv("MIMICBIRD_MASTODON_ACCESS_TOKEN", "masto-write-444")
    monkeypatch.delenv("MIMICBIRD_MASTODON_TOKENS", raising=False)
    settings = make_settings(tmp_path, "base", bluesky_appview_url="http://127.0.0.1:1/appview",
                             mastodon_url_override="http://127.0.0.1:2", mastodon_tokens=tokens, hf_push=True,
                             hf_namespace="me", bluesky_app_password="bsky-app-pass-333",
                             mastodon_access_token="masto-write-444")
    store = Store(settings.db_path)
    trainer = LocalTrainer(settings)
    job = store.add_job(handles=["alice.bsky.social", "Bob@my-server.social"],
                        model_name="alice.bsky.social-bob@my_server.social", source="auto", request_key="k",
                        requested_by="u", chat_key="c")
    argv = trainer.command(job, JobQueue(settings, store).staging_for(job.id))
    assert argv[3:5] == ["alice.bsky.social", "Bob@my-server.social"]
    assert argv[argv.index("--bluesky-url") + 1] == "http://127.0.0.1:1/appview"
    assert argv[argv.index("--mastodon-url") + 1] == "http://127.0.0.1:2"
    assert "--push-to-hub" not in argv  # the bot pushes once the model is installed, under a valid Hub name
    repo = HubPublisher(settings).repo_id(job.model_name)  # unique to the model
    assert repo.startswith("me/alice.bsky.social-bob_at_my_server.social-") and "@" not in repo
    env = trainer.environment()
    assert json.loads(env["MIMICBIRD_MASTODON_TOKENS"]) == json.loads(tokens)  # by environment ...
    joined = " ".join(argv)
    for secret in ("read-token-locked-111", "read-token-other-222", "bsky-app-pass-333", "masto-write-444"):
        assert secret not in joined  # ... never argv
    assert "MIMICBIRD_BLUESKY_APP_PASSWORD" not in env and "MIMICBIRD_MASTODON_ACCESS_TOKEN" not in env
    redact = settings_redactor(settings)
    assert redact("401 for read-token-other-222 and bsky-app-pass-333") == "401 for *** and ***"
    default = LocalTrainer(make_settings(tmp_path, "base"))
    plain = default.command(job, tmp_path / "out")
    assert plain[plain.index("--bluesky-url") + 1] == "https://public.api.bsky.app" and "--mastodon-url" not in plain
    assert "MIMICBIRD_MASTODON_TOKENS" not in default.environment()
    store.close()


def test_request_keys_and_names_of_every_platform():
    blend = _request("alice.bsky.social", "Bob@mastodon.social", "lena")
    assert blend.model_name == "alice.bsky.social-bob@mastodon.social-lena"
    assert blend.request_key == "train:alice.bsky.social-bob@mastodon.social-lena|sample"
    did = "did:plc:" + "a" * 24
    by_did = _request(did, source="auto")
    assert by_did.model_name == ""  # named by the trainer once it has resolved the DID, like an upload
    assert by_did.request_key == f"train:{did}|auto" != _request("did:plc:" + "b" * 24, source="auto").request_key


def test_request_keys():
    assert _request("B", "a").request_key == _request("A", "b").request_key == "train:a-b|sample"
    assert _request("a", source="x").request_key != _request("a").request_key
    upload = _request(input_path=Path("/u/x.zip"), input_hash="abc", source="auto")
    assert upload.request_key == "upload:abc" and upload.model_name == ""


async def test_queue_length_is_limited(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir, max_queue=1)
    store = Store(settings.db_path)
    queue = JobQueue(settings, store)  # not started: nothing is claimed
    queue.submit(_request("mb_lena_bakes"))
    with pytest.raises(QueueFull):
        queue.submit(_request("mb_astro_ivo"))
    assert queue.submit(_request("mb_lena_bakes")).outcome == "joined"  # joining is always allowed


# -- restart recovery: a bot core in its own process, killed with -9 ------------------------------------------
def _serve(data_dir: Path, base_model: Path, handle: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.bot_helpers", "serve", str(data_dir), str(base_model), handle, *extra],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _wait_training(db: Path, job_id: int, attempts: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            store = Store(db)
            job = store.get_job(job_id)
            store.close()
            if job and job.status == "running" and job.attempts == attempts and job.progress.stage == "train":
                return job.pid
        time.sleep(0.2)
    raise TimeoutError("the job never reached the train stage")


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except OSError:
        return False


def _wait_gone(pid: int, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists() or _is_zombie(pid):
            return True
        time.sleep(0.1)
    return False


def _crash_bot_mid_training(data_dir: Path, tiny_model_dir: Path, handle: str, attempts: int) -> None:
    slow = ["--epochs", "200", "--min-tweets", "10", "--samples", "1"]
    bot = _serve(data_dir, tiny_model_dir, handle if attempts == 1 else "-", *slow)
    try:
        trainer_pid = _wait_training(data_dir / "mimicbird.db", 1, attempts)
    finally:
        bot.send_signal(signal.SIGKILL)
        bot.wait(10)
    # the trainer dies with the bot (PR_SET_PDEATHSIG): no orphan races the next start
    assert _wait_gone(trainer_pid), "the trainer outlived the killed bot"


async def test_restart_recovery_retries_once_then_fails(tmp_path, tiny_model_dir):
    crashed_once = tmp_path / "once"
    _crash_bot_mid_training(crashed_once, tiny_model_dir, "mb_lena_bakes", attempts=1)
    crashed_twice = tmp_path / "twice"
    shutil.copytree(crashed_once, crashed_twice)

    # one crash: the next start retries the job and it completes
    settings = make_settings(crashed_once, tiny_model_dir)
    store, queue = await _queue(settings)
    try:
        job = await queue.wait(1, 240)
    finally:
        await queue.stop()
    assert (job.status, job.attempts) == ("done", 2), job.error
    assert store.get_model("mb_lena_bakes") is not None and _leftovers(settings) == []

    # a second crash during the retry: the job is failed with the reason, never left running
    _crash_bot_mid_training(crashed_twice, tiny_model_dir, "mb_lena_bakes", attempts=2)
    settings = make_settings(crashed_twice, tiny_model_dir)
    store, queue = await _queue(settings)
    try:
        job = store.get_job(1)
    finally:
        await queue.stop()
    assert (job.status, job.error) == ("failed", RESTARTED_TWICE)
    assert store.get_model("mb_lena_bakes") is None and _leftovers(settings) == []


# -- a stand-in trainer for misbehaviour the real one must never show ----------------------------------------
FAKE_TRAINER = textwrap.dedent('''\
    import json, os, signal, sys, time
    mode = os.environ["FAKE_TRAINER_MODE"]
    if mode == "ignore_term":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    print(json.dumps({"event": "stage", "stage": "train", "message": ""}), flush=True)
    if mode == "traceback":
        print("Traceback (most recent call last):", file=sys.stderr)
        print('  File "/secret/path/x.py", line 1', file=sys.stderr)
        print("ValueError: bad token " + os.environ.get("X_BEARER_TOKEN", ""), file=sys.stderr)
        sys.exit(1)
    if mode == "stderr_line":
        print("warning: something", file=sys.stderr)
        print("cannot read the data: token " + os.environ.get("X_BEARER_TOKEN", "") + " rejected", file=sys.stderr)
        sys.exit(3)
    for step in range(1000):
        print(json.dumps({"event": "progress", "stage": "train", "step": step, "total": 1000, "loss": 1.0,
                          "tokens_per_s": 1.0, "eta_s": 1.0}), flush=True)
        time.sleep(0.05)
''')


@pytest.fixture
def fake_trainer(tmp_path, monkeypatch):
    script = tmp_path / "fake_trainer.py"
    script.write_text(FAKE_TRAINER)
    runner = tmp_path / "fake_python"
    runner.write_text(f"#!/bin/sh\nshift 2\nexec {sys.executable} {script} \"$@\"\n")  # drop "-m trainer"
    runner.chmod(0o755)

    def use(mode: str, **overrides):
        monkeypatch.setenv("FAKE_TRAINER_MODE", mode)
        return make_settings(tmp_path / "data", "base", trainer_python=str(runner), **overrides)

    return use


async def test_trainer_ignoring_sigterm_is_killed_after_grace(fake_trainer):
    settings = fake_trainer("ignore_term")
    store, queue = await _queue(settings, grace_s=0.5)
    started = asyncio.Event()

    async def watch(event: JobEvent) -> None:
        if event.kind == "progress":
            started.set()

    try:
        job = queue.submit(_request("someone")).job
        queue.subscribe(watch, job.id)
        await asyncio.wait_for(started.wait(), 30)
        final = await queue.cancel(job.id)
    finally:
        await queue.stop()
    assert final.status == "cancelled"


async def test_time_limit_fails_the_job(fake_trainer):
    settings = fake_trainer("slow", job_timeout_s=1.0)
    store, queue = await _queue(settings, grace_s=2)
    try:
        job = await queue.wait(queue.submit(_request("someone")).job.id, 30)
    finally:
        await queue.stop()
    assert job.status == "failed" and "time limit" in job.error


@pytest.mark.parametrize("mode", ["traceback", "stderr_line"])
async def test_crash_reason_has_no_traceback_and_no_secret(fake_trainer, mode):
    settings = fake_trainer(mode, x_bearer_token="x-bearer-SECRET-1234")
    log_lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            log_lines.append(self.format(record))

    handler = configure_logging(settings, stream=open(os.devnull, "w"))  # noqa: SIM115
    collector = Collect()
    for filt in handler.filters:
        collector.addFilter(filt)
    logging.getLogger().addHandler(collector)
    try:
        store, queue = await _queue(settings)
        try:
            job = await queue.wait(queue.submit(_request("someone")).job.id, 30)
        finally:
            await queue.stop()
    finally:
        logging.getLogger().removeHandler(collector)
        logging.getLogger().removeHandler(handler)
    assert job.status == "failed"
    assert "SECRET" not in job.error and "Traceback" not in job.error and "/secret/path" not in job.error
    if mode == "traceback":
        assert job.error.startswith("the trainer crashed (ValueError)")
    else:
        assert job.error == "cannot read the data: token *** rejected"
    assert log_lines and not any("SECRET" in line for line in log_lines)
    assert any(f"job={job.id}" in line and "job.failed" in line for line in log_lines)


def test_progress_json_lines_are_the_trainer_protocol():
    """The queue reads exactly the events trainer/progress.py documents."""
    import io

    from trainer.progress import JsonReporter

    stream = io.StringIO()
    reporter = JsonReporter(stream)
    reporter.stage("train", "go")
    reporter.progress("train", 5, 10, loss=2.0, eta_s=3.0)
    reporter.emit("error", message="boom")
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [e["event"] for e in events] == ["stage", "progress", "error"]
    assert events[1]["step"] == 5 and events[1]["total"] == 10 and events[1]["eta_s"] == 3.0


async def test_a_job_cancelled_while_its_trainer_launches_is_stopped(tmp_path, tiny_model_dir):
    """A cancel in the moment between claiming a job and its trainer process existing still stops it."""
    settings = make_settings(tmp_path, tiny_model_dir,
                             trainer_extra_args=["--epochs", "200", "--min-tweets", "10", "--samples", "1"])
    store, queue = await _queue(settings)
    try:
        job = queue.submit(_request("mb_lena_bakes")).job
        while job.id not in queue.running_job_ids():  # claimed; the launch has at most just begun
            await asyncio.sleep(0)
        started = time.monotonic()
        final = await queue.cancel(job.id)
    finally:
        await queue.stop()
    assert final.status == "cancelled" and time.monotonic() - started < 60
    assert _leftovers(settings) == []


class _FailingMachine:
    """A ``TrainerBackend`` whose machine dies under every run (as a cluster worker can), with no room at first."""

    def __init__(self) -> None:
        self.room = 0
        self.attempts: list[int] = []

    async def start(self) -> None:
        pass

    def capacity(self) -> int:
        return self.room

    async def run(self, job, output: Path, listener) -> TrainerExit:
        self.attempts.append(job.attempts)
        await listener.started(None)
        return TrainerExit(ok=False, reason="the machine under it died", retry=True)

    async def terminate(self, job_id: int) -> None:
        pass

    async def reap_orphan(self, job) -> None:
        pass


async def test_a_backend_without_room_keeps_jobs_queued_and_a_dead_machine_is_retried_once(
        tmp_path, tiny_model_dir, monkeypatch):
    monkeypatch.setattr(queue_module, "DISPATCH_LOOK_S", 0.2)
    settings = make_settings(tmp_path / "data", tiny_model_dir)
    backend = _FailingMachine()
    store = Store(settings.db_path)
    queue = JobQueue(settings, store, backend=backend)
    await queue.start()
    try:
        job = queue.submit(_request("mb_lena_bakes")).job
        await asyncio.sleep(0.6)
        assert store.get_job(job.id).status == "queued" and backend.attempts == []  # no room yet
        backend.room = 1  # a worker joined: the dispatcher looks again without being woken
        final = await queue.wait(job.id, 10)
    finally:
        await queue.stop()
    assert backend.attempts == [1, 2]
    assert (final.status, final.attempts) == ("failed", 2)
    assert final.error == "the machine under it died; it was tried twice"
