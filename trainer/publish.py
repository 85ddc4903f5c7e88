"""Publish a finished model folder (weights, tokenizer, model card) to the Hugging Face Hub.

Uses ``huggingface_hub.HfApi``: ``create_repo(exist_ok=True)`` then ``upload_folder`` in one commit.
The Hub address is ``$HF_ENDPOINT`` (read at call time, so it can be changed after import) or huggingface.co.
Every failure becomes a one-line ``TrainerError`` with the HTTP status and the Hub's own message; the token
never appears in it.

What is uploaded is always a standalone model: a LoRA adapter folder is first merged into its base model in a
temporary folder (``trainer.adapters.merge_adapter_folder``), so ``pipeline('text-generation', model=REPO)``
works for anyone who downloads it.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from trainer.errors import Redactor, TrainerError, one_line

DEFAULT_COMMIT_MESSAGE = "Upload mimicbird model"
_REPO_ID = re.compile(r"^(?:[A-Za-z0-9][\w.-]{0,95}/)?[A-Za-z0-9][\w.-]{0,95}$")


def _hub_error(exc: Exception, token: str) -> TrainerError:
    from huggingface_hub.errors import HfHubHTTPError

    redact = Redactor([token])
    if isinstance(exc, HfHubHTTPError) and exc.response is not None:
        status = exc.response.status_code
        message = exc.server_message or ""
        if not message:
            try:
                message = str(exc.response.json().get("error", ""))
            except Exception:
                message = exc.response.reason_phrase
        return TrainerError(
            f"publishing to the Hugging Face Hub failed: HTTP {status}: {one_line(redact(str(message)))}"
        )
    if isinstance(exc, ValueError):  # e.g. invalid README.md metadata, malformed Hub answers
        return TrainerError(f"publishing to the Hugging Face Hub failed: {one_line(redact(str(exc)))}")
    return TrainerError(
        f"publishing to the Hugging Face Hub failed: cannot reach the Hub ({type(exc).__name__}); check the network"
    )


def push_to_hub(
    model_dir: Path,
    repo_id: str,
    token: str | None = None,
    private: bool = False,
    commit_message: str = DEFAULT_COMMIT_MESSAGE,
    cache_dir: Path | None = None,
) -> str:
    """Upload ``model_dir`` to the model repo ``repo_id`` (created if missing) and return the model's URL.

    The token comes from ``token`` or ``$HF_TOKEN``; without one this raises ``TrainerError``. An adapter
    folder is merged into its base model (found by identity under ``cache_dir``) and the merged copy uploaded.
    """
    token = token or os.environ.get("HF_TOKEN") or ""
    if not token:
        raise TrainerError("publishing needs a Hugging Face token: set HF_TOKEN")
    if not _REPO_ID.match(repo_id or "") or ".." in repo_id:
        raise TrainerError(f"'{repo_id}' is not a Hugging Face repo name (expected 'user/name' or 'name')")
    folder = Path(model_dir)
    if not folder.is_dir() or not any(folder.iterdir()):
        raise TrainerError(f"no model folder to publish at '{folder.name}'")

    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE:
        raise TrainerError("publishing needs the network, but HF_HUB_OFFLINE is set")
    from trainer.adapters import is_adapter_folder, merge_adapter_folder

    if is_adapter_folder(folder):
        with tempfile.TemporaryDirectory(prefix="mimicbird-merged-") as tmp:
            merged = merge_adapter_folder(folder, Path(tmp) / folder.name, cache_dir, repo_id=repo_id)
            return _upload(merged, repo_id, token, private, commit_message)
    return _upload(folder, repo_id, token, private, commit_message)


def _upload(folder: Path, repo_id: str, token: str, private: bool, commit_message: str) -> str:
    from huggingface_hub import HfApi

    api = HfApi(endpoint=os.environ.get("HF_ENDPOINT") or None, token=token)
    try:
        repo_url = api.create_repo(repo_id, private=private, exist_ok=True, repo_type="model")
        api.upload_folder(
            repo_id=repo_url.repo_id,
            folder_path=folder,
            repo_type="model",
            commit_message=commit_message,
            ignore_patterns=[".*", "**/.*"],
        )
    except Exception as exc:
        raise _hub_error(exc, token) from None
    return f"{api.endpoint.rstrip('/')}/{repo_url.repo_id}"
