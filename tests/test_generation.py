"""The generator: batching of concurrent requests, LRU model cache, end-of-text stops, a responsive loop."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest
import torch

from bot.generation.generator import Generator
from bot.generation.model_cache import GenerationError
from bot.generation.sampling import NucleusSampler
from tests.parrot_model import BREAD, STARTER


@pytest.fixture
async def generator():
    gen = Generator(capacity=2, batch_window_ms=25, seed=0)
    yield gen
    await gen.close()


async def test_concurrent_requests_are_batched(generator: Generator, tiny_model_dir: Path) -> None:
    await generator.generate(tiny_model_dir, "warm up", max_new_tokens=2)  # load outside the measurement
    calls = generator.stats.generate_calls
    results = await asyncio.gather(
        *[generator.generate(tiny_model_dir, f"prompt number {i}", max_new_tokens=8) for i in range(16)]
    )
    assert [len(r) for r in results] == [1] * 16
    assert all(isinstance(r[0], str) for r in results)
    assert generator.stats.generate_calls - calls < 4  # 16 requests, one or two generate calls
    assert max(generator.stats.batch_sizes) >= 8
    assert generator.stats.requests == 17


async def test_n_samples_and_max_batch(tiny_model_dir: Path) -> None:
    gen = Generator(max_batch=4, seed=0)
    try:
        results = await asyncio.gather(*[gen.generate(tiny_model_dir, "hi", n=3, max_new_tokens=4) for _ in range(3)])
        assert [len(r) for r in results] == [3, 3, 3]
        assert max(gen.stats.batch_sizes) <= 4  # 3 + 3 > 4: each request gets its own call
        assert await gen.generate(tiny_model_dir, "hi", n=0) == []
    finally:
        await gen.close()


async def test_left_padded_batch_equals_one_at_a_time(tiny_model_dir: Path) -> None:
    """Prompts of different lengths in one batch give the same greedy text as alone (mask + positions)."""
    prompts = ["a", "a much longer prompt with many more words in it", "medium length prompt"]
    gen = Generator(seed=0, dtype=torch.float32)
    try:
        alone = [await gen.generate(tiny_model_dir, p, temperature=0, max_new_tokens=12) for p in prompts]
        together = await asyncio.gather(
            *[gen.generate(tiny_model_dir, p, temperature=0, max_new_tokens=12) for p in prompts]
        )
        assert gen.stats.batch_sizes[-1] == 3
        assert together == alone
    finally:
        await gen.close()


async def test_stops_at_end_of_text(generator: Generator, parrot_dir: Path) -> None:
    # the parrot says one of its two tweets and then emits end-of-text; nothing after it comes back
    greedy = await generator.generate(parrot_dir, "", n=2, temperature=0, max_new_tokens=40)
    assert greedy == [BREAD, BREAD]
    sampled = await generator.generate(parrot_dir, "", n=12, max_new_tokens=40)
    assert set(sampled) == {BREAD, STARTER}
    continued = await generator.generate(parrot_dir, "my sourdough", temperature=0, max_new_tokens=40)
    assert continued == [" starter is alive again today"]


async def test_lru_eviction(tiny_model_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    shutil.copytree(tiny_model_dir, first)
    shutil.copytree(tiny_model_dir, second)
    gen = Generator(capacity=1)
    try:
        await gen.generate(first, "x", max_new_tokens=2)
        assert gen.loaded == [str(first)]
        await gen.generate(second, "x", max_new_tokens=2)
        assert gen.loaded == [str(second)]
        await gen.generate(first, "x", max_new_tokens=2)
        assert gen.cache.loads == 3
    finally:
        await gen.close()

    gen = Generator(capacity=2)
    try:
        for folder in (first, second, first, second, first):
            await gen.generate(folder, "x", max_new_tokens=2)
        assert gen.cache.loads == 2  # both stay loaded
        assert gen.loaded == [str(second), str(first)]  # least recently used first
        gen.evict(first)
        assert gen.loaded == [str(second)]
        await gen.generate(first, "x", max_new_tokens=2)
        assert gen.cache.loads == 3
    finally:
        await gen.close()


async def test_preload_and_shared_tokenizer(tiny_model_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(tiny_model_dir, copy)
    gen = Generator(capacity=2)
    try:
        await gen.preload(tiny_model_dir)
        assert gen.loaded == [str(tiny_model_dir)]
        await gen.preload(copy)
        first, second = (gen.cache.get(folder) for folder in (tiny_model_dir, copy))  # cached: no reload
        assert gen.cache.loads == 2
        assert first.tokenizer is second.tokenizer  # same tokenizer files: parsed once
        assert first.model is not second.model
        with pytest.raises(GenerationError):
            await gen.preload(tmp_path / "missing")
    finally:
        await gen.close()


async def test_replaced_model_folder_is_reloaded(tiny_model_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(tiny_model_dir, folder)
    gen = Generator(capacity=2)
    try:
        await gen.generate(folder, "x", max_new_tokens=2)
        await gen.generate(folder, "x", max_new_tokens=2)
        assert gen.cache.loads == 1
        replacement = tmp_path / "new"  # what a forced retrain does: a new folder renamed into place
        shutil.copytree(tiny_model_dir, replacement)
        shutil.rmtree(folder)
        os.rename(replacement, folder)
        await gen.generate(folder, "x", max_new_tokens=2)
        assert gen.cache.loads == 2
        assert gen.loaded == [str(folder)]
    finally:
        await gen.close()


async def test_requests_for_different_models_are_served_in_turn(
    generator: Generator, tiny_model_dir: Path, parrot_dir: Path
) -> None:
    requests = [
        generator.generate(folder, "", temperature=0, max_new_tokens=20)
        for _ in range(3)
        for folder in (tiny_model_dir, parrot_dir)
    ]
    results = await asyncio.gather(*requests)
    assert results[1::2] == [[BREAD]] * 3
    assert generator.stats.generate_calls == 2
    assert sorted(generator.loaded) == sorted([str(tiny_model_dir), str(parrot_dir)])


async def test_event_loop_stays_responsive(generator: Generator, tiny_model_dir: Path) -> None:
    await generator.generate(tiny_model_dir, "warm up", max_new_tokens=2)
    worst = 0.0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal worst
        while not done.is_set():
            before = time.perf_counter()
            await asyncio.sleep(0.01)
            worst = max(worst, time.perf_counter() - before - 0.01)

    tick = asyncio.create_task(ticker())
    started = time.perf_counter()
    await asyncio.gather(*[generator.generate(tiny_model_dir, f"hello {i}", max_new_tokens=30) for i in range(16)])
    elapsed = time.perf_counter() - started
    done.set()
    await tick
    assert elapsed > 0.2  # the generation really took a while ...
    assert worst < 0.1, f"the event loop stalled {worst * 1000:.0f} ms"  # ... and the loop kept ticking


async def test_bad_model_folder(generator: Generator, tmp_path: Path, tiny_model_dir: Path) -> None:
    with pytest.raises(GenerationError) as info:
        await generator.generate(tmp_path / "missing", "hi")
    assert str(tmp_path) not in str(info.value) and "\n" not in str(info.value)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text("{not json")
    with pytest.raises(GenerationError, match="could not be loaded"):
        await generator.generate(broken, "hi")
    assert await generator.generate(tiny_model_dir, "still works", max_new_tokens=2)


async def test_a_cancelled_caller_does_not_disturb_others(generator: Generator, tiny_model_dir: Path) -> None:
    gone = asyncio.create_task(generator.generate(tiny_model_dir, "bye", max_new_tokens=4))
    stays = asyncio.create_task(generator.generate(tiny_model_dir, "hi", max_new_tokens=4))
    await asyncio.sleep(0)
    gone.cancel()
    assert len(await stays) == 1
    with pytest.raises(asyncio.CancelledError):
        await gone


async def test_close_fails_waiting_requests(tiny_model_dir: Path) -> None:
    gen = Generator(batch_window_ms=500)
    waiting = asyncio.create_task(gen.generate(tiny_model_dir, "hi", max_new_tokens=2))
    await asyncio.sleep(0.01)
    await gen.close()
    with pytest.raises(GenerationError):
        await waiting
    with pytest.raises(GenerationError):
        await gen.generate(tiny_model_dir, "hi")


@pytest.mark.parametrize("candidates", [3, 10])  # 3: most rows sorted in full; 10: within the candidates
def test_nucleus_sampler_matches_the_exact_distribution(candidates: int) -> None:
    torch.manual_seed(0)
    logits = torch.tensor([2.0, 1.5, 1.0, 0.5, 0.0, -0.5, -1.0, -3.0, -4.0, -5.0])
    top_p, temperature = 0.9, 0.8
    probs = torch.softmax(logits / temperature, dim=-1)
    before = probs.cumsum(-1) - probs  # logits are sorted: the nucleus is a prefix
    nucleus = probs * (before < top_p)
    expected = nucleus / nucleus.sum()
    rows = 40000
    scores = NucleusSampler(temperature, top_p, candidates=candidates)(None, logits.repeat(rows, 1))
    assert torch.isfinite(scores).sum(-1).eq(1).all()  # greedy sees exactly one choice per row
    counts = Counter(scores.argmax(-1).tolist())
    for token, p in enumerate(expected.tolist()):
        assert counts[token] / rows == pytest.approx(p, abs=0.01), token
        if p == 0:
            assert counts[token] == 0


def test_nucleus_sampler_without_top_p() -> None:
    torch.manual_seed(0)
    logits = torch.tensor([1.0, 0.0, -1.0])
    scores = NucleusSampler(1.0, 1.0)(None, logits.repeat(30000, 1))
    freq = torch.bincount(scores.argmax(-1), minlength=3).float() / 30000
    assert torch.allclose(freq, torch.softmax(logits, -1), atol=0.01)


def test_prompt_ids_keep_the_newest_messages_within_the_budget() -> None:
    from bot.generation.generator import prompt_ids

    eot = 0
    assert prompt_ids(eot, [7, 8]) == [eot, 7, 8]
    assert prompt_ids(eot, [], [[1, 2], [3]]) == [eot, 1, 2, eot, 3, eot]
    # the oldest whole messages go first; what is kept is at most the budget after the first token
    assert prompt_ids(eot, [], [[1] * 5, [2] * 3, [3] * 2], budget=8) == [eot, 2, 2, 2, eot, 3, 3, eot]
    # the newest message alone too long: its end; a prompt too long: its end, and no context
    assert prompt_ids(eot, [], [[1] * 3, list(range(20))], budget=6) == [eot, 15, 16, 17, 18, 19, eot]
    assert prompt_ids(eot, list(range(10)), [[1]], budget=4) == [eot, 6, 7, 8, 9]


async def test_a_huge_context_is_cut_to_the_prompt_budget(generator: Generator, tiny_model_dir: Path) -> None:
    from transformers import AutoTokenizer

    from bot.generation.generator import MAX_PROMPT_TOKENS, prompt_ids

    context = [f"message {i} " + "words " * 200 for i in range(30)] + ["the newest one"]
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    encoded = [tokenizer(text, add_special_tokens=False)["input_ids"] for text in context]
    ids = prompt_ids(tokenizer.eos_token_id, [], encoded)
    assert len(ids) <= MAX_PROMPT_TOKENS + 1 and tokenizer.decode(ids[:-1]).endswith("<|im_end|>the newest one")
    assert "message 29" in tokenizer.decode(ids) and "message 27 " not in tokenizer.decode(ids)
    [text] = await generator.generate(tiny_model_dir, "", 1, max_new_tokens=4, context=context)
    assert isinstance(text, str)
