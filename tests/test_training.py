"""The training loop (trainer/training.py) on the tiny model: loss, schedule, learning, early stopping, stop."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from transformers import AutoModelForCausalLM, AutoTokenizer

from trainer.dataset import DataStats, TrainingData, build_training_data
from trainer.loss import causal_lm_loss, linear_cross_entropy
from trainer.training import (
    EarlyStopping,
    TrainingCancelled,
    TrainSettings,
    evaluate,
    learning_rate_at,
    measure_matmul_flops,
    resolve_dtype,
    train,
)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_linear_cross_entropy_matches_pytorch(dtype):
    torch.manual_seed(0)
    hidden = torch.randn(37, 16, dtype=dtype, requires_grad=True)
    weight = torch.randn(100, 16, dtype=dtype, requires_grad=True)
    targets = torch.randint(0, 100, (37,))
    ours = linear_cross_entropy(hidden, weight, targets, chunk=8)  # 37 rows: the last chunk is short
    ours.backward()
    grads = hidden.grad.clone(), weight.grad.clone()
    hidden.grad = weight.grad = None
    ref = F.cross_entropy((hidden @ weight.t()).float(), targets)
    ref.backward()
    tol = 1e-5 if dtype == torch.float32 else 2e-2
    assert abs(ours.item() - ref.item()) < tol * max(1, ref.item())
    for mine, theirs in zip(grads, (hidden.grad, weight.grad), strict=True):
        assert torch.allclose(mine.float(), theirs.float(), rtol=tol, atol=tol * theirs.abs().max().item())
    with torch.no_grad():
        assert abs(linear_cross_entropy(hidden, weight, targets, chunk=5).item() - ref.item()) < tol * ref.item()


def test_causal_lm_loss_equals_the_model_loss_with_eos_as_targets(tiny_model_dir):
    """Labels are the inputs: the eos (= pad) tokens are predicted, never masked."""
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    eos = model.config.eos_token_id
    blocks = torch.tensor([[5, 6, 7, eos, 8, 9, eos, 10], [11, eos, 12, 13, 14, eos, 15, 16]])
    ours = causal_lm_loss(model, blocks, chunk=3)
    theirs = model(input_ids=blocks, labels=blocks).loss
    assert torch.allclose(ours, theirs, atol=1e-5)
    # A padding collator would have set the eos labels to -100; the loss would then differ.
    masked = blocks.masked_fill(blocks == eos, -100)
    assert not torch.allclose(ours, model(input_ids=blocks, labels=masked).loss, atol=1e-4)


def test_schedule_warms_up_then_decays_to_the_floor():
    lrs = [learning_rate_at(s, 100, 1e-3, 10, 0.1) for s in range(100)]
    assert lrs[0] == pytest.approx(1e-4) and lrs[9] == pytest.approx(1e-3)
    assert all(a <= b for a, b in zip(lrs[:10], lrs[1:10], strict=False))
    assert all(a >= b for a, b in zip(lrs[10:], lrs[11:], strict=False))
    assert lrs[-1] == pytest.approx(1e-4, rel=0.01)
    assert learning_rate_at(100, 100, 1e-3, 10, 0.1) == pytest.approx(1e-4)


def test_dtype_and_peak_measurement(tmp_path):
    cpu = torch.device("cpu")
    assert resolve_dtype("fp32", cpu, 64) == torch.float32
    assert resolve_dtype("bf16", cpu, 64) == torch.bfloat16
    assert resolve_dtype("auto", cpu, 64, tmp_path) in (torch.float32, torch.bfloat16)
    assert measure_matmul_flops(cpu, torch.float32, 64, seconds=0.02) > 1e8


def _tokenizer(path):
    return AutoTokenizer.from_pretrained(path)


def _data(tokenizer, texts, epochs, block=32, seed=0):
    return build_training_data([("acct", texts)], tokenizer, block_size=block, epochs=epochs, seed=seed)


REPETITIVE = [f"the baker bakes bread number {i % 7} every morning" for i in range(40)]


@pytest.mark.parametrize("dtype", ["bf16", "fp32"])
def test_training_lowers_validation_loss(tiny_model_dir, dtype):
    tokenizer = _tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    data = _data(tokenizer, REPETITIVE, epochs=3, block=16)
    events = []

    class Recorder:
        def emit(self, event, **fields):
            events.append((event, fields))

        def stage(self, stage, message=""):
            self.emit("stage", stage=stage, message=message)

        def progress(self, stage, step, total, loss=None, tokens_per_s=None, eta_s=None):
            self.emit("progress", stage=stage, step=step, total=total, loss=loss, tokens_per_s=tokens_per_s, eta_s=eta_s)

    logged = []
    result = train(model, data, TrainSettings(learning_rate=3e-3, batch_size=4, dtype=dtype, patience=3),
                   Recorder(), on_log=logged.append)
    assert result.val_loss < result.initial_val_loss - 1.0
    assert result.dtype == ("bfloat16" if dtype == "bf16" else "float32")
    assert math.isfinite(result.train_loss) and result.perplexity == pytest.approx(math.exp(result.val_loss))
    assert result.tokens_per_s > 0 and result.mfu > 0 and result.tokens_trained <= result.steps * 4 * 16
    # The model comes back in fp32 with the best weights.
    assert next(model.parameters()).dtype == torch.float32
    assert evaluate(model, data.val, 4, torch.device("cpu")) == pytest.approx(result.val_loss, abs=0.05)
    progress = [f for e, f in events if e == "progress"]
    assert progress and progress[-1]["step"] == progress[-1]["total"] == result.steps
    assert progress[0]["step"] == 0  # the bar starts before the first step
    assert all(p["stage"] == "train" and p["tokens_per_s"] > 0 for p in progress[1:])
    metrics = [f for e, f in events if e == "metrics"]
    assert len(metrics) == 1 and set(metrics[0]) == {"train_loss", "val_loss", "perplexity", "tokens_per_s", "mfu"}
    assert any("val/loss" in m for m in logged) and any("train/loss" in m for m in logged)


def test_early_stopping_restores_the_best_weights(tiny_model_dir):
    """Train on one kind of text, validate on another: validation loss rises, training stops early."""
    tokenizer = _tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    train_part = _data(tokenizer, ["zzz zzz zzz zzz zzz zzz"] * 12, epochs=6, block=16)
    val_part = _data(tokenizer, [f"quantum {i} giraffe orbit violin" for i in range(20)], epochs=1, block=16)
    data = TrainingData(epochs=train_part.epochs, val=val_part.val, stats=train_part.stats, eos_id=train_part.eos_id)
    result = train(model, data, TrainSettings(learning_rate=1e-2, batch_size=2, patience=1, keep_within=0.0, dtype="fp32"))
    assert result.stopped_early
    assert result.steps < sum(math.ceil(len(e) / 2) for e in data.epochs)
    evals = [h for h in result.history if h["step"] > 0]
    assert len(evals) == 2 and evals[1]["val_loss"] > evals[0]["val_loss"]
    assert result.kept_step == evals[0]["step"]
    assert evaluate(model, data.val, 2, torch.device("cpu")) == pytest.approx(evals[0]["val_loss"], abs=1e-3)


def test_the_early_stopping_rule_keeps_runs_near_the_lowest_and_counts_patience_from_it():
    losses = (4.0, 3.8, 3.95, 3.85)  # 3.95 is 3.9% above the lowest, 3.85 1.3%
    rule = EarlyStopping(patience=2, keep_within=0.03)
    assert [rule.update(x) for x in losses] == [(True, False), (True, False), (False, False), (True, True)]
    assert rule.lowest == 3.8
    lowest_only = EarlyStopping(patience=2, keep_within=0.0)
    assert [lowest_only.update(x) for x in losses] == [(True, False), (True, False), (False, False), (False, True)]


def test_the_latest_weights_near_the_lowest_validation_loss_are_kept(tiny_model_dir):
    """Validation on text the training only touches: the loss falls to a minimum, then creeps up. With
    ``keep_within=0.02`` the weights kept are the latest within 2% of the minimum, not the minimum's."""
    tokenizer = _tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    train_part = _data(tokenizer, ["zzz zzz zzz zzz zzz zzz"] * 12 + [f"quantum {i} giraffe" for i in range(4)],
                       epochs=6, block=16)
    val_part = _data(tokenizer, [f"quantum {i} giraffe orbit violin" for i in range(20)], epochs=1, block=16)
    data = TrainingData(epochs=train_part.epochs, val=val_part.val, stats=train_part.stats, eos_id=train_part.eos_id)
    result = train(model, data, TrainSettings(learning_rate=1e-2, batch_size=2, patience=4, keep_within=0.02,
                                              dtype="fp32"))
    evals = [h for h in result.history if h["step"] > 0]
    lowest = min(evals, key=lambda h: h["val_loss"])
    kept = [h for i, h in enumerate(evals) if h["val_loss"] <= 1.02 * min(e["val_loss"] for e in evals[:i + 1])][-1]
    assert kept["step"] > lowest["step"] and kept["val_loss"] > lowest["val_loss"]  # the rule made a difference
    assert result.kept_step == kept["step"] and result.val_loss == kept["val_loss"]
    assert result.best_val_loss == lowest["val_loss"]
    assert 0 < result.kept_epochs <= result.epochs_run
    assert evaluate(model, data.val, 2, torch.device("cpu")) == pytest.approx(kept["val_loss"], abs=1e-3)


def test_max_steps_caps_training(tiny_model_dir):
    tokenizer = _tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    data = _data(tokenizer, REPETITIVE, epochs=4)
    result = train(model, data, TrainSettings(max_steps=3, batch_size=2, evals_per_epoch=1))
    assert result.steps == 3 and result.tokens_trained == 3 * 2 * 32
    assert len(data.epochs[0]) > 6  # more than 3 steps per epoch:
    assert len([h for h in result.history if h["step"] > 0]) == 1  # evaluated once, at the last step


def test_validation_runs_evenly_within_each_epoch(tiny_model_dir):
    tokenizer = _tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    data = _data(tokenizer, REPETITIVE, epochs=2)
    per_epoch = math.ceil(len(data.epochs[0]) / 2)
    heard = []
    result = train(model, data, TrainSettings(batch_size=2, evals_per_epoch=2, patience=10, learning_rate=1e-4),
                   on_validation=lambda step, loss, m: heard.append((step, loss, m)))
    steps = [h["step"] for h in result.history if h["step"] > 0]
    half = math.ceil(per_epoch / 2)
    assert steps[:2] == [half, per_epoch] and len(steps) == 4
    # on_validation hears every run (bench/validation_curve.py), with the model being trained
    assert [(s, loss) for s, loss, _ in heard] == [(h["step"], h["val_loss"]) for h in result.history[1:]]
    assert all(m is model for _, _, m in heard)


def test_stop_request_cancels_between_steps(tiny_model_dir):
    tokenizer = _tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 8  # a few validation batches and steps, then stop

    with pytest.raises(TrainingCancelled, match="training cancelled"):
        train(model, _data(tokenizer, REPETITIVE, epochs=3, block=16), TrainSettings(batch_size=1), stop=stop)


def test_nothing_to_train_is_a_clear_error(tiny_model_dir):
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    empty = TrainingData(epochs=[torch.zeros(0, 8, dtype=torch.long)], val=[torch.ones(1, 8, dtype=torch.long)],
                         stats=DataStats(8, 0, 1, 0, 8, [0], [0], 1, 0), eos_id=2)
    with pytest.raises(Exception, match="nothing to train on"):
        train(model, empty, TrainSettings())
