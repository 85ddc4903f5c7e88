"""Parsing of every bot command, in one place, for every frontend.

Rules (tested in tests/test_commands.py):

- The leading ``/`` is optional (``say hi`` == ``/say hi``), so the console and chats accept the same text.
- The command word is case-insensitive; a trailing ``@BotName`` on it is dropped (Telegram groups send
  ``/say@MimicBot hi``). ``/start`` (what Telegram sends first) is an alias of ``/help``.
- Runs of spaces (and newlines) between words do not matter; prompts are whitespace-collapsed like the
  cleaned training tweets.
- Handles: ``^[A-Za-z0-9_]{1,15}$`` with or without ``@``, separated by spaces or commas, case preserved,
  de-duplicated case-insensitively, order kept, at most ``max_handles``. ``/train`` needs at least one,
  unless a file is attached (``has_upload=True``): an archive's ``account.js`` names its account.
- A model name is the sorted lower-case handles joined by ``-``; ``@Lena``, ``LENA`` and ``b-a`` are
  accepted and canonicalised (``lena``, ``lena``, ``a-b``).
- ``/say [model] <prompt>``: the first word is the model only when it names one of ``known_models``;
  otherwise the whole text is the prompt. An empty prompt is allowed: the model then writes a fresh
  tweet from nothing (generation starts right after an end-of-text token, where every training tweet starts).
- ``/schedule <model> <when> [prompt]``: ``when`` is read by ``bot.scheduling.triggers.parse_when`` (an
  interval like ``every 2h`` or five cron fields, optionally in quotes), the one parser of ``<when>``.
- Job and schedule ids are integers, ``#12`` accepted.
- Commands that take no argument ignore extra words; ``/help <command>`` shows that command's usage.

Errors raise ``CommandError`` whose ``str()`` is one polite line for the user.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.scheduling.triggers import WhenError, parse_when
from trainer.errors import TrainerError
from trainer.handles import model_name as _model_name
from trainer.handles import normalize_handle

COMMANDS: dict[str, str] = {
    "train": "Train a bot on one account's tweets, or a blend of several",
    "say": "Write a tweet in a trained model's voice",
    "use": "Set this chat's default model for /say",
    "models": "List the trained models",
    "status": "Show a training job's progress",
    "queue": "Show the training queue",
    "cancel": "Cancel a training job",
    "forget": "Delete a model and its data",
    "schedule": "Let a model post here on a schedule",
    "schedules": "List this chat's scheduled posts",
    "unschedule": "Remove a scheduled post",
    "help": "Show the commands and how to use them",
}

USAGE: dict[str, str] = {
    "train": "/train @handle [@handle ...] [source=sample|x|upload] [--force]",
    "say": "/say [model] [prompt]",
    "use": "/use <model>",
    "models": "/models",
    "status": "/status [job id]",
    "queue": "/queue",
    "cancel": "/cancel [job id]",
    "forget": "/forget <model>",
    "schedule": "/schedule <model> <every 2h | every 30m | cron 'min hour day month weekday'> [prompt]",
    "schedules": "/schedules",
    "unschedule": "/unschedule <schedule id>",
    "help": "/help [command]",
}

SCHEDULING_COMMANDS = ("schedule", "schedules", "unschedule")  # offered only when settings.scheduling is on
ALIASES: dict[str, str] = {"start": "help"}

SOURCES: tuple[str, ...] = ("sample", "x", "upload")

HELP_TEXT: str = "Commands:\n" + "\n".join(f"{USAGE[name]} — {COMMANDS[name]}" for name in COMMANDS)

_HANDLE_SEPARATORS = re.compile(r"[\s,]+")
_JOB_ID = re.compile(r"^#?(\d{1,18})$")


class CommandError(ValueError):
    """A command the bot cannot understand; ``str(error)`` is a polite one-line message for the user."""


@dataclass(frozen=True)
class Command:
    """One parsed command. Only the fields of its ``name`` are set."""

    name: str  # train say use models status queue cancel forget help schedule schedules unschedule
    handles: tuple[str, ...] = ()  # /train: handles without @, case preserved, de-duplicated, order kept
    model: str | None = None  # /say /use /forget /schedule: a canonical model name (lower-case)
    prompt: str = ""  # /say /schedule: the prompt; /help: the command asked about ("" = all)
    job_id: int | None = None  # /status /cancel
    force: bool = False  # /train ... --force
    source: str | None = None  # /train ... source=sample|x|upload (None = auto)
    when: str = ""  # /schedule: canonical "every 2h" / "every 30m" / "every 1d", or 5 cron fields
    schedule_id: int | None = None  # /unschedule


def model_name_for(handles: Iterable[str]) -> str:
    """The model name for these handles: sorted lower-case handles joined by ``-`` (the trainer's rule)."""
    try:
        return _model_name(handles)
    except TrainerError as error:
        raise CommandError(_sentence(str(error))) from None


def canonical_model_name(raw: str) -> str | None:
    """``@Lena`` → ``lena``, ``B-a`` → ``a-b``; None when ``raw`` cannot be a model name."""
    parts = [part for part in raw.strip().split("-")]
    if not parts or any(not part for part in parts):
        return None
    try:
        return _model_name(parts)
    except TrainerError:
        return None


def help_text(topic: str = "") -> str:
    """All commands, or one command's usage and description."""
    name = ALIASES.get(topic.lower().lstrip("/"), topic.lower().lstrip("/"))
    if name in COMMANDS:
        return f"{USAGE[name]}\n{COMMANDS[name]}."
    return HELP_TEXT


def parse_command(
    text: str, known_models: Collection[str] = (), max_handles: int = 3, *, has_upload: bool = False
) -> Command:
    """Parse one command line (see the module docstring for the rules); raise CommandError on bad input.

    ``has_upload``: a file came with the command, so ``/train`` may name no handle.
    """
    words = text.split()
    if not words:
        raise CommandError("Type a command, for example /say or /train; /help lists them all.")
    word = words[0].lstrip("/").split("@", 1)[0].lower()
    name = ALIASES.get(word, word)
    if name not in COMMANDS:
        shown = words[0][:32]
        raise CommandError(f"I don't know the command {shown!r}; /help lists the commands.")
    rest = text.strip()[len(words[0]) :].strip()
    args = rest.split()

    if name == "train":
        return _parse_train(args, max_handles, has_upload)
    if name == "say":
        model, prompt = _split_model(args, known_models)
        return Command("say", model=model, prompt=prompt)
    if name in ("use", "forget"):
        if not args:
            raise CommandError(f"Which model? Usage: {USAGE[name]}")
        return Command(name, model=_require_model(args[0]))
    if name in ("status", "cancel"):
        return Command(name, job_id=_parse_id(args[0], "job") if args else None)
    if name == "unschedule":
        if not args:
            raise CommandError(f"Which schedule? Usage: {USAGE[name]} (/schedules lists them)")
        return Command(name, schedule_id=_parse_id(args[0], "schedule"))
    if name == "schedule":
        return _parse_schedule(rest)
    if name == "help":
        return Command("help", prompt=args[0].lstrip("/").lower() if args else "")
    return Command(name)  # models, queue, schedules


def _sentence(message: str) -> str:
    message = message.strip()
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?", ")")) else message + "."


def _parse_train(args: list[str], max_handles: int, has_upload: bool) -> Command:
    handles: list[str] = []
    seen: set[str] = set()
    force = False
    source: str | None = None
    tokens = [tok for tok in _HANDLE_SEPARATORS.split(" ".join(args)) if tok]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        lowered = token.lower()
        i += 1
        if lowered in ("--force", "-f", "force"):
            force = True
            continue
        if lowered.startswith(("source=", "--source=")) or lowered == "--source":
            if "=" in lowered:
                value = lowered.split("=", 1)[1]
            else:
                value = tokens[i].lower() if i < len(tokens) else ""
                i += 1
            if value not in (*SOURCES, "auto"):
                raise CommandError(f"Unknown source {value[:20]!r}; choose one of {', '.join(SOURCES)}.")
            source = None if value == "auto" else value
            continue
        try:
            handle = normalize_handle(token)
        except TrainerError:
            raise CommandError(
                f"{token[:40]!r} is not an X handle (1 to 15 letters, digits or underscores, like @lena_bakes)."
            ) from None
        if handle.lower() not in seen:
            seen.add(handle.lower())
            handles.append(handle)
    if not handles and not has_upload:
        raise CommandError(f"Whose tweets? Name an account (like @mb_lena_bakes) or attach an archive. Usage: "
                           f"{USAGE['train']}")
    if len(handles) > max_handles:
        raise CommandError(
            f"A model can blend at most {max_handles} account{'s' if max_handles != 1 else ''}; "
            f"you named {len(handles)}."
        )
    return Command("train", handles=tuple(handles), force=force, source=source)


def _split_model(args: list[str], known_models: Collection[str]) -> tuple[str | None, str]:
    """``/say`` arguments → (model or None, prompt): the first word is a model only if it is a known one."""
    if not args:
        return None, ""
    known = {name.lower() for name in known_models}
    candidate = canonical_model_name(args[0])
    if candidate is not None and candidate in known:
        return candidate, " ".join(args[1:])
    return None, " ".join(args)


def _require_model(raw: str) -> str:
    model = canonical_model_name(raw)
    if model is None:
        raise CommandError(
            f"{raw[:40]!r} is not a model name (handles joined by '-', like lena_bakes); /models lists them."
        )
    return model


def _parse_id(raw: str, what: str) -> int:
    match = _JOB_ID.fullmatch(raw)
    if not match:
        raise CommandError(f"{raw[:20]!r} is not a {what} id; use a number like 12 or #12.")
    return int(match.group(1))


def _parse_schedule(rest: str) -> Command:
    args = rest.split()
    if len(args) < 2:
        raise CommandError(f"Which model and when? Usage: {USAGE['schedule']}")
    model = _require_model(args[0])
    try:
        when, prompt = parse_when(rest.split(None, 1)[1])
    except WhenError as error:
        raise CommandError(str(error)) from None
    return Command("schedule", model=model, when=when.text, prompt=" ".join(prompt.split()))


__all__ = [
    "ALIASES",
    "COMMANDS",
    "Command",
    "CommandError",
    "HELP_TEXT",
    "SOURCES",
    "USAGE",
    "canonical_model_name",
    "help_text",
    "model_name_for",
    "parse_command",
]
