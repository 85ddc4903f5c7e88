"""The one exception type the trainer shows to users: its message is a single, secret-free line."""


class TrainerError(Exception):
    """A failure the user can act on (bad handle, unknown account, too few tweets, ...).

    The command line prints ``str(error)`` as its one-line reason and exits non-zero; the bot
    forwards the same line to the chat. Never put tracebacks, tokens or machine paths in it.
    """
