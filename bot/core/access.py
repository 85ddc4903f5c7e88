"""Who may do what, per-user rate limits, and the polite sentences that refuse.

Ids in the settings are ``platform:user_id`` (``discord:1234``, ``telegram:5678``), i.e. ``Caller.user_key``.
The console is its owner's terminal, so a console caller is always an admin.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

from bot.core.responses import Caller
from bot.settings import Settings
from trainer.errors import TrainerError
from trainer.handles import account_key, parse_account


class Refused(Exception):
    """A polite one-line refusal for the caller (the core answers it privately)."""


def _handle_key(handle: str) -> str:
    """What the opt-out list compares: the account's key (``trainer.handles.account_key``: X and Mastodon
    handles in any case, a Bluesky handle with ``-`` or ``_``), a DID lower-case; other text as it is."""
    try:
        account = parse_account(handle)
    except TrainerError:
        return handle.strip().lstrip("@").lower()
    return account.handle.lower() if account.is_did else account_key(account)


class AccessPolicy:
    """Permission checks from the settings (admin ids, allow-lists, public training, opt-outs)."""

    def __init__(self, settings: Settings) -> None:
        self._admins = frozenset(settings.admin_ids)
        self._trainers = frozenset(settings.train_allow_ids)
        self._sayers = frozenset(settings.say_allow_ids)
        self._public_training = settings.public_training
        self._opted_out = frozenset(_handle_key(h) for h in settings.opt_out_handles if _handle_key(h))

    def is_admin(self, caller: Caller) -> bool:
        """Configured admin id, a platform admin (Discord admin role, Telegram chat admin), or the console."""
        return caller.platform == "console" or caller.is_platform_admin or caller.user_key in self._admins

    def can_train(self, caller: Caller) -> bool:
        """Admins, the train allow-list, or everyone when public training is on."""
        return self._public_training or self.is_admin(caller) or caller.user_key in self._trainers

    def can_replace(self, caller: Caller, owner: str | None) -> bool:
        """Replacing (retraining) a model: an admin, or its owner (who trained it first) while allowed to train."""
        return self.is_admin(caller) or (bool(owner) and caller.user_key == owner and self.can_train(caller))

    def can_forget(self, caller: Caller, owner: str | None = None) -> bool:
        """Deleting a model: an admin, or its owner while allowed to train (a model is its owner's)."""
        return self.can_replace(caller, owner)

    def can_cancel(self, caller: Caller, requested_by: str | None = None) -> bool:
        """Cancelling a job: an admin, or the user who asked for that job (its ``user_key``)."""
        return self.is_admin(caller) or (requested_by is not None and caller.user_key == requested_by)

    def can_say(self, caller: Caller) -> bool:
        """Everyone when the say allow-list is empty; else the listed users and admins."""
        return not self._sayers or caller.user_key in self._sayers or self.is_admin(caller)

    def can_schedule(self, caller: Caller) -> bool:
        """Scheduled posts are for admins only."""
        return self.is_admin(caller)

    def is_opted_out(self, handle: str) -> bool:
        """True when this account (any case, with or without ``@``, any platform) may never be trained on."""
        return _handle_key(handle) in self._opted_out


class RateLimiter:
    """At most ``limit`` hits per key in any sliding window of ``period_s`` seconds (``limit <= 0``: no limit)."""

    def __init__(self, limit: int, period_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.period_s = period_s
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str) -> float | None:
        """Count one call: None when allowed (and counted), else the seconds until the next one is allowed."""
        if self.limit <= 0:
            return None
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.period_s:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            return None
        return max(hits[0] + self.period_s - now, 0.0)

    def reset(self, key: str) -> None:
        """Forget a key's hits (e.g. give back a /train that was refused later for another reason)."""
        self._hits.pop(key, None)


def format_duration(seconds: float) -> str:
    """A human duration, rounded up: ``45 s``, ``3 min``, ``2 h 10 min``, ``1 d 2 h``."""
    seconds = max(0, math.ceil(seconds))
    if seconds < 60:
        return f"{max(seconds, 1)} s"
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


def rate_phrase(count: int, noun: str, period_s: float) -> str:
    """``rate_phrase(3, "model", 86400)`` → ``3 models a day``; ``(1, "sample", 60)`` → ``1 sample a minute``."""
    named = {60: "a minute", 3600: "an hour", 86400: "a day", 7 * 86400: "a week"}
    per = named.get(round(period_s)) or f"every {format_duration(period_s)}"
    return f"{count} {noun}{'' if count == 1 else 's'} {per}"


def refusal_rate_limited(what: str, retry_after_s: float) -> str:
    """``refusal_rate_limited("train 3 models a day", 7800)`` → ``You can train 3 models a day; try again in 2 h 10 min.``"""
    return f"You can {what}; try again in {format_duration(retry_after_s)}."


def refusal_not_allowed(action: str) -> str:
    """``refusal_not_allowed("train models")`` → a polite line naming who can grant it."""
    return f"Sorry, you're not allowed to {action} here; ask one of the bot's admins."


def refusal_opted_out(handle: str) -> str:
    shown = handle.strip().lstrip("@")
    shown = shown if shown.lower().startswith("did:") else f"@{shown}"
    return f"{shown[:80]} has asked not to be imitated, so I can't train on their posts."


def refusal_queue_full(max_queue: int) -> str:
    return f"The training queue is full ({max_queue} jobs); please try again when a job has finished."


def refusal_prompt_too_long(length: int, max_chars: int) -> str:
    return f"That prompt is {length} characters long; please keep it to {max_chars}."
