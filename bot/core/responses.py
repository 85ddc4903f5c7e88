"""What the command core and the frontends exchange, and the protocols between them.

A frontend (console, Discord, Telegram) turns a platform event into a ``Caller`` and a command (+ an optional
``Upload``) and gives the core a ``Conversation`` to answer into. The core answers with structured
``Response`` objects; each frontend renders them once (an embed, HTML, a rich panel). Nothing here knows
about any platform.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from bot.records import Progress
from trainer.stats import format_table

ResponseKind = Literal["info", "error", "progress", "samples", "model", "list", "help"]


@dataclass(frozen=True)
class Caller:
    """Who sent a command, and where. ``user_id``/``chat_id`` are the platform's ids as strings."""

    platform: str  # "console", "discord", "telegram"
    user_id: str
    chat_id: str
    display_name: str = ""
    is_platform_admin: bool = False  # e.g. a Discord admin role or a Telegram chat administrator

    @property
    def user_key(self) -> str:
        return f"{self.platform}:{self.user_id}"

    @property
    def chat_key(self) -> str:
        return f"{self.platform}:{self.chat_id}"


@dataclass(frozen=True)
class Upload:
    """A file attached to a command (an archive, tweets.js, JSONL or CSV); size already checked."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class ModelSummary:
    """What a frontend needs to style a model's answer like a huggingtweets card."""

    name: str  # sorted lower-case handles joined by "-"
    handles: tuple[str, ...]
    display_names: tuple[str, ...]
    stats: dict[str, dict[str, int]] = field(default_factory=dict)  # handle -> downloaded/retweets/short/duplicates/kept
    base_model: str = ""
    created_at: str = ""
    folder: str = ""  # the model folder (its avatar.png is the persona's face)

    @property
    def label(self) -> str:
        return "AI BOT" if len(self.handles) == 1 else "AI CYBORG"

    @property
    def title(self) -> str:
        return " & ".join(self.display_names)


@dataclass(frozen=True)
class Response:
    """One answer of the core, in parts; each frontend renders the parts its own way, once.

    ``lines`` come first, then the ``table`` (rows, the header first), the ``samples`` (posts in the voice of
    ``model``), and ``footnotes``. ``title`` heads it where the platform shows titles; ``model`` styles it like
    a huggingtweets card; ``progress`` is a training job's progress. ``text`` is the plain rendering.
    """

    lines: tuple[str, ...] = ()
    kind: ResponseKind = "info"
    private: bool = False  # refusals and errors: only the caller should see it where the platform can
    title: str | None = None
    table: tuple[tuple[str, ...], ...] = ()
    samples: tuple[str, ...] = ()
    footnotes: tuple[str, ...] = ()
    model: ModelSummary | None = None
    progress: Progress | None = None

    @classmethod
    def of(cls, *lines: str, **parts: Any) -> Response:
        """``Response.of("one line", "another", kind="list", ...)``."""
        return cls(lines=lines, **parts)

    @classmethod
    def refusal(cls, line: str) -> Response:
        """A polite one-line refusal or error, for the caller's eyes only."""
        return cls(lines=(line,), kind="error", private=True)

    @property
    def signature(self) -> str:
        """``— AI BOT · Lena Bakes (lena_bakes)`` under samples of a model; "" otherwise."""
        model = self.model
        return f"— {model.label} · {model.title} ({model.name})" if model is not None and self.samples else ""

    @property
    def text(self) -> str:
        """The whole answer as plain text: lines, the table aligned, samples and their signature, footnotes."""
        parts = ["\n".join(self.lines), format_table(self.table), "\n\n".join(self.samples), self.signature,
                 "\n".join(self.footnotes)]
        return "\n".join(part for part in parts if part)


@dataclass(frozen=True)
class Heard:
    """A chat message that may be spoken to a persona (after ``/talk``), as a frontend heard it.

    ``text`` is what the platform delivered, the bot's own mention taken out ("" when the platform withheld
    it). ``mentioned``: it mentions the bot, or it was sent in a private chat with the bot. ``reply_to`` is
    the id of the message it replies to; ``reply_text`` that message's text when the platform gave it.
    A frontend never hands over messages of bots, webhooks or the bot itself."""

    caller: Caller
    message_id: str
    text: str
    mentioned: bool = False
    reply_to: str | None = None
    reply_text: str = ""


# A frontend's way to answer a heard message: posts the response as the persona, returns the new message ids.
Answer = Callable[[Response], Awaitable[Sequence[str]]]


class Reply(Protocol):
    """A message the core already sent and may edit (training progress edits one message)."""

    async def edit(self, response: Response) -> None: ...


class Conversation(Protocol):
    """Where the core answers one command. The first ``send`` may replace a 'thinking…' placeholder."""

    async def send(self, response: Response) -> Reply: ...


class Frontend(Protocol):
    """A running chat frontend; the core and the scheduler post through it without a command."""

    platform: str

    async def post(self, chat_id: str, response: Response) -> None: ...


class Frontends:
    """The running frontends by platform (``bot/app.py`` adds each once it has started)."""

    def __init__(self, *frontends: Frontend) -> None:
        self._by_platform: dict[str, Frontend] = {}
        for frontend in frontends:
            self.add(frontend)

    def add(self, frontend: Frontend) -> None:
        self._by_platform[frontend.platform] = frontend

    def remove(self, platform: str) -> None:
        self._by_platform.pop(platform, None)

    def get(self, platform: str) -> Frontend | None:
        return self._by_platform.get(platform)
