"""The platform-neutral messages the command core exchanges with frontends.

A frontend (console, Discord, Telegram) turns a platform event into a ``Caller`` + command text
(+ an optional ``Upload``) and gives the core a ``Conversation`` to answer into. The core answers with
``Response`` objects; the frontend renders them (plain text, an embed, a rich panel). Nothing here
knows about any platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from bot.records import Progress

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

    @property
    def label(self) -> str:
        return "AI BOT" if len(self.handles) == 1 else "AI CYBORG"

    @property
    def title(self) -> str:
        return " & ".join(self.display_names)


@dataclass(frozen=True)
class Response:
    """One answer of the core. ``text`` is always a complete plain-text rendering."""

    text: str
    kind: ResponseKind = "info"
    private: bool = False  # refusals and errors: only the caller should see it where the platform can
    title: str | None = None
    model: ModelSummary | None = None
    samples: tuple[str, ...] = ()
    progress: Progress | None = None
    table: tuple[tuple[str, ...], ...] = ()  # rows, first row is the header (data tables, lists)


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
