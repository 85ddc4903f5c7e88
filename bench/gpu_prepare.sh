#!/usr/bin/env bash
# Prepares bench/gpu_check.sh for a GPU machine that cannot reach a package registry (issue 14).
# Run it HERE (where pip works), in the checkout whose working tree travels to the GPU machine; then run the
# check there with `.gpu` carried along (the device tool's `carry: [".gpu"]`):
#
#   bash bench/gpu_prepare.sh                 # fills .gpu/ (ignored by git, ~10 MiB)
#   # on the GPU machine, from the repository root:  bash bench/gpu_check.sh
#
# .gpu/wheels: the Python packages the trainer, the generator and the tests need that the GPU machine's image
#   lacks (its python3 is 3.12 with torch, transformers, pytest and pytest-timeout; see the device notes).
#   Ray's wheel (~70 MB) is over the 64 MiB a call may carry, so the Ray GPU test is skipped there unless Ray
#   is installed on that machine.
# .gpu/cache: the embedded model's tokenizer and SmolLM2-135M's config.json (a few MiB). The weights (a 94 MB
#   GGUF) are over the limit too: the check builds a randomly initialised SmolLM2-135M from the config, which
#   trains at the same speed (the same shapes and FLOPs), and says so. Quality figures need the real weights.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
exclude="$(git rev-parse --git-common-dir)/info/exclude"
grep -qx '/.gpu/' "$exclude" 2>/dev/null || echo '/.gpu/' >> "$exclude"
mkdir -p .gpu/wheels .gpu/cache/base

# The versions this checkout's environment runs with (known to work together), built for CPython 3.12 on
# x86-64 Linux: pure Python, and pydantic-core's binary wheel.
rm -f .gpu/wheels/*.whl  # one version of each package only (pip stops an install with two)
mapfile -t pins < <("$PY" -c '
from importlib.metadata import version
for name in ("pytest-asyncio", "tweepy", "oauthlib", "requests-oauthlib", "gguf", "pydantic", "pydantic-core",
             "pydantic-settings", "python-dotenv", "annotated-types", "typing-inspection"):
    print(f"{name}=={version(name)}")
')
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 \
    -d .gpu/wheels "${pins[@]}"
ls .gpu/wheels

# The tokenizer and the config of the embedded model (converted from the GGUF here once, if not yet).
"$PY" - <<'EOF'
import json, shutil
from pathlib import Path
from trainer.base_model import embedded_model_dir, embedded_tokenizer_dir

target = Path(".gpu/cache/base")
shutil.copytree(embedded_tokenizer_dir(), target / "smollm2-135m-tokenizer", dirs_exist_ok=True)
config = target / "smollm2-135m-config"
config.mkdir(exist_ok=True)
model = embedded_model_dir()
for name in ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
    if (model / name).exists():
        shutil.copy2(model / name, config / name)
print("config:", json.loads((config / "config.json").read_text())["architectures"])
EOF
du -sh .gpu
