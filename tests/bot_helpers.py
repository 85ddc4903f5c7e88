"""Shared helpers for the bot tests: settings on a temporary data dir, a recording Conversation, trained models.

* ``make_settings(data_dir, base_model, **overrides)``: bot settings that ignore any ``.env`` and train fast
  (1 epoch, 10 tweets minimum, 1 sample) on the tiny model.
* ``FakeConversation``: records every ``Response`` the core sends and every edit of it (our own protocol).
* ``trained_model(tiny_model_dir, tmp_path_factory)``: trains ``mb_lena_bakes`` once per test session with
  the REAL trainer subprocess and returns the finished model folder; ``install_model`` copies it into a data
  dir and registers it, so tests that only need a model do not train again.
* ``build_parrot_model(target, word)``: a tiny model that deterministically repeats one word (for the
  verbatim-copy filter).
* ``persona_model(settings, store, handles, display_names)``: a registered model folder with an ``avatar.png``
  (a blend's composite) and no weights, for tests of personas that never generate; ``RecordingSpeaker``
  answers ``say``/``reply`` with numbered posts and records the prompts and contexts it was given.
* ``python -m tests.bot_helpers serve DATA_DIR BASE_MODEL HANDLE [EXTRA_ARG ...]``: a bot core in its own
  process that asks to train HANDLE and then waits forever (the restart-recovery test kills it with -9).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.core.responses import Caller, Response
from bot.records import ModelRecord
from bot.settings import Settings
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent
FAST_TRAINER_ARGS = ["--epochs", "1", "--max-steps", "2", "--min-tweets", "10", "--samples", "1", "--no-eval"]
ADMIN = Caller(platform="console", user_id="owner", chat_id="terminal")
USER = Caller(platform="discord", user_id="42", chat_id="chan-1", display_name="Someone")
OTHER_USER = Caller(platform="discord", user_id="43", chat_id="chan-1", display_name="Someone else")


def make_settings(data_dir: Path, base_model: Path | str, **overrides: Any) -> Settings:
    values: dict[str, Any] = dict(
        data_dir=data_dir, base_model=str(base_model), trainer_extra_args=list(FAST_TRAINER_ARGS),
        progress_interval_s=0.5, min_tweets=10, max_new_tokens=20, batch_window_ms=5,
        discord_token=None, telegram_token=None, x_bearer_token=None, hf_token=None,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


class FakeReply:
    def __init__(self, conversation: FakeConversation, response: Response) -> None:
        self.conversation = conversation
        self.history: list[Response] = [response]
        self.edit_times: list[float] = []

    @property
    def last(self) -> Response:
        return self.history[-1]

    async def edit(self, response: Response) -> None:
        self.history.append(response)
        self.edit_times.append(time.monotonic())
        self.conversation._changed()


class FakeConversation:
    """Records what the core answers; ``wait_until`` waits for a condition on the latest state."""

    def __init__(self) -> None:
        self.replies: list[FakeReply] = []
        self._event = asyncio.Event()

    async def send(self, response: Response) -> FakeReply:
        reply = FakeReply(self, response)
        self.replies.append(reply)
        self._changed()
        return reply

    def _changed(self) -> None:
        self._event.set()

    @property
    def sent(self) -> list[Response]:
        return [reply.history[0] for reply in self.replies]

    @property
    def last(self) -> Response:
        return self.replies[-1].last

    @property
    def all(self) -> list[Response]:
        return [r for reply in self.replies for r in reply.history]

    async def wait_until(self, condition: Callable[[FakeConversation], bool], timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not (self.replies and condition(self)):
            self._event.clear()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"condition not met; last answers: {[r.text[:120] for r in self.all[-3:]]}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), left)

    async def wait_final(self, timeout: float = 120) -> Response:
        """The first message's final state (training ends with kind model/error/info)."""
        await self.wait_until(lambda c: c.replies[0].last.kind != "progress", timeout)
        return self.replies[0].last


_TRAINED: dict[str, Path] = {}


def train_with_cli(output: Path, base_model: Path, handle: str = "mb_lena_bakes", *extra: str) -> Path:
    """Run the real trainer CLI once (no bot), returning the finished model folder."""
    cmd = [sys.executable, "-m", "trainer", handle, "--source", "sample", "--base-model", str(base_model),
           "--output", str(output), "--progress", "none", *FAST_TRAINER_ARGS, *extra]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"trainer failed: {result.stderr[-2000:]}")
    return output


def trained_model(tiny_model_dir: Path, tmp_path_factory: Any, handle: str = "mb_lena_bakes") -> Path:
    """A model trained once per test session (shared by every test module that asks for it)."""
    if handle not in _TRAINED:
        _TRAINED[handle] = train_with_cli(tmp_path_factory.mktemp("trained") / handle, tiny_model_dir, handle)
    return _TRAINED[handle]


def install_model(settings: Settings, store: Store, source: Path, name: str | None = None,
                  requested_by: str = "console:owner") -> ModelRecord:
    """Copy a finished model folder into the data dir and register it (as the queue does after training)."""
    meta = json.loads((source / "mimicbird.json").read_text())
    name = name or meta["model_name"]
    target = settings.models_dir / name
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    stats = {h: {k: v for k, v in s.items() if isinstance(v, int)} for h, s in (meta.get("stats") or {}).items()}
    handles = tuple(meta["handles"]) if name == meta["model_name"] else tuple(name.split("-"))
    model = ModelRecord(
        name=name, handles=handles, display_names=tuple(meta.get("display_names") or handles),
        folder=str(target), created_at=meta["created_at"], stats=stats, base_model=meta.get("base_model", ""),
        requested_by=requested_by, train_loss=meta.get("train_loss"), val_loss=meta.get("val_loss"),
    )
    store.save_model(model)
    return model


def build_parrot_model(target: Path, tokenizer_dir: Path, word: str = " bread") -> Path:
    """A 1-layer model that writes ``word`` again and again whatever the input (its logits ignore the input)."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    ids = tokenizer(word, add_special_tokens=False)["input_ids"]
    assert len(ids) == 1, f"{word!r} is {len(ids)} tokens"
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
        num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=256,
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=False,
    )
    model = LlamaForCausalLM(config)
    with torch.no_grad():
        model.model.embed_tokens.weight.fill_(1.0)  # every token looks the same ...
        for layer in model.model.layers:  # ... and the layers add nothing
            layer.self_attn.o_proj.weight.zero_()
            layer.mlp.down_proj.weight.zero_()
        model.lm_head.weight.zero_()
        model.lm_head.weight[ids[0]] = 4.0  # ... so one word wins by a logit margin of 64
    model.save_pretrained(target)
    tokenizer.save_pretrained(target)
    return target


def persona_model(settings: Settings, store: Store, handles: tuple[str, ...],
                  display_names: tuple[str, ...]) -> ModelRecord:
    """A registered model whose folder holds only ``mimicbird.json`` and ``avatar.png`` (generated avatars,
    composed for a blend, as the trainer does)."""
    from trainer.avatars import avatar_key, composite_avatar, generated_avatar, png_bytes

    name = "-".join(sorted(h.lower() for h in handles))
    folder = settings.models_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    image = composite_avatar([generated_avatar(h) for h in sorted(handles, key=avatar_key)])
    (folder / "avatar.png").write_bytes(png_bytes(image))
    (folder / "mimicbird.json").write_text(json.dumps({"model_name": name, "handles": list(handles),
                                                       "avatar": "avatar.png"}))
    model = ModelRecord(name=name, handles=tuple(h.lower() for h in handles), display_names=display_names,
                        folder=str(folder), created_at="2026-01-02T03:04:05Z")
    store.save_model(model)
    return model


class RecordingSpeaker:
    """Answers ``say`` and ``reply`` with numbered posts (marker included) and records what it was asked."""

    def __init__(self, marker: str = "🤖 AI") -> None:
        self.marker = marker
        self.prompts: list[str] = []
        self.contexts: list[list[str]] = []
        self.models: list[Path] = []

    async def say(self, model_dir: Path, prompt: str, n: int) -> list[str]:
        self.prompts.append(prompt)
        self.models.append(Path(model_dir))
        return [f"{prompt} post {len(self.prompts)} — {self.marker}".strip()]

    async def reply(self, model_dir: Path, context: Any, n: int) -> list[str]:
        self.contexts.append(list(context))
        self.models.append(Path(model_dir))
        return [f"answer {len(self.contexts)} — {self.marker}"]

    def forget(self, model_dir: Path) -> None:
        pass


class _Mute:
    """A speaker for a core that only trains."""

    async def say(self, model_dir: Path, prompt: str, n: int) -> list[str]:
        return []

    async def reply(self, model_dir: Path, context: Any, n: int) -> list[str]:
        return []

    def forget(self, model_dir: Path) -> None:
        pass


async def _serve(data_dir: Path, base_model: str, handle: str, extra: list[str]) -> None:
    from bot.app import trainer_backend
    from bot.core.command_core import CommandCore
    from bot.training.queue import JobQueue

    settings = make_settings(data_dir, base_model, trainer_extra_args=extra or list(FAST_TRAINER_ARGS))
    if os.environ.get("MIMICBIRD_TEST_LOG"):  # the Ray restart test keeps the bot's log for a failure report
        import logging

        logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(message)s")
    store = Store(settings.db_path)
    queue = JobQueue(settings, store, backend=trainer_backend(settings))  # as the bot: Ray when its address is set
    core = CommandCore(settings, store, queue, speaker=_Mute())
    await queue.start()
    if handle != "-":
        await core.handle_text(ADMIN, f"/train @{handle}", FakeConversation())
    print("serving", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "serve":
        asyncio.run(_serve(Path(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]))


def flat_console(text: str) -> str:
    """Console output with rich's panel borders dropped and whitespace collapsed, so a phrase the panel
    wrapped onto the next line (``— 🤖`` / ``AI``, after a sample of random length) is still found whole."""
    return " ".join(text.replace("│", " ").split())
