"""One training on a Ray worker: the class a Ray actor runs while the bot polls it (issue 14).

The bot (``bot/training/ray_backend.py``) wraps ``RemoteTrainer`` with ``ray.remote`` and asks for the job's
resources (``num_gpus=1`` for a GPU job, else CPUs). The actor runs exactly what ``python -m trainer`` runs:
the bot's trainer argument list goes through the command line's own parser (``trainer.cli.build_parser`` and
``config_from_args``) into ``trainer.pipeline.run``, and every event is the same JSON line ``--progress json``
prints. Life of one job:

    actor = RemoteTrainer.remote(label, shared_dir)      # owned by the bot: it dies when the bot dies
    placement = actor.start(args, inputs, secrets_ref)   # secrets_ref = ray.put({...}); returns where it runs
    actor.poll(cursor) ...                               # new event lines, the state, and at the end the model
    actor.read_chunk(i) ...                              # the model folder as a tar, chunk by chunk (no shared dir)
    actor.close(); ray.kill(actor)

**An actor the bot polls, not a streaming generator task.** Ray Client (``ray://head:10001``, how a bot on a small
host outside the cluster connects) refuses ``num_returns="streaming"`` (``ray/util/client/worker.py``), while
actor method calls work over Ray Client and a direct driver connection alike. Pulling the model with
``read_chunk`` keeps memory on both sides at one chunk (``trainer/model_archive.py``) and makes the bot decide
when each chunk moves. Cancelling is the trainer's own ``StopRequest`` (what SIGTERM sets in the command line):
``cancel()`` sets it, the loop stops at the next step and the atomic writer removes its temporary folder;
``ray.kill`` is the fallback (``ray.cancel(force=True)`` is refused for actor tasks). A poll every half second
costs nothing next to a training step, and a poll that fails tells the bot that the worker died.

**Secrets never travel in anything Ray records.** Ray 2.60 keeps a task's ``runtime_env`` (``env_vars``
included) in plain text in the GCS task events that the dashboard and ``ray list tasks --detail`` show, and its
runtime-env agent writes it to ``logs/runtime_env_agent.log`` on the node (both checked in ``tests/test_ray.py``;
ray-project/ray#28276). So ``runtime_env`` carries only non-secret settings
(``FORWARDED_ENV``), and the tokens come as one object in the object store (``ray.put``) whose reference is the
argument: only its id is in the task. A worker's own environment is the fallback, as for the command line.

**Nothing is left behind.** Inputs, the output folder and the archive live in one folder per job under
``<tmp>/mimicbird-ray``, removed when the job ends; a folder whose process died (``ray.kill``, a crashed node)
is removed by the next job that starts on that machine.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from trainer.errors import Redactor, TrainerError, one_line
from trainer.events import TrainerEvent, encode
from trainer.model_archive import ArchiveInfo, pack_folder, read_chunk
from trainer.progress import Reporter

TEMP_ROOT_NAME = "mimicbird-ray"
# The only secrets a trainer uses; they reach a worker through the object store, never ``runtime_env``.
SECRET_NAMES = ("X_BEARER_TOKEN", "HF_TOKEN", "WANDB_API_KEY", "MIMICBIRD_MASTODON_TOKENS")
# Settings a worker takes from the bot's environment through the task's runtime_env (none of them secret).
FORWARDED_ENV = (
    "HF_ENDPOINT", "HF_HUB_OFFLINE", "HF_HUB_DISABLE_XET", "WANDB_MODE", "WANDB_BASE_URL", "WANDB_PROJECT",
    "WANDB_ENTITY", "MIMICBIRD_DEBUG",
)
MAX_POLL_LINES = 500
MAX_INPUTS = 8

State = Literal["starting", "running", "done", "failed", "cancelled"]
TERMINAL_STATES = ("done", "failed", "cancelled")


@dataclass(frozen=True)
class Placement:
    """Where a training runs (for the bot's log, and for tests: which GPU it was given)."""

    node_id: str
    node_ip: str
    pid: int
    gpu_ids: tuple[str, ...]
    cpus: float


@dataclass(frozen=True)
class Poll:
    """The events since the cursor (``--progress json`` lines), the state, and the finished model's location."""

    state: State
    lines: tuple[str, ...]
    cursor: int
    archive: dict[str, Any] | None = None  # ArchiveInfo.as_dict(), when the model comes through the object store
    shared_path: str | None = None  # the finished model folder in shared storage


class _LineReporter(Reporter):
    """Encodes events exactly as ``JsonReporter`` does (``trainer.events.encode``), one line each to ``sink``."""

    def __init__(self, sink: Any) -> None:
        self.sink = sink

    def report(self, event: TrainerEvent) -> None:
        self.sink(encode(event).rstrip("\n"))


def temp_root() -> Path:
    root = Path(tempfile.gettempdir()) / TEMP_ROOT_NAME
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_workdirs(root: Path | None = None) -> list[str]:
    """Remove job folders (``w<pid>-...``) whose process is gone; returns their names."""
    root = root or temp_root()
    removed = []
    for path in root.iterdir() if root.is_dir() else ():
        match = re.fullmatch(r"w(\d+)-.*", path.name)
        if match and int(match.group(1)) != os.getpid() and not _pid_alive(int(match.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return removed


def _safe_label(label: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "_", label)[:60].strip(".")
    return cleaned or "job"


def _safe_input_name(index: int, name: str) -> str:
    base = re.sub(r"[^A-Za-z0-9_.-]", "_", Path(str(name)).name)[-80:].lstrip(".")
    return f"{index}-{base or 'input'}"


class RemoteTrainer:
    """One training job on a worker; see the module docstring. Plain Python: the bot applies ``ray.remote``."""

    def __init__(self, label: str, shared_dir: str | None = None) -> None:
        self.label = _safe_label(label)
        self.shared_dir = Path(shared_dir) if shared_dir else None
        self._lock = threading.Lock()
        self._lines: deque[str] = deque()
        self._base = 0  # the cursor of _lines[0]
        self._state: State = "starting"
        self._thread: threading.Thread | None = None
        self._workdir: Path | None = None
        self._output: Path | None = None
        self._archive: Path | None = None
        self._archive_info: ArchiveInfo | None = None
        from trainer.pipeline import StopRequest

        self._stop = StopRequest()

    # -- called by the bot --------------------------------------------------------------------------------
    def start(self, args: list[str], inputs: list[tuple[str, bytes]], secrets: dict[str, str] | None) -> Placement:
        """Parse the trainer arguments, write the inputs, and start training in a thread."""
        if self._thread is not None:
            raise RuntimeError("this trainer was started already")
        sweep_stale_workdirs()
        self._workdir = Path(tempfile.mkdtemp(prefix=f"w{os.getpid()}-{self.label}-", dir=temp_root()))
        secrets = {k: v for k, v in (secrets or {}).items() if k in SECRET_NAMES and isinstance(v, str) and v}
        for name in SECRET_NAMES:  # a worker's own environment is the fallback, as for `python -m trainer`
            secrets.setdefault(name, os.environ.get(name) or os.environ.get(f"MIMICBIRD_{name}") or "")
        secrets = {k: v for k, v in secrets.items() if v}
        if secrets.get("WANDB_API_KEY"):
            os.environ["WANDB_API_KEY"] = secrets["WANDB_API_KEY"]  # this worker process ends with the actor
        self._state = "running"
        self._thread = threading.Thread(target=self._train, args=(list(args), list(inputs), secrets),
                                        name=f"train-{self.label}", daemon=True)
        self._thread.start()
        return placement()

    def poll(self, cursor: int = 0) -> Poll:
        """Event lines from ``cursor`` on (older ones are dropped: the caller has them) and the state."""
        with self._lock:
            while self._base < cursor and self._lines:
                self._lines.popleft()
                self._base += 1
            lines = tuple(self._lines)[:MAX_POLL_LINES]
            caught_up = len(lines) == len(self._lines)
            state: State = self._state if caught_up or self._state not in TERMINAL_STATES else "running"
            done = state == "done"
            return Poll(state=state, lines=lines, cursor=self._base + len(lines),
                        archive=self._archive_info.as_dict() if done and self._archive_info else None,
                        shared_path=str(self._output) if done and self.shared_dir and self._output else None)

    def read_chunk(self, index: int) -> bytes:
        if self._state != "done" or self._archive is None or self._archive_info is None:
            raise TrainerError("no finished model to read")
        return read_chunk(self._archive, self._archive_info, index)

    def cancel(self) -> State:
        """Ask the training to stop at its next step (the trainer's StopRequest)."""
        self._stop.set("cancel")
        return self._state

    def close(self, wait_s: float = 10.0) -> bool:
        """Stop (if still running) and remove this job's folder; True when the training thread has ended."""
        if self._thread is not None and self._thread.is_alive():
            self._stop.set("close")
            self._thread.join(wait_s)
        ended = self._thread is None or not self._thread.is_alive()
        if ended and self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
        return ended

    # -- the training thread ------------------------------------------------------------------------------
    def _emit(self, line: str) -> None:
        with self._lock:
            self._lines.append(line)

    def _config(self, args: list[str], inputs: list[tuple[str, bytes]], secrets: dict[str, str]) -> Any:
        from trainer.cli import build_parser, config_from_args

        parser = build_parser()
        try:
            parsed = parser.parse_args(args)
        except SystemExit:
            raise TrainerError("the bot sent trainer arguments this worker does not understand "
                               "(is mimicbird the same version on the bot and the workers?)") from None
        config = config_from_args(parsed, bearer_token=secrets.get("X_BEARER_TOKEN") or None,
                                  hf_token=secrets.get("HF_TOKEN") or None)
        if secrets.get("MIMICBIRD_MASTODON_TOKENS"):
            from trainer.sources.mastodon import tokens_from_env

            config.mastodon_tokens = tokens_from_env(secrets)
        if len(inputs) != len(config.inputs) or len(inputs) > MAX_INPUTS:
            raise TrainerError("the input files did not reach the worker")
        assert self._workdir is not None
        paths = []
        for index, (name, data) in enumerate(inputs):
            path = self._workdir / "inputs" / _safe_input_name(index, name)
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            paths.append(str(path))
        config.inputs = paths
        config.cache_dir = None  # the bot's cache folder means nothing here: MIMICBIRD_CACHE_DIR or the default
        if self.shared_dir is not None:
            config.output = self.shared_dir / ".staging" / self.label / "model"
        else:
            config.output = self._workdir / "model"
        self._output = Path(config.output)
        return config

    def _train(self, args: list[str], inputs: list[tuple[str, bytes]], secrets: dict[str, str]) -> None:
        reporter = _LineReporter(self._emit)
        redact = Redactor([*secrets.values(), *_mastodon_token_values(secrets)])
        state: State = "failed"
        try:  # whatever fails here (an import too) ends the job with an error event, never a silent hang
            from trainer.cli import _quiet_libraries, _validate
            from trainer.pipeline import run

            if os.environ.get("MIMICBIRD_DEBUG", "") in ("", "0"):
                _quiet_libraries()
            config = self._config(args, inputs, secrets)
            inputs.clear()  # the uploaded bytes are on disk now
            _validate(config)
            result = run(config, reporter, self._stop)
            if result.model_dir is None:
                raise TrainerError("the trainer wrote no model")
            if self.shared_dir is None:
                assert self._workdir is not None
                self._archive = self._workdir / "model.tar"
                self._archive_info = pack_folder(Path(result.model_dir), self._archive)
                shutil.rmtree(result.model_dir, ignore_errors=True)
            self._stop.check()
            state = "done"
        except Exception as exc:  # the command line's exit paths, as events
            if self._stop():
                state, message = "cancelled", "training cancelled"
            elif isinstance(exc, TrainerError):
                message = str(exc)
            else:
                message = f"unexpected {type(exc).__name__}: {exc}"
            reporter.emit("error", message=one_line(redact(message), limit=500))
        finally:
            if state != "done":
                self._discard_output()
            with self._lock:
                self._state = state

    def _discard_output(self) -> None:
        if self._output is not None and self.shared_dir is not None:
            shutil.rmtree(self._output.parent, ignore_errors=True)
        if self._workdir is not None:
            for name in ("model", "model.tar"):
                path = self._workdir / name
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
        self._archive = self._archive_info = None


def _mastodon_token_values(secrets: dict[str, str]) -> list[str]:
    """Each Mastodon token on its own, to redact (the setting is a JSON object of them)."""
    from trainer.sources.mastodon import tokens_from_env

    try:
        return list(tokens_from_env(secrets).values())
    except TrainerError:
        return []


def placement() -> Placement:
    """Where this code runs, as Ray sees it."""
    import ray

    context = ray.get_runtime_context()
    accelerators = context.get_accelerator_ids()
    return Placement(
        node_id=context.get_node_id(), node_ip=ray.util.get_node_ip_address(), pid=os.getpid(),
        gpu_ids=tuple(str(g) for g in accelerators.get("GPU", [])),
        cpus=float(context.get_assigned_resources().get("CPU", 0.0)),
    )

