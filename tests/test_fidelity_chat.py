"""The bot shows a model's voice fidelity: in the message announcing a finished model and in /models."""

from __future__ import annotations

import json
import time

from bot.core import presenters
from bot.records import JobRecord, ModelRecord
from bot.training.queue import JobEvent
from trainer.evaluation.table import fidelity_summary, style_match_cell

FIGURES = {
    "schema": "mimicbird-fidelity/1", "style_match": 0.9219, "judge_real": 0.9677, "judge_base": 0.1146,
    "split": None, "split_judge_accuracy": None,
    "perplexity": {"mb_lena_bakes": {"model": 68.18, "base": 243.04, "tweets": 31}},
    "distinct2": 0.84, "real_distinct2": 0.86, "mean_chars": 92.2, "real_mean_chars": 84.1, "copies": 0.0104,
    "copies_after_filter": 0.0, "filtered": 0.0104, "samples": 192, "prompts": [""], "seed": 0,
    "base_model": "HuggingFaceTB/SmolLM2-135M-Instruct", "seconds": 110.0,
}


def _model(tmp_path, name: str, fidelity, handles=("mb_lena_bakes",)) -> ModelRecord:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "mimicbird.json").write_text(json.dumps({"model_name": name, "handles": list(handles),
                                                       "fidelity": fidelity}))
    return ModelRecord(name=name, handles=tuple(handles), display_names=tuple(handles), folder=str(folder),
                       created_at="2026-01-01T00:00:00+00:00", stats={h: {"kept": 100} for h in handles},
                       base_model="smollm2-135m", val_loss=3.8, train_loss=3.6)


def _done(model: ModelRecord) -> JobEvent:
    job = JobRecord(id=7, status="done", handles=model.handles, model_name=model.name, source="sample",
                    input_path=None, request_key="k", force=False, requested_by="console:owner",
                    chat_key="console:terminal", created_at=time.time())
    return JobEvent("done", job, model)


def test_the_finished_model_message_carries_the_figures(tmp_path):
    answer = presenters.job_result(_done(_model(tmp_path, "mb_lena_bakes", FIGURES)))
    line = next(f for f in answer.footnotes if f.startswith("Voice fidelity"))
    assert line == ("Voice fidelity: style match 92% (real tweets 97%, base model 11%); perplexity 68 vs 243 base; "
                    "copies 1% before the verbatim filter, 0% after")
    assert answer.footnotes[0].startswith("Validation loss 3.800")
    # a model trained with --no-eval, and a folder whose mimicbird.json is gone or damaged: no line, no error
    assert not any("Voice" in f for f in presenters.job_result(_done(_model(tmp_path, "plain", None))).footnotes)
    broken = _model(tmp_path, "broken", FIGURES)
    (tmp_path / "broken" / "mimicbird.json").write_text("{not json")
    assert presenters.model_fidelity(broken) is None
    assert not any("Voice" in f for f in presenters.job_result(_done(broken)).footnotes)


def test_a_blend_shows_its_split_and_each_accounts_perplexity(tmp_path):
    blend = FIGURES | {"split": {"mb_astro_ivo": 0.55, "mb_grumpy_dev": 0.45},
                       "perplexity": {"mb_astro_ivo": {"model": 60.2, "base": 176.7, "tweets": 31},
                                      "mb_grumpy_dev": {"model": 70.9, "base": 276.7, "tweets": 31}}}
    line = fidelity_summary(blend)
    assert "split @mb_astro_ivo 55% / @mb_grumpy_dev 45%" in line
    assert "perplexity @mb_astro_ivo 60 vs 177 base; perplexity @mb_grumpy_dev 71 vs 277 base" in line
    assert "recognised" not in line  # a blend trained without voice cues has no voice match
    cued = fidelity_summary(blend | {"voice_match": {"mb_astro_ivo": 0.94, "mb_grumpy_dev": 0.92}},
                            names={"mb_astro_ivo": "Ivo"})
    assert ("split Ivo 55% / @mb_grumpy_dev 45% (each voice, asked for, recognised as itself: Ivo 94%, "
            "@mb_grumpy_dev 92%)") in cued


def test_models_list_has_a_style_match_column(tmp_path):
    models = [_model(tmp_path, "mb_lena_bakes", FIGURES), _model(tmp_path, "plain", None, ("plain",))]
    listed = presenters.models_list(models, current="plain")
    assert listed.table[0][-1] == "Style match"
    assert [row[-1] for row in listed.table[1:]] == ["92%", "-"]
    assert any("Style match:" in f for f in listed.footnotes)


def test_hostile_figures_are_shown_as_missing_not_a_crash(tmp_path):
    hostile = {"style_match": "lots", "perplexity": {"x": "nope", "y": {"model": None}}, "split": ["a"],
               "copies": float("nan"), "voice_match": "all"}
    line = fidelity_summary(hostile)
    assert "style match n/a" in line and "perplexity n/a vs n/a base" in line and "copies n/a" in line
    assert style_match_cell({"style_match": "lots"}) == "n/a" and style_match_cell(None) == "-"
    odd_voices = fidelity_summary({"split": {"a": 0.5}, "voice_match": {"b": "x", "a": float("inf")}})
    assert "split @a 50% (each voice, asked for, recognised as itself: @b n/a, @a n/a)" in odd_voices
    huge = _model(tmp_path, "huge", FIGURES)
    (tmp_path / "huge" / "mimicbird.json").write_text(" " * (2 << 20) + "{}")
    assert presenters.model_fidelity(huge) is None  # a >1 MiB metadata file is not read
