"""The bot's generator serving LoRA personas: mixed-adapter batches on one shared base, the adapter LRU,
full models beside adapters, and refusals of bad adapters that leave the others serving."""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch
from transformers import AutoModelForCausalLM

from bot.generation.generator import Generator
from bot.generation.model_cache import GenerationError
from tests.parrot_model import BREAD, STARTER, guided_greedy, train_parrot_adapter

GREEDY = {"temperature": 0.0, "max_new_tokens": 12}


def said(texts: list[str]) -> list[str]:
    return [" ".join(t.split()) for t in texts]


@pytest.fixture(scope="module")
def personas(parrot_dir, tmp_path_factory):
    """Two adapters on the parrot: one trained to say BREAD, one STARTER (the parrot alone says BREAD)."""
    root = tmp_path_factory.mktemp("served")
    cache = root / "cache"
    return SimpleNamespace(
        root=root, cache=cache, base=parrot_dir,
        bread=train_parrot_adapter(parrot_dir, root / "bread", BREAD, cache_dir=cache),
        starter=train_parrot_adapter(parrot_dir, root / "starter", STARTER, cache_dir=cache),
    )


def make_generator(personas, **kwargs) -> Generator:
    options = {"batch_window_ms": 60, "device": "cpu", "dtype": torch.float32, "threads": 1,
               "cache_dir": personas.cache} | kwargs
    return Generator(**options)


async def test_one_generate_call_serves_several_personas_and_a_full_model_beside(personas) -> None:
    gen = make_generator(personas)
    try:
        results = await asyncio.gather(
            gen.generate(personas.bread, "", 1, **GREEDY),
            gen.generate(personas.starter, "", 2, **GREEDY),
            gen.generate(personas.starter, "my sourdough", 1, **GREEDY),  # another length: left padding
            gen.generate(personas.base, "", 1, **GREEDY),  # the parrot as a full model
        )
        assert said(results[0]) == [BREAD]
        assert said(results[1]) == [STARTER, STARTER]
        assert said(results[2])[0].startswith("starter is alive")
        assert said(results[3]) == [BREAD]  # the base alone: the adapter changed the STARTER rows
        # The three adapter requests (4 rows, two personas) were ONE generate call; the full model its own.
        assert gen.stats.generate_calls == 2 and sorted(gen.stats.batch_sizes) == [1, 4]
        assert gen.adapters.loads == 2 and len(gen.adapters.bases) == 1  # one base in memory for both
        assert gen.cache.loaded == [str(personas.base)]
        # The same answers one at a time.
        assert said(await gen.generate(personas.starter, "", 1, **GREEDY)) == [STARTER]
        assert gen.adapters.loads == 2  # still attached: not loaded again
    finally:
        await gen.close()


async def test_adapters_are_evicted_least_recently_used_first(personas) -> None:
    gen = make_generator(personas, max_adapters=1)
    try:
        await gen.preload(personas.starter)  # at start-up, as for the chat's model
        assert gen.loaded == [str(personas.starter)] and gen.adapters.loads == 1
        for persona, text in ((personas.bread, BREAD), (personas.starter, STARTER), (personas.bread, BREAD)):
            assert said(await gen.generate(persona, "", 1, **GREEDY)) == [text]
            assert gen.adapters.attached == [str(persona)]
        assert gen.adapters.loads == 4
        bank = next(iter(gen.adapters.bases.values())).bank  # evicted before the next was stacked: one slot
        assert len(bank) == 1 and bank.nbytes == gen.adapters.adapter_bytes
        # Two personas at once with room for one: two calls, each right.
        both = await asyncio.gather(gen.generate(personas.starter, "", 1, **GREEDY),
                                    gen.generate(personas.bread, "", 1, **GREEDY))
        assert [said(r) for r in both] == [[STARTER], [BREAD]] and gen.stats.batch_sizes[-2:] == [1, 1]
        # /forget: the adapter goes, and with its last persona the base model too.
        gen.evict(personas.bread)
        await gen.generate(personas.base, "", 1, **GREEDY)  # runs after the eviction in the worker
        assert gen.adapters.attached == [] and gen.adapters.bases == {}
    finally:
        await gen.close()

    gen = make_generator(personas, adapter_memory_mb=0.001)  # less than one adapter: keep only the one in use
    try:
        await asyncio.gather(gen.generate(personas.bread, "", 1, **GREEDY),
                             gen.generate(personas.starter, "", 1, **GREEDY))
        assert len(gen.adapters.attached) == 2  # both in use by the batch: kept while it runs
        assert said(await gen.generate(personas.bread, "", 1, **GREEDY)) == [BREAD]
        assert gen.adapters.attached == [str(personas.bread)] and gen.adapters.adapter_bytes > 0
    finally:
        await gen.close()


async def test_a_retrained_persona_is_reloaded(personas, tmp_path) -> None:
    folder = shutil.copytree(personas.bread, tmp_path / "persona")
    gen = make_generator(personas)
    try:
        assert said(await gen.generate(folder, "", 1, **GREEDY)) == [BREAD]
        retrained = shutil.copytree(personas.starter, tmp_path / "retrained")
        shutil.rmtree(folder)
        retrained.rename(folder)  # as the bot installs a forced retrain: a new folder renamed into place
        assert said(await gen.generate(folder, "", 1, **GREEDY)) == [STARTER]
        assert gen.adapters.loads == 2 and len(gen.adapters.attached) == 1
    finally:
        await gen.close()


def _damage(folder: Path, how: str) -> Path:
    if how == "flipped":
        weights = folder / "adapter_model.safetensors"
        data = bytearray(weights.read_bytes())
        data[len(data) // 2] ^= 0x01
        weights.write_bytes(bytes(data))
    elif how == "no-base-identity":
        meta = json.loads((folder / "mimicbird.json").read_text())
        del meta["base_identity"]
        (folder / "mimicbird.json").write_text(json.dumps(meta))
    elif how == "missing-base":  # a base this machine has never seen (other weights)
        meta = json.loads((folder / "mimicbird.json").read_text())
        meta["base_identity"]["weights_sha256"] = "ab" * 32
        (folder / "mimicbird.json").write_text(json.dumps(meta))
    return folder


async def test_bad_adapters_are_refused_in_one_line_and_the_others_keep_serving(personas, tmp_path, caplog) -> None:
    from tests.test_lora import _random_adapter

    bad = {how: _damage(shutil.copytree(personas.starter, tmp_path / how), how)
           for how in ("flipped", "no-base-identity", "missing-base")}
    # An adapter for another architecture whose metadata claims the parrot as its base.
    from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

    from trainer.base_model import base_identity

    gpt2_dir = tmp_path / "gpt2-base"
    GPT2LMHeadModel(GPT2Config(vocab_size=len(AutoTokenizer.from_pretrained(personas.base)), n_embd=32, n_layer=2,
                               n_head=2)).save_pretrained(gpt2_dir)
    AutoTokenizer.from_pretrained(personas.base).save_pretrained(gpt2_dir)
    parrot = base_identity(str(personas.base), personas.base, personas.cache)
    bad["gpt2"] = _random_adapter(gpt2_dir, tmp_path / "gpt2", personas.cache, identity=parrot)
    expected = {"flipped": "does not match its checksum", "no-base-identity": "does not say which base model",
                "missing-base": "not on this machine", "gpt2": "is for another architecture"}

    gen = make_generator(personas)
    caplog.set_level(logging.WARNING)
    try:
        results = await asyncio.gather(
            gen.generate(personas.bread, "", 1, **GREEDY),
            *(gen.generate(folder, "", 1, **GREEDY) for folder in bad.values()),
            gen.generate(personas.starter, "", 1, **GREEDY),
            return_exceptions=True,
        )
        assert said(results[0]) == [BREAD] and said(results[-1]) == [STARTER]
        for (how, folder), result in zip(bad.items(), results[1:-1], strict=True):
            assert isinstance(result, GenerationError), (how, result)
            text = str(result)
            assert expected[how] in text and "\n" not in text and str(tmp_path) not in text, text
            assert any("adapter refused" in r.getMessage() and folder.name in r.getMessage() for r in caplog.records)
        assert gen.stats.batch_sizes.count(2) == 1  # the two good personas still shared one call
        assert said(await gen.generate(personas.starter, "", 1, **GREEDY)) == [STARTER]  # and keep serving
        with pytest.raises(GenerationError, match="does not match its checksum"):
            await gen.preload(bad["flipped"])
    finally:
        await gen.close()


async def test_say_speaks_through_adapters_and_refuses_a_bad_one_in_one_line(personas, tmp_path) -> None:
    """/say through the command core (scheduled posts call the same ``Speaker.say``)."""
    from bot.app import build_services
    from tests.bot_helpers import ADMIN, FakeConversation, install_model, make_settings

    settings = make_settings(tmp_path / "data", personas.base, cache_dir=personas.cache, scheduling=False,
                             temperature=0.0, batch_window_ms=60, max_new_tokens=12)
    bot = build_services(settings)
    await bot.start()
    try:
        from trainer.fingerprints import save_fingerprints

        install_model(settings, bot.store, personas.bread)  # its fingerprints hold BREAD: a copy, never posted
        for name, folder in (("bread2", personas.bread), ("starter", personas.starter)):  # other fingerprints
            save_fingerprints(install_model(settings, bot.store, folder, name=name).folder, ["another tweet entirely"])
        install_model(settings, bot.store, _damage(shutil.copytree(personas.starter, tmp_path / "broken"), "flipped"),
                      name="broken")

        async def say(text: str) -> FakeConversation:
            conversation = FakeConversation()
            await bot.core.handle_text(ADMIN, text, conversation)
            return conversation

        bread2, starter, broken, bread = await asyncio.gather(
            say("/say bread2"), say("/say starter"), say("/say broken"), say("/say bread"))
        assert bread2.last.kind == "samples", bread2.last.text
        assert BREAD in " ".join(bread2.last.samples[0].split())
        assert starter.last.kind == "samples" and STARTER in " ".join(starter.last.samples[0].split())
        assert broken.last.kind == "error" and "\n" not in broken.last.text
        assert "can't speak right now" in broken.last.text and "does not match its checksum" in broken.last.text
        assert bread.last.kind == "error" and "couldn't write anything new" in bread.last.text
        assert bot.generator.stats.batch_sizes[0] == 3  # bread2, starter and bread: one generate call
        post = await bot.speaker.say(settings.models_dir / "starter", "", 1)  # what a scheduled post does
        assert STARTER in " ".join(post[0].split())
    finally:
        await bot.close()


async def test_train_makes_what_auto_picks_and_say_serves_it(tiny_model_dir, tmp_path, monkeypatch) -> None:
    """/train with no method: the trainer's ``auto`` (the measured winner, trainer/lora.py) decides the form."""
    from bot.app import build_services
    from tests.bot_helpers import ADMIN, FakeConversation, make_settings
    from trainer.lora import choose_method, device_memory_bytes

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")
    settings = make_settings(tmp_path / "data", tiny_model_dir, cache_dir=tmp_path / "cache", scheduling=False)
    bot = build_services(settings)
    await bot.start()
    try:
        conversation = FakeConversation()
        await bot.core.handle_text(ADMIN, "/train @mb_lena_bakes", conversation)
        final = await conversation.wait_final(300)
        assert final.kind == "model", final.text
        folder = settings.models_dir / "mb_lena_bakes"
        meta = json.loads((folder / "mimicbird.json").read_text())
        n_params = sum(p.numel() for p in AutoModelForCausalLM.from_pretrained(tiny_model_dir).parameters())
        expected = choose_method("auto", n_params, "cpu", device_memory_bytes("cpu"))[0]
        assert meta["method"] == expected
        assert (folder / "adapter_config.json").is_file() == (expected == "lora")
        assert (folder / "model.safetensors").is_file() == (expected == "full")
        said = FakeConversation()
        await bot.core.handle_text(ADMIN, "/say My dream is", said)
        assert said.last.kind == "samples" and said.last.samples[0].startswith("My dream is")
        if expected == "lora":
            assert bot.generator.adapters.attached == [str(folder)] and bot.generator.cache.loaded == []
    finally:
        await bot.close()


@pytest.mark.parametrize("rank", [10**7, 0, "16"])
async def test_a_hostile_rank_is_refused_before_peft_allocates_it(personas, tmp_path, rank) -> None:
    folder = shutil.copytree(personas.bread, tmp_path / "huge")
    config = json.loads((folder / "adapter_config.json").read_text())
    (folder / "adapter_config.json").write_text(json.dumps(config | {"r": rank}))
    gen = make_generator(personas)
    try:
        with pytest.raises(GenerationError, match="its rank is not between 1 and 1024"):
            await gen.generate(folder, "", 1, **GREEDY)
        assert said(await gen.generate(personas.bread, "", 1, **GREEDY)) == [BREAD]
    finally:
        await gen.close()


async def test_loading_a_base_for_personas_draws_no_progress_bar(personas, capfd) -> None:
    """The console and the log get the pool's one-line message, not transformers' "Loading weights" bar."""
    from transformers.utils import logging as hf_logging

    hf_logging.enable_progress_bar()  # as a fresh process has it
    gen = make_generator(personas)
    try:
        assert said(await gen.generate(personas.bread, "", 1, **GREEDY)) == [BREAD]
        assert gen.adapters.loads == 1 and not gen.cache.loaded  # served through the pool alone
    finally:
        await gen.close()
    assert "Loading weights" not in capfd.readouterr().err


async def test_a_blend_persona_is_guided_beside_a_single_one_in_the_same_batch(personas) -> None:
    """A cued blend adapter's rows are guided away from its other voice (through the bank's per-row adapters
    in the negative pass too); a single persona's rows in the same generate call are not guided."""
    from trainer.adapters import load_for_inference
    from trainer.voices import cue_ids, cues_for

    cues = cues_for(["bread", "starter"])
    blend = train_parrot_adapter(personas.base, personas.root / "blend", [BREAD, STARTER], steps=30,
                                 cache_dir=personas.cache, cues=cues)
    context = ("what is in the oven?",)
    gen = make_generator(personas, seed=1)
    try:
        blended, single = await asyncio.gather(gen.generate(blend, "", 8, context=context, **GREEDY),
                                               gen.generate(personas.bread, "", 2, context=context, **GREEDY))
        assert gen.stats.generate_calls == 1
    finally:
        await gen.close()

    def greedy(folder: Path, asked: str, other: str, scale: float | None = None) -> str:
        model, tokenizer = load_for_inference(folder, personas.cache, dtype=torch.float32)
        eot = tokenizer.eos_token_id
        row = [eot, *tokenizer(context[0], add_special_tokens=False)["input_ids"], eot]
        text = guided_greedy(model.eval(), tokenizer, [*row, *cue_ids(tokenizer, asked)],
                             [*row, *cue_ids(tokenizer, other)], scale, max_new_tokens=GREEDY["max_new_tokens"])
        return " ".join(text.split())

    guided = {greedy(blend, cues[0], cues[1]), greedy(blend, cues[1], cues[0])}
    assert set(said(blended)) == guided
    assert guided != {greedy(blend, cues[0], cues[1], 1.0), greedy(blend, cues[1], cues[0], 1.0)}
    assert said(single) == [greedy(personas.bread, "", "", 1.0)] * 2
