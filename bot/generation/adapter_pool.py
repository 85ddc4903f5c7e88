"""Personas as LoRA adapters on shared base models: one base in memory per base in use, adapters on demand.

- A base model is loaded once (by its identity: the SHA-256 of its weights, ``trainer/base_model.py``) and
  becomes a peft model as its first adapter is attached; every persona trained on it is an adapter of that
  one model, named ``p<hash of its folder>``.
- Adapters stay attached in an LRU bounded by a count (``max_adapters``) and by the memory their weights
  take (``max_bytes``); the least recently used ones are detached (the adapters of the batch being prepared
  stay, even over the bound). A base whose last adapter goes is freed.
- Before any weights reach the model, ``trainer.adapters`` checks the adapter: its checksum, its base's
  identity (a base not on this machine, or other weights, is refused), its architecture and every tensor's
  shape. A refusal concerns that adapter only: ``prepare`` returns the error for its rows and the others run.
- A retrained persona (a new ``adapter_model.safetensors``: another inode or time) is detached and reloaded.

Every method runs in the generator's single worker thread: peft's ``load_adapter``/``delete_adapter`` and
the ``adapter_names`` hooks that ``generate`` installs change the shared model, so nothing else may touch it.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import os
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.generation.model_cache import GenerationError, LoadedModel, serving_dtype, special_ids

log = logging.getLogger(__name__)


@dataclass
class _Slot:
    name: str  # the peft adapter name
    base: str  # the base's weights_sha256
    stamp: tuple[int, int]  # adapter file inode + mtime
    nbytes: int


@dataclass
class _Base:
    loaded: LoadedModel  # .model is a peft model once the first adapter is attached
    folder: Path


@dataclass
class Prepared:
    """What one ``generate`` call needs: the shared base, and per adapter folder its name or its refusal."""

    base: LoadedModel | None
    names: dict[str, str] = field(default_factory=dict)  # folder key -> peft adapter name
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
            base = self.bases[slot.base].loaded
            if prepared.base is not None and prepared.base is not base:
                prepared.refused[key] = GenerationError("internal: adapters of two base models in one batch")
                continue
            prepared.base = base
            prepared.names[key] = slot.name
        loads = self.loads
        self._evict(keep=set(prepared.names))
        if self.loads != loads or prepared.refused:
            release_free_memory()
        return prepared

    def evict(self, folder: Path | str) -> bool:
        """Detach a persona's adapter (after /forget or a retrain)."""
        key = adapter_key(folder)
        if key not in self.slots:
            return False
        self._detach(key)
        release_free_memory()
        return True

    def clear(self) -> None:
        self.slots.clear()
        self.bases.clear()

    # ------------------------------------------------------------------------------------------ internals

    def _attach(self, key: str) -> _Slot:
        from trainer.adapters import attach_adapter, read_adapter, resolve_adapter_base

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
        if slot is not None:  # the persona was retrained: drop the old weights
            self._detach(key)
        info = read_adapter(folder)  # a missing or corrupt file is refused here, before any base is loaded
        sha = str(info.base["weights_sha256"])
        base = self.bases.get(sha)
        if base is None:
            base_dir = resolve_adapter_base(folder, self.cache_dir)
            base = self.bases[sha] = _Base(self._load_base(base_dir), base_dir)
        name = "p" + hashlib.sha256(key.encode()).hexdigest()[:16]  # peft names may not contain dots
        started = time.perf_counter()
        base.loaded.model = attach_adapter(base.loaded.model, folder, name, base.folder, self.cache_dir)
        nbytes = _cast_adapter(base.loaded.model, name, base.loaded.model.dtype)
        slot = self.slots[key] = _Slot(name, sha, stamp, nbytes)
        self.loads += 1
        log.info("adapter pool: attached %s (%.1f MB) to %s in %.2f s", folder.name, nbytes / 1e6,
                 info.base_label, time.perf_counter() - started)
        return slot

    def _load_base(self, folder: Path) -> LoadedModel:
        from transformers import AutoTokenizer

        from trainer.adapters import load_base

        device, dtype = serving_dtype(self.device, self.dtype)
        started = time.perf_counter()
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

    def _evict(self, keep: set[str]) -> None:
        def over() -> bool:
            too_big = self.max_bytes is not None and self.adapter_bytes > self.max_bytes
            return len(self.slots) > self.max_adapters or too_big

        for key in list(self.slots):
            if not over():
                break
            if key not in keep:
                log.info("adapter pool: evicted %s", Path(key).name)
                self._detach(key)

    def _detach(self, key: str) -> None:
        from trainer.adapters import detach_adapter

        slot = self.slots.pop(key)
        if not any(other.base == slot.base for other in self.slots.values()):
            self.bases.pop(slot.base, None)  # its last persona went: free the base model too
            return
        with warnings.catch_warnings():  # peft: "Adapter ... was active which is now deleted" (per row here)
            warnings.simplefilter("ignore", UserWarning)
            detach_adapter(self.bases[slot.base].loaded.model, slot.name)


def release_free_memory() -> None:
    """Give freed heap memory back to the OS (glibc): peft loads an adapter in fp32 and it is cast to the
    serving dtype, which leaves holes in the heap; measured here, 48 loads through an LRU of 16 kept ~200 MiB
    resident without this (``bench/adapter_serving.py``'s memory check)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _cast_adapter(model: Any, name: str, dtype: Any) -> int:
    """Cast adapter ``name``'s weights to the serving dtype; return their size in bytes."""
    nbytes = 0
    for module in model.modules():
        if hasattr(module, "lora_A") and name in module.lora_A:
            for part in (module.lora_A[name], module.lora_B[name]):
                part.to(dtype)
                nbytes += sum(p.numel() * p.element_size() for p in part.parameters())
    return nbytes
