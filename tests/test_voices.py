"""Voice cues (trainer/voices.py): a blend is trained with each tweet after its account's cue, and the bot and
the evaluation ask for each voice equally often."""

from __future__ import annotations

import json
import math
import shutil
from collections import Counter
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from bot.generation.generator import Generator, _Settings, prompt_ids
from tests.parrot_model import BREAD, STARTER, guided_greedy
from trainer.base_model import embedded_tokenizer_dir
from trainer.dataset import build_training_data
from trainer.errors import TrainerError
from trainer.evaluation.metrics import held_out_loss
from trainer.evaluation.report import AccountTexts, evaluate_fidelity
from trainer.evaluation.sampling import SampleSettings, draw_samples, tweet_text
from trainer.evaluation.table import fidelity_rows
from trainer.voices import (
    GUIDANCE_SCALE,
    METADATA_KEY,
    contrast_cues,
    cue_ids,
    cues_for,
    even_cues,
    recorded_cues,
)

CUES = ["@bread\n", "@starter\n"]


def test_every_account_has_a_cue() -> None:
    assert cues_for(["mb_astro_ivo", "mb_lena_bakes"]) == ["@mb_astro_ivo\n", "@mb_lena_bakes\n"]
    assert cues_for(["mb_lena_bakes"]) == ["@mb_lena_bakes\n"]
    assert even_cues(["a", "b", "c"], 7) == ["a", "b", "c", "a", "b", "c", "a"]
    assert even_cues([], 2) == ["", ""]


@pytest.mark.parametrize("recorded", [None, "@a\n", [], ["@a\n", 3], ["@a\n", ""], ["@a\n", "x" * 303],
                                      {"a": "@a\n"}, ["@a\n", ["@b\n"]], ["@a\n"] * 65])
def test_a_damaged_record_of_cues_is_ignored(recorded) -> None:
    assert recorded_cues({METADATA_KEY: recorded}) == ()
    assert recorded_cues({}) == ()
    assert recorded_cues({METADATA_KEY: CUES}) == tuple(CUES)
    assert recorded_cues({METADATA_KEY: ["@lena\n"]}) == ("@lena\n",)


def test_each_tweet_of_a_blend_starts_with_its_accounts_cue() -> None:
    tokenizer = AutoTokenizer.from_pretrained(embedded_tokenizer_dir())
    eos = tokenizer.eos_token
    a = [f"alpha says {i} things" for i in range(30)]
    b = [f"beta writes {i} words" for i in range(12)]
    data = build_training_data([("a", a), ("b", b)], tokenizer, block_size=16, epochs=1, seed=3, cues=cues_for("ab"))
    stream = tokenizer.decode(data.epochs[0].flatten().tolist())
    tweets = stream.split(eos)[:-1]  # the last one may be cut by the block
    assert len(tweets) > 30
    assert all(t.startswith("@a\nalpha says ") or t.startswith("@b\nbeta writes ") for t in tweets), tweets[:4]
    assert {t[:2] for t in tweets} == {"@a", "@b"}
    val = tokenizer.decode(data.val[0].flatten().tolist()).split(eos)[:-1]
    assert val and all(t.startswith("@a\nalpha") or t.startswith("@b\nbeta") for t in val)

    alone = build_training_data([("a", a)], tokenizer, block_size=16, epochs=1, seed=3, cues=cues_for("a"))
    assert all(t.startswith("@a\nalpha says ") for t in tokenizer.decode(alone.epochs[0].flatten().tolist()).split(eos)[:-1])
    plain = build_training_data([("a", a)], tokenizer, block_size=16, epochs=1, seed=3)  # --no-voice-cues
    assert "@" not in tokenizer.decode(plain.epochs[0].flatten().tolist())
    with pytest.raises(TrainerError, match="3 voice cues for 2 accounts"):
        build_training_data([("a", a), ("b", b)], tokenizer, block_size=16, epochs=1, seed=3, cues=["@a", "@b", "@c"])


def test_prompt_ids_keep_the_cue_whole_before_the_prompt() -> None:
    eot = 0
    assert prompt_ids(eot, [7, 8], [[1, 2]], cue=[5, 6]) == [eot, 1, 2, eot, 5, 6, 7, 8]
    assert prompt_ids(eot, list(range(10, 20)), [[1, 2]], budget=5, cue=[5, 6]) == [eot, 5, 6, 17, 18, 19]
    assert prompt_ids(eot, [], cue=[5]) == [eot, 5]
    assert prompt_ids(eot, [1, 2, 3], cue=[5, 6], budget=2) == [eot, 5, 6]  # no room left: the cue alone
    assert prompt_ids(eot, [1, 2, 3], cue=[5, 6, 7], budget=2) == [eot, 5, 6, 7]  # a cue is never cut


def test_the_longest_handle_makes_a_cue_that_is_read_back() -> None:
    longest = "a" * 30 + "@" + ".".join(["b" * 62] * 4)[:245] + ".social"  # 283 characters, a Mastodon address
    cues = cues_for([longest, "lena"])
    assert recorded_cues({METADATA_KEY: cues}) == tuple(cues)


async def test_the_bot_speaks_each_voice_of_a_cued_blend_about_equally(cued_parrot_dir: Path, tmp_path: Path) -> None:
    gen = Generator(seed=1, dtype=torch.float32)
    try:
        texts = await gen.generate(cued_parrot_dir, "", n=40, temperature=0, max_new_tokens=30)
        counts = Counter(texts)
        assert set(counts) == {BREAD, STARTER}, counts  # the cue is read, never written
        assert min(counts.values()) >= 10, counts  # random per row, each voice as likely
        # a reply: the context first, then the cue, each row guided away from the other voice (the parrot was
        # never trained on a context, so there the two voices differ, and so do guided and unguided replies)
        replies = await gen.generate(cued_parrot_dir, "", n=8, temperature=0, max_new_tokens=30,
                                     context=("what is in the oven?",))
        model, tokenizer = _load(cued_parrot_dir)
        eot = tokenizer.eos_token_id
        context = [tokenizer("what is in the oven?", add_special_tokens=False)["input_ids"]]
        bread, starter = (prompt_ids(eot, [], context, cue=cue_ids(tokenizer, cue)) for cue in CUES)
        guided = {guided_greedy(model, tokenizer, bread, starter), guided_greedy(model, tokenizer, starter, bread)}
        assert set(replies) == guided, replies  # each voice, guided, and both voices asked for
        unguided = {guided_greedy(model, tokenizer, bread, starter, scale=1.0),
                    guided_greedy(model, tokenizer, starter, bread, scale=1.0)}
        assert guided != unguided
        plain_gen = Generator(seed=1, dtype=torch.float32, voice_guidance=1.0)  # MIMICBIRD_VOICE_GUIDANCE=1
        try:
            assert set(await plain_gen.generate(cued_parrot_dir, "", n=8, temperature=0, max_new_tokens=30,
                                                context=("what is in the oven?",))) == unguided
        finally:
            await plain_gen.close()

        plain = tmp_path / "uncued"
        shutil.copytree(cued_parrot_dir, plain)
        (plain / "mimicbird.json").write_text(json.dumps({"handles": ["bread", "starter"]}))
        uncued = await gen.generate(plain, "", n=4, temperature=0, max_new_tokens=30)
        assert all(text.startswith("@") for text in uncued)  # no cue recorded: none given, the model writes one

        # the cues are re-read when the record changes
        (plain / "mimicbird.json").write_text(json.dumps({"handles": ["bread", "starter"], METADATA_KEY: CUES}))
        assert set(await gen.generate(plain, "", n=12, temperature=0, max_new_tokens=30)) == {BREAD, STARTER}
        # a damaged record (a full model's folder may come from an upload): served, without cues
        (plain / "mimicbird.json").write_text('{"voice_cues": ["@bread\\n", "' + "x" * 10_000 + '"]}')
        assert all(t.startswith("@") for t in await gen.generate(plain, "", n=2, temperature=0, max_new_tokens=30))
    finally:
        await gen.close()


def _load(folder: Path):
    return AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval(), AutoTokenizer.from_pretrained(folder)


def test_each_voice_is_guided_away_from_another() -> None:
    assert contrast_cues(CUES, [CUES[0], CUES[1], CUES[0]]) == [CUES[1], CUES[0], CUES[1]]
    three = ["@a\n", "@b\n", "@c\n"]
    assert contrast_cues(three, three) == ["@b\n", "@c\n", "@a\n"]
    assert contrast_cues(["@a\n"], ["@a\n"]) == [""]  # one voice: nothing to be guided away from
    assert contrast_cues(CUES, ["", "@x\n"]) == ["", ""]


async def test_in_one_batch_a_row_without_a_voice_to_avoid_is_not_guided(cued_parrot_dir: Path) -> None:
    """Adapters of one base share a batch: a blend's rows are guided, a single voice's rows in it are not."""
    model, tokenizer = _load(cued_parrot_dir)
    eot = tokenizer.eos_token_id
    context = ("what is in the oven?",)
    bread, starter = (prompt_ids(eot, [], [tokenizer(context[0], add_special_tokens=False)["input_ids"]],
                                 cue=cue_ids(tokenizer, cue)) for cue in CUES)
    key = _Settings(str(cued_parrot_dir), max_new_tokens=30, temperature=0.0, top_p=0.95)
    rows = [("", context, CUES[0], CUES[1]), ("", context, CUES[0], ""), ("", context, CUES[1], CUES[0])]
    gen = Generator(dtype=torch.float32)
    try:
        texts = gen._generate(key, gen.cache.get(cued_parrot_dir), rows)  # the worker's call, made here
    finally:
        await gen.close()
    assert texts == [guided_greedy(model, tokenizer, bread, starter),
                     guided_greedy(model, tokenizer, bread, starter, scale=1.0),
                     guided_greedy(model, tokenizer, starter, bread)]
    assert texts[0] != texts[1]


def test_the_evaluation_samples_with_voice_guidance(cued_parrot_dir: Path) -> None:
    """Rows of different lengths that stop at different steps, guided in one batch, as one at a time."""
    model, tokenizer = _load(cued_parrot_dir)
    eot = tokenizer.eos_token_id
    prompts = ["", "what is in the oven?", "today"]
    greedy = SampleSettings(temperature=0.0, max_new_tokens=30)
    samples = [text for _, text in draw_samples(model, tokenizer, prompts, 2, 0, greedy, cues=CUES)]
    bread, starter = (cue_ids(tokenizer, cue) for cue in CUES)
    expected, unguided = [], []
    for prompt in prompts:
        ids = tokenizer(prompt, add_special_tokens=False)["input_ids"] if prompt else []
        for asked, other in ((bread, starter), (starter, bread)):
            row = [[eot, *cue, *ids] for cue in (asked, other)]
            expected.append(tweet_text(prompt, guided_greedy(model, tokenizer, *row)))
            unguided.append(tweet_text(prompt, guided_greedy(model, tokenizer, *row, scale=1.0)))
    assert samples == expected
    assert expected != unguided  # the test can tell guidance from none
    plain = [text for _, text in draw_samples(model, tokenizer, prompts, 2, 0, greedy, cues=CUES, guidance=1.0)]
    assert plain == unguided


def test_the_evaluation_asks_for_each_voice_in_turn_and_scores_after_the_cue(cued_parrot_dir: Path,
                                                                           tiny_model_dir: Path, tmp_path: Path) -> None:
    model, tokenizer = _load(cued_parrot_dir)
    greedy = SampleSettings(temperature=0.0, max_new_tokens=30)
    samples = [text for _, text in draw_samples(model, tokenizer, [""], 6, 0, greedy, cues=CUES)]
    assert samples == [BREAD, STARTER] * 3

    bread, starter = (cue_ids(tokenizer, cue) for cue in CUES)
    assert held_out_loss(model, tokenizer, [BREAD], prefix=bread) < held_out_loss(model, tokenizer, [BREAD], prefix=starter)

    accounts = [AccountTexts("bread", train=[BREAD, "the oven is hot and the loaf is rising"], val=[BREAD]),
                AccountTexts("starter", train=[STARTER, "my starter bubbles all night long in the jar"], val=[STARTER])]
    options = {"base_dir": tiny_model_dir, "base_name": "tiny", "prompts": [""], "per_prompt": 16,
               "settings": SampleSettings(max_new_tokens=30), "cache_dir": tmp_path}
    cued = evaluate_fidelity(model, tokenizer, accounts, cues=CUES, **options)
    assert cued.split == {"bread": 0.5, "starter": 0.5}
    assert cued.voice_match == {"bread": 1.0, "starter": 1.0}  # each voice recognised when asked for
    row = dict(fidelity_rows(cued.as_dict()))["Blend split"]
    assert "recognised as itself: @bread 100%, @starter 100%" in row
    base, _ = _load(tiny_model_dir)  # the base model is scored after the same cue (a cue alone helps it too)
    assert cued.perplexity["bread"]["base"] == pytest.approx(math.exp(held_out_loss(base, tokenizer, [BREAD], prefix=bread)),
                                                             rel=1e-3)
    uncued = evaluate_fidelity(model, tokenizer, accounts, **options)
    assert cued.perplexity["bread"]["model"] < uncued.perplexity["bread"]["model"]
    assert uncued.perplexity["bread"]["base"] == pytest.approx(math.exp(held_out_loss(base, tokenizer, [BREAD])), rel=1e-3)
    assert uncued.voice_match is None and "recognised" not in dict(fidelity_rows(uncued.as_dict()))["Blend split"]



def test_a_trained_blend_records_its_cues_in_folder_and_card(tiny_model_dir: Path, tmp_path: Path) -> None:
    from trainer.pipeline import TrainConfig, run

    options = {"handles": ["mb_astro_ivo", "mb_lena_bakes"], "source": "sample", "base_model": str(tiny_model_dir),
               "epochs": 1, "max_steps": 1, "samples": 2, "block_size": 32, "method": "full", "evaluate": False}
    run(TrainConfig(output=tmp_path / "cued", **options))
    meta = json.loads((tmp_path / "cued" / "mimicbird.json").read_text())
    assert meta[METADATA_KEY] == ["@mb_astro_ivo\n", "@mb_lena_bakes\n"]
    assert "voice cue (`@mb_astro_ivo`, `@mb_lena_bakes`" in (tmp_path / "cued" / "README.md").read_text()



def test_the_command_line_can_leave_the_cues_out() -> None:
    from trainer.cli import build_parser, config_from_args

    assert config_from_args(build_parser().parse_args(["a", "b"])).voice_cues is True
    assert config_from_args(build_parser().parse_args(["a", "b", "--no-voice-cues"])).voice_cues is False


def test_the_voice_guidance_setting_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from bot.settings import Settings

    assert Settings(_env_file=None).voice_guidance == GUIDANCE_SCALE
    monkeypatch.setenv("MIMICBIRD_VOICE_GUIDANCE", "1")
    assert Settings(_env_file=None).voice_guidance == 1.0
    for bad in ("0.5", "11", "nan", "lots"):  # below 1 would pull towards the other voice
        monkeypatch.setenv("MIMICBIRD_VOICE_GUIDANCE", bad)
        with pytest.raises(ValidationError):
            Settings(_env_file=None)
