"""The local training backend: ``python -m trainer ... --progress json`` as a subprocess of the bot.

* The trainer's stdout is its event stream (``trainer/events.py``), decoded line by line and handed to the
  queue; its stderr is kept (the last lines) to explain a crash.
* Stopping: SIGTERM to the trainer's process group, SIGKILL after ``grace_s``; the trainer removes its
  unfinished output itself (it writes atomically).
* The trainer dies with the bot: ``PR_SET_PDEATHSIG`` (Linux) sends it SIGTERM when the bot process dies,
  even on ``kill -9``; at start-up an orphan that survived anyway is killed by its recorded pid.
* The trainer runs ``TRAINER_NICENESS`` steps nicer than the bot, so chat commands and ``/say`` win a busy CPU.
* Secrets reach the trainer only through its environment (``X_BEARER_TOKEN``, ``HF_TOKEN``,
  ``MIMICBIRD_MASTODON_TOKENS``), never argv; the chat platform tokens and the posting credentials are removed
  from its environment. Error lines are scrubbed of every secret and of operator hints
  (``set MIMICBIRD_DEBUG=1``): they are shown to chat users. Where Bluesky and Mastodon accounts are read
  (``--bluesky-url``, ``--mastodon-url``) is argv: addresses, not secrets.
* The trainer never pushes to the Hugging Face Hub: the bot installs the model first and pushes it in a
  separate step (``publishing.py``), so a failed push never loses a finished model.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.logging_setup import kv, secret_value, settings_redactor
from bot.records import JobRecord
from bot.settings import Settings
from bot.training.backend import TrainerExit, TrainerListener
from trainer.errors import Redactor, one_line
from trainer.events import ErrorEvent, decode

log = logging.getLogger(__name__)

# Environment variables a trainer must never see (it needs only the X, Mastodon-reading and Hugging Face tokens).
_PLATFORM_SECRETS = (
    "DISCORD_TOKEN", "TELEGRAM_TOKEN", "X_CONSUMER_KEY", "X_CONSUMER_SECRET", "X_ACCESS_TOKEN",
    "X_ACCESS_TOKEN_SECRET", "X_USER_TOKEN", "BLUESKY_APP_PASSWORD", "MASTODON_ACCESS_TOKEN",
)
MASTODON_TOKENS_ENV = "MIMICBIRD_MASTODON_TOKENS"  # the trainer's trainer.sources.mastodon.TOKENS_ENV
# given only to the process that needs each (the trainer: all three; a Hub push: HF_TOKEN)
_TOOL_TOKENS = ("X_BEARER_TOKEN", "HF_TOKEN", MASTODON_TOKENS_ENV)
_ROOT = Path(__file__).resolve().parents[2]  # where the ``trainer`` package lives in a checkout

# How much nicer (lower CPU priority) than the bot a trainer runs (a module constant, not a setting).
# Measured on 2 cores with /say during training: at nice 0 the event loop lagged 54-70 ms and 16 concurrent
# /say took 29 s; at nice 10 the lag was 9.6 ms and the 16 finished in 6 s. Niceness matters only when the
# CPU is contended: while the bot is idle the trainer still gets every core.
TRAINER_NICENESS = 10

# "(set MIMICBIRD_DEBUG=1 for details)": for the operator's terminal, never for chat users. (Hints that name a
# setting that fixes the user's problem, "give mimicbird an access token ... in MIMICBIRD_MASTODON_TOKENS", stay.)
_OPERATOR_HINT = re.compile(r"\s*[(\[;,]?\s*set\s+MIMICBIRD_DEBUG\b(?:=\S*)?[^)\]]*[)\]]?", re.IGNORECASE)


def without_operator_hints(text: str) -> str:
    """``"unexpected X (set MIMICBIRD_DEBUG=1 for details)"`` -> ``"unexpected X"``."""
    return _OPERATOR_HINT.sub("", text).strip()


def tool_environment(settings: Settings, *, tokens: tuple[str, ...]) -> dict[str, str]:
    """The environment of a helper process (trainer, Hub push): ours, minus the chat platforms' tokens, plus
    the named tokens (``X_BEARER_TOKEN``, ``HF_TOKEN``, ``MIMICBIRD_MASTODON_TOKENS``) where configured, and the
    checkout on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items()
           if not any(k in (name, f"MIMICBIRD_{name}") for name in (*_PLATFORM_SECRETS, *_TOOL_TOKENS))}
    values = {"X_BEARER_TOKEN": settings.x_bearer_token, "HF_TOKEN": settings.hf_token,
              MASTODON_TOKENS_ENV: settings.mastodon_tokens}
    for name in tokens:
        value = secret_value(values[name])
        if value is not None:
            env[name] = value
    env["PYTHONUNBUFFERED"] = "1"
    # `python -m trainer` must import even when mimicbird is used from a checkout, not installed.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _load_libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - exotic libc
        return None


_LIBC = _load_libc()
_PR_SET_PDEATHSIG = 1


def _trainer_preexec(parent_pid: int, niceness: int = TRAINER_NICENESS) -> Callable[[], None]:
    """A ``preexec_fn``: the child runs ``niceness`` steps nicer and gets SIGTERM when the bot process dies
    (Linux), even on SIGKILL."""

    def setup() -> None:
        if _LIBC is not None:
            _LIBC.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent already died between fork and prctl
            os._exit(1)
        if niceness > 0:
            with contextlib.suppress(OSError):  # raising the niceness needs no privilege; 19 is the cap
                os.nice(niceness)

    return setup


def trainer_arguments(settings: Settings, job: JobRecord, output: Path) -> list[str]:
    """The trainer's arguments for a job, after ``python -m trainer`` (no secrets), for every backend."""
    args = [*job.handles, "--progress", "json", "--base-model", settings.base_model, "--output", str(output),
            "--source", job.source, "--min-tweets", str(settings.min_tweets)]
    if job.input_path:
        args += ["--input", job.input_path]
    if settings.cache_dir is not None:
        args += ["--cache-dir", str(settings.cache_dir)]
    if settings.bluesky_appview_url:
        args += ["--bluesky-url", settings.bluesky_appview_url]
    if settings.mastodon_url_override:
        args += ["--mastodon-url", settings.mastodon_url_override]
    if settings.wandb:
        args += ["--wandb"]
    return args + list(settings.trainer_extra_args)


class _Output:
    """What one trainer said besides its progress: its error event and the end of its stderr."""

    def __init__(self) -> None:
        self.error = ""
        self.stderr_tail: deque[str] = deque(maxlen=40)


class LocalTrainer:
    """Runs each job's trainer as a subprocess (see the module docstring); a ``TrainerBackend``."""

    def __init__(self, settings: Settings, *, grace_s: float = 15.0, redactor: Redactor | None = None) -> None:
        self.settings = settings
        self.grace_s = grace_s
        self._redact = redactor or settings_redactor(settings)
        self._processes: dict[int, asyncio.subprocess.Process] = {}
        self._terminated: set[int] = set()

    async def start(self) -> None:
        pass

    def capacity(self) -> int:
        return max(1, self.settings.max_concurrent_jobs)

    def command(self, job: JobRecord, output: Path) -> list[str]:
        """The trainer's argv for a job (no secrets: tokens go through the environment)."""
        return [self.settings.trainer_python or sys.executable, "-m", "trainer",
                *trainer_arguments(self.settings, job, output)]

    def environment(self) -> dict[str, str]:
        """The trainer's environment: ours, minus chat and posting tokens, plus the reading tokens configured."""
        env = tool_environment(self.settings, tokens=_TOOL_TOKENS)
        if self.settings.wandb:
            env["WANDB_PROJECT"] = self.settings.wandb_project
        return env

    async def run(self, job: JobRecord, output: Path, listener: TrainerListener) -> TrainerExit:
        if job.id in self._terminated:  # stopped before it started
            self._terminated.discard(job.id)
            return TrainerExit(ok=False, reason="the trainer was stopped before it started")
        argv = self.command(job, output)
        log.info(kv("job.started", job=job.id, model=job.model_name or "-", attempt=job.attempts,
                    argv=" ".join(argv[1:])))
        process = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=self.environment(), start_new_session=True,
            preexec_fn=_trainer_preexec(os.getpid()), limit=1 << 20,
        )
        self._processes[job.id] = process
        output_seen = _Output()
        try:
            if job.id in self._terminated:  # stopped while it was being launched
                await self._stop(job.id, process)
            await listener.started(process.pid)
            await asyncio.gather(self._read_events(job, process, listener, output_seen),
                                 self._read_stderr(process, output_seen))
            returncode = await process.wait()
        finally:
            self._processes.pop(job.id, None)
        terminated = job.id in self._terminated
        self._terminated.discard(job.id)
        if returncode == 0 and not output_seen.error:
            return TrainerExit(ok=True)
        if output_seen.stderr_tail and not output_seen.error and not terminated:
            log.warning(kv("job.stderr", job=job.id,
                           tail=self._redact(" | ".join(output_seen.stderr_tail))[-2000:]))
        return TrainerExit(ok=False, reason=self._failure_reason(output_seen, returncode))

    async def _read_events(self, job: JobRecord, process: asyncio.subprocess.Process, listener: TrainerListener,
                           seen: _Output) -> None:
        assert process.stdout is not None
        while True:
            try:
                raw = await process.stdout.readline()
            except (ValueError, asyncio.LimitOverrunError):  # an absurdly long line: skip it
                continue
            if not raw:
                return
            line = raw.decode("utf-8", errors="replace").strip()
            if not line:
                continue
            event = decode(line)
            if event is None:
                log.debug(kv("trainer.stdout", job=job.id, line=self._redact(line)[:200]))
                continue
            if isinstance(event, ErrorEvent):
                seen.error = event.message
            await listener.event(event)

    async def _read_stderr(self, process: asyncio.subprocess.Process, seen: _Output) -> None:
        assert process.stderr is not None
        while True:
            try:
                raw = await process.stderr.readline()
            except (ValueError, asyncio.LimitOverrunError):
                continue
            if not raw:
                return
            line = raw.decode("utf-8", errors="replace").rstrip()
            if line.strip():
                seen.stderr_tail.append(line)

    def _failure_reason(self, seen: _Output, returncode: int) -> str:
        """The trainer's one-line reason for the user: its error event, else a short summary of stderr."""
        if seen.error:
            return one_line(without_operator_hints(self._redact(seen.error)))
        if returncode < 0:
            try:
                name = signal.Signals(-returncode).name
            except ValueError:
                name = str(-returncode)
            hint = " (out of memory?)" if -returncode == signal.SIGKILL else ""
            return f"the trainer was stopped by {name}{hint}"
        lines = [line for line in seen.stderr_tail if line.strip()]
        if any(line.startswith("Traceback") for line in lines):
            exc = lines[-1].split(":", 1)[0].strip()
            exc = exc if exc.replace(".", "").replace("_", "").isalnum() else "an error"
            return f"the trainer crashed ({exc.rsplit('.', 1)[-1]}); the bot's log has the details"
        if lines:
            return one_line(without_operator_hints(self._redact(lines[-1])))
        return f"the trainer stopped with exit status {returncode}"

    async def terminate(self, job_id: int) -> None:
        """SIGTERM the trainer's process group, SIGKILL after the grace period (or never launch it)."""
        self._terminated.add(job_id)  # run() sees it if the trainer is still being launched
        process = self._processes.get(job_id)
        if process is not None:
            await self._stop(job_id, process)

    async def _stop(self, job_id: int, process: asyncio.subprocess.Process) -> None:
        if process.returncode is not None:
            return
        log.info(kv("job.stopping", job=job_id, pid=process.pid))
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), self.grace_s)
        except TimeoutError:
            log.warning(kv("job.killed", job=job_id, pid=process.pid, grace_s=self.grace_s))
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            await process.wait()

    async def reap_orphan(self, job: JobRecord) -> None:
        """Kill a trainer of this job that outlived a crashed bot (checked by its command line)."""
        if not job.pid:
            return
        try:
            cmdline = Path(f"/proc/{job.pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            return
        if "trainer" not in cmdline or f"job-{job.id}" not in cmdline:
            return
        log.warning(kv("job.orphan_killed", job=job.id, pid=job.pid))
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(job.pid, signal.SIGKILL)
        for _ in range(50):
            if not Path(f"/proc/{job.pid}").exists():
                break
            await asyncio.sleep(0.1)


__all__ = ["LocalTrainer", "TRAINER_NICENESS", "tool_environment", "trainer_arguments", "without_operator_hints"]
