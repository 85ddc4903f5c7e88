"""Issue 9, faults 3 and 4 and the start-up errors: one bot per data directory (an OS lock that dies with the
process), paths that do not depend on the working directory, and one line (exit status 2, no traceback) when
the data directory, its database or its disk cannot be used. Real ``python -m bot`` processes."""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot import migrations
from bot.store import Store
from bot.training.install import install_model as install_finished_model
from tests.bot_helpers import flat_console, make_settings, trained_model
from tests.test_console import _env

pytestmark = pytest.mark.timeout(300)


def bot_process(args: list[str], env: dict[str, str], cwd: Path, stdin: str | None = "",
                timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=timeout)


def one_line_refusal(result: subprocess.CompletedProcess, *needles: str) -> str:
    """Exit status 2, one line on stderr that says what is wrong, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout[-2000:], result.stderr[-2000:])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def serve_env(data_dir: Path | str, base_model: Path | str, **extra: str) -> dict[str, str]:
    """``python -m bot`` (serve) with a Telegram token whose API is a closed port on 127.0.0.1: whatever
    happens, nothing leaves this machine."""
    env = _env(data_dir, base_model, TELEGRAM_TOKEN="123:not-a-real-token",
               MIMICBIRD_TELEGRAM_BASE_URL="http://127.0.0.1:9/bot",
               MIMICBIRD_TELEGRAM_BASE_FILE_URL="http://127.0.0.1:9/file/bot")
    env.update(extra)
    return env


# -- one bot per data directory ----------------------------------------------------------------------------
def test_a_second_bot_on_the_same_data_dir_refuses_and_the_lock_dies_with_the_first(tmp_path, tiny_model_dir):
    data = tmp_path / "data"
    env = _env(data, tiny_model_dir)
    first = subprocess.Popen([sys.executable, "-m", "bot", "console"], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while "queue.started" not in _read(data / "mimicbird.log"):
            assert first.poll() is None, first.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "the first bot never started"
            time.sleep(0.2)
        lock = data / "mimicbird.lock"
        for args, environment in ((["console"], env), ([], serve_env(data, tiny_model_dir))):
            second = bot_process(args, environment, cwd=tmp_path, stdin="/models\n")
            line = one_line_refusal(second, "another bot runs on this data directory", str(lock),
                                    f"pid {first.pid}")
            assert line.startswith("mimicbird: cannot start:")
        assert first.poll() is None  # the first bot never noticed
    finally:
        first.send_signal(signal.SIGKILL)  # no clean-up: the kernel releases the lock with the process
        first.wait(10)
    third = bot_process(["console"], env, cwd=tmp_path, stdin="/models\n")
    assert third.returncode == 0, third.stderr[-2000:]
    assert "No models yet" in third.stdout


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""


# -- paths do not depend on the working directory ----------------------------------------------------------
def test_a_model_installed_from_one_directory_speaks_and_is_forgotten_from_another(
        tmp_path, tiny_model_dir, tmp_path_factory, monkeypatch):
    first_cwd, second_cwd = tmp_path / "first", tmp_path / "second"
    first_cwd.mkdir()
    second_cwd.mkdir()
    monkeypatch.chdir(first_cwd)  # the default setting: a data directory relative to where the bot starts
    settings = make_settings(Path("data"), tiny_model_dir)
    store = Store(settings.db_path)
    job = store.add_job(handles=["mb_lena_bakes"], model_name="mb_lena_bakes", source="sample",
                        request_key="k", requested_by="console:owner", chat_key="console:terminal")
    staging = settings.models_dir / ".staging" / "job-1"
    shutil.copytree(trained_model(tiny_model_dir, tmp_path_factory), staging)
    install_finished_model(job, staging, settings.models_dir, store, base_model="x",
                           is_opted_out=lambda handle: False, trash_dir=settings.models_dir / ".staging")
    store.close()
    folder = first_cwd / "data" / "models" / "mb_lena_bakes"
    assert folder.is_dir()

    monkeypatch.chdir(second_cwd)  # started again from elsewhere, with an absolute data directory
    env = _env(first_cwd / "data", tiny_model_dir)
    result = bot_process(["console"], env, cwd=second_cwd,
                         stdin="/say mb_lena_bakes My dream is\n/forget mb_lena_bakes\n/models\n")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "🤖 AI" in flat_console(result.stdout) and "can't speak" not in result.stdout, result.stdout[-2000:]
    assert "Forgot mb_lena_bakes: its model and data are deleted." in result.stdout
    assert not folder.exists() and "No models yet" in result.stdout


def test_old_absolute_and_relative_paths_are_migrated_to_the_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.chdir(tmp_path)
    db = sqlite3.connect(data / "mimicbird.db", isolation_level=None)
    for version in (1, 2):
        migrations.apply(db, version)
    db.execute("PRAGMA user_version = 2")
    rows = {"abs_inside": str(data / "models" / "abs_inside"), "rel_inside": "data/models/rel_inside",
            "outside": "/srv/elsewhere/outside"}
    for name, folder in rows.items():
        db.execute("INSERT INTO models (name, handles, display_names, folder, created_at) VALUES (?, ?, ?, ?, ?)",
                   (name, json.dumps([name]), json.dumps([name]), folder, "2025-01-01T00:00:00Z"))
    db.execute("INSERT INTO jobs (status, handles, request_key, requested_by, chat_key, created_at, input_path) "
               "VALUES ('queued', '[]', 'k', 'u', 'c', 0, ?)", (str(data / "uploads" / "a.zip"),))
    db.close()

    store = Store(data / "mimicbird.db")
    raw = dict(store._db.execute("SELECT name, folder FROM models").fetchall())
    assert raw == {"abs_inside": "models/abs_inside", "rel_inside": "models/rel_inside",
                   "outside": "/srv/elsewhere/outside"}
    assert store._db.execute("SELECT input_path FROM jobs").fetchone()[0] == "uploads/a.zip"
    # handed out absolute, against the data directory, whatever the working directory
    monkeypatch.chdir("/")
    assert store.get_model("rel_inside").folder == str(data.resolve() / "models" / "rel_inside")
    assert store.get_model("outside").folder == "/srv/elsewhere/outside"
    assert store.get_job(1).input_path == str(data.resolve() / "uploads" / "a.zip")
    store.close()


# -- start-up problems: one line, exit status 2, both for the console and for the chat frontends ----------------
MODES = {"console": ["console"], "serve": []}


@pytest.mark.parametrize("mode", MODES)
def test_a_damaged_database_is_one_line(tmp_path, mode):
    data = tmp_path / "data"
    data.mkdir()
    (data / "mimicbird.db").write_bytes(b"this is not SQLite \x00\xff" * 200)
    result = bot_process(MODES[mode], serve_env(data, "x"), cwd=tmp_path)
    one_line_refusal(result, str(data / "mimicbird.db"), "not a SQLite database")


@pytest.mark.parametrize("mode", MODES)
def test_a_data_path_that_is_a_file_is_one_line(tmp_path, mode):
    path = tmp_path / "data"
    path.write_text("I am a file")
    result = bot_process(MODES[mode], serve_env(path, "x"), cwd=tmp_path)
    one_line_refusal(result, str(path), "is a file, not a directory")
    assert path.read_text() == "I am a file"


@pytest.fixture
def full_disk(tmp_path):
    """A 64 KiB tmpfs, filled up (needs root and mount; skipped where that is not allowed)."""
    mount = tmp_path / "full"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()[:100]}")
    try:
        (mount / "data").mkdir()
        with (mount / "filler").open("wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 1024)
            except OSError as error:
                assert error.errno == errno.ENOSPC
        yield mount / "data"
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


@pytest.mark.parametrize("mode", MODES)
def test_a_full_disk_is_one_line(full_disk, mode):
    result = bot_process(MODES[mode], serve_env(full_disk, "x"), cwd=full_disk.parent.parent)
    one_line_refusal(result, "no space left on the disk of", str(full_disk))


def test_a_full_disk_at_the_lock_files_write_is_one_line(tmp_path, monkeypatch, capsys):
    """The same without root: ENOSPC injected where the lock file is written (``datadir._write_pid``)."""
    import bot.datadir
    from bot.__main__ import main

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(bot.datadir, "_write_pid", no_space)
    monkeypatch.setattr(logging, "raiseExceptions", logging.raiseExceptions)  # main() sets it for the process
    for name, value in _env(tmp_path / "data", "x").items():
        monkeypatch.setenv(name, value)
    assert main(["console"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "no space left on the disk of" in err and str(tmp_path / "data" / "mimicbird.lock") in err


def test_the_lock_is_released_by_close_and_taken_again(tmp_path, tiny_model_dir):
    """In one process too: a second set of services on the same data directory is refused until the first
    is closed."""
    import asyncio

    from bot.app import build_services
    from bot.datadir import DataDirBusy

    async def scenario() -> None:
        settings = make_settings(tmp_path / "data", tiny_model_dir, scheduling=False)
        first = build_services(settings)
        await first.start()
        with pytest.raises(DataDirBusy) as busy:
            build_services(settings)
        assert str(os.getpid()) in str(busy.value)
        await first.close()
        again = build_services(settings)
        await again.close()

    asyncio.run(scenario())



def test_relative_settings_paths_are_made_absolute_once(tmp_path, monkeypatch):
    from bot.settings import Settings

    monkeypatch.chdir(tmp_path)
    settings = Settings(data_dir=Path("data"), cache_dir=Path("cache"), _env_file=None)
    monkeypatch.chdir("/")
    assert settings.data_dir == tmp_path.resolve() / "data" and settings.cache_dir == tmp_path.resolve() / "cache"
    assert settings.db_path == tmp_path.resolve() / "data" / "mimicbird.db"
