"""Voice fidelity (trainer/evaluation): sampling, the measures, the judge, the card table, mimicbird.json, eval."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from tests.parrot_model import BREAD, STARTER
from tests.test_cli import FAST, ROOT, json_lines, trainer_env
from trainer.cli import main
from trainer.evaluation import SCHEMA
from trainer.evaluation.metrics import CopyDetector, distinct_2, distinct_2_pair, held_out_loss, mean_chars
from trainer.evaluation.report import AccountTexts, Fidelity, evaluate_fidelity
from trainer.evaluation.sampling import SampleSettings, draw_samples, next_tokens
from trainer.evaluation.style import StyleJudge
from trainer.evaluation.table import fidelity_rows, format_text_table

FIDELITY_KEYS = {
    "schema", "style_match", "judge_real", "judge_base", "split", "split_judge_accuracy", "perplexity", "distinct2",
    "real_distinct2", "mean_chars", "real_mean_chars", "copies", "copies_after_filter", "filtered", "samples",
    "prompts", "seed", "base_model", "seconds", "voice_match",
}
BREAD_TWEETS = [
    "fresh rye loaf out of the oven, the crust crackled for ten minutes",
    "my kitchen smells like toasted sesame and warm butter this morning",
    "tried a new hydration for the baguettes and the crumb is so open",
    "the neighbours got the extra focaccia again, rosemary and sea salt",
    "proofing baskets drying on the windowsill after a long baking day",
    "a slow overnight ferment makes the best sandwich loaf, every time",
    "scored the boule with a leaf pattern and it opened up beautifully",
    "cinnamon rolls for the bake sale, two trays gone in an hour",
    "my oven runs hot so the bagels got a little too dark today",
    "kneading by hand is my favourite way to think about nothing",
    "the sourdough class went well, everyone took home a jar of starter",
    "whole wheat and honey loaf, soft enough for the kids to love it",
    "burnt my wrist on the dutch oven again, worth it for that crust",
    "baking bread at dawn while the street is still asleep outside",
]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The trainer CLI with one thread: a CPU that other processes keep busy made 2 threads many times slower."""
    return subprocess.run([sys.executable, "-m", "trainer", *args], capture_output=True, text=True, timeout=900,
                          env=trainer_env() | {"OMP_NUM_THREADS": "1"}, cwd=ROOT)


def _load(folder):
    return AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32), AutoTokenizer.from_pretrained(folder)


def test_copy_detector_finds_eight_word_spans_and_whole_tweets():
    detector = CopyDetector(["one two three four five six seven eight nine", "Short tweet here"])
    assert detector.copies("Well: ONE two three four five six seven eight, said he")
    assert not detector.copies("one two three four five six seven and more")  # 7 words in a row
    assert detector.copies("short tweet, here!")  # a whole training tweet, however short
    assert not detector.copies("a short tweet here again") and not detector.copies("")


def test_distinct_bigrams_and_lengths():
    assert distinct_2(["a b c", "a b c"]) == 0.5 and distinct_2(["a", ""]) == 0.0
    samples, real = ["x y z"] * 10, [f"w{i} v{i} u{i}" for i in range(30)]
    mine, theirs = distinct_2_pair(samples, real, seed=1)
    assert mine == 0.1 and theirs == 1.0  # compared on 10 texts each
    assert mean_chars(["ab", "abcd"]) == 3.0 and mean_chars([]) == 0.0


def test_style_judge_tells_clearly_different_voices_apart():
    dev = [f"ugh, deploy {i} broke prod again. the pager is my only friend. {w}"
           for i, w in enumerate(["yaml", "kubernetes", "oncall", "jira", "flaky tests", "legacy php"] * 4)]
    astro = [f"CLEAR SKIES tonight!! Saturn's rings at {i}x magnification, {w}!"
             for i, w in enumerate(["Jupiter rising", "the Moon", "Orion", "a comet", "the Pleiades", "Mars"] * 4)]
    judge = StyleJudge(seed=0).fit(dev + astro, ["dev"] * len(dev) + ["astro"] * len(astro))
    unseen = judge.cross_fitted(([], []), (dev + astro, ["dev"] * len(dev) + ["astro"] * len(astro)))
    assert unseen == ["dev"] * len(dev) + ["astro"] * len(astro)  # each text judged by a judge that never saw it
    shares = judge.shares(["ugh, the deploy broke prod again. pager.", "so tired of yaml and flaky tests"])
    assert shares == {"astro": 0.0, "dev": 1.0}
    assert judge.shares(["CLEAR SKIES!! Jupiter and the Moon tonight!"])["astro"] == 1.0


def test_nucleus_sampling_keeps_to_the_nucleus_also_when_the_candidates_hold_too_little():
    generator = torch.Generator().manual_seed(0)
    peaked = torch.full((64, 1000), -10.0)
    peaked[:, 7] = 10.0
    assert (next_tokens(peaked, 1.0, 0.95, generator) == 7).all()
    assert (next_tokens(peaked, 0.0, 0.95, generator) == 7).all()  # temperature 0: greedy
    flat = torch.arange(1000, dtype=torch.float32).repeat(64, 1) * 1e-3  # the top 256 hold ~27% of the mass
    picked = next_tokens(flat, 1.0, 0.5, generator)
    assert picked.min() >= 400 and (picked < 744).any()  # beyond the 256 candidates, inside the top half


def test_nucleus_sampling_finds_each_rows_nucleus_in_a_mixed_batch():
    """Rows whose nucleus fits the first 256 candidates, the next 4096, or only the whole vocabulary, in one batch."""
    vocab, rows = 20_000, 200
    ranks = torch.arange(vocab, dtype=torch.float32)
    shapes = {
        "peaked": -ranks * 0.5,  # a handful of tokens hold 95%
        "middle": -ranks * 2e-3,  # ~1500 tokens hold 95%: beyond 256, within 4096
        "flat": -ranks * 1e-5,  # ~19000 tokens: only the whole vocabulary
    }
    order = ["flat", "peaked", "middle", "peaked", "flat", "middle"] * (rows // 6) + ["middle"] * (rows % 6)
    permutations = [torch.randperm(vocab, generator=torch.Generator().manual_seed(i)) for i in range(len(order))]
    logits = torch.stack([shapes[name][perm.argsort()] for name, perm in zip(order, permutations, strict=True)])
    picked = next_tokens(logits, 1.0, 0.95, torch.Generator().manual_seed(1))
    for row, name in enumerate(order):  # the nucleus by a full sort: tokens ranked where the mass above < 95%
        probs, index = torch.softmax(logits[row], -1).sort(descending=True)
        nucleus = index[(probs.cumsum(-1) - probs) < 0.95]
        assert picked[row] in nucleus, (row, name)
    rank_of = [int(perm.argsort()[token]) for perm, token in zip(permutations, picked.tolist(), strict=True)]
    assert max(r for r, name in zip(rank_of, order, strict=True) if name == "middle") > 256
    assert max(r for r, name in zip(rank_of, order, strict=True) if name == "flat") > 4096
    assert max(r for r, name in zip(rank_of, order, strict=True) if name == "peaked") < 10


def test_sampling_is_reproducible_and_ends_at_end_of_text(parrot_dir):
    model, tokenizer = _load(parrot_dir)
    settings = SampleSettings(max_new_tokens=24)
    first = draw_samples(model, tokenizer, [""], 8, seed=3, settings=settings, batch_rows=3)
    assert first == draw_samples(model, tokenizer, [""], 8, seed=3, settings=settings, batch_rows=3)
    assert {text for _, text in first} <= {BREAD, STARTER} and len({text for _, text in first}) == 2
    prompted = draw_samples(model, tokenizer, ["So"], 2, seed=3, settings=settings)
    assert all(prompt == "So" and text.startswith("So") for prompt, text in prompted)


def test_held_out_loss_is_low_on_what_the_model_learnt(parrot_dir):
    model, tokenizer = _load(parrot_dir)
    assert held_out_loss(model, tokenizer, [BREAD, STARTER]) < held_out_loss(model, tokenizer, BREAD_TWEETS[:2]) - 2


def test_a_parrot_copies_sounds_like_its_tweets_and_the_base_samples_are_cached(parrot_dir, tiny_model_dir, tmp_path):
    model, tokenizer = _load(parrot_dir)
    account = AccountTexts("parrot", train=[BREAD, STARTER, *BREAD_TWEETS[:10]], val=BREAD_TWEETS[10:])
    # the judge: 12 English tweets against a random model's tokens; the parrot says two training tweets
    lines: list[str] = []
    options = dict(base_dir=tiny_model_dir, base_name="tiny", prompts=[""], per_prompt=12,
                   settings=SampleSettings(max_new_tokens=16), cache_dir=tmp_path, log=lines.append)
    fidelity = evaluate_fidelity(model, tokenizer, [account], **options)
    assert fidelity.copies == 1.0 and fidelity.filtered == 1.0 and fidelity.copies_after_filter == 0.0
    assert fidelity.style_match >= 0.9  # English tweets against a random model's tokens
    assert fidelity.judge_real >= 0.9 and fidelity.judge_base <= 0.1
    ppl = fidelity.perplexity["parrot"]  # the parrot is worse than chance on tweets it never saw: overfitted
    assert ppl["tweets"] == 4 and 1 < ppl["base"] < ppl["model"] < float("inf")
    assert fidelity.split is None and fidelity.samples == 12 and set(fidelity.as_dict()) == FIDELITY_KEYS
    assert any("loading the base model" in line for line in lines)
    assert list((tmp_path / "fidelity").glob("base-samples-*.json"))

    lines.clear()
    again = evaluate_fidelity(model, tokenizer, [account], **options)
    assert not any("base model" in line for line in lines)  # samples and losses of the base from the cache
    assert again.as_dict() | {"seconds": 0} == fidelity.as_dict() | {"seconds": 0}


def test_a_blend_reports_how_its_samples_split(parrot_dir, tiny_model_dir, tmp_path):
    model, tokenizer = _load(parrot_dir)
    accounts = [AccountTexts("bread", train=[BREAD, *BREAD_TWEETS[:2]], val=BREAD_TWEETS[2:4]),
                AccountTexts("starter", train=[STARTER, "my starter bubbles all night long in the jar"],
                             val=["feeding the starter twice a day keeps it alive", "starter discard crackers"])]
    fidelity = evaluate_fidelity(model, tokenizer, accounts, base_dir=tiny_model_dir, base_name="tiny",
                                 prompts=[""], per_prompt=16, settings=SampleSettings(max_new_tokens=16),
                                 cache_dir=tmp_path)
    assert list(fidelity.split) == ["bread", "starter"] and sum(fidelity.split.values()) == pytest.approx(1)
    assert 0.1 < fidelity.split["bread"] < 0.9  # the parrot says each about half the time
    assert set(fidelity.perplexity) == {"bread", "starter"}
    rows = dict(fidelity_rows(fidelity.as_dict(), {"bread": "Bready"}))
    assert rows["Blend split"].startswith("Bready ") and "@starter" in rows["Blend split"]


def _figures(**overrides) -> dict:
    fidelity = Fidelity(style_match=0.94, judge_real=1.0, judge_base=0.11, split=None, split_judge_accuracy=None,
                        perplexity={"lena": {"model": 21.3, "base": 58.0, "tweets": 31}}, distinct2=0.71,
                        real_distinct2=0.78, mean_chars=80.2, real_mean_chars=84.1, copies=0.01,
                        copies_after_filter=0.0, filtered=0.01, samples=192, prompts=["", "I"], seed=0,
                        base_model="HuggingFaceTB/SmolLM2-135M-Instruct", seconds=14.0)
    return fidelity.as_dict() | overrides


def test_card_shows_the_fidelity_table_after_the_data_table():
    from trainer.model_card import CardData, render_model_card

    def card(fidelity):
        stats = [{"display_name": "<b>Lena | x</b>", "downloaded": 10, "retweets": 0, "short": 0, "duplicates": 0,
                  "kept": 10}]
        return render_model_card(CardData(model_name="lena", handles=["lena"], display_names=["<b>Lena | x</b>"],
                                          stats=stats, base_model="HuggingFaceTB/SmolLM2-135M-Instruct", epochs=4,
                                          learning_rate=2e-4, train_loss=3.0, val_loss=3.2, perplexity=24.5,
                                          samples=[], fidelity=fidelity))

    text = card(_figures())
    assert text.index("| Tweets kept") < text.index("| Voice fidelity") < text.index("## Training procedure")
    assert "| Style match | 94% of 192 samples (real held-out tweets 100%, base model 11%) |" in text
    assert "| Held-out perplexity, &lt;b&gt;Lena \\| x&lt;/b&gt; | 21.3 fine-tuned vs 58.0 base model (31 tweets) |" in text
    assert re.search(r"Style match is the share of 192 tweets", text)
    assert "Voice fidelity" not in card(None)


def test_text_table_handles_missing_figures():
    text = format_text_table(_figures(judge_base=None, real_distinct2=None))
    assert "base model n/a" in text and "0.71 samples vs n/a real tweets" in text


def test_training_writes_the_figures_and_eval_measures_a_saved_model(tiny_model_dir, tmp_path):
    out, cache = tmp_path / "lena", tmp_path / "cache"
    fast = [arg for arg in FAST if arg != "--no-eval"]
    proc = run_cli("mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out), "--progress", "json",
                   "--epochs", "1", "--max-steps", "2", "--samples", "1", "--eval-samples", "8",
                   "--cache-dir", str(cache), *fast)
    assert proc.returncode == 0, proc.stderr
    events = json_lines(proc.stdout)
    assert any(e["event"] == "stage" and e["stage"] == "evaluate" and "sampling 8 tweets" in e["message"]
               for e in events)
    meta = json.loads((out / "mimicbird.json").read_text())
    fidelity = meta["fidelity"]
    assert set(fidelity) == FIDELITY_KEYS and fidelity["schema"] == SCHEMA and fidelity["samples"] == 8
    assert 0 <= fidelity["style_match"] <= 1 and fidelity["split"] is None and meta["seed"] == 42
    assert set(fidelity["perplexity"]) == {"mb_lena_bakes"} and fidelity["perplexity"]["mb_lena_bakes"]["tweets"] == 31
    assert events[-1]["event"] == "done" and events[-1]["fidelity"] == fidelity
    assert "| Voice fidelity |" in (out / "README.md").read_text()

    proc = run_cli("eval", str(out), "--samples", "8", "--json", "--base-model", str(tiny_model_dir),
                   "--cache-dir", str(cache))
    assert proc.returncode == 0, proc.stderr
    measured = json.loads(proc.stdout)
    assert set(measured) == FIDELITY_KEYS and measured["samples"] == 8
    assert measured["perplexity"]["mb_lena_bakes"]["base"] == fidelity["perplexity"]["mb_lena_bakes"]["base"]

    proc = run_cli("eval", str(out), "--samples", "8", "--write", "--base-model", str(tiny_model_dir),
                   "--cache-dir", str(cache))
    assert proc.returncode == 0 and "Voice fidelity" in proc.stdout and "Style match" in proc.stdout
    assert json.loads((out / "mimicbird.json").read_text())["fidelity"]["samples"] == 8


def test_no_eval_leaves_the_figures_out(tiny_model_dir, tmp_path):
    out = tmp_path / "lena"
    assert main(["mb_lena_bakes", "--base-model", str(tiny_model_dir), "--output", str(out), "--epochs", "1",
                 "--max-steps", "1", "--samples", "0", "--progress", "none", *FAST]) == 0
    assert json.loads((out / "mimicbird.json").read_text())["fidelity"] is None
    assert "Voice fidelity" not in (out / "README.md").read_text()


def test_eval_subcommand_refuses_bad_input_in_one_line(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing")]) == 1
    assert capsys.readouterr().err.strip() == "error: no such model folder: missing"
    (tmp_path / "notamodel").mkdir()
    assert main(["eval", str(tmp_path / "notamodel")]) == 1
    assert "not a mimicbird model folder" in capsys.readouterr().err
    (tmp_path / "notamodel" / "mimicbird.json").write_text('{"handles": ["bad handle!"]}')
    assert main(["eval", str(tmp_path / "notamodel")]) == 1
    assert "not a valid X handle" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--help"])
    assert exit_info.value.code == 0 and "python -m trainer eval" in capsys.readouterr().out


def test_an_account_named_eval_is_still_a_handle(capsys, monkeypatch):
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("MIMICBIRD_X_BEARER_TOKEN", raising=False)
    assert main(["@eval", "--stats-only", "--progress", "none"]) == 1
    assert "MODEL_DIR" not in capsys.readouterr().err
