"""--dtype auto on a CPU: measured by medians of alternating rounds, cached per machine, logged."""

from __future__ import annotations

import json

import torch

from trainer import precision
from trainer.precision import CACHE_FILENAME, Verdict, cpu_threads, cpu_verdict, resolve_dtype, verdict_key


def _fixed(dtype: str) -> Verdict:
    return Verdict(dtype=dtype, bf16_gflops=300.0, fp32_gflops=100.0, rounds=5, key=verdict_key(64),
                   measured_at="2026-01-01T00:00:00+00:00")


def test_verdict_is_measured_once_then_read_from_the_cache(tmp_path, monkeypatch):
    first = cpu_verdict(64, tmp_path)  # a real measurement (small matrices)
    assert not first.cached and first.dtype in ("bfloat16", "float32") and first.rounds == precision.ROUNDS
    stored = json.loads((tmp_path / CACHE_FILENAME).read_text())
    key = verdict_key(64)
    assert key in stored and stored[key]["dtype"] == first.dtype
    assert torch.__version__ in key and f"{torch.get_num_threads()} threads" in key

    def no_measuring(*args, **kwargs):
        raise AssertionError("measured again although the verdict was cached")

    monkeypatch.setattr(precision, "measure_verdict", no_measuring)
    again = cpu_verdict(64, tmp_path)
    assert again.cached and again.dtype == first.dtype and again.bf16_gflops == first.bf16_gflops


def test_the_verdict_follows_the_medians_and_a_damaged_cache_is_measured_again(tmp_path, monkeypatch):
    (tmp_path / CACHE_FILENAME).write_text("{not json")
    speeds = iter([300e9, 100e9] * 2 + [10e9, 100e9] + [300e9, 100e9] * 2)  # one slow bf16 round: an outlier
    monkeypatch.setattr(precision, "measure_matmul_flops", lambda *a, **k: next(speeds))
    verdict = cpu_verdict(64, tmp_path)
    assert verdict.dtype == "bfloat16" and verdict.bf16_gflops == 300.0 and not verdict.cached
    assert json.loads((tmp_path / CACHE_FILENAME).read_text())[verdict_key(64)]["dtype"] == "bfloat16"


def test_bf16_must_be_clearly_faster(monkeypatch):
    speeds = iter([110e9, 100e9] * precision.ROUNDS)  # 1.1x: not worth fp32 master weights
    monkeypatch.setattr(precision, "measure_matmul_flops", lambda *a, **k: next(speeds))
    assert precision.measure_verdict(64).dtype == "float32"


def test_other_threads_or_torch_make_another_key(tmp_path, monkeypatch):
    monkeypatch.setattr(precision, "measure_verdict", lambda hidden: _fixed("bfloat16"))
    cpu_verdict(64, tmp_path)
    assert verdict_key(64, threads=1) != verdict_key(64, threads=64)
    stored = json.loads((tmp_path / CACHE_FILENAME).read_text())
    stored[verdict_key(64)]["dtype"] = "float32"  # what a later machine state would have cached
    (tmp_path / CACHE_FILENAME).write_text(json.dumps(stored))
    assert cpu_verdict(64, tmp_path).dtype == "float32"


def test_resolve_dtype_auto_logs_its_decision(tmp_path, monkeypatch):
    monkeypatch.setattr(precision, "measure_verdict", lambda hidden: _fixed("bfloat16"))
    lines: list[str] = []
    assert resolve_dtype("auto", torch.device("cpu"), 64, tmp_path, log=lines.append) == torch.bfloat16
    assert len(lines) == 1 and "chose bfloat16" in lines[0] and "3.00x" in lines[0] and "measured now" in lines[0]
    resolve_dtype("auto", torch.device("cpu"), 64, tmp_path, log=lines.append)
    assert "cached verdict of 2026-01-01" in lines[1]
    assert resolve_dtype("fp32", torch.device("cpu"), 64, tmp_path, log=lines.append) == torch.float32
    assert len(lines) == 2  # an explicit dtype is not a decision


def test_cpu_threads_respects_omp_num_threads(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    assert cpu_threads() == 1
    monkeypatch.setenv("OMP_NUM_THREADS", "junk")
    assert cpu_threads() >= 1
