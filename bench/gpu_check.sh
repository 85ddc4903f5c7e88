#!/usr/bin/env bash
# The GPU path, proven (issue 14). Run ON a machine with an NVIDIA GPU, from the repository root:
#
#   bash bench/gpu_check.sh                          # about 5 minutes on an H100/H200-class GPU
#
# Where that machine has no package registry, prepare first with bench/gpu_prepare.sh (here) and carry .gpu.
# It runs, and writes every log to $OUT (default /tmp/gpu-check):
#   1. the CUDA-marked tests (tests/test_cuda.py; the Ray GPU test too when Ray is installed there);
#   2. bench/train_throughput.py on the GPU: ours vs the huggingtweets recipe vs a padded baseline, MFU;
#   3. an end-to-end training of a 3,200-tweet account, raw tweets to saved model, timed by stage
#      (goal: under 60 s on one H100/H200-class GPU; huggingtweets took 3-5 minutes on a Colab GPU).
# The base model is SmolLM2-135M: the real weights when GPU_CHECK_MODEL names a folder (or the embedded model
# can be converted there), else a randomly initialised model of the same architecture (same speed; the
# losses it prints mean nothing, and with random weights early stopping rarely ends a run sooner, so the
# end-to-end time is an upper bound).
#
# GPU_CHECK_DRY_RUN=1 runs the same steps on the CPU with tiny sizes, to check the script itself.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
DEVICE=cuda WARMUP=3 STEPS=20 TWEETS=3200 EPOCHS=4
if [ -n "${GPU_CHECK_DRY_RUN:-}" ]; then DEVICE=cpu WARMUP=1 STEPS=1 TWEETS=150 EPOCHS=1; fi
OUT=${OUT:-/tmp/gpu-check}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 WANDB_MODE=disabled TOKENIZERS_PARALLELISM=false
if [ -z "${GPU_CHECK_DRY_RUN:-}" ] && ls .gpu/wheels/*.whl >/dev/null 2>&1; then
    "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/gpu-site \
        .gpu/wheels/*.whl || exit 1
    export PYTHONPATH=/tmp/gpu-site
fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
if [ -d .gpu/cache ]; then
    mkdir -p /tmp/gpu-cache && cp -r .gpu/cache/. /tmp/gpu-cache/ && export MIMICBIRD_CACHE_DIR=/tmp/gpu-cache
fi

nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>&1 | tee "$OUT/gpu.txt"
"$PY" - <<'EOF' 2>&1 | tee -a "$OUT/gpu.txt" || exit 1
import os, sys, torch
assert torch.cuda.is_available() or os.environ.get("GPU_CHECK_DRY_RUN"), \
    "no CUDA GPU visible to torch (a CPU build? set TORCH_SPEC when installing)"
gpu = f"{torch.cuda.get_device_name()}, bf16 {torch.cuda.is_bf16_supported()}" if torch.cuda.is_available() else "no GPU"
print(f"python {sys.version.split()[0]}, torch {torch.__version__} (CUDA {torch.version.cuda}), {gpu}, "
      f"{os.cpu_count()} CPU threads")
import trainer.cli, trainer.pipeline, bot.generation, tests.conftest  # noqa: F401 - fail fast on a missing package
EOF

MODEL=${GPU_CHECK_MODEL:-}
if [ -z "$MODEL" ]; then
    MODEL=$("$PY" - <<'EOF' 2>>"$OUT/gpu.txt"
import os
from pathlib import Path
try:  # the real embedded weights, if the GGUF is installed here
    from trainer.base_model import embedded_model_dir
    print(embedded_model_dir())
except Exception:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer
    source = Path(os.environ.get("MIMICBIRD_CACHE_DIR", "/tmp/gpu-cache")) / "base" / "smollm2-135m-config"
    target = Path("/tmp/smollm2-135m-random-weights")
    if not (target / "model.safetensors").exists():
        torch.manual_seed(0)
        AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(source)).save_pretrained(target)
        AutoTokenizer.from_pretrained(source).save_pretrained(target)
    print(target)
EOF
)
fi
echo "base model: $MODEL" | tee -a "$OUT/gpu.txt"
status=0

echo "== 1. CUDA tests" | tee "$OUT/cuda-tests.log"
tests=(tests/test_cuda.py)
"$PY" -c "import ray" 2>/dev/null && tests+=(tests/test_ray.py)
"$PY" -m pytest -q -p no:cacheprovider -m cuda -rs "${tests[@]}" 2>&1 | tee -a "$OUT/cuda-tests.log" || status=1

echo "== 2. training throughput on the GPU" | tee "$OUT/throughput.log"
"$PY" bench/train_throughput.py --model "$MODEL" --device "$DEVICE" --warmup "$WARMUP" --steps "$STEPS" 2>&1 \
    | tee -a "$OUT/throughput.log" || status=1

echo "== 3. end to end: a 3,200-tweet account, raw tweets to saved model" | tee "$OUT/end-to-end.log"
"$PY" bench/train_throughput.py --model "$MODEL" --device "$DEVICE" --only ours --warmup 1 --steps 1 --end-to-end \
    --e2e-tweets "$TWEETS" --epochs "$EPOCHS" 2>&1 | tee -a "$OUT/end-to-end.log" || status=1

echo "logs in $OUT; exit status $status"
exit $status
