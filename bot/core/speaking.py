"""``/say`` and ``/use``: a model writes in its voice, and which model a chat's ``/say`` uses by default."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from bot.core import presenters
from bot.core.access import (
    AccessPolicy,
    RateLimiter,
    Refused,
    rate_phrase,
    refusal_not_allowed,
    refusal_opted_out,
    refusal_prompt_too_long,
    refusal_rate_limited,
)
from bot.core.commands import Say, Use
from bot.core.responses import Caller, Conversation, Response
from bot.generation.model_cache import GenerationError
from bot.logging_setup import kv
from bot.records import ModelRecord
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)

MINUTE_S = 60


class Speaker(Protocol):
    """What the core needs of ``bot.generation.speaker.Speaker``."""

    async def say(self, model_dir: Path, prompt: str, n: int) -> list[str]: ...

    async def reply(self, model_dir: Path, context: Sequence[str], n: int) -> list[str]: ...

    def forget(self, model_dir: Path) -> None: ...


class Speaking:
    def __init__(self, settings: Settings, store: Store, speaker: Speaker, access: AccessPolicy, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.store = store
        self.speaker = speaker
        self.access = access
        self.limiter = RateLimiter(settings.say_per_user_per_minute, MINUTE_S, clock)

    async def say(self, caller: Caller, command: Say, conversation: Conversation) -> None:
        if not self.access.can_say(caller):
            raise Refused(refusal_not_allowed("use /say"))
        model = self._model_for(caller, command.model)
        prompt = command.prompt
        if len(prompt) > self.settings.max_prompt_chars:
            raise Refused(refusal_prompt_too_long(len(prompt), self.settings.max_prompt_chars))
        for handle in model.handles:
            if self.access.is_opted_out(handle):
                raise Refused(refusal_opted_out(handle))
        if not self.access.is_admin(caller):
            wait = self.limiter.hit(caller.user_key)
            if wait is not None:
                what = "ask for " + rate_phrase(self.settings.say_per_user_per_minute, "sample", MINUTE_S)
                raise Refused(refusal_rate_limited(what, wait))
        started = time.perf_counter()
        try:
            samples = await self.speaker.say(Path(model.folder), prompt, self.settings.say_samples)
        except GenerationError as error:
            log.error(kv("say.failed", model=model.name, error=str(error)))
            raise Refused(f"Sorry, {model.name} can't speak right now ({error}); an admin may need to "
                          "retrain it.") from None
        log.info(kv("say", model=model.name, user=caller.user_key, prompt_chars=len(prompt), samples=len(samples),
                    ms=round((time.perf_counter() - started) * 1000)))
        if not samples:
            raise Refused(f"{model.name} couldn't write anything new for that prompt (its tries copied its "
                          "training tweets or came out empty); try another prompt.")
        await conversation.send(presenters.samples(model, samples))

    def _model_for(self, caller: Caller, name: str | None) -> ModelRecord:
        """The named model, else the chat's current one, else the only one there is."""
        if name is None:
            name = self.store.current_model(caller.chat_key)
        if name is None:
            models = self.store.models()
            if not models:
                raise Refused("No model is trained yet: try /train @mb_lena_bakes (a sample account).")
            if len(models) > 1:
                raise Refused("Which model? Pick one with /use <model> or write /say <model> <prompt>; "
                              "/models lists them.")
            name = models[0].name
        return known_model(self.store, name)

    async def use(self, caller: Caller, command: Use, conversation: Conversation) -> None:
        model = known_model(self.store, command.model)
        self.store.set_current_model(caller.chat_key, model.name)
        summary = presenters.model_summary(model)
        await conversation.send(Response.of(f"/say in this chat now speaks as {model.name} ({summary.title}).",
                                            model=summary, title=f"{summary.label}: {summary.title}"))


def known_model(store: Store, name: str) -> ModelRecord:
    """The registered model ``name``; Refused when there is none."""
    model = store.get_model(name)
    if model is None:
        shown = name if len(name) <= 60 and name.isprintable() else repr(name[:60])
        raise Refused(f"There is no model named {shown}; /models lists them.")
    return model


__all__ = ["Speaker", "Speaking", "known_model"]
