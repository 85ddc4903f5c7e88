"""Pushing an installed model to the Hugging Face Hub: a step of its own, after the model is installed.

The trainer never pushes for the bot (a failed push used to fail the job and throw the finished model away).
``HubPublisher.push`` runs ``python -m bot.training.publishing FOLDER REPO_ID`` — the trainer's own
``trainer/publish.py`` in a separate process — with ``HF_TOKEN`` only in that process's environment (never in
its arguments), stops it after ``PUSH_TIMEOUT_S``, and answers a ``PushResult``: the model's URL, or one line
without the token saying why it failed. The model stays installed either way; a push can be retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.logging_setup import kv, secret_value, settings_redactor
from bot.records import ModelRecord
from bot.settings import Settings
from bot.training.trainer_process import tool_environment, without_operator_hints
from trainer.errors import Redactor, TrainerError, one_line
from trainer.handles import hub_repo_name

log = logging.getLogger(__name__)

PUSH_TIMEOUT_S = 30 * 60  # a 135M-parameter model is ~270 MB; a slow uplink still makes it in this time
_OUTPUT_LIMIT = 64 * 1024  # the push process prints one line; anything longer is cut


@dataclass(frozen=True)
class PushResult:
    ok: bool
    url: str = ""
    reason: str = ""  # one line for the chat, when not ok


class HubPublisher:
    """Pushes model folders to ``<settings.hf_namespace>/<model name>`` with ``settings.hf_token``."""

    def __init__(self, settings: Settings, *, redactor: Redactor | None = None,
                 timeout_s: float = PUSH_TIMEOUT_S) -> None:
        self.settings = settings
        self.timeout_s = timeout_s
        self._redact = redactor or settings_redactor(settings)

    @property
    def automatic(self) -> bool:
        """Every finished model is pushed (``MIMICBIRD_HF_PUSH=true``)."""
        return self.settings.hf_push

    def unavailable(self) -> str | None:
        """Why nothing can be pushed (one line), or None."""
        if not self.settings.hf_namespace:
            return "Pushing to the Hugging Face Hub is not configured on this bot (no MIMICBIRD_HF_NAMESPACE)."
        if secret_value(self.settings.hf_token) is None:
            return "Pushing to the Hugging Face Hub is not configured on this bot (no HF_TOKEN)."
        return None

    def repo_id(self, model_name: str) -> str:
        return f"{self.settings.hf_namespace}/{hub_repo_name(model_name)}"

    async def push(self, model: ModelRecord) -> PushResult:
        """Push ``model``'s folder; never raises for a Hub problem (the result says what went wrong)."""
        repo_id = self.repo_id(model.name)
        argv = [self.settings.trainer_python or sys.executable, "-m", "bot.training.publishing", model.folder, repo_id]
        env = tool_environment(self.settings, tokens=("HF_TOKEN",))
        env["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
        log.info(kv("hub.push", model=model.name, repo=repo_id))
        process = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=env, start_new_session=True,
        )
        try:
            out, err = await asyncio.wait_for(process.communicate(), self.timeout_s)
        except TimeoutError:
            await _kill(process)
            reason = f"the upload took longer than {self.timeout_s / 60:.0f} min"
            log.warning(kv("hub.push_failed", model=model.name, reason=reason))
            return PushResult(False, reason=reason)
        except asyncio.CancelledError:
            await _kill(process)
            raise
        if process.returncode == 0:
            url = _last_line(out)
            log.info(kv("hub.pushed", model=model.name, url=url))
            return PushResult(True, url=url)
        reason = one_line(without_operator_hints(self._redact(_last_line(err))))
        reason = reason or f"the push stopped with exit status {process.returncode}"
        log.warning(kv("hub.push_failed", model=model.name, reason=reason))
        return PushResult(False, reason=reason)


def _last_line(data: bytes) -> str:
    lines = data[-_OUTPUT_LIMIT:].decode("utf-8", errors="replace").strip().splitlines()
    return lines[-1].strip() if lines else ""


async def _kill(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            await process.wait()


def main(argv: list[str]) -> int:
    """``python -m bot.training.publishing FOLDER REPO_ID``: push, print the URL (or one line on stderr)."""
    if len(argv) != 2:
        print("usage: python -m bot.training.publishing FOLDER REPO_ID (HF_TOKEN in the environment)",
              file=sys.stderr)
        return 2
    from trainer.publish import push_to_hub

    try:
        url = push_to_hub(Path(argv[0]), argv[1])
    except TrainerError as error:
        print(one_line(str(error)), file=sys.stderr)
        return 1
    except Exception as error:  # push_to_hub turns Hub errors into TrainerError; this is a bug or the system
        print(f"publishing to the Hugging Face Hub failed: unexpected {type(error).__name__}", file=sys.stderr)
        return 2
    print(url, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


__all__ = ["HubPublisher", "PUSH_TIMEOUT_S", "PushResult"]
