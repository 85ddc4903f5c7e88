"""Many personas on one base model: LoRA adapters served together vs full models, in one run.

    .venv/bin/python bench/adapter_serving.py                   # 16 personas, 16 concurrent requests
    .venv/bin/python bench/adapter_serving.py --on-disk 100 --max-new-tokens 40 --rounds 2

The benchmark of the bot's adapter serving (``bot/generation/generator.py`` + ``adapter_pool.py``). Setup, in a temporary folder: ``--on-disk`` adapter folders
for the embedded base model, written by the trainer's own writer (``trainer.output.write_model_folder``:
metadata, base identity, checksum), rank 16 on all linear layers like ``--method lora``; their weights are
random (a trained adapter has the same shapes, so the same cost), small enough that the text stays the base
model's. The first ``--personas`` of them are also merged into standalone full models (``--merge``'s code).

Approaches, each in its own fresh process (so that peak RSS is its own), alternating over ``--rounds``:

- ours: the bot's ``Generator`` on the adapter folders: one base model in memory, adapters attached on demand
  (LRU, ``--max-adapters``), every pending request for any persona on that base in ONE ``generate`` call with
  a per-row adapter (the adapters stacked: ``bot/generation/lora_bank.py``);
- full-lru: the same ``Generator`` on the merged full models (its LRU of ``--model-cache`` whole models, one
  batch per model): 16 personas means loading models and one ``generate`` per persona;
- pipeline: a fresh ``transformers.pipeline()`` per request, one at a time (``--baseline-requests`` of them).

The generator's worker thread runs at normal priority here (``worker_nice=0``; the bot lowers it to keep its
event loop snappy), like the baseline, so that other load on a shared machine hits every approach alike.

It prints samples/s, p50/p95 latency and peak RSS per approach (warm: the second burst, adapters or models
loaded as far as the approach keeps them; the cold first burst apart), and the memory check: resident memory
of a server with ``--on-disk`` adapters on disk and ``--personas`` in use vs base model + those adapters.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

PROMPTS = ["My dream is", "Today I", "The best thing about", "I can't believe", "Hot take:", "Note to self:",
           "Just finished", "Why does nobody"]


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# ---------------------------------------------------------------------------------------------- setup


def make_personas(root: Path, on_disk: int, personas: int, rank: int, base_dir: Path) -> None:
    """``on_disk`` adapter folders under root/adapters and ``personas`` merged models under root/full."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from trainer.adapters import merge_adapter_folder
    from trainer.base_model import EMBEDDED_HUB_ID, EMBEDDED_NAME, base_identity
    from trainer.output import write_model_folder

    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    identity = base_identity(EMBEDDED_NAME, base_dir)
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32),
                           LoraConfig(r=rank, lora_alpha=2 * rank, target_modules="all-linear", task_type="CAUSAL_LM"))
    for i in range(on_disk):
        generator = torch.Generator().manual_seed(i)
        with torch.no_grad():
            for name, param in model.named_parameters():
                if "lora_" in name:  # small random updates: a distinct persona, the base's fluent text
                    param.copy_(torch.randn(param.shape, generator=generator) * (0.02 if "lora_A" in name else 0.002))
        meta = {"model_name": f"persona{i:03d}", "method": "lora", "form": "adapter", "base_identity": identity,
                "base_model": EMBEDDED_HUB_ID}
        write_model_folder(root / "adapters" / f"persona{i:03d}", model, tokenizer, metadata=meta, training_texts=[],
                           public_base_model=EMBEDDED_HUB_ID)
    for i in range(personas):
        merge_adapter_folder(root / "adapters" / f"persona{i:03d}", root / "full" / f"persona{i:03d}")


# ---------------------------------------------------------------------------------------------- workers


def burst_stats(latencies: list[float], wall: float) -> dict:
    ordered = sorted(latencies)

    def pct(q: float) -> float:
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]

    return {"n": len(ordered), "p50": pct(0.5), "p95": pct(0.95), "rate": len(ordered) / wall, "wall": wall}


async def _burst(call, folders: list[Path]) -> dict:
    latencies: list[float] = []

    async def one(i: int, folder: Path) -> None:
        t0 = time.perf_counter()
        await call(folder, PROMPTS[i % len(PROMPTS)])
        latencies.append(time.perf_counter() - t0)

    start = time.perf_counter()
    await asyncio.gather(*(one(i, f) for i, f in enumerate(folders)))
    return burst_stats(latencies, time.perf_counter() - start)


def worker(args: argparse.Namespace) -> dict:
    import torch
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    root = Path(args.root)
    names = [f"persona{i:03d}" for i in range(args.personas)]
    dtype = torch.bfloat16 if args.dtype == "bf16" else torch.float32
    threads = args.threads
    result: dict = {"approach": args.worker, "rss_start": rss_bytes()}

    if args.worker in ("ours", "full-lru"):
        from bot.generation.generator import Generator

        folders = [root / ("adapters" if args.worker == "ours" else "full") / n for n in names]

        async def go() -> None:
            gen = Generator(capacity=args.model_cache, device="cpu", dtype=dtype, threads=threads, worker_nice=0,
                            max_adapters=args.max_adapters, adapter_memory_mb=None)
            call = lambda f, p: gen.generate(f, p, 1, max_new_tokens=args.max_new_tokens)  # noqa: E731
            result["cold"] = await _burst(call, folders)
            result["warm"] = [await _burst(call, folders) for _ in range(args.bursts)]
            result["calls"] = gen.stats.batch_sizes
            result["model_loads" if args.worker == "full-lru" else "adapter_loads"] = (
                gen.cache.loads if args.worker == "full-lru" else gen.adapters.loads)
            await gen.close()

        asyncio.run(go())
    elif args.worker == "pipeline":
        torch.set_num_threads(threads)
        latencies = []
        start = time.perf_counter()
        for i in range(args.baseline_requests):
            t0 = time.perf_counter()
            pipe = transformers.pipeline("text-generation", model=str(root / "full" / names[i % len(names)]))
            pipe(PROMPTS[i % len(PROMPTS)], max_new_tokens=args.max_new_tokens, do_sample=True, top_p=0.95,
                 return_full_text=False, pad_token_id=pipe.tokenizer.eos_token_id)
            latencies.append(time.perf_counter() - t0)
            del pipe
        result["warm"] = [burst_stats(latencies, time.perf_counter() - start)]
    elif args.worker == "memory":
        result.update(memory_check(root, args, dtype))
    result["peak_rss"] = peak_rss_bytes()
    return result


def memory_check(root: Path, args: argparse.Namespace, dtype: Any) -> dict:
    """Resident memory: ``--on-disk`` adapters on disk, ``--personas`` of them served, vs base + those adapters."""
    import gc

    from bot.generation.generator import Generator
    from trainer.base_model import embedded_model_dir

    on_disk = len(list((root / "adapters").iterdir()))
    before = rss_bytes()
    folders = [root / "adapters" / f"persona{i:03d}" for i in range(args.personas)]
    sizes: dict[str, int] = {}

    async def go() -> None:
        gen = Generator(device="cpu", dtype=dtype, threads=args.threads, max_adapters=args.personas, worker_nice=0,
                        adapter_memory_mb=None)
        call = lambda f, p: gen.generate(f, p, 1, max_new_tokens=args.max_new_tokens)  # noqa: E731
        await call(folders[0], PROMPTS[0])  # the base model serving one persona: what "base" costs resident
        gc.collect()
        sizes["serving_base"] = rss_bytes() - before
        await _burst(call, folders)
        # then 2x as many other personas pass through the LRU: memory must stay bounded by the pool's size
        others = [root / "adapters" / f"persona{i:03d}" for i in range(args.personas, min(on_disk, 3 * args.personas))]
        for chunk in range(0, len(others), args.personas):
            await _burst(call, others[chunk:chunk + args.personas])
        gc.collect()
        pool = gen.adapters
        base = next(iter(pool.bases.values())).loaded.model
        sizes["base"] = sum(p.numel() * p.element_size() for n, p in base.named_parameters() if "lora_" not in n)
        sizes["adapters"], sizes["in_use"], sizes["loads"] = pool.adapter_bytes, len(pool.attached), pool.loads
        sizes["lora_dtype"] = str(next(iter(pool.bases.values())).bank.dtype).removeprefix("torch.")
        sizes["resident"] = rss_bytes() - before
        await gen.close()

    asyncio.run(go())
    resident, base_bytes, adapter_bytes = sizes["resident"], sizes["base"], sizes["adapters"]
    return {"on_disk": on_disk, "in_use": sizes["in_use"], "loads": sizes["loads"], "resident": resident,
            "serving_base": sizes["serving_base"], "lora_dtype": sizes["lora_dtype"],
            "base_bytes": base_bytes, "adapter_bytes": adapter_bytes,
            "adapter_file": (root / "adapters" / "persona000" / "adapter_model.safetensors").stat().st_size,
            "full_file": (root / "full" / "persona000" / "model.safetensors").stat().st_size,
            "embedded": str(embedded_model_dir().name)}


# ---------------------------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--personas", type=int, default=16, help="distinct personas, one request each per burst")
    parser.add_argument("--on-disk", type=int, default=100, help="adapter folders on disk")
    parser.add_argument("--max-adapters", type=int, default=16, help="ours: adapters kept attached (LRU)")
    parser.add_argument("--model-cache", type=int, default=2, help="full-lru: whole models kept loaded (the bot's default)")
    parser.add_argument("--max-new-tokens", type=int, default=40)
    parser.add_argument("--bursts", type=int, default=2, help="warm bursts of --personas concurrent requests")
    parser.add_argument("--rounds", type=int, default=1, help="times each approach runs (alternating)")
    parser.add_argument("--baseline-requests", type=int, default=4)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--dtype", choices=("bf16", "fp32"), default="bf16", help="serving dtype (CPU)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (the bot uses half the cores)")
    parser.add_argument("--approaches", nargs="+", default=["ours", "full-lru", "pipeline"])
    parser.add_argument("--workdir", help="keep the personas here and reuse them on the next run (default: a temporary folder)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args)))
        return

    from trainer.base_model import embedded_model_dir

    print(f"machine: {os.cpu_count()} CPU threads; load average {os.getloadavg()[0]:.1f} (shared: compare ratios); "
          f"serving dtype {args.dtype}, {args.threads} torch thread(s), {args.max_new_tokens} new tokens at most")
    with contextlib.ExitStack() as stack:
        tmp = args.workdir or stack.enter_context(tempfile.TemporaryDirectory(prefix="mimicbird-adapters-"))
        t0 = time.perf_counter()
        if _ready(Path(tmp), args):
            print(f"setup: reusing the personas in {tmp}")
        else:
            make_personas(Path(tmp), args.on_disk, args.personas, args.rank, embedded_model_dir())
            print(f"setup: {args.on_disk} adapter folders + {args.personas} merged full models in "
                  f"{time.perf_counter() - t0:.0f} s")
        argv = [sys.executable, __file__, "--root", tmp, *sys.argv[1:]]
        results: dict[str, list[dict]] = {}
        for round_ in range(args.rounds):
            order = args.approaches if round_ % 2 == 0 else args.approaches[::-1]
            for approach in [*order, "memory"] if round_ == 0 else order:
                proc = subprocess.run([*argv, "--worker", approach], capture_output=True, text=True, cwd=ROOT)
                if proc.returncode != 0:
                    print(f"{approach} failed: {proc.stderr.strip().splitlines()[-1:]}")
                    continue
                results.setdefault(approach, []).append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print(f"  ran {approach} (load average {os.getloadavg()[0]:.1f})", flush=True)
    report(results, args)


def _ready(root: Path, args: argparse.Namespace) -> bool:
    """``--workdir`` already holds this run's personas (a rerun skips the minutes of setup)."""
    return all((root / kind / f"persona{i:03d}" / "mimicbird.json").is_file()
               for kind, count in (("adapters", args.on_disk), ("full", args.personas)) for i in range(count))


def report(results: dict[str, list[dict]], args: argparse.Namespace) -> None:
    print(f"\n{'approach':10s} {'burst':6s} {'reqs':>4s} {'p50 s':>7s} {'p95 s':>7s} {'samples/s':>9s} {'peak RSS':>9s}")
    rates: dict[str, float] = {}
    for approach, runs in results.items():
        if approach == "memory":
            continue
        for run in runs:
            for label, burst in [("cold", run.get("cold")), *[("warm", w) for w in run["warm"]]]:
                if burst:
                    print(f"{approach:10s} {label:6s} {burst['n']:4d} {burst['p50']:7.2f} {burst['p95']:7.2f} "
                          f"{burst['rate']:9.2f} {run['peak_rss'] / 2**30:8.2f}G")
        warm = [w for run in runs for w in run["warm"]]
        rates[approach] = sum(w["n"] for w in warm) / sum(w["wall"] for w in warm)
        extra = {k: runs[0][k] for k in ("calls", "model_loads", "adapter_loads") if k in runs[0]}
        if extra:
            print(f"{'':10s} {extra}")
    if "ours" in rates:
        for other in ("full-lru", "pipeline"):
            if other in rates:
                goal = " (goal >= 4x: " + ("PASS" if rates["ours"] >= 4 * rates[other] else "FAIL") + ")"
                print(f"warm samples/s, ours vs {other}: {rates['ours'] / rates[other]:.1f}x"
                      + (goal if other == "full-lru" else ""))
    if "memory" in results:
        m = results["memory"][0]
        weights = m["base_bytes"] + m["adapter_bytes"]
        budget = m["serving_base"] + m["adapter_bytes"]
        mib = 2**20
        print(f"\nmemory: {m['on_disk']} adapters on disk, {m['in_use']} attached after {m['loads']} loads "
              f"(3 x {args.personas} personas passed through an LRU of {args.personas}); resident growth "
              f"{m['resident'] / mib:.0f} MiB vs the base serving one persona ({m['serving_base'] / mib:.0f} MiB: "
              f"weights, tokenizer, model code) + {m['in_use']} adapters ({m['adapter_bytes'] / mib:.0f} MiB, held in "
              f"{m['lora_dtype']}) = "
              f"{budget / mib:.0f} MiB: {m['resident'] / budget:.2f}x (goal <= 1.20x: "
              f"{'PASS' if m['resident'] <= 1.2 * budget else 'FAIL'}); vs the weights alone (base "
              f"{m['base_bytes'] / mib:.0f} MiB + adapters): {m['resident'] / weights:.2f}x")
        print(f"disk per persona: adapter weights {m['adapter_file'] / 2**20:.1f} MiB vs full model "
              f"{m['full_file'] / 2**20:.0f} MiB ({m['full_file'] / m['adapter_file']:.0f}x)")


if __name__ == "__main__":
    main()
