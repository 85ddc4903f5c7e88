"""Installing a finished model folder: move it into ``models_dir/<name>`` and record it in the registry.

The trainer wrote the folder atomically into the job's staging folder; its ``mimicbird.json`` names the
model, its accounts and their cleaning statistics. A model of an account on the opt-out list is refused (the
list may have changed while it trained). An older model of the same name is replaced.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.records import JobRecord, ModelRecord, utc_now_iso
from bot.store import Store


class ModelRejected(Exception):
    """A finished model that must not be installed (one-line reason)."""


def install_model(job: JobRecord, staging: Path, models_dir: Path, store: Store, *, base_model: str,
                  is_opted_out: Callable[[str], bool], trash_dir: Path) -> ModelRecord:
    """Move the job's finished model from ``staging`` into ``models_dir`` and register it; ModelRejected if not."""
    meta = json.loads((staging / "mimicbird.json").read_text(encoding="utf-8"))
    name = str(meta.get("model_name") or job.model_name)
    handles = tuple(str(h).lower() for h in meta.get("handles") or job.handles)
    if not name or name.startswith(".") or "/" in name or not handles:
        raise ModelRejected("the trainer's output names no account")
    blocked = [h for h in handles if is_opted_out(h)]
    if blocked:
        raise ModelRejected(f"@{blocked[0]} has asked not to be imitated, so the model was discarded")
    target = models_dir / name
    trash = trash_dir / f"old-{name}-{job.id}"
    if target.exists():
        target.rename(trash)
    staging.rename(target)
    shutil.rmtree(trash, ignore_errors=True)
    # keyed like ``handles`` (lower-case): an API may spell a handle in capitals (X, a Mastodon user)
    stats_raw = {str(h).lower(): s for h, s in (meta.get("stats") or {}).items()}
    stats = {str(h): {k: v for k, v in s.items() if isinstance(v, int | float)}
             for h, s in stats_raw.items() if isinstance(s, dict)}
    display = meta.get("display_names") or [(stats_raw.get(h) or {}).get("display_name") or h for h in handles]
    model = ModelRecord(
        name=name, handles=handles, display_names=tuple(str(d) for d in display), folder=str(target),
        created_at=str(meta.get("created_at") or utc_now_iso()), stats=stats,
        base_model=str(meta.get("base_model") or base_model), requested_by=job.requested_by,
        train_loss=_float(meta.get("train_loss")), val_loss=_float(meta.get("val_loss")),
    )
    store.save_model(model)
    return model


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


__all__ = ["ModelRejected", "install_model"]
