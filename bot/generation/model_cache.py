"""A small LRU cache of loaded models (and their tokenizers) for generation, by model folder.

- CPU: bf16 weights when the CPU has native bf16 (AVX512-BF16/AMX), else fp32; measured on this 2-core
  AVX512-BF16 machine, one decode step of SmolLM2-135M took 62-75 ms in bf16 vs 73-90 ms in fp32 at batch 1,
  and 93 vs 124 ms at batch 16. CUDA: the model's own dtype.
- A model folder replaced on disk (a forced retrain renames a new folder into place) is noticed by its
  ``config.json`` identity and reloaded.
- Models fine-tuned from one base share its tokenizer: it is parsed once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.generation.postprocess import STOP_STRINGS

log = logging.getLogger(__name__)

_TOKENIZER_FILES = (
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json", "merges.txt",
    "tokenizer.model", "added_tokens.json", "chat_template.jinja",
)


class GenerationError(RuntimeError):
    """A model could not be loaded or run; ``str()`` is one line without paths or secrets."""


def default_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def default_threads() -> int:
    """Half the cores (at least 1): the trainer subprocess needs the rest."""
    return max(1, (os.cpu_count() or 2) // 2)


def _cpu_has_fast_bf16() -> bool:
    import torch

    try:
        return bool(torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported())
    except AttributeError:  # an older/newer torch without these helpers: stay safe
        return False


def serving_dtype(device: str | None, dtype: Any) -> tuple[str, Any]:
    """``(device, dtype)`` to serve on: CPU bf16 where the CPU has it natively (measured faster), else fp32;
    CUDA: the model's own dtype. An explicit ``dtype`` wins."""
    import torch

    device = device or default_device()
    if dtype is None:
        dtype = (torch.bfloat16 if _cpu_has_fast_bf16() else torch.float32) if device == "cpu" else "auto"
    return device, dtype


def special_ids(tokenizer: Any, model: Any, name: str) -> tuple[int, int, tuple[int, ...]]:
    """``(start, pad, stops)``: prompts start after end-of-text; generation stops at it (and at the model's
    own end tokens and chat-turn markers)."""
    start_id = tokenizer.eos_token_id if tokenizer.eos_token_id is not None else tokenizer.bos_token_id
    if start_id is None:
        raise GenerationError(f"the model {name!r} has no end-of-text token")
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else start_id
    stops = {start_id}
    configured = model.generation_config.eos_token_id
    stops.update(configured if isinstance(configured, list) else [configured] if configured is not None else [])
    added = tokenizer.get_added_vocab()
    stops.update(added[token] for token in STOP_STRINGS if token in added)
    return int(start_id), int(pad_id), tuple(sorted(stops))


@dataclass
class LoadedModel:
    """A model and its tokenizer, ready for left-padded batched generation."""

    model: Any
    tokenizer: Any
    start_id: int  # the token every prompt starts after (end-of-text)
    pad_id: int
    stop_ids: tuple[int, ...]
    identity: tuple[int, int]


class ModelCache:
    """LRU of loaded models by model folder path. ``get`` is called from the worker thread only."""

    def __init__(self, capacity: int = 2, device: str | None = None, dtype: Any = None) -> None:
        self.capacity = max(1, capacity)
        self.device = device
        self.dtype = dtype
        self.loads = 0
        self._models: OrderedDict[str, LoadedModel] = OrderedDict()
        self._tokenizers: dict[str, Any] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(model_dir: Path | str) -> str:
        return os.path.abspath(model_dir)

    @property
    def loaded(self) -> list[str]:
        """Paths of the loaded models, least recently used first."""
        with self._lock:
            return list(self._models)

    def evict(self, model_dir: Path | str) -> bool:
        with self._lock:
            return self._models.pop(self.key(model_dir), None) is not None

    def clear(self) -> None:
        with self._lock:
            self._models.clear()
            self._tokenizers.clear()

    def get(self, model_dir: Path | str) -> LoadedModel:
        """The loaded model for this folder, loading it (and evicting the least recently used) if needed."""
        key = self.key(model_dir)
        identity = _identity(Path(key))
        with self._lock:
            cached = self._models.get(key)
            if cached is not None and cached.identity == identity:
                self._models.move_to_end(key)
                return cached
            self._models.pop(key, None)
        loaded = self._load(Path(key), identity)
        with self._lock:
            self._models[key] = loaded
            while len(self._models) > self.capacity:
                evicted, _ = self._models.popitem(last=False)
                log.info("model cache: evicted %s", Path(evicted).name)
        return loaded

    def _load(self, folder: Path, identity: tuple[int, int]) -> LoadedModel:
        from transformers import AutoModelForCausalLM
        from transformers.utils import logging as hf_logging

        device, dtype = serving_dtype(self.device, self.dtype)
        started = time.perf_counter()
        hf_logging.disable_progress_bar()  # no "Loading weights" bars in the bot's log or console
        try:
            tokenizer = self.tokenizer(folder)
            _read_weights(folder)
            model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype).to(device).eval()
        except Exception as error:  # noqa: BLE001 - any loading failure becomes one clear line
            raise GenerationError(f"the model {folder.name!r} could not be loaded ({type(error).__name__})") from error
        start_id, pad_id, stops = special_ids(tokenizer, model, folder.name)
        self.loads += 1
        log.info(
            "model cache: loaded %s on %s (%s) in %.1f s",
            folder.name, device, str(model.dtype).removeprefix("torch."), time.perf_counter() - started,
        )
        return LoadedModel(model, tokenizer, start_id, pad_id, stops, identity)

    def tokenizer(self, folder: Path) -> Any:
        """The folder's tokenizer, shared between models whose tokenizer files are identical.

        Parsing a tokenizer (3.5 MB of JSON for SmolLM2, in Rust) holds the GIL for 100+ ms, which would
        stall the event loop; every model fine-tuned from one base shares its tokenizer, so it is parsed once.
        """
        from transformers import AutoTokenizer

        digest = hashlib.sha256()
        for name in _TOKENIZER_FILES:
            path = folder / name
            if path.is_file():
                digest.update(name.encode() + b"\0" + path.read_bytes())
        key = digest.hexdigest()
        tokenizer = self._tokenizers.get(key)
        if tokenizer is None:
            tokenizer = AutoTokenizer.from_pretrained(folder)
            tokenizer.padding_side = "left"
            self._tokenizers[key] = tokenizer
            while len(self._tokenizers) > self.capacity + 1:
                self._tokenizers.pop(next(iter(self._tokenizers)))
        return tokenizer


def _read_weights(folder: Path, chunk: int = 16 << 20) -> None:
    """Read the weight files once with plain reads (which release the GIL) so they are in the page cache:
    safetensors then copies from memory instead of faulting pages in from disk while it holds the GIL."""
    buffer = bytearray(chunk)
    view = memoryview(buffer)
    for path in sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.bin")):
        with path.open("rb", buffering=0) as handle:
            while handle.readinto(view):
                pass


def _identity(folder: Path) -> tuple[int, int]:
    """Changes when the folder is replaced or its config rewritten (a retrained model)."""
    try:
        stat = (folder / "config.json").stat()
    except OSError:
        raise GenerationError(f"there is no model in {folder.name!r}") from None
    return stat.st_ino, stat.st_mtime_ns
