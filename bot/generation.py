"""Text generation for the bot: a small LRU cache of loaded models and batched ``generate`` calls.

Design
- All torch work (loading, tokenising, ``generate``, decoding) runs in ONE dedicated worker thread, a
  single-thread executor: the event loop never calls torch, a model is never loaded twice at once, and
  torch's own threads are not oversubscribed by several callers.
- ``Generator.generate`` only queues a request and awaits its future. A dispatcher task on the event loop
  waits ``batch_window_ms`` after the oldest pending request, then sends every pending request for the same
  model (and the same sampling settings), up to ``max_batch`` sequences, to the worker as ONE left-padded
  ``generate`` call. Requests arriving while a batch runs form the next batch. Different models (or
  settings) are served in turn, oldest first.
- Every prompt starts after an end-of-text token: the trainer joins tweets with it, so this is where a
  tweet begins, and an empty prompt yields a fresh tweet.
- CPU: bf16 weights when the CPU has native bf16 (AVX512-BF16/AMX), else fp32; measured on this 2-core
  AVX512-BF16 machine, one decode step of SmolLM2-135M took 62-75 ms in bf16 vs 73-90 ms in fp32 at batch 1,
  and 93 vs 124 ms at batch 16. Torch uses half the cores (1 here): the trainer subprocess runs beside the
  bot, and with 2 threads on 2 busy cores a decode step took 2-3x longer than with 1.
  CUDA: the model's own dtype.
- A model folder replaced on disk (a forced retrain renames a new folder into place) is noticed by its
  ``config.json`` identity and reloaded.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_PROMPT_TOKENS = 256
_STOP_TOKENS = ("<|im_end|>", "<|endoftext|>", "<|im_start|>", "</s>")
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


class NucleusSampler:
    """Temperature + top-p (nucleus) sampling as a logits processor, fast on CPU.

    ``transformers``' own top-p sorts the whole vocabulary for every row at every step (~70 ms for 16 rows
    of SmolLM2's 49k vocabulary on one core, as long as the 135M model's forward pass), and its multinomial
    over the full vocabulary costs ~18 ms more. This samples the same distribution from the ``candidates``
    most likely tokens (exact whenever they hold at least ``top_p`` of the mass; a row where they do not is
    sorted in full), with the Gumbel-max trick, and returns scores on which greedy decoding picks the sampled
    token. ``generate`` therefore runs with ``do_sample=False`` and keeps its caching, padding and stopping.
    """

    def __init__(self, temperature: float, top_p: float, candidates: int = 256) -> None:
        self.temperature = temperature
        self.top_p = top_p
        self.candidates = candidates

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        logits = scores.float() / self.temperature
        if self.top_p >= 1.0:
            choice = _gumbel_argmax(logits)
        else:
            choice = torch.empty(logits.shape[0], dtype=torch.long, device=logits.device)
            top, index = logits.topk(min(self.candidates, logits.shape[-1]), dim=-1)
            probs = (top - torch.logsumexp(logits, dim=-1, keepdim=True)).exp()
            covered = probs.sum(-1) >= self.top_p
            if covered.any():
                picked = _gumbel_argmax(_nucleus(top[covered], probs[covered], self.top_p))
                choice[covered] = index[covered].gather(1, picked[:, None]).squeeze(1)
            if not covered.all():
                rest = ~covered
                top, index = logits[rest].sort(dim=-1, descending=True)
                probs = torch.softmax(top, dim=-1)
                picked = _gumbel_argmax(_nucleus(top, probs, self.top_p))
                choice[rest] = index.gather(1, picked[:, None]).squeeze(1)
        out = torch.full_like(scores, float("-inf"))
        out.scatter_(1, choice[:, None], 0.0)
        return out


def _nucleus(top: Any, probs: Any, top_p: float) -> Any:
    """Sorted logits with every token after the first ``top_p`` of the mass set to -inf (the top one stays)."""
    before = probs.cumsum(-1) - probs
    return top.masked_fill(before >= top_p, float("-inf"))


def _gumbel_argmax(logits: Any) -> Any:
    """One sample per row from softmax(logits): argmax of logits plus Gumbel noise."""
    import torch

    uniform = torch.rand_like(logits).clamp_(min=1e-12, max=1 - 1e-7)
    return (logits - torch.log(-torch.log(uniform))).argmax(dim=-1)


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
        import torch
        from transformers import AutoModelForCausalLM
        from transformers.utils import logging as hf_logging

        device = self.device or default_device()
        dtype = self.dtype
        if dtype is None:  # CPU: bf16 where the CPU has it natively (measured faster); CUDA: the model's own
            dtype = (torch.bfloat16 if _cpu_has_fast_bf16() else torch.float32) if device == "cpu" else "auto"
        started = time.perf_counter()
        hf_logging.disable_progress_bar()  # no "Loading weights" bars in the bot's log or console
        try:
            tokenizer = self._tokenizer(folder)
            _read_weights(folder)
            model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype).to(device).eval()
        except Exception as error:  # noqa: BLE001 - any loading failure becomes one clear line
            raise GenerationError(f"the model {folder.name!r} could not be loaded ({type(error).__name__})") from error
        start_id = tokenizer.eos_token_id if tokenizer.eos_token_id is not None else tokenizer.bos_token_id
        if start_id is None:
            raise GenerationError(f"the model {folder.name!r} has no end-of-text token")
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else start_id
        stops = {start_id}
        configured = model.generation_config.eos_token_id
        stops.update(configured if isinstance(configured, list) else [configured] if configured is not None else [])
        added = tokenizer.get_added_vocab()
        stops.update(added[token] for token in _STOP_TOKENS if token in added)
        self.loads += 1
        log.info(
            "model cache: loaded %s on %s (%s) in %.1f s",
            folder.name, device, str(model.dtype).removeprefix("torch."), time.perf_counter() - started,
        )
        return LoadedModel(model, tokenizer, int(start_id), int(pad_id), tuple(sorted(stops)), identity)

    def _tokenizer(self, folder: Path) -> Any:
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


@dataclass
class GenerationStats:
    """Counters for tests, logs and benchmarks."""

    requests: int = 0
    generate_calls: int = 0
    sequences: int = 0
    largest_batch: int = 0
    batch_sizes: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Settings:
    model: str
    max_new_tokens: int
    temperature: float
    top_p: float


@dataclass
class _Request:
    prompt: str
    n: int
    future: asyncio.Future[list[str]]
    arrived: float


class Generator:
    """Batched, cached text generation that never blocks the event loop (see the module docstring)."""

    def __init__(
        self,
        capacity: int = 2,
        batch_window_ms: int = 25,
        max_batch: int = 32,
        device: str | None = None,
        *,
        dtype: Any = None,
        threads: int | None = None,
        seed: int | None = None,
        worker_nice: int = 5,
    ) -> None:
        import torch  # noqa: F401 - imported now (seconds, at start-up), not in the worker while the loop serves
        from transformers import AutoModelForCausalLM, AutoTokenizer  # noqa: F401

        self.cache = ModelCache(capacity, device=device, dtype=dtype)
        self.batch_window_s = batch_window_ms / 1000
        self.max_batch = max(1, max_batch)
        self.stats = GenerationStats()
        self._threads = threads or default_threads()
        self._seed = seed
        self._worker_nice = worker_nice
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="mimicbird-generate", initializer=self._init_worker
        )
        self._pending: dict[_Settings, list[_Request]] = {}
        self._running: list[_Request] = []  # the batch in the worker now
        self._wake: asyncio.Event | None = None
        self._dispatcher: asyncio.Task[None] | None = None
        self._closed = False

    def _init_worker(self) -> None:
        """Torch threads; and a lower OS priority for this thread only, so that on a busy CPU the event
        loop's thread wins the core whenever it has something to do (it needs milliseconds, we need seconds)."""
        import torch

        if self._worker_nice and hasattr(os, "setpriority"):
            with contextlib.suppress(OSError):
                tid = threading.get_native_id()
                os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + self._worker_nice)
        torch.set_num_threads(self._threads)
        if self._seed is not None:
            torch.manual_seed(self._seed)

    @property
    def loaded(self) -> list[str]:
        """Paths of the loaded models, least recently used first."""
        return self.cache.loaded

    async def preload(self, model_dir: Path) -> None:
        """Load a model (and its tokenizer) into the cache now, e.g. at start-up before frontends answer.

        The first tokenizer parse holds the GIL for 100+ ms; later models with the same tokenizer reuse it.
        """
        if self._closed:
            raise GenerationError("the generator is shut down")
        await asyncio.get_running_loop().run_in_executor(self._executor, self.cache.get, ModelCache.key(model_dir))

    def evict(self, model_dir: Path) -> None:
        """Drop a model from the cache (after /forget, or when its folder was replaced)."""
        self.cache.evict(model_dir)

    async def generate(
        self,
        model_dir: Path,
        prompt: str,
        n: int = 1,
        *,
        max_new_tokens: int = 60,
        temperature: float = 1.0,
        top_p: float = 0.95,
    ) -> list[str]:
        """``n`` continuations of ``prompt`` (decoded, special tokens skipped, cut at end-of-text).

        ``temperature <= 0`` means greedy decoding. Raises GenerationError when the model cannot be used.
        """
        if self._closed:
            raise GenerationError("the generator is shut down")
        if n <= 0:
            return []
        loop = asyncio.get_running_loop()
        if self._dispatcher is None or self._dispatcher.done():
            self._wake = asyncio.Event()
            self._dispatcher = loop.create_task(self._dispatch(), name="mimicbird-generate-dispatcher")
        assert self._wake is not None
        key = _Settings(ModelCache.key(model_dir), max_new_tokens, float(temperature), float(top_p))
        request = _Request(prompt, n, loop.create_future(), loop.time())
        self._pending.setdefault(key, []).append(request)
        self.stats.requests += 1
        self._wake.set()
        return await request.future

    async def _dispatch(self) -> None:
        loop = asyncio.get_running_loop()
        assert self._wake is not None
        while True:
            while not self._pending:
                self._wake.clear()
                await self._wake.wait()
            key = next(iter(self._pending))  # the settings whose requests waited longest
            delay = self._pending[key][0].arrived + self.batch_window_s - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            queue = self._pending.pop(key)
            batch: list[_Request] = []
            rows = 0
            while queue and (not batch or rows + queue[0].n <= self.max_batch):
                request = queue.pop(0)
                if not request.future.done():  # skip callers that gave up
                    batch.append(request)
                    rows += request.n
            if queue:
                self._pending[key] = queue  # the rest waits its turn behind other models
            if not batch:
                continue
            prompts = [r.prompt for r in batch for _ in range(r.n)]
            self._running = batch
            try:
                texts = await loop.run_in_executor(self._executor, self._run_batch, key, prompts)
            except Exception as error:  # noqa: BLE001 - every waiting caller gets the error
                if not isinstance(error, GenerationError):
                    log.exception("generation failed for %s", Path(key.model).name)
                    error = GenerationError(f"generation failed ({type(error).__name__})")
                for request in batch:
                    if not request.future.done():
                        request.future.set_exception(error)
                continue
            offset = 0
            for request in batch:
                if not request.future.done():
                    request.future.set_result(texts[offset : offset + request.n])
                offset += request.n

    def _run_batch(self, key: _Settings, prompts: list[str]) -> list[str]:
        """Worker thread: one left-padded ``generate`` call for all prompts of one model."""
        import torch

        loaded = self.cache.get(key.model)
        tokenizer, model = loaded.tokenizer, loaded.model
        encoded = tokenizer(prompts, add_special_tokens=False)["input_ids"]
        sequences = [[loaded.start_id, *ids[-MAX_PROMPT_TOKENS:]] for ids in encoded]
        width = max(len(ids) for ids in sequences)
        input_ids = torch.full((len(sequences), width), loaded.pad_id, dtype=torch.long)
        attention_mask = torch.zeros((len(sequences), width), dtype=torch.long)
        for row, ids in enumerate(sequences):
            input_ids[row, width - len(ids) :] = torch.tensor(ids)
            attention_mask[row, width - len(ids) :] = 1
        processors = [NucleusSampler(key.temperature, key.top_p)] if key.temperature > 0 else []
        with torch.inference_mode():
            output = model.generate(
                input_ids=input_ids.to(model.device),
                attention_mask=attention_mask.to(model.device),
                max_new_tokens=key.max_new_tokens,
                pad_token_id=loaded.pad_id,
                eos_token_id=list(loaded.stop_ids),
                do_sample=False,  # NucleusSampler samples; greedy then takes its pick
                temperature=None,
                top_p=None,
                top_k=None,
                logits_processor=processors,
            )
        self.stats.generate_calls += 1
        self.stats.sequences += len(prompts)
        self.stats.largest_batch = max(self.stats.largest_batch, len(prompts))
        self.stats.batch_sizes.append(len(prompts))
        stops = set(loaded.stop_ids)
        texts = []
        for row in output[:, width:].tolist():
            end = next((i for i, token in enumerate(row) if token in stops), len(row))
            texts.append(tokenizer.decode(row[:end], skip_special_tokens=True))
        return texts

    async def close(self) -> None:
        """Stop the dispatcher, fail waiting requests, let a running batch finish, free the models."""
        self._closed = True
        if self._dispatcher is not None:
            self._dispatcher.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._dispatcher
        for queue in [self._running, *self._pending.values()]:
            for request in queue:
                if not request.future.done():
                    request.future.set_exception(GenerationError("the generator is shut down"))
        self._pending.clear()
        self._running = []
        await asyncio.to_thread(self._executor.shutdown, True)
        self.cache.clear()
