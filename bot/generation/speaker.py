"""From a prompt to finished posts: generate, clean up, drop verbatim copies of training tweets, retry.

Used by ``/say``, scheduled posts and answers in a conversation (``reply``, with the messages it answers as
context). A sample is dropped when it is empty (the model added nothing), when it copies a training tweet (the
trainer's ``training_tweets.json`` fingerprints; checked on the text before and after trimming, without the
marker), or when it repeats another sample of the same answer (or, for a reply, one of the messages it answers).
Dropped samples are regenerated in a few bounded rounds; the answer may hold fewer than ``n`` samples,
never a copy.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.generation.generator import Generator
from bot.generation.model_cache import GenerationError
from bot.generation.postprocess import finish_tweet, tweet_body
from bot.settings import Settings
from trainer.errors import TrainerError
from trainer.fingerprints import FILENAME as FINGERPRINTS_FILE
from trainer.fingerprints import Fingerprints

log = logging.getLogger(__name__)

MAX_POST_CHARS = 280


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass
class SpeakerStats:
    samples: int = 0  # continuations generated
    dropped_copies: int = 0
    dropped_empty: int = 0
    dropped_repeats: int = 0


class Speaker:
    """Posts in a model's voice, safe to send: see the module docstring."""

    def __init__(self, generator: Generator, settings: Settings, *, rounds: int = 4) -> None:
        self.generator = generator
        self.settings = settings
        self.rounds = rounds
        self.stats = SpeakerStats()
        self._fingerprints: dict[str, tuple[int | None, Fingerprints | None]] = {}

    async def say(self, model_dir: Path, prompt: str, n: int) -> list[str]:
        """Up to ``n`` finished posts (marker included) for ``prompt``; fewer when the model keeps copying."""
        return await self._speak(Path(model_dir), prompt, n, ())

    async def reply(self, model_dir: Path, context: Sequence[str], n: int) -> list[str]:
        """Up to ``n`` answers to the last message of ``context`` (the messages before it, oldest first).

        The answer is a fresh post after the context (see ``Generator.generate``), with the same filters as
        ``say``; an answer that only repeats one of the context's messages is dropped too."""
        return await self._speak(Path(model_dir), "", n, tuple(context))

    async def _speak(self, model_dir: Path, prompt: str, n: int, context: tuple[str, ...]) -> list[str]:
        fingerprints = await self._load_fingerprints(model_dir)
        marker = self.settings.ai_marker
        heard = {_normal(text) for text in context}
        posts: list[str] = []
        for attempt in range(self.rounds):
            need = n - len(posts)
            if need <= 0:
                break
            continuations = await self.generator.generate(
                model_dir,
                prompt,
                need if attempt == 0 else min(2 * need, need + 4),  # later rounds: a little extra
                max_new_tokens=self.settings.max_new_tokens,
                temperature=self.settings.temperature,
                top_p=self.settings.top_p,
                context=context,
            )
            self.stats.samples += len(continuations)
            for continuation in continuations:
                if len(posts) == n:
                    break
                if not tweet_body("", continuation):
                    self.stats.dropped_empty += 1
                    continue
                post = finish_tweet(prompt, continuation, marker=marker, max_chars=MAX_POST_CHARS)
                body = tweet_body(prompt, continuation)
                if fingerprints is not None and (
                    fingerprints.copies(body, marker=marker) or fingerprints.copies(post, marker=marker)
                ):
                    self.stats.dropped_copies += 1
                    continue
                if post in posts or _normal(body) in heard:
                    self.stats.dropped_repeats += 1
                    continue
                posts.append(post)
        if len(posts) < n:
            log.info(
                "speaker: %s gave %d of %d samples (copies dropped so far: %d)",
                model_dir.name, len(posts), n, self.stats.dropped_copies,
            )
        return posts

    def forget(self, model_dir: Path) -> None:
        """Drop a model's cached fingerprints and loaded weights (after /forget)."""
        self._fingerprints.pop(str(Path(model_dir)), None)
        self.generator.evict(Path(model_dir))

    async def _load_fingerprints(self, model_dir: Path) -> Fingerprints | None:
        """The model's fingerprints, cached until the file changes; None when the model has none."""
        path = model_dir / FINGERPRINTS_FILE
        try:
            version: int | None = path.stat().st_mtime_ns
        except OSError:
            version = None
        cached = self._fingerprints.get(str(model_dir))
        if cached is not None and cached[0] == version:
            return cached[1]
        try:
            fingerprints = await asyncio.to_thread(Fingerprints.load, model_dir) if version is not None else None
        except TrainerError as error:  # damaged: refuse rather than risk posting a copy
            raise GenerationError(f"the model {model_dir.name!r} cannot be used: {error}") from None
        if fingerprints is None:
            log.warning("speaker: %s has no %s; copies cannot be filtered", model_dir.name, FINGERPRINTS_FILE)
        self._fingerprints[str(model_dir)] = (version, fingerprints)
        return fingerprints
