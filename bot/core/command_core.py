"""The platform-neutral command core: every command of every frontend goes through ``CommandCore.handle``.

A frontend turns a platform event into a ``Caller``, a typed ``Command`` (``commands.py``; text frontends
hand the text to ``handle_text`` or ``handle_arguments`` to be parsed once), an optional ``Upload`` and a
``Conversation`` to answer into; the core checks access and limits and runs the command's handler
(``training``, ``speaking``, ``models``, ``scheduling``, ``help``), which answers with ``Response`` objects
(``responses.py``). It knows no platform types.

Refusals and errors are ``Response(kind="error", private=True)`` with one polite line. An unexpected
exception never reaches a user: they get a short apology with an error id that is also in the log. Command
text longer than ``max_command_chars`` is refused before it is parsed.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from bot.core import presenters
from bot.core.access import AccessPolicy, Refused
from bot.core.commands import (
    Cancel,
    Command,
    CommandError,
    Forget,
    Help,
    ListModels,
    ListQueue,
    ListSchedules,
    Push,
    Say,
    SchedulePost,
    Status,
    Talk,
    Train,
    Unschedule,
    Use,
    parse_arguments,
    parse_command,
)
from bot.core.help import show_help
from bot.core.models import Models
from bot.core.publishing import Publishing
from bot.core.responses import Answer, Caller, Conversation, Frontends, Heard, ModelSummary, Response, Upload
from bot.core.scheduling import Schedules, Scheduling
from bot.core.speaking import Speaker, Speaking
from bot.core.talking import Talking
from bot.core.training import Training
from bot.logging_setup import kv
from bot.settings import Settings
from bot.store import Store
from bot.training.publishing import HubPublisher
from bot.training.queue import JobEvent, JobQueue

log = logging.getLogger(__name__)


class CommandCore:
    """Runs commands for every frontend. ``schedules`` (optional) serves /schedule, /schedules, /unschedule."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        queue: JobQueue,
        speaker: Speaker,
        *,
        access: AccessPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        schedules: Schedules | None = None,
        frontends: Frontends | None = None,
        publisher: HubPublisher | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.access = access or AccessPolicy(settings)
        self.frontends = frontends if frontends is not None else Frontends()
        self.speaker = speaker
        queue.subscribe(self._on_job_event)  # before the training commands': a new model is evicted first
        self.training = Training(settings, store, queue, self.access, self.frontends, clock=clock)
        self.speaking = Speaking(settings, store, speaker, self.access, clock=clock)
        self.models = Models(settings, store, speaker, self.access, schedules)
        self.scheduling = Scheduling(schedules)
        self.talking = Talking(settings, store, speaker, self.access, clock=clock)
        self.publishing = Publishing(store, queue, publisher or HubPublisher(settings), self.access, self.frontends)

    @property
    def max_command_chars(self) -> int:
        """The longest command text read: room for the longest prompt, never less than a Telegram message."""
        return max(4096, 2 * self.settings.max_prompt_chars + 1024)

    # -- what frontends call ------------------------------------------------------------------------------
    def model_names(self, prefix: str = "") -> list[str]:
        """Model names starting with ``prefix`` (autocomplete)."""
        return [m.name for m in self.store.models(prefix.strip().lstrip("@").lower())]

    def summary(self, model_name: str) -> ModelSummary:
        """A model's summary for styling an answer; KeyError when there is no such model."""
        model = self.store.get_model(model_name)
        if model is None:
            raise KeyError(model_name)
        return presenters.model_summary(model)

    async def hear(self, heard: Heard, answer: Answer) -> bool:
        """A chat message that may be spoken to a persona (``talking.py``); True when a persona answered it.

        Never raises: a failure is logged, and the message stays unanswered."""
        try:
            return await self.talking.hear(heard, answer)
        except Exception:
            log.exception(kv("talk.crashed", chat=heard.caller.chat_key, message=heard.message_id))
            return False

    def persona_posted(self, platform: str, chat_id: str, message_ids: list[str], model_name: str,
                       text: str) -> None:
        """A frontend posted ``text`` as the persona ``model_name``: replies to those messages reach it."""
        try:
            self.talking.posted(f"{platform}:{chat_id}", message_ids, model_name, text)
        except Exception:
            log.exception(kv("talk.record_failed", platform=platform, chat=chat_id))

    async def handle_text(self, caller: Caller, text: str, conversation: Conversation,
                          upload: Upload | None = None) -> None:
        """A command line as typed (the console): parsed once, then run like ``handle``."""
        await self._parse_and_handle(
            caller, lambda: parse_command(text, self.model_names(), self.settings.max_handles,
                                          has_upload=upload is not None), conversation, upload, len(text))

    async def handle_arguments(self, caller: Caller, name: str, arguments: str, conversation: Conversation,
                               upload: Upload | None = None) -> None:
        """A command whose name the platform already read (Telegram's ``/name@bot``) and its argument text."""
        await self._parse_and_handle(
            caller, lambda: parse_arguments(name, arguments, self.model_names(), self.settings.max_handles,
                                            has_upload=upload is not None), conversation, upload,
            len(name) + len(arguments))

    async def _parse_and_handle(self, caller: Caller, parse: Callable[[], Command], conversation: Conversation,
                                upload: Upload | None, length: int) -> None:
        if length > self.max_command_chars:
            log.info(kv("command.too_long", user=caller.user_key, chars=length))
            await conversation.send(Response.refusal(
                f"That message is {length:,} characters long; a command here is at most {self.max_command_chars:,}."))
            return
        try:
            # an uploaded archive may come without a handle: its account.js names the account
            command = parse()
        except CommandError as error:
            await conversation.send(Response.refusal(str(error)))
            return
        await self.handle(caller, command, conversation, upload)

    async def handle(self, caller: Caller, command: Command, conversation: Conversation,
                     upload: Upload | None = None) -> None:
        """Run one command and answer into ``conversation`` (never raises for the caller's sake)."""
        error_id = uuid.uuid4().hex[:8]
        log.info(kv("command", name=command.name, user=caller.user_key, chat=caller.chat_key,
                    upload=upload.filename if upload is not None else None))
        try:
            await self._run(caller, command, conversation, upload)
        except Refused as refusal:
            log.info(kv("command.refused", name=command.name, user=caller.user_key, reason=str(refusal)))
            await conversation.send(Response.refusal(str(refusal)))
        except Exception:
            log.exception(kv("command.crashed", name=command.name, user=caller.user_key, error_id=error_id))
            with contextlib.suppress(Exception):
                await conversation.send(Response.refusal(
                    f"Sorry, something went wrong on my side (error id {error_id}); the bot's admins can look it up."
                ))

    async def _run(self, caller: Caller, command: Command, conversation: Conversation, upload: Upload | None
                   ) -> None:
        match command:
            case Train():
                await self.training.train(caller, command, conversation, upload)
            case Status():
                await self.training.status(caller, command, conversation)
            case ListQueue():
                await self.training.list_queue(conversation)
            case Cancel():
                await self.training.cancel(caller, command, conversation)
            case Say():
                await self.speaking.say(caller, command, conversation)
            case Use():
                await self.speaking.use(caller, command, conversation)
            case ListModels():
                await self.models.list_models(caller, conversation)
            case Forget():
                await self.models.forget(caller, command, conversation)
            case Push():
                await self.publishing.push(caller, command, conversation)
            case Talk():
                await self.talking.talk(caller, command, conversation)
            case SchedulePost():
                await self.scheduling.schedule(caller, command, conversation)
            case ListSchedules():
                await self.scheduling.list_schedules(caller, conversation)
            case Unschedule():
                await self.scheduling.unschedule(caller, command, conversation)
            case Help():
                await show_help(command, conversation)

    async def _on_job_event(self, event: JobEvent) -> None:
        """A newly trained model replaces any copy of it the generator holds."""
        if event.kind == "done" and event.model is not None:
            self.speaker.forget(Path(event.model.folder))


__all__ = ["CommandCore"]
