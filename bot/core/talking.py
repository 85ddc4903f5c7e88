"""``/talk``: a chat gives a persona the floor, and the persona answers the messages spoken to it.

After ``/talk <model>`` (admins only), a message that mentions the bot (any message, in a private chat with
the bot) or that replies to one of the personas' posts gets an answer in a persona's voice; ``/talk off``
ends it. Frontends hand such messages to ``hear`` as ``Heard`` and post the answer themselves (``Answer``):
as the persona where the platform lets them (a Discord webhook), else as the bot with the persona's name.

- Who answers: the persona whose post the message replies to (a ``/say``, a scheduled post or an earlier
  answer), else the persona with the floor.
- Context: the reply chain, oldest first, ending with the message itself. The messages answered and the
  personas' posts are kept in the store (``talk_messages``) with their text, so a chain is followed back
  through them, also after a restart; one message further back, the platform's copy of the replied-to message
  is used when it came with the event. At most ``MAX_CONTEXT_MESSAGES`` messages of at most
  ``MAX_MESSAGE_CHARS`` each; the generator then keeps the newest that fit its ``MAX_PROMPT_TOKENS``.
- Format, for a model trained on single tweets joined by end-of-text tokens: each message of the chain is
  one earlier "tweet" (its text only: no names, which the model never saw, no AI marker, the bot's mention
  taken out), each after an end-of-text token, and the answer is generated as the next tweet. The model
  thus reads the conversation as posts that came just before its own, the only kind of context it has seen.
- Filters: the speaker's (no copies of training tweets, no pings, the AI marker, 280 characters), and no
  answer that merely repeats a message of the chain.
- Not answered (logged, never a reply that could feed a loop): a message without text (Discord withholds the
  text of messages that do not mention the bot), from a user the ``/say`` allow-list leaves out, to a persona
  whose account opted out, or beyond the per-user (admins exempt) or per-chat rate limit. Frontends never
  pass messages of bots, webhooks or the bot itself.
- At most once: a message already in the store is not answered again, and its id is recorded before the
  answer is generated, so neither a duplicate event nor a redelivery after a restart (Telegram keeps unread
  updates) is answered twice. Rows older than ``KEEP_S`` or beyond a chat's newest ``KEEP_PER_CHAT`` go.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.core import presenters
from bot.core.access import AccessPolicy, RateLimiter, Refused, refusal_not_allowed, refusal_opted_out
from bot.core.commands import Talk
from bot.core.responses import Answer, Caller, Conversation, Heard, Response
from bot.core.speaking import Speaker, known_model
from bot.generation.model_cache import GenerationError
from bot.logging_setup import kv
from bot.records import ModelRecord, TalkMessage
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)

MINUTE_S = 60
MAX_CONTEXT_MESSAGES = 6  # the message and up to five before it in its reply chain
MAX_MESSAGE_CHARS = 500  # each message of the context, clipped (a tweet is 280)
KEEP_S = 3 * 24 * 3600  # answered and posted messages are remembered this long (Telegram redelivers for 24 h) ...
KEEP_PER_CHAT = 5000  # ... and at most this many per chat

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def context_text(text: str) -> str:
    """A message as context: control and bidi characters out, whitespace collapsed, clipped."""
    return " ".join(_UNSAFE.sub(" ", text[: MAX_MESSAGE_CHARS * 4]).split())[:MAX_MESSAGE_CHARS]


class Talking:
    """``/talk`` and the answers of personas (see the module docstring)."""

    def __init__(self, settings: Settings, store: Store, speaker: Speaker, access: AccessPolicy, *,
                 clock: Callable[[], float] = time.monotonic, wall_clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.store = store
        self.speaker = speaker
        self.access = access
        self.wall_clock = wall_clock
        self.per_user = RateLimiter(settings.talk_per_user_per_minute, MINUTE_S, clock)
        self.per_chat = RateLimiter(settings.talk_per_chat_per_minute, MINUTE_S, clock)

    # -- /talk ------------------------------------------------------------------------------------------
    async def talk(self, caller: Caller, command: Talk, conversation: Conversation) -> None:
        chat = caller.chat_key
        if command.model is None and not command.off:
            current = self.store.get_model(self.store.talk_model(chat) or "")
            if current is None:
                await conversation.send(Response.of("No model has the floor here; an admin can give it to one "
                                                    "with /talk <model>."))
            else:
                await conversation.send(self._floor_response(current))
            return
        if not self.access.is_admin(caller):
            raise Refused(refusal_not_allowed("change who talks here"))
        if command.off:
            self.store.set_talk_model(chat, None)
            log.info(kv("talk.off", chat=chat, user=caller.user_key))
            await conversation.send(Response.of("Nobody has the floor here now: mentions and replies are not "
                                                "answered until /talk <model>."))
            return
        assert command.model is not None
        model = known_model(self.store, command.model)
        opted_out = next((h for h in model.handles if self.access.is_opted_out(h)), None)
        if opted_out is not None:
            raise Refused(refusal_opted_out(opted_out))
        self.store.set_talk_model(chat, model.name)
        log.info(kv("talk.on", chat=chat, model=model.name, user=caller.user_key))
        await conversation.send(self._floor_response(model))

    @staticmethod
    def _floor_response(model: ModelRecord) -> Response:
        summary = presenters.model_summary(model)
        name = summary.title or model.name
        return Response.of(
            f"{name} ({model.name}) has the floor here: mention me or reply to {name}'s posts, and {name} "
            "answers. /talk off ends it.", model=summary, title=f"{summary.label}: {name}")

    # -- conversation -----------------------------------------------------------------------------------
    async def hear(self, heard: Heard, answer: Answer) -> bool:
        """Answer ``heard`` as a persona when it is spoken to one (see the module docstring); True if answered."""
        chat = heard.caller.chat_key
        floor = self.store.talk_model(chat)
        if floor is None:
            return False
        replied = self.store.talk_message(chat, heard.reply_to) if heard.reply_to else None
        to_persona = replied is not None and replied.role == "said"
        if not (heard.mentioned or to_persona):
            return False
        model = (self.store.get_model(replied.model) if to_persona and replied is not None else None) \
            or self.store.get_model(floor)
        text = context_text(heard.text)
        why = self._not_answered(heard, model, text)
        if why is not None:
            log.info(kv("talk.skipped", chat=chat, message=heard.message_id, user=heard.caller.user_key, why=why))
            return False
        assert model is not None
        context = self._chain(chat, heard, text)
        if not self.store.add_talk_message(
                TalkMessage(chat, heard.message_id, "heard", model.name, heard.caller.display_name[:100], text,
                            heard.reply_to, self.wall_clock()), keep_s=KEEP_S, keep_per_chat=KEEP_PER_CHAT):
            return False  # another delivery of the same message got here first
        started = time.perf_counter()
        try:
            samples = await self.speaker.reply(Path(model.folder), context, 1)
        except GenerationError as error:
            log.error(kv("talk.failed", chat=chat, model=model.name, error=str(error)))
            return False
        if not samples:
            log.info(kv("talk.skipped", chat=chat, message=heard.message_id, why="nothing new to say"))
            return False
        ids = await answer(presenters.samples(model, samples))
        self.posted(chat, ids, model.name, samples[0], reply_to=heard.message_id)
        log.info(kv("talk.answered", chat=chat, model=model.name, user=heard.caller.user_key,
                    message=heard.message_id, context=len(context), ms=round((time.perf_counter() - started) * 1000)))
        return True

    def _not_answered(self, heard: Heard, model: ModelRecord | None, text: str) -> str | None:
        """Why ``heard`` gets no answer (counting it against the rate limits when it does)."""
        caller = heard.caller
        if model is None or not Path(model.folder).is_dir():
            return "no model"
        if not text:
            return "no text (withheld by the platform, or empty)"
        if self.store.talk_message(caller.chat_key, heard.message_id) is not None:
            return "already answered"
        if not self.access.can_say(caller):
            return "not on the say allow-list"
        if any(self.access.is_opted_out(handle) for handle in model.handles):
            return "opted out"
        if not self.access.is_admin(caller) and self.per_user.hit(caller.user_key) is not None:
            return "user rate limit"
        if self.per_chat.hit(caller.chat_key) is not None:
            return "chat rate limit"
        return None

    def _chain(self, chat: str, heard: Heard, text: str) -> list[str]:
        """The context: the reply chain up to ``MAX_CONTEXT_MESSAGES``, oldest first, ending with ``text``."""
        chain = [text]
        seen = {heard.message_id}
        next_id, platform_copy = heard.reply_to, heard.reply_text
        while next_id is not None and next_id not in seen and len(chain) < MAX_CONTEXT_MESSAGES:
            seen.add(next_id)
            known = self.store.talk_message(chat, next_id)
            if known is None:
                if context_text(platform_copy):
                    chain.append(context_text(platform_copy))
                break
            if known.text:
                chain.append(known.text)
            next_id, platform_copy = known.reply_to, ""
        return chain[::-1]

    def posted(self, chat_key: str, message_ids: Sequence[str], model: str, text: str, *,
               reply_to: str | None = None) -> None:
        """Remember a persona's post (``/say``, a scheduled post, an answer): replies to it reach the persona."""
        marker = f" — {self.settings.ai_marker}"
        body = context_text(text[: -len(marker)] if self.settings.ai_marker and text.endswith(marker) else text)
        for message_id in message_ids:
            self.store.add_talk_message(
                TalkMessage(chat_key, str(message_id), "said", model, "", body, reply_to, self.wall_clock()),
                keep_s=KEEP_S, keep_per_chat=KEEP_PER_CHAT)


__all__ = ["KEEP_PER_CHAT", "KEEP_S", "MAX_CONTEXT_MESSAGES", "MAX_MESSAGE_CHARS", "Talking", "context_text"]
