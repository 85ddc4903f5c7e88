"""The finished model folder, written atomically.

Everything is written into a temporary sibling ``.NAME.tmp-PID-XXXX`` in the output's parent folder and renamed
into place only when complete. An existing model at the same path is replaced only then: it is renamed away,
the new folder renamed in, and the old one deleted. On any failure or interruption (an exception, Ctrl-C, or
``stop()`` turning true before the rename) the temporary folder is removed and the previous model is untouched.
Temporary folders left by a killed process (SIGKILL) are removed by the next write to the same path.

The folder holds what ``transformers.pipeline('text-generation', model=FOLDER)`` needs and nothing of ours:
``config.json``, ``model.safetensors``, the tokenizer files and ``generation_config.json`` with tweet-suited
sampling defaults; plus ``README.md`` (the model card), ``training_tweets.json`` (fingerprints of the training
tweets), ``mimicbird.json`` (metadata the bot reads) and the ``extra_files`` given (``avatar.png``, ``avatars/``).

A LoRA model (a peft model) is written as an *adapter folder* instead: ``adapter_config.json`` and
``adapter_model.safetensors`` (a few MB) in place of ``config.json`` and ``model.safetensors``, the same
tokenizer, generation config, card, fingerprints and metadata; the metadata records the base model's identity
and the adapter file's SHA-256 (``trainer/adapters.py`` checks both before loading it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from trainer.errors import TrainerError

METADATA_FILENAME = "mimicbird.json"
ADAPTER_CONFIG = "adapter_config.json"
ADAPTER_WEIGHTS = "adapter_model.safetensors"

# Sampling defaults for tweets: the output of `pipeline(...)` with no arguments should read like a tweet.
TWEET_GENERATION = {"do_sample": True, "top_p": 0.95, "temperature": 1.0, "max_new_tokens": 60}


class OutputCancelled(TrainerError):
    def __init__(self) -> None:
        super().__init__("training cancelled")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(target: Path) -> None:
    """Delete ``.NAME.tmp-PID-*`` / ``.NAME.old-PID-*`` siblings whose writing process no longer exists."""
    parent = target.parent
    if not parent.is_dir():
        return
    for kind in ("tmp", "old"):
        for path in parent.glob(f".{target.name}.{kind}-*"):
            pid_text = path.name[len(f".{target.name}.{kind}-"):].split("-", 1)[0]
            if pid_text.isdigit() and not _pid_alive(int(pid_text)):
                shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def atomic_directory(target: Path, stop: Callable[[], bool] | None = None) -> Iterator[Path]:
    """Yield an empty temporary folder; when the block succeeds, it becomes ``target`` (replacing it).

    ``stop`` is checked once more just before the rename: if it is true, nothing is replaced and
    ``OutputCancelled`` is raised.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-{os.getpid()}-", dir=target.parent))
    try:
        yield tmp
        if stop is not None and stop():
            raise OutputCancelled()
        _replace(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # gone already after a successful rename


def _replace(new: Path, target: Path) -> None:
    """Rename ``new`` to ``target``; an existing ``target`` is moved away first and deleted after."""
    old: Path | None = None
    if target.exists() or target.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-{os.getpid()}-", dir=target.parent))
        old.rmdir()  # only its unique name is needed
        target.rename(old)
    try:
        new.rename(target)
    except BaseException:
        if old is not None:
            old.rename(target)  # put the previous model back
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def tweet_generation_config(tokenizer: Any, model_config: Any = None) -> Any:
    """A ``GenerationConfig`` that samples one tweet and stops at the tokenizer's end-of-text token."""
    from transformers import GenerationConfig

    eos = tokenizer.eos_token_id
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos
    bos = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else getattr(model_config, "bos_token_id", None)
    return GenerationConfig(**TWEET_GENERATION, eos_token_id=eos, pad_token_id=pad, bos_token_id=bos)


def _relative_file(name: str) -> PurePosixPath:
    """``name`` as a path inside the model folder: relative, no ``..``, no hidden parts (those are not published)."""
    path = PurePosixPath(name)
    if not name or "\\" in name or path.is_absolute() or any(p in ("", ".", "..") or p.startswith(".") for p in path.parts):
        raise ValueError(f"not a plain relative file name: {name!r}")
    return path


def write_model_folder(
    target: Path,
    model: Any,
    tokenizer: Any,
    *,
    metadata: dict[str, Any],
    training_texts: Iterable[str],
    card: Any = None,
    public_base_model: str | None = None,
    stop: Callable[[], bool] | None = None,
    extra_files: Mapping[str, bytes] | None = None,
) -> Path:
    """Write the complete model folder to ``target`` atomically and return ``target``.

    ``card`` is a ``trainer.model_card.CardData`` (None: no README.md); ``training_texts`` are the cleaned
    tweets, stored only as fingerprints. ``public_base_model`` replaces the base model's machine path in
    ``config.json``. ``extra_files`` maps relative paths (e.g. ``avatars/lena.png``) to their bytes.
    """
    from trainer.fingerprints import save_fingerprints

    target = Path(target)
    with atomic_directory(target, stop) as tmp:
        model.generation_config = tweet_generation_config(tokenizer, model.config)
        if hasattr(model, "peft_config"):  # a LoRA adapter (a peft model): the adapter alone
            metadata = {**metadata, "adapter_sha256": _save_adapter(tmp, model, public_base_model)}
        else:
            if public_base_model:
                model.config._name_or_path = public_base_model
            model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        model.generation_config.save_pretrained(tmp)  # also when the model class keeps none of its own
        save_fingerprints(tmp, training_texts)
        if card is not None:
            from trainer.model_card import write_model_card

            write_model_card(tmp, card)
        for name, data in (extra_files or {}).items():
            path = tmp / _relative_file(name)
            if path.exists() or name == METADATA_FILENAME:
                raise ValueError(f"{name!r} would replace a file of the model folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (tmp / METADATA_FILENAME).write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def _save_adapter(folder: Path, model: Any, public_base_model: str | None) -> str:
    """Write a peft model's adapter (config + safetensors) into ``folder``; return the weights' SHA-256.

    ``save_embedding_layers=False``: peft's "auto" would look the base model up on the Hub to compare
    vocabulary sizes (network); the vocabulary never changes here.
    """
    for config in model.peft_config.values():
        config.base_model_name_or_path = public_base_model or config.base_model_name_or_path
    model.save_pretrained(folder, safe_serialization=True, save_embedding_layers=False)
    (folder / "README.md").unlink(missing_ok=True)  # peft's own stub card; ours is written after
    digest = hashlib.sha256()
    with (folder / ADAPTER_WEIGHTS).open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
