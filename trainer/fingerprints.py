"""Fingerprints of the training tweets, so the bot can refuse to post a sample that copies one.

``training_tweets.json`` (saved in the model folder) holds SHA-256 hashes, never the tweets themselves.

Normalisation (``words``): Unicode NFKC, casefold, apostrophes dropped, then the sequence of word tokens
(``\\w+``). Punctuation, emoji, quotes, ``@``/``#`` signs, zero-width characters and spacing therefore do not
matter: "Bread, again!!" and "bread again" are the same tweet.

Each training tweet is stored as the hash of its whole normalised word sequence, grouped by its word count.
A generated text *copies* a training tweet when

* its own word sequence (with or without the bot's AI marker at either end) hashes to a stored tweet of the
  same length, or
* any contiguous run of its words hashes to a stored tweet of that run's length, for stored tweets of at
  least ``MIN_CONTAINED_WORDS`` (5) words — a long tweet embedded in a longer sample is still a copy, while
  a short phrase such as "good morning everyone" inside a new sentence is not, or
* any ``SPAN_WORDS`` (8) consecutive words of it are 8 consecutive words of a training tweet (version 2): the
  voice fidelity evaluation counts such a sample as a copy (``trainer.evaluation.metrics.CopyDetector``), and
  on real texts with set phrases samples did that without copying any tweet whole (2.3% of the samples of
  a model of Ecclesiastes' verses, README "Voice fidelity"). The hashes of every 8-word window are stored too;
  a version 1 file (no windows) is still read, and checks as before.

Checking a 280-character text (at most ~70 words) costs one hash per (stored length, window) pair: a few
thousand truncated SHA-256 hashes at worst, a few milliseconds, whatever the number of training tweets.
Hashes are truncated to 64 bits: collisions among a few thousand tweets are negligible.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from trainer.errors import TrainerError

FILENAME = "training_tweets.json"
FORMAT = "mimicbird-training-tweets"
VERSION = 2
NORMALIZATION = "nfkc-casefold-noapostrophe-words-v1"
HASH = "sha256-64"
MIN_CONTAINED_WORDS = 5
SPAN_WORDS = 8  # consecutive words of a training tweet that make a copy (what the evaluation counts)
DEFAULT_AI_MARKER = "🤖 AI"

_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018\u02bc`")


def words(text: str) -> list[str]:
    """The normalised word sequence of ``text`` (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    return _WORD.findall(text)


def _hash(seq: list[str]) -> str:
    return hashlib.sha256(" ".join(seq).encode("utf-8")).hexdigest()[:16]


def save_fingerprints(model_dir: Path, texts: Iterable[str]) -> Path:
    """Write the hashes of the cleaned training tweets ``texts`` to ``model_dir/training_tweets.json``."""
    by_length: dict[int, set[str]] = {}
    spans: set[str] = set()
    count = 0
    for text in texts:
        seq = words(text)
        if seq:
            by_length.setdefault(len(seq), set()).add(_hash(seq))
            spans.update(_hash(seq[i:i + SPAN_WORDS]) for i in range(len(seq) - SPAN_WORDS + 1))
            count += 1
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "normalization": NORMALIZATION,
        "hash": HASH,
        "min_contained_words": MIN_CONTAINED_WORDS,
        "tweets": count,
        "hashes_by_word_count": {str(n): sorted(hashes) for n, hashes in sorted(by_length.items())},
        "span_words": SPAN_WORDS,
        "span_hashes": sorted(spans),
    }
    path = Path(model_dir) / FILENAME
    path.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
    return path


@dataclass
class Fingerprints:
    """The hashed training tweets of one model, grouped by word count."""

    by_length: dict[int, frozenset[str]]
    min_contained_words: int = MIN_CONTAINED_WORDS
    spans: frozenset[str] = frozenset()  # hashes of every ``span_words``-word window (none in a version 1 file)
    span_words: int = SPAN_WORDS
    _contained_lengths: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._contained_lengths = tuple(sorted(n for n in self.by_length if n >= self.min_contained_words))

    @classmethod
    def load(cls, model_dir: Path) -> Fingerprints | None:
        """The fingerprints saved in ``model_dir``, or None when the folder has none."""
        path = Path(model_dir) / FILENAME
        if not path.is_file():
            return None
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if payload.get("format") != FORMAT or payload.get("normalization") != NORMALIZATION:
                raise ValueError("unknown format")
            by_length = {int(n): frozenset(hashes) for n, hashes in payload["hashes_by_word_count"].items()}
            minimum = int(payload.get("min_contained_words", MIN_CONTAINED_WORDS))
            spans = frozenset(str(h) for h in payload.get("span_hashes", ()))
            span_words = int(payload.get("span_words", SPAN_WORDS))
            if not 1 <= span_words <= 64 or minimum < 1:
                raise ValueError("span out of range")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise TrainerError(f"the model's {FILENAME} is damaged or of an unknown version") from None
        return cls(by_length, minimum, spans, span_words)

    def __len__(self) -> int:
        return sum(len(hashes) for hashes in self.by_length.values())

    def _is_tweet(self, seq: list[str]) -> bool:
        hashes = self.by_length.get(len(seq))
        return bool(hashes) and _hash(seq) in hashes

    def copies(self, text: str, marker: str = DEFAULT_AI_MARKER) -> bool:
        """True when ``text`` is a training tweet, contains a whole training tweet of 5+ words, or 8 consecutive
        words of one."""
        seq = words(text)
        if not seq:
            return False
        candidates = [seq]
        mark = words(marker)
        if mark and len(seq) > len(mark):
            if seq[: len(mark)] == mark:
                candidates.append(seq[len(mark) :])
            if seq[-len(mark) :] == mark:
                candidates.append(seq[: -len(mark)])
        if any(self._is_tweet(candidate) for candidate in candidates):
            return True
        for n in self._contained_lengths:
            if n >= len(seq):
                break
            hashes = self.by_length[n]
            if any(_hash(seq[i : i + n]) in hashes for i in range(len(seq) - n + 1)):
                return True
        n = self.span_words
        return bool(self.spans) and any(_hash(seq[i : i + n]) in self.spans for i in range(len(seq) - n + 1))
