"""Every bot command as a typed ``Command``, and the one parser of command text, for every frontend.

Text frontends (the console, Telegram) parse text once into a ``Command``; Discord builds it from its typed
options with the same factories (``train_command``, ``model_argument``, ``schedule_command``). Rules (tested in
tests/test_commands.py):

- The leading ``/`` is optional (``say hi`` == ``/say hi``), so the console and chats accept the same text.
- The command word is case-insensitive; a trailing ``@BotName`` on it is read by ``command_word`` (Telegram
  groups send ``/say@MimicBot hi``). ``/start`` (what Telegram sends first) is an alias of ``/help``.
- Runs of spaces (and newlines) between words do not matter; prompts are whitespace-collapsed like the
  cleaned training tweets.
- Handles: the shapes of ``trainer.handles.parse_account`` (X ``@name``, Bluesky ``@name.bsky.social``,
  ``@your.domain`` or ``did:plc:...``, Mastodon ``@user@instance.social``), with or without ``@``,
  separated by spaces or commas, kept as the trainer normalises them (X in its case, Bluesky lower-case,
  Mastodon ``user@instance``), de-duplicated by account (``trainer.handles.account_key``), order kept, at most
  ``max_handles``; a blend may mix platforms. ``/train`` needs at least one, unless a file is attached
  (``has_upload=True``): an archive's ``account.js`` names its account. A bad handle gets one line saying why
  and which shapes are accepted.
- A model name is the accounts' keys, sorted and joined by ``-`` (``trainer.handles.model_name``: X
  ``lena_bakes``, Bluesky ``my_name.bsky.social``, Mastodon ``bob@mastodon.social``); typed in any order or
  case, with ``@`` before a part, it is canonicalised (``@Lena``, ``LENA`` → ``lena``; ``b-a`` → ``a-b``). A
  DID has no name until the trainer resolves it (like an upload: the name comes from the trained model).
- ``/say [model] <prompt>``: the first word is the model only when it names one of ``known_models``;
  otherwise the whole text is the prompt. An empty prompt is allowed: the model then writes a fresh
  tweet from nothing (generation starts right after an end-of-text token, where every training tweet starts).
- ``/schedule <model> <when> [tz=Area/City] [to=destination] [prompt]``: ``<when>`` is read by
  ``bot.scheduling.triggers.parse_when`` (an interval or five cron fields, optionally in quotes).
- ``/talk <model>`` gives a model the floor in the chat; ``/talk off`` (the bare word) ends it, ``/talk`` alone
  says who has it. A model called ``off`` is ``/talk @off``.
- Job and schedule ids are integers, ``#12`` accepted.
- Commands that take no argument ignore extra words; ``/help <command>`` shows that command's usage.

Errors raise ``CommandError`` whose ``str()`` is one polite line for the user.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import ClassVar, Literal

from bot.scheduling.triggers import When, WhenError, parse_when
from trainer import handles as _handles
from trainer.errors import TrainerError

COMMANDS: dict[str, str] = {
    "train": "Train a bot on an account's posts (X, Bluesky, Mastodon), or a blend of several",
    "say": "Write a tweet in a trained model's voice",
    "use": "Set this chat's default model for /say",
    "models": "List the trained models",
    "status": "Show a training job's progress",
    "queue": "Show the training queue",
    "cancel": "Cancel a training job",
    "forget": "Delete a model and its data",
    "push": "Push a model to the Hugging Face Hub again (admins)",
    "talk": "Let a model answer here when someone mentions the bot or replies to it",
    "schedule": "Let a model post here on a schedule",
    "schedules": "List this chat's scheduled posts",
    "unschedule": "Remove a scheduled post",
    "help": "Show the commands and how to use them",
}

USAGE: dict[str, str] = {
    "train": "/train @handle [@handle ...] [source=sample|x|bluesky|mastodon|upload] [--force]",
    "say": "/say [model] [prompt]",
    "use": "/use <model>",
    "models": "/models",
    "status": "/status [job id]",
    "queue": "/queue",
    "cancel": "/cancel [job id]",
    "forget": "/forget <model>",
    "push": "/push <model>",
    "talk": "/talk <model> | /talk off | /talk",
    "schedule": "/schedule <model> <every 2h | every 30m | cron 'min hour day month weekday'> "
                "[to=here|x|bluesky|mastodon] [prompt]",
    "schedules": "/schedules",
    "unschedule": "/unschedule <schedule id>",
    "help": "/help [command]",
}

SCHEDULING_COMMANDS = ("schedule", "schedules", "unschedule")  # offered only when settings.scheduling is on
ALIASES: dict[str, str] = {"start": "help"}

Source = Literal["sample", "x", "bluesky", "mastodon", "upload"]
SOURCES: tuple[Source, ...] = ("sample", "x", "bluesky", "mastodon", "upload")
SOURCE_PLATFORM: dict[str, str] = {"sample": "x", "x": "x", "bluesky": "bluesky", "mastodon": "mastodon"}

HANDLE_SHAPES = "X @name, Bluesky @name.bsky.social, @your.domain or did:plc:…, Mastodon @user@instance.social"
HANDLES_HELP = f"Handles: {HANDLE_SHAPES}; a blend may mix them."
MODEL_NAMES_HELP = ("Model names: the accounts' keys, sorted and joined by '-': an X handle lower-cased "
                    "(lena_bakes); a Bluesky handle or a Mastodon user@instance lower-cased, its '-' written as '_' "
                    "(my_name.bsky.social, bob@mastodon.social).")
_TOPIC_NOTES: dict[str, tuple[str, ...]] = {
    "train": (HANDLES_HELP, MODEL_NAMES_HELP), "say": (MODEL_NAMES_HELP,), "use": (MODEL_NAMES_HELP,),
    "forget": (MODEL_NAMES_HELP,), "schedule": (MODEL_NAMES_HELP,),
}

HELP_TEXT: str = "\n".join(["Commands:", *(f"{USAGE[name]} — {COMMANDS[name]}" for name in COMMANDS),
                            HANDLES_HELP, MODEL_NAMES_HELP])

_HANDLE_SEPARATORS = re.compile(r"[\s,]+")
_ID = re.compile(r"^#?(\d{1,18})$")
_OPTION = re.compile(r"^(tz|to)=(\S+)$", re.IGNORECASE)


class CommandError(ValueError):
    """A command the bot cannot understand; ``str(error)`` is a polite one-line message for the user."""


@dataclass(frozen=True)
class Train:
    """``/train``: handles as ``parse_account`` normalises them, without @, de-duplicated by account (none: an
    uploaded archive names them)."""

    name: ClassVar[str] = "train"
    handles: tuple[str, ...] = ()
    source: Source | None = None  # None: the trainer picks
    force: bool = False


@dataclass(frozen=True)
class Say:
    name: ClassVar[str] = "say"
    model: str | None = None  # a canonical model name; None: the chat's model
    prompt: str = ""


@dataclass(frozen=True)
class Use:
    name: ClassVar[str] = "use"
    model: str


@dataclass(frozen=True)
class ListModels:
    name: ClassVar[str] = "models"


@dataclass(frozen=True)
class Status:
    name: ClassVar[str] = "status"
    job_id: int | None = None  # None: the caller's latest job


@dataclass(frozen=True)
class ListQueue:
    name: ClassVar[str] = "queue"


@dataclass(frozen=True)
class Cancel:
    name: ClassVar[str] = "cancel"
    job_id: int | None = None  # None: the caller's newest active job


@dataclass(frozen=True)
class Forget:
    name: ClassVar[str] = "forget"
    model: str


@dataclass(frozen=True)
class Push:
    """``/push``: push an installed model to the Hugging Face Hub (again, after a failed push)."""

    name: ClassVar[str] = "push"
    model: str


@dataclass(frozen=True)
class SchedulePost:
    """``/schedule``: ``model`` posts ``when``; ``timezone`` and ``destination`` come from tz=/to= words."""

    name: ClassVar[str] = "schedule"
    model: str
    when: When
    prompt: str = ""
    timezone: str | None = None  # None: settings.timezone
    destination: str = "chat"  # a poster's to= word


@dataclass(frozen=True)
class ListSchedules:
    name: ClassVar[str] = "schedules"


@dataclass(frozen=True)
class Unschedule:
    name: ClassVar[str] = "unschedule"
    schedule_id: int


@dataclass(frozen=True)
class Talk:
    """``/talk <model>`` gives a model the floor, ``/talk off`` takes it away, ``/talk`` says who has it."""

    name: ClassVar[str] = "talk"
    model: str | None = None  # a canonical model name; None with ``off`` False: just show the state
    off: bool = False


@dataclass(frozen=True)
class Help:
    name: ClassVar[str] = "help"
    topic: str = ""  # a command name; "" = all


Command = (Train | Say | Use | ListModels | Status | ListQueue | Cancel | Forget | Push | Talk | SchedulePost
           | ListSchedules | Unschedule | Help)


def canonical_model_name(raw: str) -> str | None:
    """``@Lena`` → ``lena``, ``B-a`` → ``a-b``, ``Bob@Mastodon.social`` → ``bob@mastodon.social``; None when
    ``raw`` cannot be a model name (``trainer.handles.canonical_model_name``)."""
    return _handles.canonical_model_name(raw)


def help_text(topic: str = "") -> str:
    """All commands, or one command's usage and description (with how handles and model names look)."""
    name = ALIASES.get(topic.lower().lstrip("/"), topic.lower().lstrip("/"))
    if name in COMMANDS:
        return "\n".join((USAGE[name], f"{COMMANDS[name]}.", *_TOPIC_NOTES.get(name, ())))
    return HELP_TEXT


def command_word(word: str) -> tuple[str, str | None]:
    """``/Say@MimicBot`` → (``say``, ``MimicBot``): the command name (aliases resolved) and the bot it addresses."""
    name, _, target = word.lstrip("/").partition("@")
    name = name.lower()
    return ALIASES.get(name, name), target or None


def parse_command(
    text: str, known_models: Collection[str] = (), max_handles: int = 3, *, has_upload: bool = False
) -> Command:
    """Parse one command line (see the module docstring for the rules); raise CommandError on bad input.

    ``has_upload``: a file came with the command, so ``/train`` may name no handle.
    """
    words = text.split()
    if not words:
        raise CommandError("Type a command, for example /say or /train; /help lists them all.")
    name, _ = command_word(words[0])
    if name not in COMMANDS:
        raise CommandError(f"I don't know the command {words[0][:32]!r}; /help lists the commands.")
    rest = text.strip()[len(words[0]):].strip()
    return parse_arguments(name, rest, known_models, max_handles, has_upload=has_upload)


def parse_arguments(name: str, rest: str, known_models: Collection[str] = (), max_handles: int = 3, *,
                    has_upload: bool = False) -> Command:
    """The command ``name`` (already read, e.g. by Telegram's CommandHandler) with its argument text."""
    name = ALIASES.get(name, name)
    args = rest.split()
    if name == "train":
        return _parse_train(args, max_handles, has_upload)
    if name == "say":
        return _parse_say(args, known_models)
    if name == "use":
        return Use(model_argument(_first(args, name)))
    if name == "forget":
        return Forget(model_argument(_first(args, name)))
    if name == "push":
        return Push(model_argument(_first(args, name)))
    if name == "talk":
        return talk_command(args[0] if args else "")
    if name == "status":
        return Status(_parse_id(args[0], "job") if args else None)
    if name == "cancel":
        return Cancel(_parse_id(args[0], "job") if args else None)
    if name == "unschedule":
        if not args:
            raise CommandError(f"Which schedule? Usage: {USAGE[name]} (/schedules lists them)")
        return Unschedule(_parse_id(args[0], "schedule"))
    if name == "schedule":
        if len(args) < 2:
            raise CommandError(f"Which model and when? Usage: {USAGE['schedule']}")
        model = model_argument(args[0])
        try:
            when, remainder = parse_when(rest.split(None, 1)[1])
        except WhenError as error:
            raise CommandError(str(error)) from None
        return _schedule(model, when, remainder)
    if name == "help":
        return Help(args[0].lstrip("/").lower() if args else "")
    if name == "models":
        return ListModels()
    if name == "queue":
        return ListQueue()
    if name == "schedules":
        return ListSchedules()
    raise CommandError(f"I don't know the command {'/' + name[:31]!r}; /help lists the commands.")


def train_command(handles: Iterable[str], *, source: str | None = None, force: bool = False, max_handles: int = 3,
                  has_upload: bool = False) -> Train:
    """A checked ``/train``: valid handles (with or without @), de-duplicated, at most ``max_handles``."""
    if source not in (*SOURCES, "auto", None):
        raise CommandError(f"Unknown source {str(source)[:20]!r}; choose one of {', '.join(SOURCES)}.")
    chosen: Source | None = None if source in (None, "auto") else source  # type: ignore[assignment]
    accounts: list[_handles.Account] = []
    seen: set[str] = set()
    for token in handles:
        try:
            account = _handles.parse_account(token, SOURCE_PLATFORM.get(chosen or ""))
        except TrainerError as error:
            raise CommandError(handle_refusal(error)) from None
        identity = account.handle if account.is_did else _handles.account_key(account)
        if identity not in seen:
            seen.add(identity)
            accounts.append(account)
    kept = [account.handle for account in accounts]
    if not kept and not has_upload:
        raise CommandError(f"Whose tweets? Name an account (like @mb_lena_bakes) or attach an archive. Usage: "
                           f"{USAGE['train']}")
    if len(kept) > max_handles:
        raise CommandError(
            f"A model can blend at most {max_handles} account{'s' if max_handles != 1 else ''}; "
            f"you named {len(kept)}."
        )
    if kept and not any(account.is_did for account in accounts):
        try:
            _handles.model_name(accounts)  # too long a name is refused here, not by the trainer
        except TrainerError as error:
            raise CommandError(_sentence(str(error))) from None
    return Train(handles=tuple(kept), source=chosen, force=force)


def handle_refusal(error: TrainerError) -> str:
    """The trainer's reason a handle is refused, as one line for the chat that lists the accepted shapes."""
    reason = str(error).removesuffix(f"; {_handles.ACCEPTED}")
    return f"{_sentence(reason)} Handles look like {HANDLE_SHAPES}."


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return f"{text[:1].upper()}{text[1:]}."


def model_argument(raw: str) -> str:
    """A model name argument, canonical; CommandError when it cannot be one."""
    model = canonical_model_name(raw)
    if model is None:
        raise CommandError(
            f"{raw[:40]!r} is not a model name (account keys joined by '-', like lena_bakes or "
            "ivo.bsky.social-lena_bakes); /models lists them."
        )
    return model


def talk_command(word: str) -> Talk:
    """``/talk``'s one word: ``off`` (exactly; a model named off is ``@off``), a model name, or nothing."""
    word = word.strip()
    if not word:
        return Talk()
    if word.lower() == "off":
        return Talk(off=True)
    return Talk(model_argument(word))


def schedule_command(model: str, when: str, prompt: str = "") -> SchedulePost:
    """A checked ``/schedule`` from its parts (``when`` alone in its text, ``prompt`` with any tz=/to= words)."""
    try:
        parsed, extra = parse_when(when)
    except WhenError as error:
        raise CommandError(str(error)) from None
    if extra:
        raise CommandError(f"I can't read the schedule {when.strip()[:40]!r}; put only the time in it.")
    return _schedule(model_argument(model), parsed, prompt)


def _schedule(model: str, when: When, remainder: str) -> SchedulePost:
    """Leading ``tz=…`` / ``to=…`` words of the rest, then the prompt."""
    options: dict[str, str] = {}
    words = remainder.split()
    while words and (match := _OPTION.match(words[0])):
        options[match.group(1).lower()] = match.group(2)
        words.pop(0)
    destination = options.get("to", "chat").lower()
    return SchedulePost(model=model, when=when, prompt=" ".join(words), timezone=options.get("tz"),
                        destination="chat" if destination == "here" else destination)


def _first(args: list[str], name: str) -> str:
    if not args:
        raise CommandError(f"Which model? Usage: {USAGE[name]}")
    return args[0]


def _parse_train(args: list[str], max_handles: int, has_upload: bool) -> Train:
    handles: list[str] = []
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
        elif lowered.startswith(("source=", "--source=")) or lowered == "--source":
            if "=" in lowered:
                source = lowered.split("=", 1)[1]
            else:
                source = tokens[i].lower() if i < len(tokens) else ""
                i += 1
            if source not in (*SOURCES, "auto"):
                raise CommandError(f"Unknown source {source[:20]!r}; choose one of {', '.join(SOURCES)}.")
        else:
            handles.append(token)
    return train_command(handles, source=source, force=force, max_handles=max_handles, has_upload=has_upload)


def _parse_say(args: list[str], known_models: Collection[str]) -> Say:
    """The first word is the model only if it is a known one; the rest (or everything) is the prompt."""
    if not args:
        return Say()
    known = {name.lower() for name in known_models}
    candidate = canonical_model_name(args[0])
    if candidate is not None and candidate in known:
        return Say(candidate, " ".join(args[1:]))
    return Say(None, " ".join(args))


def _parse_id(raw: str, what: str) -> int:
    match = _ID.fullmatch(raw)
    if not match:
        raise CommandError(f"{raw[:20]!r} is not a {what} id; use a number like 12 or #12.")
    return int(match.group(1))


__all__ = [
    "ALIASES", "COMMANDS", "Cancel", "Command", "CommandError", "Forget", "HANDLES_HELP", "HANDLE_SHAPES",
    "HELP_TEXT", "Help", "ListModels", "ListQueue", "ListSchedules", "MODEL_NAMES_HELP", "Push",
    "SCHEDULING_COMMANDS", "SOURCES", "SOURCE_PLATFORM", "Say", "SchedulePost", "Status", "Talk", "Train",
    "USAGE", "Unschedule", "Use", "canonical_model_name", "command_word", "handle_refusal", "help_text",
    "model_argument", "parse_arguments", "parse_command", "schedule_command", "talk_command", "train_command",
]
