"""LoRA fine-tuning with ``peft``: which method ``--method auto`` picks, adding an adapter, merging it.

A LoRA adapter freezes the base model and trains, beside each targeted linear layer ``W``, a low-rank update
``(alpha / rank) * B @ A`` (``A``: rank x in, ``B``: out x rank, ``B`` starting at zero). The training loop
(``trainer/training.py``) is the same for both methods: it keeps fp32 masters and AdamW states only for the
trainable tensors, so for LoRA only the adapter's few million numbers.

Which method ``--method auto`` picks, and why (``bench/lora_training.py``, one run; 2-core AMD EPYC with
AVX512-BF16, no GPU, shared with other jobs at load 6-10, so wall times are inflated, ratios are what count):

- CPU, embedded SmolLM2-135M, @mb_lena_bakes (4 epochs, early stopping on the held-out 10%): held-out loss
  full 3.790 (lr 2e-4) vs LoRA 3.804 (rank 16, all linear layers, lr 2e-3; 1e-3 and 4e-3 were worse):
  full fine-tuning wins on quality by 0.014 nats/token (0.4%). LoRA wins on time: 1.10x the training tokens
  per CPU second (one thread, alternating rounds) and 1.11x per wall second in whole runs, 0.84x the wall time
  from raw tweets to a saved model; and on size: a 22 MiB folder instead of 517 MiB (23x). The forward and
  backward through the frozen model's activations stay, so LoRA is not much faster on a CPU. Without the
  adapter's input dropout (below) LoRA measured 1.30x full fine-tuning's tokens per CPU second (3 alternating
  rounds, load ~1).
- Voice fidelity (``bench/voice_fidelity.py``, README "Voice fidelity"): LoRA for 4 epochs matches full
  fine-tuning for 2 (style match 91% vs 92% on @mb_lena_bakes, 88% vs 86% on @mb_grumpy_dev); for 2 epochs it
  does not (81%), hence ``EPOCHS``.
- No dropout on the adapter's input (``--lora-dropout``; 0.05 until this change): it drew a mask per
  adapted layer and step, and a LoRA training step took 3.69 s with it vs 2.69 s without (fwd + bwd, 4 x 256
  tokens, bf16, 2 threads, medians); whole trainings took 28-30% less time, with an equal or better voice
  (style match lena 92% vs 90%, ivo 83% vs 82%, grumpy 91% vs 89%; blends 96% and 91% vs 93% and 95%).
- Learning rate 3e-3 (``--lora-learning-rate``; 2e-3 before, chosen on held-out loss above): measured by the voice
  it gives (no dropout, 128 evaluation samples), 3e-3 vs 2e-3: style match lena 91% vs 92%, ivo 89% vs 83%,
  grumpy 93% vs 91%, ivo+grumpy 94% (split 55/45) vs 91% (64/36), ivo+lena 93% (42/58) vs 96% (44/56); held-out
  perplexity within a few points either way, and early stopping comes sooner.
- So ``auto`` picks LoRA: the quality given up is within run-to-run noise, and besides training faster, a
  persona is 23x smaller on disk and the bot serves every adapter on one base model together (one base in
  memory, mixed-adapter batches: ``bot/generation/adapter_pool.py``, ``lora_bank.py``). Full fine-tuning stays one flag away.
- GPU or a larger Hub model: NOT measured (no GPU in this environment). From the arithmetic: full
  fine-tuning keeps ~20 bytes per parameter besides activations (``FULL_BYTES_PER_PARAM``: bf16 weights and
  gradients, fp32 master weights and their gradients, AdamW's two moments), ~32 GiB for a 1.7B model, which
  does not fit a 24 GiB consumer card; LoRA keeps the frozen bf16 base (2 bytes per parameter, 3.4 GiB) plus
  a small adapter. ``choose_method`` therefore also picks LoRA whenever full fine-tuning would take more than
  ``MEMORY_HEADROOM`` of the device's memory, whatever the measurement above says.
"""

from __future__ import annotations

import contextlib
import os
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.errors import TrainerError

METHODS = ("auto", "full", "lora")
ALL_LINEAR = "all-linear"  # peft: every linear layer of the decoder, not the output head
_MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}(\.[A-Za-z0-9_]{1,64}){0,8}$")

# Bytes of device memory per parameter while training, beside activations:
#   full fine-tuning, bf16 compute: bf16 weights 2 + bf16 grads 2 + fp32 masters 4 + their grads 4 + AdamW m, v 8
#   LoRA: the frozen bf16 base 2 (the adapter's own ~1% of parameters need the 20 bytes)
FULL_BYTES_PER_PARAM = 20
LORA_BYTES_PER_PARAM = 2
MEMORY_HEADROOM = 0.6  # the share of device memory weights and optimizer may take; activations need the rest


@dataclass
class LoraOptions:
    rank: int = 16
    alpha: float = 32.0
    target_modules: list[str] = field(default_factory=lambda: [ALL_LINEAR])
    learning_rate: float = 3e-3  # by the voice fidelity it gives (module docstring)
    dropout: float = 0.0  # measured: 0.05 cost 28% of the step time for no better voice (module docstring)
    layers: int | None = None  # adapt only the top N decoder layers (None: all)

    def as_dict(self) -> dict[str, Any]:
        return {"rank": self.rank, "alpha": self.alpha, "target_modules": list(self.target_modules),
                "learning_rate": self.learning_rate, "dropout": self.dropout, "layers": self.layers}


def parse_target_modules(text: str | Sequence[str]) -> list[str]:
    """``"all-linear"`` or module names separated by commas/spaces (``q_proj,v_proj``), checked."""
    parts = text.replace(",", " ").split() if isinstance(text, str) else [str(t).strip() for t in text]
    if not parts:
        raise TrainerError("--lora-target-modules needs at least one module name (or all-linear)")
    for part in parts:
        if part != ALL_LINEAR and not _MODULE_NAME.match(part):
            raise TrainerError(f"--lora-target-modules: {part[:40]!r} is not a module name")
    if len(parts) > 64:
        raise TrainerError("--lora-target-modules: at most 64 module names")
    if ALL_LINEAR in parts and len(parts) > 1:
        raise TrainerError("--lora-target-modules: all-linear cannot be combined with module names")
    return parts


def device_memory_bytes(device_type: str) -> int | None:
    """Total memory of the training device: the GPU's, or the machine's RAM for the CPU."""
    try:
        if device_type == "cuda":
            import torch

            return int(torch.cuda.get_device_properties(0).total_memory)
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError, RuntimeError):
        return None


def choose_method(requested: str, n_params: int, device_type: str, memory_bytes: int | None = None) -> tuple[str, str]:
    """``(method, reason)``: ``full`` or ``lora`` for ``--method requested`` (see the module docstring).

    ``auto``: LoRA when full fine-tuning's weights and optimizer (``FULL_BYTES_PER_PARAM`` per parameter)
    would not fit ``MEMORY_HEADROOM`` of the device's memory; otherwise the measured winner (see above).
    """
    if requested not in METHODS:
        raise TrainerError(f"unknown method {requested!r}: use auto, full or lora")
    if requested != "auto":
        return requested, f"--method {requested}"
    need = FULL_BYTES_PER_PARAM * n_params
    if memory_bytes and need > MEMORY_HEADROOM * memory_bytes:
        return "lora", (f"full fine-tuning of {n_params / 1e6:.0f}M parameters needs ~{need / 2**30:.1f} GiB for "
                        f"weights and optimizer, more than {MEMORY_HEADROOM:.0%} of the "
                        f"{'GPU' if device_type == 'cuda' else 'machine'}'s {memory_bytes / 2**30:.0f} GiB")
    return AUTO_FITS, AUTO_FITS_REASON


# What `auto` picks when full fine-tuning fits (measured with bench/lora_training.py: see the module docstring).
AUTO_FITS = "lora"
AUTO_FITS_REASON = ("measured on CPU: within 0.02 nats/token of full fine-tuning's held-out loss, 1.3x the "
                    "tokens/s, a 23x smaller folder, and served together with other adapters of the same base")


# Epochs when --epochs is not given, per method (README "Voice fidelity"): full fine-tuning at lr 5e-4 has the
# voice after 2 epochs; a LoRA adapter at lr 2e-3 needs 4 to match it (at 2 its style match fell from 91% to 81%).
EPOCHS = {"full": 2, "lora": 4}


def default_epochs(method: str) -> int:
    """The epochs ``--method method`` trains for by default; ``auto`` gets those of what it picks when full
    fine-tuning fits (and when it does not, auto picks LoRA, which is ``AUTO_FITS`` too)."""
    return EPOCHS[AUTO_FITS if method == "auto" else method]


@contextlib.contextmanager
def peft_quietly() -> Iterator[None]:
    """Wrapping a model with peft reads an attribute transformers has deprecated: its FutureWarning is not the
    user's concern, so it is not shown."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        yield


def add_adapter(model: Any, options: LoraOptions) -> Any:
    """``model`` wrapped as a peft model with a fresh LoRA adapter; only the adapter's weights train."""
    from peft import LoraConfig, get_peft_model

    if options.rank < 1 or options.alpha <= 0:
        raise TrainerError("--lora-rank must be at least 1 and --lora-alpha positive")
    targets: Any = options.target_modules
    if list(targets) == [ALL_LINEAR]:
        targets = ALL_LINEAR
    layers: dict[str, Any] = {}
    if options.layers is not None:  # the top layers only: the backward pass stops below them
        count = int(getattr(model.config, "num_hidden_layers", 0) or getattr(model.config, "n_layer", 0) or 0)
        if not 1 <= options.layers <= count:
            raise TrainerError(f"--lora-layers must be between 1 and the model's {count} layers")
        if targets == ALL_LINEAR:  # peft wants names to pick layers by: the linear layers inside the blocks
            targets = sorted({name.rsplit(".", 1)[-1] for name, module in model.named_modules()
                              if _DECODER_LAYER.search(name) and _is_linear(module)})
        layers["layers_to_transform"] = list(range(count - options.layers, count))
    config = LoraConfig(r=options.rank, lora_alpha=options.alpha, lora_dropout=options.dropout,
                        target_modules=targets, bias="none", task_type="CAUSAL_LM", **layers)
    try:
        with peft_quietly():
            return get_peft_model(model, config)
    except ValueError as exc:  # e.g. target modules not found in the model
        message = " ".join(str(exc).split())[:200]
        raise TrainerError(f"cannot add a LoRA adapter to this base model: {message}") from None


def adapter_state(model: Any) -> tuple[Any, dict[str, Any]]:
    """(the adapter's peft config, its weights on the CPU): what a merge or a save needs."""
    from peft import get_peft_model_state_dict

    state = {k: v.detach().to("cpu", copy=True) for k, v in get_peft_model_state_dict(model).items()}
    return model.peft_config["default"], state


def merged_model(base_dir: Path, peft_config: Any, state: dict[str, Any]) -> Any:
    """The base model freshly loaded in fp32 with the adapter merged into its weights: a plain model.

    Merging into a fresh base (not the trained one) keeps the frozen weights exact: in bf16 training they
    were rounded to bf16 and back.
    """
    import copy

    import torch
    from peft import get_peft_model, set_peft_model_state_dict
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    config = copy.deepcopy(peft_config)
    config.inference_mode = True
    with peft_quietly():
        peft_model = get_peft_model(base, config)
    result = set_peft_model_state_dict(peft_model, state)
    if result.unexpected_keys:
        raise TrainerError("the adapter does not fit its base model (unexpected weights); it cannot be merged")
    return peft_model.merge_and_unload()


def prepare_method(model: Any, config: Any, n_params: int | None = None) -> tuple[Any, str, str, float]:
    """``(model, method, reason, learning rate)`` for a training job's ``TrainConfig``.

    LoRA wraps ``model`` with a fresh adapter and uses ``--lora-learning-rate``; full keeps both as they are.
    """
    from trainer.training import resolve_device

    device_type = resolve_device(config.device).type
    n_params = n_params or sum(p.numel() for p in model.parameters())
    method, reason = choose_method(config.method, n_params, device_type, device_memory_bytes(device_type))
    if method == "full":
        return model, method, reason, config.learning_rate
    options = lora_options(config)
    return add_adapter(model, options), method, reason, options.learning_rate


def lora_options(config: Any) -> LoraOptions:
    return LoraOptions(rank=config.lora_rank, alpha=config.lora_alpha,
                       target_modules=parse_target_modules(config.lora_target_modules),
                       learning_rate=config.lora_learning_rate, dropout=config.lora_dropout,
                       layers=config.lora_layers)


_DECODER_LAYER = re.compile(r"\.\d+\.")  # a module inside a numbered block: model.layers.3.mlp.up_proj


def _is_linear(module: Any) -> bool:
    from torch import nn
    from transformers.pytorch_utils import Conv1D

    return isinstance(module, nn.Linear | Conv1D)


def describe(model: Any, method: str, options: LoraOptions | None) -> str:
    """One line for the card and the log: the method and how many weights it trained."""
    total = sum(p.numel() for p in model.parameters())
    if method != "lora" or options is None:
        return f"full fine-tuning (all {total / 1e6:.0f}M parameters)"
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    targets = "all linear layers" if options.target_modules == [ALL_LINEAR] else ", ".join(options.target_modules)
    if options.layers is not None:
        targets += f" of the top {options.layers} blocks"
    return (f"LoRA adapter (rank {options.rank}, alpha {options.alpha:g}, {targets}; "
            f"{trainable / 1e6:.2f}M trainable parameters, {trainable / max(1, total - trainable):.2%} of the base)")
