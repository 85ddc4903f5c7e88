"""How errors are shown to users: the one exception type, one line per error, and no secrets in it.

``TrainerError`` is the trainer's; ``one_line`` and ``Redactor`` are the bot's and the trainer's one way to
put any error on a single line and to take secret values (tokens) out of any text.
"""

from __future__ import annotations

from collections.abc import Iterable

REDACTED = "***"


class TrainerError(Exception):
    """A failure the user can act on (bad handle, unknown account, too few tweets, ...).

    The command line prints ``str(error)`` as its one-line reason and exits non-zero; the bot
    forwards the same line to the chat. Never put tracebacks, tokens or machine paths in it.
    """


class Redactor:
    """Replaces each secret value in a text by ``***`` (the longest first; values under 4 characters are kept)."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text


def one_line(value: str | BaseException, limit: int = 300) -> str:
    """``value`` on one line of at most ``limit`` characters (cut with "…"); an error as ``TypeName: message``."""
    if isinstance(value, BaseException):
        text = " ".join(str(value).split())
        value = f"{type(value).__name__}: {text}" if text else type(value).__name__
    line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
