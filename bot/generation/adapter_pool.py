"""Personas as LoRA adapters on shared base models: one base in memory per base in use, adapters on demand.

- A base model is loaded once (by its identity: the SHA-256 of its weights, ``trainer/base_model.py``);
  every persona trained on it is an adapter stacked in that base's ``LoraBank`` (``lora_bank.py``), which
  serves a batch of rows with different adapters in two batched matmuls per layer.
- Adapters stay attached in an LRU bounded by a count (``max_adapters``) and by the memory their weights
  take (``max_bytes``); the least recently used ones are detached before a batch's new adapters are stacked
  (so the stacks never hold more than the bound) and again after (the adapters of the batch being prepared
  stay, even over the bound). A base whose last adapter goes is freed.
- Before any weights reach the model, ``trainer.adapters`` checks the adapter: its checksum, its base's
  identity (a base not on this machine, or other weights, is refused), its architecture and every tensor's
  shape. A refusal concerns that adapter only: ``prepare`` returns the error for its rows and the others run.
- A retrained persona (a new ``adapter_model.safetensors``: another inode or time) is detached and reloaded.

Every method runs in the generator's single worker thread: stacking adapters and the bank's row hooks
change the shared model, so nothing else may touch it.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.generation.lora_bank import LoraBank
from bot.generation.model_cache import GenerationError, LoadedModel, serving_dtype, special_ids

log = logging.getLogger(__name__)


@dataclass
class _Slot:
    base: str  # the base's weights_sha256
    stamp: tuple[int, int]  # adapter file inode + mtime
    nbytes: int


@dataclass
class _Base:
    loaded: LoadedModel
    folder: Path
    bank: LoraBank


@dataclass
class Prepared:
    """What one ``generate`` call needs: the shared base and its bank, the folders served, the refusals."""

    base: LoadedModel | None
    bank: LoraBank | None = None
    served: set[str] = field(default_factory=set)  # folder keys, stacked in ``bank``
    refused: dict[str, GenerationError] = field(default_factory=dict)  # folder key -> one-line error


def adapter_key(folder: Path | str) -> str:
    return os.path.abspath(folder)


class AdapterPool:
    """See the module docstring. ``prepare`` and ``evict`` are called from the worker thread only."""

    def __init__(self, max_adapters: int = 16, max_bytes: int | None = None, *, device: str | None = None,
                 dtype: Any = None, cache_dir: Path | None = None,
                 tokenizer_for: Callable[[Path], Any] | None = None) -> None:
        self.tokenizer_for = tokenizer_for  # a shared tokenizer loader (ModelCache.tokenizer): parsed once
        self.max_adapters = max(1, max_adapters)
        self.max_bytes = max_bytes
        self.device = device
        self.dtype = dtype
        self.cache_dir = cache_dir
        self.loads = 0
        self.bases: dict[str, _Base] = {}
        self.slots: OrderedDict[str, _Slot] = OrderedDict()  # by adapter folder, least recently used first

    @property
    def attached(self) -> list[str]:
        """Folders of the attached adapters, least recently used first."""
        return list(self.slots)

    @property
    def adapter_bytes(self) -> int:
        return sum(slot.nbytes for slot in self.slots.values())

    def prepare(self, folders: list[str]) -> Prepared:
        """Attach every adapter in ``folders`` (distinct, one base, at most ``max_adapters``) to its base."""
        from trainer.errors import TrainerError

        prepared = Prepared(None)
        keys = list(dict.fromkeys(adapter_key(f) for f in folders))[: self.max_adapters]
        # make room first: the stacks never hold more than max_adapters
        self._evict(keep=set(keys), incoming=sum(key not in self.slots for key in keys))
        for key in keys:
            try:
                slot = self._attach(key)
            except (TrainerError, GenerationError) as error:
                text = str(error)
                log.warning("adapter refused: %s: %s", Path(key).name, text)
                prepared.refused[key] = GenerationError(text)
                continue
            except Exception as error:  # noqa: BLE001 - anything else about one adapter stays with it
                log.exception("adapter %s could not be loaded", Path(key).name)
                prepared.refused[key] = GenerationError(
                    f"the model {Path(key).name!r} could not be loaded ({type(error).__name__})")
                continue
            base = self.bases[slot.base]
            if prepared.base is not None and prepared.base is not base.loaded:
                prepared.refused[key] = GenerationError("internal: adapters of two base models in one batch")
                continue
            prepared.base, prepared.bank = base.loaded, base.bank
            prepared.served.add(key)
        loads = self.loads
        self._evict(keep=prepared.served)
        self._tidy()
        if self.loads != loads or prepared.refused:
            release_free_memory()
        return prepared

    def evict(self, folder: Path | str) -> bool:
        """Detach a persona's adapter (after /forget or a retrain)."""
        key = adapter_key(folder)
        if key not in self.slots:
            return False
        self._detach(key)
        self._tidy()
        release_free_memory()
        return True

    def clear(self) -> None:
        for base in self.bases.values():
            base.bank.close()
        self.slots.clear()
        self.bases.clear()

    # ------------------------------------------------------------------------------------------ internals

    def _attach(self, key: str) -> _Slot:
        from trainer.adapters import check_adapter, read_adapter, resolve_adapter_base

        folder = Path(key)
        try:
            stat = (folder / "adapter_model.safetensors").stat()
        except OSError:
            stat = None
        stamp = (stat.st_ino, stat.st_mtime_ns) if stat else (0, 0)
        slot = self.slots.get(key)
        if slot is not None and slot.stamp == stamp:
            self.slots.move_to_end(key)
            return slot
        if slot is not None:  # the persona was retrained: drop the old weights (the base stays for the new)
            self._detach(key)
        info = read_adapter(folder)  # a missing or corrupt file is refused here, before any base is loaded
        sha = str(info.base["weights_sha256"])
        base = self.bases.get(sha)
        if base is None:
            base_dir = resolve_adapter_base(folder, self.cache_dir)
            loaded = self._load_base(base_dir)
            base = self.bases[sha] = _Base(loaded, base_dir, LoraBank(loaded.model, self.max_adapters))
        started = time.perf_counter()
        check_adapter(folder, base.folder, base.loaded.model, self.cache_dir)  # refused: _tidy frees an idle base
        nbytes = base.bank.add(key, folder)
        slot = self.slots[key] = _Slot(sha, stamp, nbytes)
        self.loads += 1
        log.info("adapter pool: attached %s (%.1f MB in %s) to %s in %.2f s", folder.name, nbytes / 1e6,
                 str(base.bank.dtype).removeprefix("torch."), info.base_label, time.perf_counter() - started)
        return slot

    def _load_base(self, folder: Path) -> LoadedModel:
        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        from trainer.adapters import load_base

        device, dtype = serving_dtype(self.device, self.dtype)
        started = time.perf_counter()
        hf_logging.disable_progress_bar()  # as the model cache: no "Loading weights" bars in the log or console
        if self.tokenizer_for is not None:
            tokenizer = self.tokenizer_for(folder)
        else:
            tokenizer = AutoTokenizer.from_pretrained(folder)
            tokenizer.padding_side = "left"
        model = load_base(folder, dtype, device)
        start_id, pad_id, stops = special_ids(tokenizer, model, folder.name)
        log.info("adapter pool: loaded base model %s on %s (%s) in %.1f s", folder.name, device,
                 str(model.dtype).removeprefix("torch."), time.perf_counter() - started)
        return LoadedModel(model, tokenizer, start_id, pad_id, stops, (0, 0))

    def _evict(self, keep: set[str], incoming: int = 0) -> None:
        """Detach least recently used adapters not in ``keep`` until ``incoming`` more fit the bounds."""
        def over() -> bool:
            too_big = self.max_bytes is not None and self.adapter_bytes > self.max_bytes
            return len(self.slots) + incoming > self.max_adapters or too_big

        for key in list(self.slots):
            if not over():
                break
            if key not in keep:
                log.info("adapter pool: evicted %s", Path(key).name)
                self._detach(key)

    def _detach(self, key: str) -> None:
        """Unstack one adapter; its base stays loaded until ``_tidy`` (a batch may be about to use it)."""
        slot = self.slots.pop(key)
        self.bases[slot.base].bank.remove(key)

    def _tidy(self) -> None:
        """Free bases left without personas; shrink stacks that evictions left half empty."""
        for sha, base in list(self.bases.items()):
            if not len(base.bank):
                base.bank.close()
                del self.bases[sha]
            else:
                base.bank.compact()


def release_free_memory() -> None:
    """Give freed heap memory back to the OS (glibc): an adapter is read in fp32 and cast, and stacks grow and
    shrink, which leaves holes in the heap; measured with peft's loading, 48 loads through an LRU of 16 kept
    ~200 MiB resident without this (``bench/adapter_serving.py``'s memory check)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
