"""X handles: validation (before anything is fetched) and the model name built from them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer.errors import TrainerError

HANDLE_PATTERN = re.compile(r"^[A-Za-z0-9_]{1,15}$")


def normalize_handle(raw: str) -> str:
    """Strip spaces and one leading ``@``; return the handle in its original case or raise TrainerError."""
    handle = raw.strip()
    if handle.startswith("@"):
        handle = handle[1:]
    if not HANDLE_PATTERN.fullmatch(handle):
        shown = raw.strip()[:40] or "(empty)"
        raise TrainerError(
            f"not a valid X handle: {shown!r} (1 to 15 letters, digits or underscores, an optional leading @)"
        )
    return handle


def model_name(handles: Iterable[str]) -> str:
    """The model's name: the accounts' handles, lower-cased, sorted, de-duplicated, joined by ``-``."""
    names = sorted({normalize_handle(h).lower() for h in handles})
    if not names:
        raise TrainerError("a model needs at least one handle")
    return "-".join(names)
