"""A terminal frontend on the same command core: type the commands, watch training, read the samples.

Lines are read by a daemon thread (the event loop never blocks on the keyboard) and passed to
``CommandCore.handle_text``, which parses each once; a line without a leading ``/`` is a command too
(``say hello`` == ``/say hello``). Answers are drawn with rich: samples and model cards as panels, lists
as tables, a live progress bar per training job. When stdin is not a terminal (a pipe, a test) progress is
printed as plain lines, and each command's training is waited for before the next line is read, so a
script like ``printf '/train @mb_lena_bakes\\n/say hello\\n'`` works as expected.

``run_demo()`` is ``mimicbird console --demo``: train on the bundled sample account, then ``/say`` a few
prompts, with no tokens and no network.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import sys
import threading
from typing import IO, Any, Protocol

from rich.console import Console, Group
from rich.panel import Panel
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from bot.core.responses import Caller, Conversation, Response, Upload
from bot.settings import Settings

DEMO_HANDLE = "mb_lena_bakes"
DEMO_PROMPTS = ("My dream is", "Today I baked", "The secret to good bread is")
_STYLE = {"error": "bold red", "info": "cyan", "help": "", "list": "", "progress": "yellow"}


class Core(Protocol):
    """What the console needs of ``bot.core.command_core.CommandCore``."""

    async def handle_text(self, caller: Caller, text: str, conversation: Conversation,
                          upload: Upload | None = None) -> None: ...


class ConsoleReply:
    """One message on the terminal; ``edit`` updates it (a progress bar, then the final answer)."""

    def __init__(self, frontend: ConsoleFrontend, response: Response) -> None:
        self.frontend = frontend
        self.responses: list[Response] = [response]
        self.finished = asyncio.Event()
        self.task: TaskID | None = None
        if response.kind == "progress":
            frontend._start_bar(self, response)
        else:
            self.finished.set()

    @property
    def last(self) -> Response:
        return self.responses[-1]

    async def edit(self, response: Response) -> None:
        self.responses.append(response)
        if response.kind == "progress":
            self.frontend._update_bar(self, response)
            return
        self.frontend._end_bar(self)
        self.frontend.render(response)
        self.finished.set()


class ConsoleConversation:
    """The answers to one typed command."""

    def __init__(self, frontend: ConsoleFrontend) -> None:
        self.frontend = frontend
        self.replies: list[ConsoleReply] = []

    @property
    def responses(self) -> list[Response]:
        return [r for reply in self.replies for r in reply.responses]

    async def send(self, response: Response) -> ConsoleReply:
        if response.kind != "progress":
            self.frontend.render(response)
        reply = ConsoleReply(self.frontend, response)
        self.replies.append(reply)
        return reply

    async def settle(self) -> None:
        """Wait until every progress message of this command has its final answer."""
        for reply in self.replies:
            await reply.finished.wait()


class ConsoleFrontend:
    """The terminal frontend. ``run()`` reads commands until EOF or ``exit``; ``run_demo()`` is the demo."""

    platform = "console"

    def __init__(
        self,
        core: Core,
        settings: Settings,
        *,
        stdin: IO[str] | None = None,
        console: Console | None = None,
        user_id: str | None = None,
    ) -> None:
        self.core = core
        self.settings = settings
        self.stdin = stdin or sys.stdin
        self.console = console or Console(highlight=False, soft_wrap=False)
        user = user_id or _user_name()
        self.caller = Caller(platform="console", user_id=user, chat_id="terminal", display_name=user)
        self._progress: Progress | None = None
        self._bars: dict[int, ConsoleReply] = {}

    @property
    def interactive(self) -> bool:
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    # -- the frontend protocol --------------------------------------------------------------------------------
    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        for reply in list(self._bars.values()):
            self._end_bar(reply)

    async def post(self, chat_id: str, response: Response) -> None:
        """A message nobody asked for right now (a job that finished after a restart)."""
        self.render(response)

    # -- commands ---------------------------------------------------------------------------------------------
    async def command(self, text: str, upload: Upload | None = None, *, wait: bool = False) -> ConsoleConversation:
        """Run one command line through the core; with ``wait``, also wait for its training to end."""
        text = text.strip()
        if text and not text.startswith("/"):
            text = "/" + text
        conversation = ConsoleConversation(self)
        await self.core.handle_text(self.caller, text, conversation, upload)
        if wait:
            await conversation.settle()
        return conversation

    async def run(self) -> int:
        """Read and run commands until EOF, ``exit`` or ``quit``. Returns the exit code (0)."""
        if self.interactive:
            self.console.print(
                "[bold]mimicbird console[/bold] — type /help for the commands, /train @mb_lena_bakes to start, "
                "exit to leave."
            )
        lines = self._read_lines()
        while True:
            if self.interactive:
                self.console.print("[bold green]>[/bold green] ", end="")
            line = await lines.get()
            if line is None or line.strip().lower() in ("exit", "quit", "/exit", "/quit"):
                break
            if not line.strip():
                continue
            await self.command(line, wait=not self.interactive)
        if self._bars:
            self.console.print("[yellow]Training continues the next time the bot starts.[/yellow]")
        return 0

    async def run_demo(self, handle: str = DEMO_HANDLE, prompts: tuple[str, ...] = DEMO_PROMPTS) -> int:
        """Train on a bundled sample account, then let it speak. Returns 0 on success, 1 otherwise."""
        self.console.rule("[bold]mimicbird demo")
        self.console.print(f"[bold]> /train @{handle}[/bold]")
        conversation = await self.command(f"/train @{handle}", wait=True)
        final = conversation.responses[-1] if conversation.responses else None
        if final is None or final.kind != "model" or final.model is None:
            self.console.print("[bold red]The demo could not train its model.[/bold red]")
            return 1
        name = final.model.name
        for prompt in prompts:
            self.console.print(f"[bold]> /say {name} {prompt}[/bold]")
            said = await self.command(f"/say {name} {prompt}")
            if not said.responses or said.responses[-1].kind != "samples":
                return 1
        self.console.rule("[bold]done")
        self.console.print("Run [bold]mimicbird console[/bold] to type your own commands.")
        return 0

    def _read_lines(self) -> asyncio.Queue[str | None]:
        """Lines from stdin, read by a daemon thread (None at end of input)."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def reader() -> None:
            try:
                for line in iter(self.stdin.readline, ""):
                    loop.call_soon_threadsafe(queue.put_nowait, line)
            except (OSError, ValueError):
                pass
            finally:
                with contextlib.suppress(RuntimeError):  # the loop is closed: nobody listens any more
                    loop.call_soon_threadsafe(queue.put_nowait, None)

        threading.Thread(target=reader, name="console-stdin", daemon=True).start()
        return queue

    # -- rendering ----------------------------------------------------------------------------------------------
    def render(self, response: Response) -> None:
        """Print one answer: samples and models as panels, tables as tables, the rest as styled text."""
        if response.samples:
            body = Group(*(Text(sample) for sample in response.samples))
            subtitle = response.model.name if response.model else None
            self.console.print(Panel(body, title=response.title, subtitle=subtitle, border_style="magenta"))
            return
        if response.table:
            model = response.kind == "model"
            table = Table(title=None if model else response.title)
            header, *rows = response.table
            for i, column in enumerate(header):
                table.add_column(column, justify="right" if i and model else "left")
            for row in rows:
                table.add_row(*row)
            before = [Text(line) for line in response.lines]
            after = [Text(line) for line in response.footnotes]
            if model:
                self.console.print(Panel(Group(*before, table, *after), title=response.title, border_style="green"))
            else:
                for part in (*before, table, *after):
                    self.console.print(part)
            return
        self.console.print(Text(response.text, style=_STYLE.get(response.kind, "")), soft_wrap=True)

    def _start_bar(self, reply: ConsoleReply, response: Response) -> None:
        self.console.print(Text(response.text, style="yellow"), soft_wrap=True)
        if not self.console.is_terminal:
            return
        if self._progress is None:
            self._progress = Progress(
                TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                TimeRemainingColumn(), TextColumn("{task.fields[note]}"), console=self.console, transient=True,
            )
            self._progress.start()
        percent = response.progress.percent if response.progress and response.progress.percent else 0.0
        reply.task = self._progress.add_task(response.title or "training", total=100, completed=percent, note="")
        self._bars[id(reply)] = reply

    def _update_bar(self, reply: ConsoleReply, response: Response) -> None:
        progress = response.progress
        if self._progress is None or reply.task is None:
            self.console.print(Text(response.text, style="yellow"), soft_wrap=True)
            return
        fields: dict[str, Any] = {"note": (progress.stage if progress else "")}
        if progress and progress.message:
            fields["note"] += f" · {progress.message}"
        completed = progress.percent if progress and progress.percent is not None else None
        self._progress.update(reply.task, completed=completed, **fields)

    def _end_bar(self, reply: ConsoleReply) -> None:
        self._bars.pop(id(reply), None)
        if self._progress is not None and reply.task is not None:
            self._progress.remove_task(reply.task)
            reply.task = None
            if not self._bars:
                self._progress.stop()
                self._progress = None


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "local"


__all__ = ["ConsoleConversation", "ConsoleFrontend", "ConsoleReply", "DEMO_HANDLE", "DEMO_PROMPTS"]
