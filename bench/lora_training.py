"""Full fine-tuning vs a LoRA adapter, on the same data, in one run: what ``--method auto`` is based on.

    .venv/bin/python bench/lora_training.py                           # embedded SmolLM2-135M, @mb_lena_bakes
    .venv/bin/python bench/lora_training.py --accounts mb_lena_bakes mb_astro_ivo --repeats 2
    .venv/bin/python bench/lora_training.py --lora-lr 5e-4 1e-3 2e-3   # a learning-rate sweep for LoRA

First, training speed alone: ``--alternations`` rounds of ``--steps`` timed optimizer steps (after one untimed
step) of each method on copies of the same model and batches, the methods alternating, on ONE torch thread.
Each step is timed twice: wall time (what a user waits; on a shared machine it swings with other processes'
load) and the CPU time of the training thread (the work itself: time-sharing does not inflate it). The
verdict uses CPU time; per round it prints both LoRA/full ratios.

Then whole runs. Each run is the real trainer (``trainer.pipeline.run``): raw tweets -> cleaned -> trained (all epochs, early
stopping on the held-out 10%) -> samples -> saved folder. Per run it prints:

- tokens/s of the training steps, and the wall time from raw tweets to a saved model;
- the best held-out loss (validation loss, nats/token; lower is better) and the epochs run;
- the folder's size on disk (a persona), and the weights file alone.

Runs of the methods alternate (full, lora, lora, full, ...) so that load from other processes on a shared
machine hits both alike; the summary gives medians and LoRA/full ratios. The machine is printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def folder_bytes(folder: Path) -> tuple[int, int]:
    """(whole folder, weights files) in bytes."""
    files = [p for p in folder.iterdir() if p.is_file()]
    weights = sum(p.stat().st_size for p in files if p.suffix == ".safetensors")
    return sum(p.stat().st_size for p in files), weights


def step_throughput(model_name: str, account: str, steps: int, alternations: int, rank: int) -> dict[str, list[float]]:
    """Tokens per wall second and per CPU second of ``steps`` timed steps per method, alternating, one thread."""
    import copy

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    import trainer.training as training
    from trainer.base_model import resolve_base_model
    from trainer.cleaning import clean_account
    from trainer.dataset import build_training_data
    from trainer.lora import LoraOptions, add_adapter
    from trainer.sources import fetch_accounts
    from trainer.training import TrainSettings, train

    folder = resolve_base_model(model_name)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    base = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    texts = clean_account(fetch_accounts([account], "sample")[0]).texts
    data = build_training_data([("bench", texts)], tokenizer, block_size=256, epochs=8, seed=0)
    data.val = [data.val[0][:1]]  # evaluation is not what is timed
    tokens = 4 * data.stats.block_size
    rates: dict[str, list[float]] = {"full": [], "lora": [], "full_cpu": [], "lora_cpu": []}
    setup = training.setup_hardware
    training.setup_hardware = lambda device: torch.set_num_threads(1)  # thread CPU time = all the work
    try:
        for i in range(alternations):
            for method in ("full", "lora") if i % 2 == 0 else ("lora", "full"):
                model = copy.deepcopy(base)
                if method == "lora":
                    model = add_adapter(model, LoraOptions(rank=rank, alpha=2 * rank))
                marks: list[float] = []  # thread CPU time after each step (on_log runs once per step)
                result = train(model, data, TrainSettings(max_steps=1 + steps, batch_size=4, patience=10**6),
                               on_log=lambda m, marks=marks: marks.append(time.thread_time()) if "train/loss" in m else None)
                cpu = [b - a for a, b in zip(marks, marks[1:], strict=False)]
                rates[method].append(tokens * steps / sum(result.step_seconds[1:]))
                rates[method + "_cpu"].append(tokens * len(cpu) / sum(cpu))
                del model
            print(f"  round {i + 1}: tokens per CPU second full {rates['full_cpu'][-1]:.0f}, LoRA "
                  f"{rates['lora_cpu'][-1]:.0f} ({rates['lora_cpu'][-1] / rates['full_cpu'][-1]:.2f}x); per wall "
                  f"second full {rates['full'][-1]:.0f}, LoRA {rates['lora'][-1]:.0f} "
                  f"({rates['lora'][-1] / rates['full'][-1]:.2f}x); {result.dtype}; load {os.getloadavg()[0]:.1f}",
                  flush=True)
    finally:
        training.setup_hardware = setup
    return rates


def one_run(account: str, model: str, method: str, lr: float | None, args: argparse.Namespace) -> dict:
    from trainer.pipeline import TrainConfig, run

    with tempfile.TemporaryDirectory() as tmp:
        config = TrainConfig(handles=[account], base_model=model, output=Path(tmp) / "persona", method=method,
                             epochs=args.epochs, device=args.device, samples=args.samples, seed=args.seed,
                             lora_rank=args.rank)
        if lr is not None:
            if method == "lora":
                config.lora_learning_rate = lr
            else:
                config.learning_rate = lr
        start = time.perf_counter()
        result = run(config)
        wall = time.perf_counter() - start
        disk, weights = folder_bytes(config.output)
    tr = result.training
    return {"account": account, "method": method, "lr": lr if lr is not None else
            (config.lora_learning_rate if method == "lora" else config.learning_rate),
            "tokens_per_s": tr.tokens_per_s, "wall_s": wall, "train_s": tr.seconds, "val_loss": tr.val_loss,
            "initial": tr.initial_val_loss, "epochs": tr.epochs_run, "steps": tr.steps, "dtype": tr.dtype,
            "disk": disk, "weights": weights, "samples": result.samples}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="smollm2-135m", help="base model: embedded name, folder or hub id")
    parser.add_argument("--accounts", nargs="+", default=["mb_lena_bakes"], help="bundled sample accounts")
    parser.add_argument("--repeats", type=int, default=1, help="runs per method and account (alternating)")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--samples", type=int, default=3, help="card samples per run (part of the wall time)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--rank", type=int, default=16, help="LoRA rank")
    parser.add_argument("--full-lr", type=float, nargs="+", default=[None], help="full fine-tuning learning rates")
    parser.add_argument("--lora-lr", type=float, nargs="+", default=[None], help="LoRA learning rates")
    parser.add_argument("--methods", nargs="+", default=["full", "lora"], choices=("full", "lora"))
    parser.add_argument("--steps", type=int, default=3, help="timed steps per method and round (speed alone)")
    parser.add_argument("--alternations", type=int, default=4, help="rounds of the speed comparison (0: skip)")
    parser.add_argument("--no-runs", action="store_true", help="only the speed comparison, no whole runs")
    args = parser.parse_args()

    import torch
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    print(f"machine: {os.cpu_count()} CPU threads, torch {torch.__version__}, "
          f"CUDA {'yes: ' + torch.cuda.get_device_name() if torch.cuda.is_available() else 'no'}; "
          f"load average at start {os.getloadavg()[0]:.1f} (other processes share the cores: compare ratios)")
    if args.alternations:
        print(f"\nspeed alone: {args.alternations} rounds of {args.steps} steps per method (4 x 256-token blocks)")
        rates = step_throughput(args.model, args.accounts[0], args.steps, args.alternations, args.rank)
        for kind, unit in (("_cpu", "CPU second"), ("", "wall second")):
            ratios = sorted(lo / fu for lo, fu in zip(rates["lora" + kind], rates["full" + kind], strict=True))
            print(f"LoRA vs full, training tokens per {unit} (1 thread): {statistics.median(ratios):.2f}x, median of "
                  f"rounds ({', '.join(f'{r:.2f}' for r in ratios)}); full {statistics.median(rates['full' + kind]):.0f},"
                  f" LoRA {statistics.median(rates['lora' + kind]):.0f} (medians)")
    if args.no_runs:
        return
    print("\nwhole runs:")
    plan = [(m, lr) for m in args.methods for lr in (args.full_lr if m == "full" else args.lora_lr)]
    runs: list[dict] = []
    for account in args.accounts:
        for repeat in range(args.repeats):
            order = plan if repeat % 2 == 0 else plan[::-1]
            for method, lr in order:
                r = one_run(account, args.model, method, lr, args)
                runs.append(r)
                print(f"@{account} {method:4s} lr {r['lr']:.0e}: {r['tokens_per_s']:6.0f} tok/s, model in "
                      f"{r['wall_s']:5.1f} s (training {r['train_s']:5.1f} s, {r['steps']} steps, "
                      f"{r['epochs']:.2f} epochs), held-out loss {r['initial']:.3f} -> {r['val_loss']:.3f}, "
                      f"folder {r['disk'] / 2**20:.1f} MiB (weights {r['weights'] / 2**20:.1f} MiB), "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
                print(f"    samples: {r['samples']}", flush=True)

    print("\nsummary (medians over runs and accounts):")
    groups: dict[tuple[str, float], list[dict]] = {}
    for r in runs:
        groups.setdefault((r["method"], r["lr"]), []).append(r)
    med = {key: {k: statistics.median(r[k] for r in rs) for k in ("tokens_per_s", "wall_s", "val_loss", "disk",
                                                                    "weights", "epochs")}
           for key, rs in groups.items()}
    print(f"{'method':6s} {'lr':>7s} {'tok/s':>7s} {'wall s':>7s} {'held-out':>9s} {'epochs':>6s} {'MiB':>7s}")
    for (method, lr), m in med.items():
        print(f"{method:6s} {lr:7.0e} {m['tokens_per_s']:7.0f} {m['wall_s']:7.1f} {m['val_loss']:9.3f} "
              f"{m['epochs']:6.2f} {m['disk'] / 2**20:7.1f}")
    fulls = [m for (method, _), m in med.items() if method == "full"]
    loras = [m for (method, _), m in med.items() if method == "lora"]
    if fulls and loras:
        full = min(fulls, key=lambda m: m["val_loss"])
        lora = min(loras, key=lambda m: m["val_loss"])
        print(f"\nbest LoRA vs best full: tokens/s {lora['tokens_per_s'] / full['tokens_per_s']:.2f}x, wall time to a "
              f"model {lora['wall_s'] / full['wall_s']:.2f}x, held-out loss {lora['val_loss'] - full['val_loss']:+.3f} "
              f"nats/token ({'LoRA' if lora['val_loss'] < full['val_loss'] else 'full'} better), disk per persona "
              f"{full['disk'] / lora['disk']:.0f}x smaller as an adapter ({lora['disk'] / 2**20:.1f} vs "
              f"{full['disk'] / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main()
