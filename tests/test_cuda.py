"""The CUDA path of the trainer and the generator (``-m cuda``; skipped without a CUDA GPU).

CI has no GPU: these run in ``bench/gpu_check.sh`` on a GPU machine. The Ray side of the GPU path (a job that
asks Ray for the GPU and trains on it) is ``tests/test_ray.py::test_gpu_job_trains_on_the_real_gpu``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

pytestmark = [
    pytest.mark.cuda,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU"),
    pytest.mark.timeout(300),
]


def test_trainer_trains_on_the_gpu_in_bf16(tiny_model_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from trainer.cli import main

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    out = tmp_path / "model"
    code = main(["mb_lena_bakes", "--source", "sample", "--base-model", str(tiny_model_dir), "--output", str(out),
                 "--device", "cuda", "--method", "full", "--epochs", "1", "--max-steps", "4", "--min-tweets", "10", "--samples", "2",
                 "--progress", "none"])
    assert code == 0
    meta = json.loads((out / "mimicbird.json").read_text())
    assert meta["device"] == "cuda" and meta["dtype"] == ("bfloat16" if torch.cuda.is_bf16_supported() else "float32")
    assert meta["train_loss"] is not None and len(meta["samples"]) == 2
    # saved in fp32 on the CPU side: loads anywhere
    from safetensors import safe_open

    with safe_open(str(out / "model.safetensors"), "pt") as weights:
        assert all(weights.get_tensor(name).dtype == torch.float32 for name in list(weights.keys())[:5])


async def test_generator_on_the_gpu(parrot_dir: Path) -> None:
    from bot.generation import Generator
    from tests.parrot_model import BREAD, STARTER

    generator = Generator(device="cuda", seed=0)
    try:
        greedy = await generator.generate(parrot_dir, "", n=2, temperature=0, max_new_tokens=40)
        sampled = await generator.generate(parrot_dir, "", n=12, max_new_tokens=40)
        loaded = generator.cache.get(parrot_dir)  # a cache hit: no load outside the worker
        assert next(loaded.model.parameters()).device.type == "cuda"
    finally:
        await generator.close()
    assert greedy == [BREAD, BREAD] and set(sampled) == {BREAD, STARTER}
