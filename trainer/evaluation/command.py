"""``python -m trainer eval MODEL_DIR``: measure a saved model's voice fidelity and print the table.

The model folder's ``mimicbird.json`` names its accounts, base model and seed; the tweets are gathered again
from the same kind of source (``--source``/``--input`` as for training) and split with that seed, so the
held-out tweets are the ones the training held out. ``--write`` stores the figures in the folder's
``mimicbird.json`` (the card is left as it is).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from trainer.errors import TrainerError, one_line

EPILOG = """\
examples:
  python -m trainer eval models/mb_lena_bakes
  python -m trainer eval models/someone --input twitter-archive.zip --json
"""


def build_parser() -> argparse.ArgumentParser:
    from trainer.evaluation import DEFAULT_SAMPLES, PROMPTS, SEED
    from trainer.sources import SOURCES

    parser = argparse.ArgumentParser(
        prog="python -m trainer eval", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Measure how much a trained model sounds like its account(s): style match, held-out "
                    "perplexity against the base model, diversity, length and copying.")
    parser.add_argument("model_dir", type=Path, metavar="MODEL_DIR", help="a model folder written by the trainer")
    parser.add_argument("--source", choices=SOURCES, default="auto", help="where the tweets come from (as for training)")
    parser.add_argument("--input", dest="inputs", metavar="PATH", nargs="+", action="extend", default=[],
                        help="the archive / tweet file(s) the model was trained on, one per account in order")
    parser.add_argument("--base-model", metavar="NAME|DIR",
                        help="the base model to compare with (default: the one mimicbird.json names)")
    parser.add_argument("--cache-dir", type=Path, metavar="DIR", help="base model and evaluation cache")
    parser.add_argument("--samples", type=int, default=DEFAULT_SAMPLES, metavar="N",
                        help=f"tweets to sample, spread over {len(PROMPTS)} prompts (default: {DEFAULT_SAMPLES})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"sampling seed (default: {SEED})")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--write", action="store_true", help="store the figures in the folder's mimicbird.json")
    return parser


def _read_metadata(folder: Path) -> dict[str, Any]:
    from trainer.output import METADATA_FILENAME

    path = folder / METADATA_FILENAME
    if not path.is_file():
        raise TrainerError(f"{folder.name}: not a mimicbird model folder (no {METADATA_FILENAME})")
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise TrainerError(f"{folder.name}: {METADATA_FILENAME} is unreadable") from None
    if not isinstance(meta, dict) or not isinstance(meta.get("handles"), list) or not meta["handles"]:
        raise TrainerError(f"{folder.name}: {METADATA_FILENAME} names no accounts")
    return meta


def _base_model_name(meta: dict[str, Any], given: str | None) -> str:
    from trainer.base_model import EMBEDDED_HUB_ID, EMBEDDED_NAME

    if given:
        return given
    recorded = str(meta.get("base_model") or "")
    return EMBEDDED_NAME if recorded in ("", EMBEDDED_HUB_ID) else recorded


def evaluate_folder(args: argparse.Namespace, log: Any = None) -> dict[str, Any]:
    """The ``fidelity`` dict of the model folder ``args.model_dir``."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig

    from trainer.base_model import resolve_base_model
    from trainer.cleaning import clean_account
    from trainer.evaluation import PROMPTS
    from trainer.evaluation.report import evaluate_fidelity, split_accounts
    from trainer.evaluation.sampling import SampleSettings
    from trainer.handles import parse_account
    from trainer.precision import cpu_threads, resolve_dtype
    from trainer.sources import fetch_accounts
    from trainer.training import resolve_device

    folder = args.model_dir
    if not folder.is_dir():
        raise TrainerError(f"no such model folder: {folder.name or folder}")
    if args.samples < 1:
        raise TrainerError("--samples must be at least 1")
    meta = _read_metadata(folder)
    recorded = [a if isinstance(a, dict) else {} for a in meta.get("accounts") or []]
    platforms = [str(a.get("platform") or "") or None for a in recorded] + [None] * len(meta["handles"])
    accounts = [parse_account(str(h), platforms[i]) for i, h in enumerate(meta["handles"])]
    seed = int(meta.get("seed", 42))
    bearer = os.environ.get("X_BEARER_TOKEN") or os.environ.get("MIMICBIRD_X_BEARER_TOKEN") or None
    raw = fetch_accounts(accounts, args.source, args.inputs, bearer_token=bearer)
    cleaned = [clean_account(account) for account in raw]
    base_dir = resolve_base_model(_base_model_name(meta, args.base_model), args.cache_dir)
    try:
        from trainer.adapters import is_adapter_folder, load_for_inference

        if is_adapter_folder(folder):  # a LoRA adapter: on its base model, checked against its identity
            model, tokenizer = load_for_inference(folder, args.cache_dir, dtype=torch.float32)
        else:
            tokenizer = AutoTokenizer.from_pretrained(folder)
            model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    except TrainerError:
        raise
    except Exception as exc:
        raise TrainerError(f"{folder.name}: cannot load the model ({type(exc).__name__})") from None
    try:
        generation = GenerationConfig.from_pretrained(folder)
    except Exception:  # noqa: BLE001 - no or a broken generation_config.json: the tweet defaults
        generation = None
    torch.set_num_threads(cpu_threads())
    device = resolve_device("auto")
    hidden = int(getattr(model.config, "hidden_size", 0) or 768)
    dtype = resolve_dtype("auto", device, hidden, args.cache_dir, log=log)
    model.to(device)
    fidelity = evaluate_fidelity(
        model, tokenizer, split_accounts(cleaned, seed), base_dir=base_dir,
        base_name=str(meta.get("base_model") or base_dir.name), dtype=dtype,
        settings=SampleSettings.from_generation_config(generation),
        per_prompt=max(1, math.ceil(args.samples / len(PROMPTS))), seed=args.seed,
        cache_dir=args.cache_dir or _default_cache(), log=log, cues=_cues(meta),
    )
    return fidelity.as_dict()


def _cues(meta: dict[str, Any]) -> tuple[str, ...]:
    """The blend's voice cues the folder records (as the bot samples it), if one per account."""
    from trainer.voices import recorded_cues

    cues = recorded_cues(meta)
    return cues if len(cues) == len(meta["handles"]) else ()


def _default_cache() -> Path:
    from trainer.base_model import default_cache_dir

    return default_cache_dir()


def write_fidelity(folder: Path, fidelity: dict[str, Any]) -> None:
    """Replace the ``fidelity`` object of the folder's mimicbird.json (atomically)."""
    from trainer.output import METADATA_FILENAME

    meta = _read_metadata(folder)
    meta["fidelity"] = fidelity
    path = folder / METADATA_FILENAME
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def main(argv: Sequence[str]) -> int:
    from trainer.evaluation.table import format_text_table

    args = build_parser().parse_args(list(argv))
    quiet = args.json
    log = None if quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    try:
        fidelity = evaluate_folder(args, log)
        if args.write:
            write_fidelity(args.model_dir, fidelity)
    except TrainerError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return 1
    except Exception as exc:  # a bug or an environment problem: one line, the traceback on request
        if os.environ.get("MIMICBIRD_DEBUG", "") not in ("", "0"):
            raise
        print(f"error: unexpected {one_line(exc)} (set MIMICBIRD_DEBUG=1 for details)", file=sys.stderr, flush=True)
        return 2
    print(json.dumps(fidelity) if args.json else format_text_table(fidelity), flush=True)
    return 0
