"""Installing a finished model folder: move it into ``models_dir/<name>`` and record it in the registry.

The trainer wrote the folder atomically into the job's staging folder; its ``mimicbird.json`` names the
model, its accounts and their cleaning statistics. Refused (``ModelRejected``, one line; the new folder is
discarded and everything installed stays as it was):

* a model of an account on the opt-out list (the list may have changed while it trained);
* a model whose name is not a canonical model name (the trainer's output is checked, not trusted);
* a model that replaces **someone else's**: a model belongs to whoever trained it first (its record's
  ``requested_by``), and only they or an admin (``job.may_replace``) may replace it. This is checked here
  because an uploaded archive or a DID names its account only once the trainer has read it.

Replacing a model swaps the folders in one atomic step (``renameat2(RENAME_EXCHANGE)`` on Linux), so a
``/say`` during a retrain reads the old model until the new one is complete in its place. The owner stays
the owner, whoever retrained it.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.records import JobRecord, ModelRecord, utc_now_iso
from bot.store import Store
from trainer.handles import canonical_model_name


class ModelRejected(Exception):
    """A finished model that must not be installed (one-line reason)."""


def refusal_not_owner(name: str) -> str:
    """The one line for replacing or forgetting a model someone else trained."""
    return f"{name} is someone else's model: only the person who trained it or an admin may replace or delete it"


def install_model(job: JobRecord, staging: Path, models_dir: Path, store: Store, *, base_model: str,
                  is_opted_out: Callable[[str], bool], trash_dir: Path) -> ModelRecord:
    """Move the job's finished model from ``staging`` into ``models_dir`` and register it; ModelRejected if not."""
    meta = json.loads((staging / "mimicbird.json").read_text(encoding="utf-8"))
    name = str(meta.get("model_name") or job.model_name)
    handles = tuple(str(h).lower() for h in meta.get("handles") or job.handles)
    if not name or not handles or canonical_model_name(name) != name:
        raise ModelRejected("the trainer's output names no valid account")
    blocked = [h for h in handles if is_opted_out(h)]
    if blocked:
        raise ModelRejected(f"@{blocked[0]} has asked not to be imitated, so the model was discarded")
    existing = store.get_model(name)
    if existing is not None and existing.requested_by != job.requested_by and not job.may_replace:
        raise ModelRejected(f"{refusal_not_owner(name)}, so the new one was discarded")
    target = models_dir / name
    trash = trash_dir / f"old-{name}-{job.id}"
    _swap_in(staging, target, trash)
    shutil.rmtree(trash, ignore_errors=True)
    # keyed like ``handles`` (lower-case): an API may spell a handle in capitals (X, a Mastodon user)
    stats_raw = {str(h).lower(): s for h, s in (meta.get("stats") or {}).items()}
    stats = {str(h): {k: v for k, v in s.items() if isinstance(v, int | float)}
             for h, s in stats_raw.items() if isinstance(s, dict)}
    display = meta.get("display_names") or [(stats_raw.get(h) or {}).get("display_name") or h for h in handles]
    model = ModelRecord(
        name=name, handles=handles, display_names=tuple(str(d) for d in display), folder=str(target),
        created_at=str(meta.get("created_at") or utc_now_iso()), stats=stats,
        base_model=str(meta.get("base_model") or base_model),
        requested_by=existing.requested_by if existing is not None else job.requested_by,
        train_loss=_float(meta.get("train_loss")), val_loss=_float(meta.get("val_loss")),
    )
    store.save_model(model)
    return model


def _swap_in(staging: Path, target: Path, trash: Path) -> None:
    """Put ``staging`` at ``target``; an existing ``target`` ends up at ``trash`` (atomically where possible)."""
    if not target.exists():
        staging.rename(target)
        return
    if _exchange(staging, target):  # target now holds the new model, staging the old one
        staging.rename(trash)
        return
    target.rename(trash)  # elsewhere: two renames, a moment without a folder
    staging.rename(target)


def _load_renameat2() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        return function
    return None


_RENAMEAT2 = _load_renameat2()
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where the system cannot."""
    if _RENAMEAT2 is None:
        return False
    result = _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


__all__ = ["ModelRejected", "install_model", "refusal_not_owner"]
