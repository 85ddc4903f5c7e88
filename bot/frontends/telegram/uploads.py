"""A document attached to ``/train`` on Telegram: its type and size checked (the size before downloading),
then its bytes fetched through the Bot API (which lets bots download files of at most 20 MB)."""

from __future__ import annotations

from pathlib import PurePosixPath

from telegram import Document
from telegram.error import BadRequest, TelegramError

from bot.core.responses import Upload
from trainer.sources import INPUT_SUFFIXES

BOT_API_DOWNLOAD_LIMIT = 20 * 1024 * 1024  # getFile refuses bigger files on the public Bot API
DOWNLOAD_TIMEOUT_S = 120.0


class UploadRefused(Exception):
    """A document that cannot be used as a /train source; ``str()`` is the reply."""


async def download(document: Document, max_upload_bytes: int) -> Upload:
    """The document's bytes, after checking its type and size (size before downloading)."""
    name = PurePosixPath((document.file_name or "upload").replace("\\", "/")).name or "upload"
    if not name.lower().endswith(INPUT_SUFFIXES):
        raise UploadRefused(
            f"I can train on a Twitter archive (.zip), its tweets.js, or a JSONL or CSV file; "
            f"{name!r} is none of these."
        )
    limit = min(max_upload_bytes, BOT_API_DOWNLOAD_LIMIT)
    why = " (Telegram lets bots download at most 20 MB)" if limit == BOT_API_DOWNLOAD_LIMIT else ""
    too_big = f"{name!r} is too big: the limit is {_megabytes(limit)}{why}."
    if document.file_size is not None and document.file_size > limit:
        raise UploadRefused(f"{too_big[:-1]}, and it is {_megabytes(document.file_size)}.")
    try:
        file = await document.get_file()
        data = bytes(await file.download_as_bytearray(read_timeout=DOWNLOAD_TIMEOUT_S))
    except BadRequest as error:
        if "too big" in str(error).lower():
            raise UploadRefused(too_big) from None
        raise UploadRefused(f"I could not download {name!r} from Telegram: {error}") from None
    except TelegramError as error:
        raise UploadRefused(f"I could not download {name!r} from Telegram: {error}") from None
    if len(data) > limit:
        raise UploadRefused(too_big)
    return Upload(filename=name, data=data)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


__all__ = ["BOT_API_DOWNLOAD_LIMIT", "UploadRefused", "download"]
