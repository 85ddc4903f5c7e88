"""The training loop: plain PyTorch, readable top to bottom (nanoGPT-style, no HF Trainer).

On a GPU, and on a CPU where ``--dtype auto`` measures bf16 matrix products faster than fp32, the model computes
in bf16 while the optimizer keeps an fp32 *master* copy of every weight: each step the bf16 gradients are copied
into fp32, clipped, updated by (fused) AdamW, and rounded back into the model, because updates of lr*1e-4
relative size would vanish in bf16 weights. The loss (``trainer/loss.py``) computes the vocabulary
projection and the softmax in chunks of rows, so the fp32 logits of a whole batch never exist. The loop trains
whatever requires a gradient: every weight (``--method full``) or a LoRA adapter (``trainer/lora.py`` says
which ``--method auto`` picks, and why). The measurements behind these choices are in the README ("Why the
training loop looks like this", "Voice fidelity").
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from trainer.dataset import TrainingData
from trainer.errors import TrainerError
from trainer.loss import causal_lm_loss
from trainer.precision import cpu_threads, measure_matmul_flops, resolve_dtype
from trainer.progress import NullReporter, Reporter


class TrainingCancelled(TrainerError):
    """Ctrl-C or SIGTERM arrived: the loop stopped between steps and nothing was written."""

    def __init__(self) -> None:
        super().__init__("training cancelled")


@dataclass
class TrainSettings:
    epochs: int = 2
    batch_size: int = 4  # blocks per optimizer step
    learning_rate: float = 5e-4
    weight_decay: float = 0.0
    warmup_fraction: float = 0.05
    min_lr_fraction: float = 0.1  # cosine decay ends at this fraction of the peak learning rate
    grad_clip: float = 1.0
    seed: int = 42
    max_steps: int | None = None
    patience: int = 2  # evaluations without improvement before stopping early
    keep_within: float = 0.03  # keep the latest weights whose validation loss is within this fraction of the best
    evals_per_epoch: int = 2  # validation runs per epoch, evenly spaced, the last at the epoch's end
    eval_every: int = 0  # also evaluate every N steps (0: only as evals_per_epoch says)
    device: str = "auto"  # auto | cpu | cuda
    dtype: str = "auto"  # auto | bf16 | fp32
    cache_dir: Path | None = None  # where --dtype auto caches its CPU verdict (default: the base model cache)


@dataclass
class TrainResult:
    train_loss: float
    val_loss: float
    initial_val_loss: float
    perplexity: float
    steps: int
    epochs_run: float
    kept_step: int  # the step whose weights were kept (the latest near the lowest validation loss)
    kept_epochs: float  # how many epochs those weights had trained
    best_val_loss: float  # the lowest validation loss seen (``val_loss`` is the kept weights')
    stopped_early: bool
    tokens_trained: int
    tokens_per_s: float
    mfu: float
    peak_flops: float
    device: str
    dtype: str
    seconds: float
    history: list[dict[str, float]] = field(default_factory=list)
    step_seconds: list[float] = field(default_factory=list)  # wall time of each optimizer step (the benchmark)


# ---------------------------------------------------------------------------------------------- hardware


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise TrainerError("--device cuda was asked for but no CUDA GPU is available")
    if name not in ("cpu", "cuda"):
        raise TrainerError(f"unknown device {name!r}: use auto, cpu or cuda")
    return torch.device(name)


def setup_hardware(device: torch.device) -> None:
    """The CPU threads this process may use (``precision.cpu_threads``); TF32 matmuls on CUDA."""
    torch.set_num_threads(cpu_threads())
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True


@torch.no_grad()
def evaluate(model: nn.Module, blocks: list[torch.Tensor], batch_size: int, device: torch.device,
             stop: Callable[[], bool] | None = None) -> float:
    """Mean next-token loss over all validation blocks, weighted by predicted tokens."""
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    for group in blocks:
        for start in range(0, len(group), batch_size):
            if stop is not None and stop():
                raise TrainingCancelled()
            batch = group[start:start + batch_size].to(device)
            n = batch.shape[0] * (batch.shape[1] - 1)
            total += causal_lm_loss(model, batch).item() * n
            count += n
    model.train(was_training)
    if count == 0:
        raise TrainerError("no validation tokens")
    return total / count


# ---------------------------------------------------------------------------------------------- schedule


def learning_rate_at(step: int, total: int, peak: float, warmup: int, min_fraction: float) -> float:
    """Linear warm-up over ``warmup`` steps, then cosine decay to ``min_fraction * peak`` at ``total``."""
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return peak * (min_fraction + (1 - min_fraction) * 0.5 * (1 + math.cos(math.pi * progress)))


def _make_optimizer(params: list[torch.Tensor], settings: TrainSettings) -> torch.optim.Optimizer:
    kwargs: dict[str, Any] = {"lr": settings.learning_rate, "betas": (0.9, 0.95), "weight_decay": settings.weight_decay}
    try:
        return torch.optim.AdamW(params, fused=True, **kwargs)
    except (RuntimeError, ValueError):  # no fused kernel for this device/dtype
        return torch.optim.AdamW(params, foreach=True, **kwargs)


@dataclass
class EarlyStopping:
    """After each validation run: keep these weights? stop training? (``train`` says why the rule is this.)

    Stop after ``patience`` runs without a validation loss below the lowest so far; keep the weights of a run
    whose loss is within ``keep_within`` (a fraction) of the lowest, the run that set it included.
    """

    patience: int
    keep_within: float
    lowest: float = math.inf
    runs_without_lower: int = 0

    def update(self, loss: float) -> tuple[bool, bool]:
        """(keep this run's weights, stop now) after a validation run with ``loss``."""
        self.runs_without_lower = 0 if loss < self.lowest else self.runs_without_lower + 1
        self.lowest = min(self.lowest, loss)
        return loss <= self.lowest * (1 + self.keep_within), self.runs_without_lower >= self.patience


# ---------------------------------------------------------------------------------------------- the loop


def train(
    model: nn.Module,
    data: TrainingData,
    settings: TrainSettings,
    reporter: Reporter | None = None,
    stop: Callable[[], bool] | None = None,
    on_log: Callable[[dict[str, float]], None] | None = None,
    on_validation: Callable[[int, float, nn.Module], None] | None = None,
) -> TrainResult:
    """Fine-tune ``model`` in place on ``data``; on return it holds the kept weights (in fp32).

    Validation runs ``evals_per_epoch`` times per epoch; training stops early after ``patience`` runs without a
    lower validation loss. The weights kept are the *latest* whose validation loss is within ``keep_within`` (a
    fraction) of the lowest seen: a minimum measured on a few dozen held-out tweets is broad and noisy, and the
    account's voice goes on forming for a while after it (README "Voice fidelity"). ``keep_within=0``
    keeps the weights of the lowest validation loss.

    ``stop`` is polled before every step: when it returns True, ``TrainingCancelled`` is raised.
    ``on_log`` receives a dict of metrics every step (for experiment tracking); ``on_validation`` receives the
    step, the validation loss and the model (computing in the training's dtype) after every validation run
    (``bench/validation_curve.py`` measures the voice along a training with it).
    """
    reporter = reporter or NullReporter()
    should_stop = stop or (lambda: False)
    device = resolve_device(settings.device)
    setup_hardware(device)
    torch.manual_seed(settings.seed)
    hidden_size = int(getattr(model.config, "hidden_size", 0) or getattr(model.config, "n_embd", 768))
    dtype = resolve_dtype(settings.dtype, device, hidden_size, settings.cache_dir,
                          log=lambda line: reporter.stage("train", line))
    peak_flops = measure_matmul_flops(device, dtype, hidden_size)

    # Weights: the model computes in `dtype`; the optimizer updates fp32 masters (the same tensors in fp32 mode).
    # A peft (LoRA) model trains only its adapter: masters, optimizer and best weights cover the trainable tensors.
    model.to(device=device, dtype=torch.float32)
    if not hasattr(model, "peft_config"):
        for param in model.parameters():
            param.requires_grad_(True)
    params = [p for p in model.parameters() if p.requires_grad]
    # forward 2N, backward 2N for the activations' gradients + 2N for the trainable weights' gradients
    flops_per_token = 4.0 * sum(p.numel() for p in model.parameters()) + 2.0 * sum(p.numel() for p in params)
    # What does not train (a LoRA model's frozen base; buffers such as rotary frequencies) computes in `dtype`
    # too; its fp32 values wait on the CPU and come back after training, so the model that is evaluated and
    # sampled for the card is exactly the one the bot loads from the saved folder.
    kept: dict[str, torch.Tensor] = {}
    if dtype == torch.float32:
        masters = params
    else:
        kept = {name: t.detach().to("cpu", copy=True) for name, t in _params_and_buffers(model)
                if t.is_floating_point() and not t.requires_grad}
        masters = [p.detach().clone() for p in params]
        for master in masters:
            master.grad = torch.zeros_like(master)
        model.to(dtype=dtype)
    optimizer = _make_optimizer(masters, settings)

    steps_per_epoch = [math.ceil(len(blocks) / settings.batch_size) for blocks in data.epochs]
    total_steps = sum(steps_per_epoch)
    if settings.max_steps is not None:
        total_steps = min(total_steps, settings.max_steps)
    if total_steps < 1:
        raise TrainerError("nothing to train on: no full block of tokens (lower --block-size)")
    warmup = max(1, round(settings.warmup_fraction * total_steps))

    def val_loss() -> float:
        return evaluate(model, data.val, settings.batch_size, device, should_stop)

    # Stage events during training say "train": the bot's progress figure only moves forward through stages.
    reporter.stage("train", "validation loss of the base model")
    initial_val = val_loss()
    rule = EarlyStopping(settings.patience, settings.keep_within)
    kept_val, kept_step, kept_train = math.inf, 0, math.nan  # the weights that will be kept
    kept_weights: list[torch.Tensor] | None = None
    stopped_early = False
    history: list[dict[str, float]] = [{"step": 0, "val_loss": initial_val}]

    reporter.stage("train", f"validation loss {initial_val:.3f} before training; {total_steps} steps, {data.stats.block_size}-token blocks, batch {settings.batch_size}, "
                   f"{str(dtype).removeprefix('torch.')} on {device.type}")
    model.train()
    reporter.progress("train", 0, total_steps)
    step, tokens, train_seconds = 0, 0, 0.0
    step_seconds: list[float] = []
    last_report = 0.0
    window_loss, window_tokens = 0.0, 0
    for epoch, blocks in enumerate(data.epochs):
        order = torch.arange(len(blocks))  # the tweets were shuffled before packing: keep the order
        for start in range(0, len(blocks), settings.batch_size):
            if step >= total_steps:
                break
            if should_stop():
                raise TrainingCancelled()
            t0 = time.perf_counter()
            lr = learning_rate_at(step, total_steps, settings.learning_rate, warmup, settings.min_lr_fraction)
            for group in optimizer.param_groups:
                group["lr"] = lr
            batch = blocks[order[start:start + settings.batch_size]].to(device, non_blocking=True)

            loss = causal_lm_loss(model, batch)
            loss.backward()
            if masters is not params:
                for master, param in zip(masters, params, strict=True):
                    master.grad.copy_(param.grad)
            grad_norm = torch.nn.utils.clip_grad_norm_(masters, settings.grad_clip, foreach=True)
            optimizer.step()
            model.zero_grad(set_to_none=True)
            if masters is not params:
                with torch.no_grad():
                    for master, param in zip(masters, params, strict=True):
                        param.copy_(master)
            loss_value = loss.item()  # also waits for the GPU

            elapsed = time.perf_counter() - t0
            step += 1
            n_tokens = batch.numel()
            tokens += n_tokens
            train_seconds += elapsed
            step_seconds.append(elapsed)
            window_loss += loss_value * n_tokens
            window_tokens += n_tokens
            tokens_per_s = tokens / train_seconds
            if on_log is not None:
                on_log({"train/loss": loss_value, "train/lr": lr, "train/grad_norm": float(grad_norm),
                        "train/tokens_per_s": tokens_per_s, "train/epoch": epoch + (start + len(batch)) / len(blocks)})
            now = time.perf_counter()
            if now - last_report >= 0.5 or step == total_steps:
                last_report = now
                eta = (total_steps - step) * train_seconds / step
                reporter.progress("train", step, total_steps, loss_value, tokens_per_s, eta)

            end_of_epoch = start + settings.batch_size >= len(blocks) or step == total_steps
            interval = math.ceil(steps_per_epoch[epoch] / max(1, settings.evals_per_epoch))
            if (end_of_epoch or (start // settings.batch_size + 1) % interval == 0
                    or (settings.eval_every and step % settings.eval_every == 0)):
                current = val_loss()
                model.train()
                window_mean = window_loss / max(1, window_tokens)
                history.append({"step": step, "val_loss": current, "train_loss": window_mean})
                if on_log is not None:
                    on_log({"val/loss": current, "val/perplexity": math.exp(min(current, 50.0))})
                reporter.stage("train", f"step {step}/{total_steps}: validation loss {current:.3f}")
                if on_validation is not None:
                    on_validation(step, current, model)
                keep, enough = rule.update(current)
                if keep:  # copied into the same buffers: no second copy of the weights, even for a moment
                    kept_val, kept_step, kept_train = current, step, window_mean
                    if kept_weights is None:
                        kept_weights = [m.detach().clone() for m in masters]
                    else:
                        with torch.no_grad():
                            for weights, master in zip(kept_weights, masters, strict=True):
                                weights.copy_(master)
                window_loss, window_tokens = 0.0, 0
                if enough and step < total_steps:
                    reporter.stage("train", f"validation loss stopped improving: stopping early at step {step}, "
                                   f"keeping the weights of step {kept_step}")
                    stopped_early = True
                    break
        if stopped_early or step >= total_steps:
            break

    # Restore the kept weights, in fp32, ready to save and to sample from.
    model.to(dtype=torch.float32)
    model.eval()
    with torch.no_grad():
        if kept_weights is not None:
            for param, weights in zip(params, kept_weights, strict=True):
                param.copy_(weights)
        elif masters is not params:
            for param, master in zip(params, masters, strict=True):
                param.copy_(master)
        for name, tensor in _params_and_buffers(model):
            if name in kept:
                tensor.copy_(kept[name])
    del optimizer, kept_weights, kept
    if masters is not params:
        del masters

    tokens_per_s = tokens / train_seconds if train_seconds else 0.0
    mfu = flops_per_token * tokens_per_s / peak_flops if peak_flops else 0.0
    result = TrainResult(
        train_loss=kept_train,
        val_loss=kept_val,
        initial_val_loss=initial_val,
        perplexity=math.exp(min(kept_val, 50.0)),
        steps=step,
        epochs_run=_epochs_run(step, steps_per_epoch),
        kept_step=kept_step,
        kept_epochs=_epochs_run(kept_step, steps_per_epoch),
        best_val_loss=rule.lowest,
        stopped_early=stopped_early,
        tokens_trained=tokens,
        tokens_per_s=tokens_per_s,
        mfu=mfu,
        peak_flops=peak_flops,
        device=device.type,
        dtype=str(dtype).removeprefix("torch."),
        seconds=train_seconds,
        history=history,
        step_seconds=step_seconds,
    )
    reporter.stage("evaluate", f"validation loss {result.val_loss:.3f} (perplexity {result.perplexity:.1f}), "
                   f"{result.tokens_per_s:.0f} tokens/s")
    reporter.emit("metrics", train_loss=result.train_loss, val_loss=result.val_loss, perplexity=result.perplexity,
                  tokens_per_s=result.tokens_per_s, mfu=result.mfu)
    return result


def _params_and_buffers(model: nn.Module) -> list[tuple[str, torch.Tensor]]:
    return [*model.named_parameters(), *(("buffer:" + n, b) for n, b in model.named_buffers())]


def _epochs_run(steps: int, steps_per_epoch: list[int]) -> float:
    """How many epochs ``steps`` optimizer steps cover (fractional for a partial epoch)."""
    done = 0.0
    for n in steps_per_epoch:
        if steps >= n:
            done += 1
            steps -= n
        else:
            return done + steps / max(1, n)
    return done
