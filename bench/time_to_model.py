"""Time to a model: raw tweets -> a saved model folder, our trainer vs the huggingtweets recipe, in one run.

    .venv/bin/python bench/time_to_model.py                          # mb_lena_bakes
    .venv/bin/python bench/time_to_model.py --account mb_grumpy_dev --repeat 2
    OMP_NUM_THREADS=1 .venv/bin/python bench/time_to_model.py        # on a CPU other processes keep busy
    .venv/bin/python bench/time_to_model.py --dtype fp32             # as on a CPU whose bf16 is slow
    .venv/bin/python bench/time_to_model.py --dtype fp32 --max-steps 12   # ... and a budget of 12 steps

Same tweets, same machine, same thread count, back to back:

(a) mimicbird: ``trainer.pipeline.run`` with its defaults (fetch, clean, tokenize, train, card samples, save),
    without the voice fidelity evaluation, which is timed on its own and reported beside it.
(b) huggingtweets: the same cleaned tweets and the same training/held-out split; the training tweets joined
    with end-of-text and cut into 1024-token blocks, HF ``Trainer`` in fp32, batch 1, 4 epochs, learning rate
    1.372e-4 with a cosine schedule and no warm-up, then ``save_pretrained``.

What happens once per machine is done before either is timed and printed apart: unpacking the embedded base model
into a Hugging Face folder (both sides train from it; 14 s here) and mimicbird's bf16-or-fp32 measurement for
``--dtype auto`` (cached per machine). The huggingtweets recipe's equivalent, downloading GPT-2, is not timed either.

Both saved models are then measured by the same evaluation (``trainer.evaluation``), each as it is used: held-out
loss (nats per token of the held-out tweets, each after an end-of-text token and, for (a), its voice cue) and
style match. A cue alone lowers the base model's loss on tweets (``trainer.voices``), so each side's loss is
also shown beside the base model's in the same context. The goal: (a) at least 3x faster than (b) at equal or
better held-out loss (and as much below its base model's) and style match.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from trainer.precision import cpu_threads  # noqa: E402


def huggingtweets_recipe(account: str, base_model: str, output: Path, seed: int) -> dict:
    """(b), timed from the raw tweets to the saved folder."""
    from transformers import (
        AutoModelForCausalLM,
        AutoTokenizer,
        Trainer,
        TrainingArguments,
        default_data_collator,
    )

    from trainer.base_model import resolve_base_model
    from trainer.cleaning import clean_account
    from trainer.dataset import split_train_val
    from trainer.sources import fetch_accounts

    start = time.perf_counter()
    cleaned = clean_account(fetch_accounts([account], "sample")[0])
    train_texts, _ = split_train_val(cleaned.texts, seed, cleaned.handle)
    folder = resolve_base_model(base_model)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    eos = tokenizer.eos_token
    stream = tokenizer(eos.join(train_texts) + eos, add_special_tokens=False)["input_ids"]
    block = 1024
    blocks = [stream[i:i + block] for i in range(0, len(stream) - block + 1, block)]
    dataset = [{"input_ids": torch.tensor(b), "labels": torch.tensor(b)} for b in blocks]
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    with tempfile.TemporaryDirectory() as tmp:
        args = TrainingArguments(
            output_dir=tmp, per_device_train_batch_size=1, num_train_epochs=4, learning_rate=1.372e-4,
            lr_scheduler_type="cosine", warmup_steps=0, save_strategy="no", report_to=[], logging_strategy="no",
            disable_tqdm=True, use_cpu=not torch.cuda.is_available(), dataloader_num_workers=0, seed=seed,
        )
        trainer = Trainer(model=model, args=args, train_dataset=dataset, data_collator=default_data_collator)
        with contextlib.redirect_stdout(io.StringIO()):
            trainer.train()
    model.save_pretrained(output)
    tokenizer.save_pretrained(output)
    return {"seconds": time.perf_counter() - start, "steps": 4 * len(blocks), "tokens": 4 * len(blocks) * block}


def ours(account: str, base_model: str, output: Path, dtype: str = "auto", max_steps: int | None = None) -> dict:
    """(a), timed from the raw tweets to the saved folder; the stage times from its progress events."""
    from trainer.pipeline import TrainConfig, run
    from trainer.progress import Reporter

    class Clock(Reporter):
        def __init__(self) -> None:
            self.marks: list[tuple[str, float]] = []

        def emit(self, event: str, **fields) -> None:
            if event == "stage" and (not self.marks or self.marks[-1][0] != fields["stage"]):
                self.marks.append((fields["stage"], time.perf_counter()))

    clock = Clock()
    start = time.perf_counter()
    config = TrainConfig(handles=[account], base_model=base_model, output=output, evaluate=False, dtype=dtype,
                         max_steps=max_steps)
    result = run(config, clock)
    seconds = time.perf_counter() - start
    marks = clock.marks + [("end", start + seconds)]
    stages: dict[str, float] = {}
    for (stage, t0), (_, t1) in zip(marks, marks[1:], strict=False):
        stages[stage] = stages.get(stage, 0.0) + t1 - t0
    tr = result.training
    return {"seconds": seconds, "stages": stages, "steps": tr.steps, "tokens": tr.tokens_trained,
            "epochs_run": tr.epochs_run, "dtype": tr.dtype, "stopped_early": tr.stopped_early}


def evaluate(folder: Path, account: str, base_model: str, seed: int) -> dict:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from trainer.adapters import is_adapter_folder, load_for_inference
    from trainer.base_model import resolve_base_model
    from trainer.cleaning import clean_account
    from trainer.evaluation.report import evaluate_fidelity, split_accounts
    from trainer.output import METADATA_FILENAME
    from trainer.precision import resolve_dtype
    from trainer.sources import fetch_accounts
    from trainer.voices import recorded_cues

    cleaned = [clean_account(fetch_accounts([account], "sample")[0])]
    meta = folder / METADATA_FILENAME  # (b) has none: it was trained and is sampled without a cue
    cues = recorded_cues(json.loads(meta.read_text(encoding="utf-8"))) if meta.is_file() else ()
    if is_adapter_folder(folder):  # the default method is LoRA: the adapter on its (embedded) base model
        model, tokenizer = load_for_inference(folder, dtype=torch.float32)
    else:
        model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
        tokenizer = AutoTokenizer.from_pretrained(folder)
    dtype = resolve_dtype("auto", torch.device("cpu"), model.config.hidden_size)
    start = time.perf_counter()
    fidelity = evaluate_fidelity(model, tokenizer, split_accounts(cleaned, seed),
                                 base_dir=resolve_base_model(base_model), base_name=base_model, dtype=dtype,
                                 cache_dir=_cache(), cues=cues)
    figures = fidelity.as_dict()
    ppl = figures["perplexity"][cleaned[0].handle]
    return {"loss": math.log(ppl["model"]), "base_loss": math.log(ppl["base"]), "style": figures["style_match"],
            "copies": figures["copies"], "eval_s": time.perf_counter() - start}


def prepare_machine(base_model: str) -> str:
    """The base model's folder and the ``--dtype auto`` verdict, made (or found in the cache) before any timing."""
    from transformers import AutoConfig

    from trainer.base_model import resolve_base_model
    from trainer.precision import resolve_dtype

    start = time.perf_counter()
    folder = resolve_base_model(base_model)
    unpacked = time.perf_counter()
    dtype = resolve_dtype("auto", torch.device("cpu"), AutoConfig.from_pretrained(folder).hidden_size)
    return (f"base model folder {unpacked - start:.0f} s, precision verdict {time.perf_counter() - unpacked:.0f} s "
            f"({str(dtype).removeprefix('torch.')}; 0 s when cached)")


def _cache() -> Path:
    from trainer.base_model import default_cache_dir

    return default_cache_dir()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--account", default="mb_lena_bakes", help="bundled sample account")
    parser.add_argument("--base-model", default="smollm2-135m")
    parser.add_argument("--repeat", type=int, default=1, help="time (a) this many times (before and after (b))")
    parser.add_argument("--dtype", default="auto", choices=["auto", "fp32", "bf16"],
                        help="(a)'s precision; fp32 shows on any machine what one whose bf16 is slow gets")
    parser.add_argument("--max-steps", type=int, help="(a) trains at most this many steps (the trainer's --max-steps)")
    args = parser.parse_args()

    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    torch.set_num_threads(cpu_threads())
    load = os.getloadavg()[0]
    print(f"@{args.account}, base {args.base_model}; {torch.get_num_threads()} torch threads on "
          f"{os.cpu_count()} CPUs, torch {torch.__version__}; load average {load:.1f}"
          + ("  (busy machine: wall times are noisy, compare the ratio)" if load > 0.5 * (os.cpu_count() or 1) else ""))
    print(f"once per machine, timed for neither: {prepare_machine(args.base_model)}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        times_a = []
        a = None
        for i in range(args.repeat):
            a = ours(args.account, args.base_model, Path(tmp) / f"ours{i}", args.dtype, args.max_steps)
            times_a.append(a["seconds"])
            print(f"(a) ours: {a['seconds']:.0f} s, {a['steps']} steps, {a['tokens']} tokens "
                  f"({a['epochs_run']:.2f} epochs{', stopped early' if a['stopped_early'] else ''}, {a['dtype']}): "
                  + ", ".join(f"{k} {v:.0f} s" for k, v in a["stages"].items()), flush=True)
            if i == 0:
                b = huggingtweets_recipe(args.account, args.base_model, Path(tmp) / "huggingtweets", seed=42)
                print(f"(b) huggingtweets recipe: {b['seconds']:.0f} s, {b['steps']} steps, {b['tokens']} tokens, "
                      "float32", flush=True)
        # (b) first: it fills the base model's cache, so (a)'s evaluation costs what it costs after a training
        eval_b = evaluate(Path(tmp) / "huggingtweets", args.account, args.base_model, seed=42)
        eval_a = evaluate(Path(tmp) / "ours0", args.account, args.base_model, seed=42)
    best_a = min(times_a)
    ratio = b["seconds"] / best_a
    print(f"\n{'':28s} {'wall s':>7s} {'held-out loss':>14s} {'style match':>12s} {'copies':>7s}")
    options = ([f"--dtype {args.dtype}"] if args.dtype != "auto" else []) + (
        [f"--max-steps {args.max_steps}"] if args.max_steps else [])
    label = "(a) mimicbird " + (" ".join(options) or "defaults")
    print(f"{label:28s} {best_a:7.0f} {eval_a['loss']:14.3f} {eval_a['style']:12.0%} "
          f"{eval_a['copies']:7.1%}")
    print(f"{'(b) huggingtweets recipe':28s} {b['seconds']:7.0f} {eval_b['loss']:14.3f} {eval_b['style']:12.0%} "
          f"{eval_b['copies']:7.1%}")
    print(f"{'base model, as (a) is used':28s} {'':7s} {eval_a['base_loss']:14.3f}  (after the voice cue)")
    print(f"{'base model, as (b) is used':28s} {'':7s} {eval_b['base_loss']:14.3f}")
    print(f"(a) is {ratio:.2f}x faster" + (f" (its {len(times_a)} runs: "
                                           + ", ".join(f"{t:.0f}" for t in times_a) + " s)" if len(times_a) > 1 else "")
          + f"; the voice fidelity evaluation adds {eval_a['eval_s']:.0f} s to (a) "
          f"({b['seconds'] / (best_a + eval_a['eval_s']):.2f}x with it)")
    gain_a, gain_b = eval_a["base_loss"] - eval_a["loss"], eval_b["base_loss"] - eval_b["loss"]
    print(f"held-out loss below the base model's in the same context: (a) {gain_a:.3f}, (b) {gain_b:.3f} nats per token")
    met = (ratio >= 3 and eval_a["loss"] <= eval_b["loss"] + 1e-3 and gain_a >= gain_b - 1e-3
           and eval_a["style"] >= eval_b["style"])
    print(f"goal (>= 3x faster at equal or better held-out loss and style match): {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
