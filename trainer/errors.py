"""The one exception type the trainer shows to users: its message is a single, secret-free line."""


class TrainerError(Exception):
    """A failure the user can act on (bad handle, unknown account, too few tweets, ...).

    The command line prints ``str(error)`` as its one-line reason and exits non-zero; the bot
    forwards the same line to the chat. Never put tracebacks, tokens or machine paths in it.
    """


def one_line(value: str | BaseException, limit: int = 300) -> str:
    """``value`` on one line of at most ``limit`` characters (cut with "…"); an error as ``TypeName: message``."""
    if isinstance(value, BaseException):
        text = " ".join(str(value).split())
        value = f"{type(value).__name__}: {text}" if text else type(value).__name__
    line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
