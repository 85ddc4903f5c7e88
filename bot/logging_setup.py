"""Structured logging for the bot: one line per event, never a secret.

Lines look like ``2025-01-31T09:00:00Z INFO bot.training.queue job.queued job=3 model=lena attempt=1``: a UTC time,
the level, the logger, then the event name and ``key=value`` pairs built with ``kv()``. ``RedactingFilter``
replaces every configured secret value (all ``SecretStr`` settings: Discord, Telegram, X, Hugging Face
tokens) by ``***`` in the message, its arguments and any traceback, whichever logger emitted it.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable
from typing import IO, Any

from pydantic import SecretStr

from bot.settings import Settings

REDACTED = "***"


def kv(event: str, /, **fields: Any) -> str:
    """``kv("job.done", job=3, model="a b")`` → ``job.done job=3 model="a b"`` (None values are left out).

    A trailing underscore in a key is dropped (``while_=`` → ``while=``).
    """
    parts = [event]
    for key, value in fields.items():
        if value is None:
            continue
        text = f"{value:.4g}" if isinstance(value, float) else str(value)
        if not text or any(c.isspace() or c in '"=' for c in text):
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        parts.append(f"{key.rstrip('_')}={text}")
    return " ".join(parts)


def secret_value(value: SecretStr | None) -> str | None:
    """A secret setting's value, or None when it is unset or empty (``DISCORD_TOKEN=`` in .env)."""
    if value is None:
        return None
    return value.get_secret_value().strip() or None


def secret_values(settings: Settings) -> list[str]:
    """Every configured secret's value (the SecretStr settings that are set and not trivially short)."""
    values = []
    for name in type(settings).model_fields:
        value = getattr(settings, name, None)
        if isinstance(value, SecretStr):
            secret = value.get_secret_value()
            if len(secret) >= 4:
                values.append(secret)
    return values


class Redactor:
    """Replaces each secret value in a text by ``***``."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # longest first, so a secret that contains another is replaced whole
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    @classmethod
    def from_settings(cls, settings: Settings) -> Redactor:
        return cls(secret_values(settings))

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text


class RedactingFilter(logging.Filter):
    """A handler filter: formats the record's message and traceback, then removes every secret from them."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.redactor.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the raw message
            message = str(record.msg)
        record.msg = self.redactor(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redactor(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redactor(record.stack_info)
        return True


class LineFormatter(logging.Formatter):
    """``<UTC time> <LEVEL> <logger> <message>``; a traceback follows on indented lines."""

    converter = time.gmtime

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s", datefmt="%Y-%m-%dT%H:%M:%SZ")

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        return "\n".join("    " + line for line in super().formatException(ei).splitlines())


def configure_logging(settings: Settings, stream: IO[str] | None = None, level: str | None = None) -> logging.Handler:
    """Install one redacting, line-per-event handler on the root logger (replacing earlier ones of ours)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(LineFormatter())
    handler.addFilter(RedactingFilter(Redactor.from_settings(settings)))
    handler.set_name("mimicbird")
    root = logging.getLogger()
    for old in list(root.handlers):
        if old.get_name() == "mimicbird":
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel((level or settings.log_level).upper())
    for noisy in ("httpx", "httpcore", "urllib3", "discord.gateway", "apscheduler.executors.default"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler


__all__ = [
    "LineFormatter", "REDACTED", "RedactingFilter", "Redactor", "configure_logging", "kv", "secret_value",
    "secret_values",
]
