"""Structured logging for the bot: one line per event, never a secret.

Lines look like ``2025-01-31T09:00:00Z INFO bot.training.queue job.queued job=3 model=lena attempt=1``: a UTC time,
the level, the logger, then the event name and ``key=value`` pairs built with ``kv()``. ``RedactingFilter``
replaces every configured secret value (all ``SecretStr`` settings: Discord, Telegram, X, Hugging Face, Bluesky
and Mastodon tokens, and each token of ``MIMICBIRD_MASTODON_TOKENS``) by ``***`` in the message, its arguments and any traceback, whichever logger emitted it.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import IO, Any

from pydantic import SecretStr

from bot.settings import Settings
from trainer.errors import Redactor


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
    """Every configured secret's value (the SecretStr settings that are set, and each Mastodon reading token)."""
    values = (getattr(settings, name) for name in type(settings).model_fields)
    secrets = [value.get_secret_value() for value in values if isinstance(value, SecretStr)]
    return secrets + list(settings.mastodon_token_map().values())


def settings_redactor(settings: Settings) -> Redactor:
    """Takes every configured secret (the ``SecretStr`` settings) out of a text."""
    return Redactor(secret_values(settings))


class RedactingFilter(logging.Filter):
    """The one redacting log filter: formats a record's message and traceback, then takes the secrets out.

    On the bot's handler it takes out every configured secret, whichever logger emitted the record; a
    frontend may also put one on the loggers of a library that prints its token (Telegram's request URLs)."""

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
    handler.addFilter(RedactingFilter(settings_redactor(settings)))
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
    "LineFormatter", "RedactingFilter", "configure_logging", "kv", "secret_value", "secret_values",
    "settings_redactor",
]
