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
- Every prompt starts after an end-of-text token: the trainer joins tweets with it, so this is where a
  tweet begins, and an empty prompt yields a fresh tweet. A ``context`` (the messages a reply answers, oldest
  first) goes before it as earlier "tweets", each after its own end-of-text token, so the model reads them as
  the posts that came before the one it writes (``prompt_ids``); the whole input is at most
  ``MAX_PROMPT_TOKENS``, the oldest messages dropped first.
- Torch uses half the cores (1 here): the trainer subprocess runs beside the bot, and with 2 threads on 2 busy
  cores a decode step took 2-3x longer than with 1. The models come from ``ModelCache`` (``model_cache.py``),
  sampling is ``NucleusSampler`` (``sampling.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.generation.model_cache import GenerationError, ModelCache, default_threads
from bot.generation.sampling import NucleusSampler

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
    context: tuple[str, ...] = ()


def prompt_ids(start_id: int, prompt: list[int], context: Sequence[list[int]] = (),
               budget: int = MAX_PROMPT_TOKENS) -> list[int]:
    """The model's input: ``<eot> context... <eot> prompt``, at most ``budget`` tokens after the first.

    Each context message (oldest first) is one earlier "tweet" after its own end-of-text token. What does not
    fit is dropped from the start: whole messages, oldest first, except that the newest message keeps its end
    when it alone is too long; a prompt longer than the budget keeps its end.
    """
    ids = prompt[-budget:]
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
        key = _Settings(ModelCache.key(model_dir), max_new_tokens, float(temperature), float(top_p))
        request = _Request(prompt, n, loop.create_future(), loop.time(), tuple(context))
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
            prompts = [(r.prompt, r.context) for r in batch for _ in range(r.n)]
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

    def _run_batch(self, key: _Settings, prompts: list[tuple[str, tuple[str, ...]]]) -> list[str]:
        """Worker thread: one left-padded ``generate`` call for all prompts (and contexts) of one model."""
        import torch

        loaded = self.cache.get(key.model)
        tokenizer, model = loaded.tokenizer, loaded.model
        inputs = [text for prompt, context in prompts for text in (*context, prompt)]
        encoded = iter(tokenizer(inputs, add_special_tokens=False)["input_ids"])
        sequences = []
        for _, context in prompts:
            context_ids = [next(encoded) for _ in context]
            sequences.append(prompt_ids(loaded.start_id, next(encoded), context_ids))
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
