"""LoRA adapter folders: check one against its base model, load it for inference, merge it.

An adapter folder (``trainer/output.py``) holds ``adapter_config.json``, ``adapter_model.safetensors`` and
``mimicbird.json``, which names the base model by its identity (``trainer/base_model.py``: name, architecture,
SHA-256 of the weights) and records the adapter file's SHA-256. Before any adapter weights reach a model,
``check_adapter`` refuses, each with a one-line ``AdapterError``:

- a corrupt adapter: unreadable config or metadata, a missing file, a checksum that does not match;
- an adapter for another architecture: the recorded architecture differs from the base's, or a tensor names
  a module the base does not have, or has a shape that does not fit it (peft itself would only warn about
  keys it could not place, and load nothing);
- a missing or different base: no folder on this machine holds weights with the recorded identity (nothing
  is downloaded or converted here), or the base given has other weights.

The bot's generator uses ``resolve_adapter_base`` + ``load_base`` once per base model, then ``check_adapter``
per persona before stacking it (``bot/generation/lora_bank.py``). ``load_for_inference`` loads a single
adapter with peft (``attach_adapter``), for the evaluation and the CLI.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.base_model import EMBEDDED_HUB_ID, base_identity, find_base
from trainer.errors import TrainerError
from trainer.lora import peft_quietly
from trainer.output import ADAPTER_CONFIG, ADAPTER_WEIGHTS, METADATA_FILENAME

MAX_RANK = 1024  # as the trainer's --lora-rank; a larger one in a config would make peft allocate gigabytes
_NOT_COPIED = {ADAPTER_CONFIG, ADAPTER_WEIGHTS, METADATA_FILENAME, "README.md"}  # replaced in a merged copy


class AdapterError(TrainerError):
    """An adapter that cannot be used; ``str()`` is one line without machine paths."""


@dataclass(frozen=True)
class AdapterInfo:
    folder: Path
    name: str  # the model's name (its folder's name when the metadata has none)
    base: dict[str, Any]  # the base model's identity: name, architecture, model_type, weights_sha256
    rank: int
    adapter_sha256: str

    @property
    def base_label(self) -> str:
        return f"{self.base.get('name')}@{str(self.base.get('weights_sha256'))[:12]}"


def is_adapter_folder(folder: Path) -> bool:
    return (Path(folder) / ADAPTER_CONFIG).is_file()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_adapter(folder: Path) -> AdapterInfo:
    """The adapter's metadata, with its files present and its weights matching their checksum."""
    folder = Path(folder)
    label = folder.name
    try:
        meta = json.loads((folder / METADATA_FILENAME).read_text(encoding="utf-8"))
        config = json.loads((folder / ADAPTER_CONFIG).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AdapterError(f"the adapter {label!r} is incomplete: {Path(exc.filename or '').name} is missing") from None
    except (OSError, ValueError, UnicodeDecodeError):
        raise AdapterError(f"the adapter {label!r} is corrupt: its configuration cannot be read") from None
    if not isinstance(meta, dict) or not isinstance(config, dict):
        raise AdapterError(f"the adapter {label!r} is corrupt: its configuration is not an object")
    base = meta.get("base_identity")
    if not isinstance(base, dict) or not base.get("weights_sha256") or not base.get("name"):
        raise AdapterError(f"the adapter {label!r} does not say which base model it belongs to (no base identity)")
    if str(config.get("peft_type", "")).upper() != "LORA":
        raise AdapterError(f"the adapter {label!r} is not a LoRA adapter ({str(config.get('peft_type'))[:20]})")
    weights = folder / ADAPTER_WEIGHTS
    if not weights.is_file():
        raise AdapterError(f"the adapter {label!r} is incomplete: {ADAPTER_WEIGHTS} is missing")
    expected = str(meta.get("adapter_sha256") or "")
    if not expected or _sha256(weights) != expected:
        raise AdapterError(f"the adapter {label!r} is corrupt: {ADAPTER_WEIGHTS} does not match its checksum")
    rank = config.get("r")
    patterns = config.get("rank_pattern") or {}
    ranks = [rank, *(patterns.values() if isinstance(patterns, dict) else [None])]
    if not all(isinstance(r, int) and 1 <= r <= MAX_RANK for r in ranks):  # peft allocates r x width per layer
        raise AdapterError(f"the adapter {label!r} is corrupt: its rank is not between 1 and {MAX_RANK}")
    return AdapterInfo(folder, str(meta.get("model_name") or label), base, rank, expected)


def resolve_adapter_base(folder: Path, cache_dir: Path | None = None) -> Path:
    """The folder on this machine holding the exact base model the adapter was trained on, or AdapterError."""
    info = read_adapter(folder)
    found = find_base(info.base, cache_dir)
    if found is None:
        raise AdapterError(
            f"the adapter {info.name!r} needs the base model {info.base_label}, which is not on this machine "
            "(nothing is downloaded while serving); install that base model or retrain the persona")
    return found


def check_adapter(folder: Path, base_dir: Path, base_model: Any = None, cache_dir: Path | None = None) -> AdapterInfo:
    """Refuse (AdapterError) an adapter that is corrupt, for another architecture, or for other base weights.

    ``base_model``: the loaded base (or a peft model around it), to check every tensor's module and shape.
    """
    info = read_adapter(folder)
    base_dir = Path(base_dir)
    try:
        have = base_identity(info.base["name"], base_dir, cache_dir)
    except (TrainerError, OSError, ValueError) as exc:
        raise AdapterError(f"the base model for {info.name!r} cannot be read ({type(exc).__name__})") from None
    wanted_arch, have_arch = info.base.get("architecture"), have.get("architecture")
    if wanted_arch and have_arch and wanted_arch != have_arch:
        raise AdapterError(f"the adapter {info.name!r} was made for a {wanted_arch}, not for the base model "
                           f"{have['name']} ({have_arch})")
    if base_model is not None:
        _check_shapes(info, base_model)
    if have["weights_sha256"] != info.base["weights_sha256"]:
        raise AdapterError(
            f"the adapter {info.name!r} was trained on the base model {info.base_label}, but this base "
            f"({have['name']}@{have['weights_sha256'][:12]}) has other weights; retrain it on this base")
    return info


def _check_shapes(info: AdapterInfo, model: Any) -> None:
    """Every adapter tensor must name a linear (or embedding) layer of the base with fitting dimensions."""
    from safetensors import SafetensorError, safe_open

    if hasattr(model, "get_base_model"):
        model = model.get_base_model()
    modules = dict(model.named_modules())
    try:
        with safe_open(str(info.folder / ADAPTER_WEIGHTS), framework="pt") as handle:
            names = handle.keys()
            shapes = {key: tuple(handle.get_slice(key).get_shape()) for key in names}
    except (SafetensorError, OSError, ValueError):
        raise AdapterError(f"the adapter {info.name!r} is corrupt: its weights cannot be read") from None
    if not shapes:
        raise AdapterError(f"the adapter {info.name!r} is empty")
    for key, shape in shapes.items():
        path, _, kind = key.removeprefix("base_model.model.").rpartition(".lora_")
        module = modules.get(path)
        module = getattr(module, "base_layer", module)  # already wrapped by peft (another adapter)
        if module is None:
            raise AdapterError(f"the adapter {info.name!r} is for another architecture: the base model has no "
                               f"layer {path[:80]!r}")
        in_dim = getattr(module, "in_features", None) or getattr(module, "num_embeddings", None)
        out_dim = getattr(module, "out_features", None) or getattr(module, "embedding_dim", None)
        rank = shape[0] if kind.startswith("A") else shape[-1] if kind.startswith("B") else 0
        if rank > MAX_RANK:
            raise AdapterError(f"the adapter {info.name!r} is corrupt: a tensor of rank {rank} (at most {MAX_RANK})")
        fits = (len(shape) == 2 and ((kind.startswith("A") and shape[1] == in_dim)
                                     or (kind.startswith("B") and shape[0] == out_dim)
                                     or kind.startswith("embedding")))
        if not fits:
            raise AdapterError(f"the adapter {info.name!r} is for another architecture: {path[:80]!r} has "
                               f"shape {in_dim}x{out_dim} in the base model, the adapter {shape}")


def load_base(base_dir: Path, dtype: Any = None, device: str = "cpu") -> Any:
    """The base model for serving adapters, in eval mode (``dtype`` None: fp32)."""
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=dtype or torch.float32)
    return model.to(device).eval()


def attach_adapter(model: Any, folder: Path, name: str, base_dir: Path, cache_dir: Path | None = None) -> Any:
    """Check the adapter in ``folder`` against the base, then load it into ``model`` as adapter ``name``.

    ``model`` is a plain base model (it becomes a peft model, which is returned: use the returned object
    from then on) or a peft model from an earlier call. Not thread-safe: no ``generate`` may run on the model
    meanwhile (peft adds modules to the shared layers).
    """
    from peft import PeftModel

    check_adapter(folder, base_dir, model, cache_dir)
    try:
        with peft_quietly():
            if isinstance(model, PeftModel):
                model.load_adapter(str(folder), adapter_name=name, is_trainable=False, autocast_adapter_dtype=False)
            else:
                model = PeftModel.from_pretrained(model, str(folder), adapter_name=name, is_trainable=False,
                                                  autocast_adapter_dtype=False)
    except Exception as exc:  # noqa: BLE001 - anything peft trips over is this adapter's fault
        raise AdapterError(f"the adapter {Path(folder).name!r} could not be loaded ({type(exc).__name__})") from None
    model.eval()
    return model


def load_for_inference(folder: Path, cache_dir: Path | None = None, *, base_dir: Path | None = None,
                       dtype: Any = None, device: str = "cpu") -> tuple[Any, Any]:
    """``(model, tokenizer)`` for one adapter folder on its base model, checked (AdapterError otherwise).

    ``base_dir``: use this base (checked against the identity) instead of finding it on this machine.
    """
    from transformers import AutoTokenizer

    folder = Path(folder)
    base = Path(base_dir) if base_dir is not None else resolve_adapter_base(folder, cache_dir)
    check_adapter(folder, base, None, cache_dir)  # before the base is loaded: cheap refusals first
    model = attach_adapter(load_base(base, dtype, device), folder, "default", base, cache_dir)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    return model, tokenizer


def merge_adapter_folder(folder: Path, target: Path, cache_dir: Path | None = None, *, base_dir: Path | None = None,
                         repo_id: str | None = None) -> Path:
    """Write the adapter in ``folder`` merged into its (fp32) base as a standalone model folder ``target``.

    Every other file (tokenizer, generation config, fingerprints, avatars) is copied; the card says it is a
    merged model; the metadata's ``form`` becomes ``merged``. ``target`` is written atomically.
    """
    import torch

    from trainer.model_card import CARD_FILENAME, as_merged_card
    from trainer.output import atomic_directory

    folder = Path(folder)
    model, _ = load_for_inference(folder, cache_dir, base_dir=base_dir, dtype=torch.float32)
    merged = model.merge_and_unload()
    meta = json.loads((folder / METADATA_FILENAME).read_text(encoding="utf-8"))
    public = str(meta.get("base_model") or EMBEDDED_HUB_ID)
    with atomic_directory(Path(target)) as tmp:
        merged.config._name_or_path = public
        merged.save_pretrained(tmp, safe_serialization=True)
        for path in sorted(folder.iterdir()):
            if path.name in _NOT_COPIED or path.name.startswith(".") or path.is_symlink():
                continue
            if path.is_dir():
                shutil.copytree(path, tmp / path.name, symlinks=False, dirs_exist_ok=True)
            elif path.is_file():
                shutil.copyfile(path, tmp / path.name)
        card = folder / CARD_FILENAME
        if card.is_file():
            text = as_merged_card(card.read_text(encoding="utf-8"), public, repo_id,
                                  str(meta.get("model_name") or folder.name), str(meta.get("prompt") or ""))
            (tmp / CARD_FILENAME).write_text(text, encoding="utf-8")
        meta = {k: v for k, v in meta.items() if k != "adapter_sha256"} | {"form": "merged"}
        (tmp / METADATA_FILENAME).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return Path(target)
