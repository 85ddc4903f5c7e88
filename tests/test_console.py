"""The console frontend: driven in-process through a pipe-like stdin, and as ``python -m bot console``."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from rich.console import Console

from bot.app import build_services
from bot.core.responses import ModelSummary, Response
from bot.frontends.console import ConsoleConversation, ConsoleFrontend
from bot.records import Progress
from tests.bot_helpers import (
    FAST_TRAINER_ARGS,
    ROOT,
    flat_console,
    install_model,
    make_settings,
    trained_model,
)

pytestmark = pytest.mark.timeout(300)


def _env(data_dir, base_model, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIMICBIRD_")
           and k not in ("DISCORD_TOKEN", "TELEGRAM_TOKEN", "X_BEARER_TOKEN", "HF_TOKEN")}
    env.update({"PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "WANDB_MODE": "disabled",
                "MIMICBIRD_DATA_DIR": str(data_dir), "MIMICBIRD_BASE_MODEL": str(base_model),
                "MIMICBIRD_TRAINER_EXTRA_ARGS": ",".join(FAST_TRAINER_ARGS), "MIMICBIRD_MIN_TWEETS": "10",
                "MIMICBIRD_MAX_NEW_TOKENS": "20", "COLUMNS": "120"})
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str], stdin: str = "", timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=env["MIMICBIRD_DATA_DIR"], timeout=timeout)


async def test_console_session_through_a_pipe(tmp_path, tiny_model_dir, monkeypatch):
    """Commands from a non-terminal stdin: each /train is waited for, progress prints as lines."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    settings = make_settings(tmp_path / "data", tiny_model_dir, scheduling=False)
    services = build_services(settings)
    await services.start()
    out = io.StringIO()
    stdin = io.StringIO("/help\nmodels\n\n/train @mb_lena_bakes\nsay @here My dream is\n/queue\nexit\n/models\n")
    frontend = ConsoleFrontend(services.core, settings, stdin=stdin, console=Console(file=out, width=120))
    try:
        assert frontend.interactive is False
        assert await frontend.run() == 0
    finally:
        await services.close()
    text = out.getvalue()
    assert "/train @handle" in text and "No models yet" in text  # /help, then /models before training
    assert "Job #1: training a model on @mb_lena_bakes" in text
    assert "Tweets kept" in text and "Model mb_lena_bakes is ready" in text  # waited for before /say
    assert settings.ai_marker in text and "@\u200bhere" in text and "@here" not in text.replace("@\u200bhere", "")
    assert "The training queue is empty." in text
    assert text.count("mb_lena_bakes *") == 0  # "exit" stopped before the last /models
    assert "Traceback" not in text


def test_rendering_progress_bar_and_cards_on_a_terminal():
    out = io.StringIO()
    frontend = ConsoleFrontend(core=None, settings=make_settings(ROOT / "unused", "x"), stdin=io.StringIO(),
                               console=Console(file=out, width=100, force_terminal=True))
    conversation = ConsoleConversation(frontend)
    model = ModelSummary(name="a-b", handles=("a", "b"), display_names=("Ann", "Bob"),
                         stats={"a": {"kept": 5}, "b": {"kept": 7}})

    async def scenario() -> None:
        reply = await conversation.send(Response.of("Job #1: training", kind="progress", title="Training @a @b",
                                                 progress=Progress("fetch", 0.0)))
        assert frontend._progress is not None  # a live bar while training
        await reply.edit(Response.of("train", kind="progress", progress=Progress("train", 50.0, 30.0, "loss 2.0")))
        await reply.edit(Response.of("Model a-b is ready", footnotes=("Try: /say a-b hi",), kind="model", title="AI CYBORG: Ann & Bob",
                                  model=model, table=(("Data", "@a", "@b"), ("Tweets kept", "5", "7"))))
        assert frontend._progress is None and reply.finished.is_set()
        await conversation.send(Response(kind="samples", samples=("sample one — 🤖 AI",),
                                         model=model, title="AI CYBORG: Ann & Bob"))
        await conversation.send(Response.of("Sorry, no.", kind="error", private=True))

    import asyncio

    asyncio.run(scenario())
    text = out.getvalue()
    for needle in ("AI CYBORG: Ann & Bob", "Tweets kept", "Try: /say a-b hi", "sample one", "Sorry, no."):
        assert needle in text


def test_python_m_bot_console_reads_a_pipe(tmp_path, tiny_model_dir, tmp_path_factory):
    data = tmp_path / "data"
    data.mkdir()
    settings = make_settings(data, tiny_model_dir)
    from bot.store import Store

    store = Store(settings.db_path)
    install_model(settings, store, trained_model(tiny_model_dir, tmp_path_factory))
    store.close()
    result = _run(["console"], _env(data, tiny_model_dir), stdin="/models\n/use mb_lena_bakes\nsay hello\n")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "mb_lena_bakes" in result.stdout and "🤖 AI" in flat_console(result.stdout)
    assert "Traceback" not in result.stdout + result.stderr
    log = (data / "mimicbird.log").read_text()
    assert "command name=say" in log and "queue.started" in log


def test_demo_trains_a_sample_and_speaks(tmp_path, tiny_model_dir):
    data = tmp_path / "data"
    data.mkdir()
    result = _run(["console", "--demo"], _env(data, tiny_model_dir))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "/train @mb_lena_bakes" in out and "Tweets kept" in out
    assert flat_console(out).count("🤖 AI") >= 3 and "Traceback" not in out
    again = _run(["console", "--demo"], _env(data, tiny_model_dir))  # the fresh model is reused
    assert again.returncode == 0 and "reusing" in again.stdout


def test_serve_without_tokens_points_to_the_console(tmp_path):
    result = _run([], _env(tmp_path, "x", DISCORD_TOKEN="", TELEGRAM_TOKEN=""), timeout=60)
    assert result.returncode == 2
    assert "python -m bot console" in result.stderr and "Traceback" not in result.stderr
    bad = _run(["console"], _env(tmp_path, "x", MIMICBIRD_MAX_QUEUE="many"), timeout=60)
    assert bad.returncode == 2 and "max_queue" in bad.stderr and "Traceback" not in bad.stderr
