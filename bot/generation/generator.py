"""Text generation for the bot: batched ``generate`` calls on cached models, off the event loop.

Design
- All torch work (loading, tokenising, ``generate``, decoding) runs in ONE dedicated worker thread, a
  single-thread executor: the event loop never calls torch, a model is never loaded twice at once, and
  torch's own threads are not oversubscribed by several callers.
- ``Generator.generate`` only queues a request and awaits its future. A dispatcher task on the event loop
  waits ``batch_window_ms`` after the oldest pending request, then sends every pending request for the same
  model (and the same sampling settings), up to ``max_batch`` sequences, to the worker as ONE left-padded
  ``generate`` call. Requests arriving while a batch runs form the next batch. Different models (or
  settings) are served in turn, oldest first.
- Personas trained as LoRA adapters (``--method lora``) are batched by their BASE model, not by folder:
  every pending request for any adapter on one base (up to the pool's adapter count) runs in ONE
  ``generate`` call, each row with its own adapter (``lora_bank.py``: the adapters stacked, two batched
  matmuls per layer). ``adapter_pool.py`` keeps one base in memory per base in use and an LRU of attached
  adapters (count and memory bounded). An adapter
  that is refused (corrupt, for another architecture, its base missing or different) fails its own
  requests with one line; the other rows of the batch are served.
- Every prompt starts after an end-of-text token: the trainer joins tweets with it, so this is where a
  tweet begins, and an empty prompt yields a fresh tweet. A model trained with voice cues (``voice_cues`` in
  its ``mimicbird.json``, ``trainer.voices``) speaks one voice per sample: each row gets one of its cues at
  random, each as likely, between that end-of-text token and the prompt; a blend's row is guided away from
  another of its voices, picked at random (voice guidance, ``trainer.voices``: ``generate``'s
  ``guidance_scale`` with that voice's cue before the same input as the negative prompt). A ``context`` (the messages a reply
  answers, oldest first) goes before it as earlier "tweets", each after its own end-of-text token, so the
  model reads them as the posts that came before the one it writes (``prompt_ids``); the whole input is at
  most ``MAX_PROMPT_TOKENS``, the oldest messages dropped first.
- Torch uses half the cores (1 here): the trainer subprocess runs beside the bot, and with 2 threads on 2 busy
  cores a decode step took 2-3x longer than with 1. The models come from ``ModelCache`` (``model_cache.py``),
  sampling is ``NucleusSampler`` (``sampling.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.generation.adapter_pool import AdapterPool
from bot.generation.model_cache import GenerationError, LoadedModel, ModelCache, default_threads
from bot.generation.sampling import NucleusSampler
from trainer.output import ADAPTER_CONFIG, METADATA_FILENAME
from trainer.voices import GUIDANCE_SCALE, recorded_cues

log = logging.getLogger(__name__)

MAX_PROMPT_TOKENS = 256


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
    group: str  # a full model's folder, or ADAPTER_GROUP + the base's weights SHA-256 for adapters
    max_new_tokens: int
    temperature: float
    top_p: float


ADAPTER_GROUP = "adapters-on:"


@dataclass
class _Request:
    model: str  # the model folder (a full model or an adapter)
    prompt: str
    n: int
    future: asyncio.Future[list[str]]
    arrived: float
    context: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()  # the voice cue per row ("" for none)
    contrasts: tuple[str, ...] = ()  # per row, the cue of the voice it is guided away from ("" for none)


@dataclass(frozen=True)
class _Folder:
    """What a model folder's metadata says about serving it."""

    group: str  # see _Settings.group
    cues: tuple[str, ...]  # the model's voice cues (trainer.voices); () for none


def prompt_ids(start_id: int, prompt: list[int], context: Sequence[list[int]] = (),
               budget: int = MAX_PROMPT_TOKENS, cue: Sequence[int] = ()) -> list[int]:
    """The model's input: ``<eot> context... <eot> cue prompt``, at most ``budget`` tokens after the first.

    Each context message (oldest first) is one earlier "tweet" after its own end-of-text token. What does not
    fit is dropped from the start: whole messages, oldest first, except that the newest message keeps its end
    when it alone is too long; a prompt longer than the budget keeps its end. ``cue``: the model's voice cue,
    kept whole before the prompt.
    """
    room = max(0, budget - len(cue))
    ids = [*cue, *prompt[len(prompt) - room:]] if room < len(prompt) else [*cue, *prompt]
    for index, message in enumerate(reversed(context)):
        room = budget - len(ids) - 1
        if len(message) > room:
            if index == 0 and room > 0:
                ids = [*message[-room:], start_id, *ids]
            break
        ids = [*message, start_id, *ids]
    return [start_id, *ids]


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
        max_adapters: int = 16,
        adapter_memory_mb: float | None = 512,
        cache_dir: Path | None = None,
        voice_guidance: float = GUIDANCE_SCALE,
    ) -> None:
        import torch  # noqa: F401 - imported now (seconds, at start-up), not in the worker while the loop serves
        from transformers import AutoModelForCausalLM, AutoTokenizer  # noqa: F401

        self.cache = ModelCache(capacity, device=device, dtype=dtype)
        self.adapters = AdapterPool(
            max_adapters, int(adapter_memory_mb * 2**20) if adapter_memory_mb else None, device=device,
            dtype=dtype, cache_dir=cache_dir, tokenizer_for=self.cache.tokenizer,
        )
        self._folders: dict[str, tuple[int | None, _Folder]] = {}  # folder -> (metadata mtime, what it says)
        self._voices = random.Random(seed)  # which voice of a blend each row speaks, and which it avoids
        self.voice_guidance = voice_guidance  # 1.0: none (trainer.voices.GUIDANCE_SCALE)
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
        """Paths of the loaded models, least recently used first: full models, then attached adapters."""
        return self.cache.loaded + self.adapters.attached

    async def preload(self, model_dir: Path) -> None:
        """Load a model (and its tokenizer) into the cache now, e.g. at start-up before frontends answer.

        The first tokenizer parse holds the GIL for 100+ ms; later models with the same tokenizer reuse it.
        """
        if self._closed:
            raise GenerationError("the generator is shut down")
        key = ModelCache.key(model_dir)
        loop = asyncio.get_running_loop()
        if not self._folder(key).group.startswith(ADAPTER_GROUP):
            await loop.run_in_executor(self._executor, self.cache.get, key)
            return
        prepared = await loop.run_in_executor(self._executor, self.adapters.prepare, [key])
        if key in prepared.refused:
            raise prepared.refused[key]

    def evict(self, model_dir: Path) -> None:
        """Drop a model from the cache (after /forget, or when its folder was replaced); an adapter is
        detached in the worker thread, between generate calls."""
        self.cache.evict(model_dir)
        self._folders.pop(ModelCache.key(model_dir), None)
        if not self._closed:
            with contextlib.suppress(RuntimeError):  # the executor is shutting down
                self._executor.submit(self.adapters.evict, ModelCache.key(model_dir))

    def _folder(self, key: str) -> _Folder:
        """Which batches a model's requests join (its own folder, or an adapter's base model's) and its voice
        cues, from the folder's small metadata file (cached by its time); the weights are checked in the worker.
        """
        folder = Path(key)
        path = folder / METADATA_FILENAME
        try:
            mtime: int | None = path.stat().st_mtime_ns
        except OSError:
            mtime = None
        cached = self._folders.get(key)
        if cached is not None and cached[0] == mtime:
            return cached[1]
        meta: Any = {}
        if mtime is not None:
            with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
                meta = json.loads(path.read_text(encoding="utf-8"))
        meta = meta if isinstance(meta, dict) else {}  # unreadable or not an object: says nothing
        group = key
        if (folder / ADAPTER_CONFIG).is_file():
            try:
                sha = meta["base_identity"]["weights_sha256"]
                if not isinstance(sha, str) or not sha.isalnum() or len(sha) != 64:
                    raise ValueError("not a SHA-256")
            except (ValueError, KeyError, TypeError):
                log.warning("adapter refused: %s: its mimicbird.json does not name its base model", folder.name)
                raise GenerationError(f"the adapter {folder.name!r} is corrupt: it does not say which base "
                                      "model it belongs to") from None
            group = ADAPTER_GROUP + sha
        described = _Folder(group, recorded_cues(meta))
        self._folders[key] = (mtime, described)
        return described

    async def generate(
        self,
        model_dir: Path,
        prompt: str,
        n: int = 1,
        *,
        max_new_tokens: int = 60,
        temperature: float = 1.0,
        top_p: float = 0.95,
        context: Sequence[str] = (),
    ) -> list[str]:
        """``n`` continuations of ``prompt`` (decoded, special tokens skipped, cut at end-of-text).

        ``context``: earlier messages, oldest first, read before the prompt (see ``prompt_ids``).
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
        model = ModelCache.key(model_dir)
        folder = self._folder(model)
        key = _Settings(folder.group, max_new_tokens, float(temperature), float(top_p))
        cues = tuple(self._voices.choice(folder.cues) for _ in range(n)) if folder.cues else ()
        contrasts = tuple(self._voices.choice([c for c in folder.cues if c != cue]) for cue in cues
                          ) if len(set(folder.cues)) > 1 and self.voice_guidance != 1.0 else ()
        request = _Request(model, prompt, n, loop.create_future(), loop.time(), tuple(context), cues, contrasts)
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
            models: set[str] = set()
            rows = 0
            limit = self.adapters.max_adapters  # distinct adapters per call (a full model's group has one)
            while queue and (not batch or rows + queue[0].n <= self.max_batch):
                if queue[0].model not in models and len(models) >= limit:
                    break
                request = queue.pop(0)
                if not request.future.done():  # skip callers that gave up
                    batch.append(request)
                    models.add(request.model)
                    rows += request.n
            if queue:
                self._pending[key] = queue  # the rest waits its turn behind other models
            if not batch:
                continue
            self._running = batch
            try:
                results = await loop.run_in_executor(self._executor, self._run_batch, key, batch)
            except Exception as error:  # noqa: BLE001 - every waiting caller gets the error
                if not isinstance(error, GenerationError):
                    log.exception("generation failed for %s", Path(batch[0].model).name)
                    error = GenerationError(f"generation failed ({type(error).__name__})")
                results = [error] * len(batch)
            for request, result in zip(batch, results, strict=True):
                if request.future.done():
                    continue
                if isinstance(result, BaseException):
                    request.future.set_exception(result)
                else:
                    request.future.set_result(result)

    def _run_batch(self, key: _Settings, batch: list[_Request]) -> list[list[str] | GenerationError]:
        """Worker thread: per request its texts or its refusal, from one ``generate`` call for all rows."""
        if not key.group.startswith(ADAPTER_GROUP):
            texts = self._generate(key, self.cache.get(key.group), _rows(batch))
            return _split(batch, texts)
        prepared = self.adapters.prepare([r.model for r in batch])
        served = [r for r in batch if r.model in prepared.served]
        texts: list[str] = []
        if served and prepared.base is not None and prepared.bank is not None:
            with prepared.bank.rows([r.model for r in served for _ in range(r.n)]):
                texts = self._generate(key, prepared.base, _rows(served))
        results = dict(zip(map(id, served), _split(served, texts), strict=True))
        unserved = GenerationError("the model could not be served; try again")
        return [results[id(r)] if id(r) in results else prepared.refused.get(r.model, unserved) for r in batch]

    def _generate(self, key: _Settings, loaded: LoadedModel, prompts: list[_Row]) -> list[str]:
        """One left-padded ``generate`` call for all prompts (and contexts, voice cues and voice guidance)."""
        import torch

        from trainer.evaluation.sampling import left_padded

        tokenizer, model = loaded.tokenizer, loaded.model
        inputs = [text for prompt, context, cue, contrast in prompts for text in (*context, cue, contrast, prompt)]
        encoded = iter(tokenizer(inputs, add_special_tokens=False)["input_ids"])
        sequences, contrasted = [], []
        for _, context, _, contrast in prompts:
            context_ids = [next(encoded) for _ in context]
            cue_ids, contrast_ids, prompt = next(encoded), next(encoded), next(encoded)
            sequences.append(prompt_ids(loaded.start_id, prompt, context_ids, cue=cue_ids))
            # a row without a contrast is its own: guided towards itself, its distribution is unchanged
            contrasted.append(prompt_ids(loaded.start_id, prompt, context_ids, cue=contrast_ids)
                              if contrast else sequences[-1])
        input_ids, attention_mask = left_padded(sequences, loaded.pad_id)
        guidance: dict[str, Any] = {}
        if any(contrast for *_, contrast in prompts):
            negative_ids, negative_mask = left_padded(contrasted, loaded.pad_id)
            guidance = {"guidance_scale": self.voice_guidance, "negative_prompt_ids": negative_ids.to(model.device),
                        "negative_prompt_attention_mask": negative_mask.to(model.device)}
        processors = [NucleusSampler(key.temperature, key.top_p)] if key.temperature > 0 else []
        width = input_ids.shape[1]
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
                **guidance,
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
        self.adapters.clear()


_Row = tuple[str, tuple[str, ...], str, str]  # prompt, context, voice cue, the cue it is guided away from


def _rows(batch: list[_Request]) -> list[_Row]:
    """A row (prompt, context, voice cue, contrast cue) per sample asked for."""
    return [(r.prompt, r.context, r.cues[i] if r.cues else "", r.contrasts[i] if r.contrasts else "")
            for r in batch for i in range(r.n)]


def _split(batch: list[_Request], texts: list[str]) -> list[list[str] | GenerationError]:
    """Each request's ``n`` texts, in order."""
    out: list[list[str] | GenerationError] = []
    offset = 0
    for request in batch:
        out.append(texts[offset : offset + request.n])
        offset += request.n
    return out
