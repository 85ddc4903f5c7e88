"""Which precision and how many threads the trainer computes with: measured on this machine, not assumed.

``--dtype auto`` on a CPU trains in bf16 only when bf16 matrix products measure faster than fp32 ones. CPUs
differ: this project's 2-core AMD EPYC (AVX512-BF16) runs bf16 matmuls ~2.2x faster than fp32, while a CPU
without native bf16 emulates it and other machines measured bf16 2x *slower*. One short measurement is not
enough on a shared machine (a busy neighbour can swing a 0.15 s timing either way), so ``cpu_verdict``:

* measures both dtypes in alternation, ``ROUNDS`` times each, and compares the *medians* (a burst of load
  hits both dtypes alike instead of one);
* chooses bf16 when its median is at least ``BF16_MARGIN`` times fp32's;
* caches the verdict with its figures in ``<cache dir>/precision.json``, keyed by the CPU model, the torch
  version, the thread count and the measured matrix width, so later trainings on this machine reuse it
  (delete the file, or name ``--dtype``, to decide again);
* and says what it decided and why (``Verdict.describe``), which the trainer logs.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import torch

from trainer.errors import TrainerError

ROUNDS = 5
BF16_MARGIN = 1.2  # bf16 must be clearly faster: it also costs an fp32 master copy of the weights
CACHE_FILENAME = "precision.json"


def cpu_threads() -> int:
    """Threads for torch on this CPU: ``OMP_NUM_THREADS`` if set, else the CPUs this process may run on.

    (``taskset``/cgroup affinity is respected, unlike ``os.cpu_count()``.) On a CPU that other processes keep
    busy, fewer threads than cores can be much faster: on the 2-core dev machine under a load of ~10, a
    training step took 4-5x longer with 2 threads than with 1 (threads wait for each other at every
    parallel region). ``OMP_NUM_THREADS=1`` is the remedy there.
    """
    env = os.environ.get("OMP_NUM_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def cpu_model() -> str:
    """The CPU's model name (``/proc/cpuinfo`` on Linux), else what ``platform`` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return " ".join(line.split(":", 1)[1].split())
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown cpu"


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _matmul_shape(device: torch.device, hidden: int) -> tuple[int, int]:
    rows = 4096 if device.type == "cuda" else 1024
    return rows, max(hidden, 4096 if device.type == "cuda" else 512)  # a tiny test model says nothing of a peak


def measure_matmul_flops(device: torch.device, dtype: torch.dtype, hidden: int, seconds: float = 0.15) -> float:
    """Best matmul FLOP/s of ``[rows, hidden] @ [hidden, 4*hidden]`` (an MLP-shaped product) in ``dtype``."""
    rows, hidden = _matmul_shape(device, hidden)
    a = torch.randn(rows, hidden, device=device, dtype=dtype)
    b = torch.randn(hidden, 4 * hidden, device=device, dtype=dtype)
    flops = 2.0 * rows * hidden * 4 * hidden
    torch.mm(a, b)
    _sync(device)
    best = 0.0
    deadline = time.perf_counter() + seconds
    while True:
        start = time.perf_counter()
        torch.mm(a, b)
        _sync(device)
        elapsed = time.perf_counter() - start
        best = max(best, flops / max(elapsed, 1e-9))
        if time.perf_counter() > deadline:
            return best


@dataclass
class Verdict:
    """The CPU precision decision and the figures behind it."""

    dtype: str  # "bfloat16" | "float32"
    bf16_gflops: float  # medians over the rounds
    fp32_gflops: float
    rounds: int
    key: str
    measured_at: str
    cached: bool = False

    @property
    def torch_dtype(self) -> torch.dtype:
        return torch.bfloat16 if self.dtype == "bfloat16" else torch.float32

    def describe(self) -> str:
        ratio = self.bf16_gflops / max(self.fp32_gflops, 1e-9)
        how = f"cached verdict of {self.measured_at}" if self.cached else "measured now"
        return (f"--dtype auto chose {self.dtype}: bf16 matmuls {ratio:.2f}x fp32 ({self.bf16_gflops:.0f} vs "
                f"{self.fp32_gflops:.0f} GFLOP/s, medians of {self.rounds} alternating rounds; bf16 needs "
                f">= {BF16_MARGIN}x), {how}")


def verdict_key(hidden: int, threads: int | None = None) -> str:
    _, width = _matmul_shape(torch.device("cpu"), hidden)
    return f"{cpu_model()} | torch {torch.__version__} | {threads or torch.get_num_threads()} threads | width {width}"


def measure_verdict(hidden: int, rounds: int = ROUNDS, seconds: float = 0.1) -> Verdict:
    """Alternate bf16 and fp32 measurements ``rounds`` times and compare their medians."""
    device = torch.device("cpu")
    bf16, fp32 = [], []
    for _ in range(rounds):
        bf16.append(measure_matmul_flops(device, torch.bfloat16, hidden, seconds))
        fp32.append(measure_matmul_flops(device, torch.float32, hidden, seconds))
    b, f = statistics.median(bf16), statistics.median(fp32)
    return Verdict(dtype="bfloat16" if b >= BF16_MARGIN * f else "float32", bf16_gflops=b / 1e9,
                   fp32_gflops=f / 1e9, rounds=rounds, key=verdict_key(hidden),
                   measured_at=datetime.now(UTC).isoformat(timespec="seconds"))


def _read_cache(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def cpu_verdict(hidden: int, cache_dir: Path | None = None) -> Verdict:
    """bf16 or fp32 for a CPU: the cached verdict for this machine, else measured now and cached."""
    from trainer.base_model import default_cache_dir

    path = Path(cache_dir or default_cache_dir()) / CACHE_FILENAME
    key = verdict_key(hidden)
    entry = _read_cache(path).get(key)
    if isinstance(entry, dict):
        try:
            verdict = Verdict(**{**entry, "key": key, "cached": True})
            if verdict.dtype in ("bfloat16", "float32"):
                return verdict
        except TypeError:
            pass  # an older entry: measure again
    verdict = measure_verdict(hidden)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _read_cache(path)
        data[key] = {k: v for k, v in asdict(verdict).items() if k not in ("key", "cached")}
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        tmp.replace(path)  # atomic: concurrent trainers never read half a file
    except OSError:
        pass  # a read-only cache: the verdict still holds for this run
    return verdict


def resolve_dtype(name: str, device: torch.device, hidden: int, cache_dir: Path | None = None,
                  log=None) -> torch.dtype:
    """``bf16``/``fp32`` as asked; ``auto``: bf16 on a bf16-capable GPU, on CPU the (cached) measured verdict.

    ``log`` (a callable taking one line) hears the CPU decision and its figures.
    """
    if name == "bf16":
        return torch.bfloat16
    if name == "fp32":
        return torch.float32
    if name != "auto":
        raise TrainerError(f"unknown dtype {name!r}: use auto, bf16 or fp32")
    if device.type == "cuda":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float32
    verdict = cpu_verdict(hidden, cache_dir)
    if log is not None:
        log(verdict.describe())
    return verdict.torch_dtype
