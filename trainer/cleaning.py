"""Cleaning an account's tweets the way huggingtweets did, with the statistics its model cards show.

The rules, applied in this order to every downloaded tweet (each dropped tweet is counted once,
in the first column that applies, so ``downloaded == retweets + short + duplicates + kept``):

1. **Retweets** are dropped: a tweet the source marked as a retweet (X API ``referenced_tweets`` of type
   ``retweeted``, archive ``retweeted: true``, a file's ``is_retweet``) or whose text starts with ``RT @``.
2. **Text cleaning** (:func:`clean_text`): HTML entities are unescaped (``&amp;`` -> ``&``), URLs are removed
   (``http://...``, ``https://...`` and bare ``t.co/...`` links), runs of whitespace become one space, and the
   ends are stripped. Mentions (``@name``) and hashtags (``#tag``) are kept.
3. **Short tweets** (:func:`is_short`) are dropped: after cleaning, fewer than 3 words and none of the words
   contains ``http``, ``@`` or ``#`` (huggingtweets' "boring tweet" rule). A tweet that is empty after
   cleaning (e.g. only a link) is short.
4. **Duplicates** are dropped: a cleaned text identical to one already kept (our addition to huggingtweets'
   rules, counted in its own ``duplicates`` column).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from trainer.errors import TrainerError
from trainer.stats import AccountStats
from trainer.tweets import AccountTweets, Tweet

URL_PATTERN = re.compile(r"\bhttps?://\S*|\bt\.co/\S*", re.IGNORECASE)
WHITESPACE_PATTERN = re.compile(r"\s+")
SHORT_MAX_WORDS = 2  # "fewer than 3 words"
SHORT_EXEMPT_MARKERS = ("http", "@", "#")


def clean_text(text: str) -> str:
    """Unescape HTML entities, remove URLs, collapse whitespace, strip. Mentions and hashtags stay."""
    text = html.unescape(text)
    text = URL_PATTERN.sub(" ", text)
    return WHITESPACE_PATTERN.sub(" ", text).strip()


def is_short(text: str) -> bool:
    """huggingtweets' rule on a cleaned text: fewer than 3 words, none containing ``http``, ``@`` or ``#``."""
    words = text.split()
    return len(words) <= SHORT_MAX_WORDS and not any(
        marker in word for word in words for marker in SHORT_EXEMPT_MARKERS
    )


def is_retweet(tweet: Tweet) -> bool:
    """Marked as a retweet by its source, or a classic ``RT @user: ...`` text."""
    return tweet.is_retweet or tweet.text.lstrip().startswith("RT @")


@dataclass
class CleanedAccount:
    handle: str
    display_name: str
    source: str
    texts: list[str] = field(default_factory=list)
    stats: AccountStats | None = None


def clean_account(account: AccountTweets) -> CleanedAccount:
    """Apply the rules in this module's docstring to one account's raw tweets."""
    stats = AccountStats(handle=account.handle, display_name=account.display_name)
    texts: list[str] = []
    seen: set[str] = set()
    for tweet in account.tweets:
        stats.downloaded += 1
        if is_retweet(tweet):
            stats.retweets += 1
            continue
        text = clean_text(tweet.text)
        if is_short(text):
            stats.short += 1
        elif text in seen:
            stats.duplicates += 1
        else:
            seen.add(text)
            texts.append(text)
    stats.kept = len(texts)
    return CleanedAccount(account.handle, account.display_name, account.source, texts, stats)


def _describe(stats: AccountStats) -> str:
    return (
        f"@{stats.handle} kept {stats.kept} of {stats.downloaded} downloaded "
        f"({stats.retweets} retweets, {stats.short} short, {stats.duplicates} duplicates dropped)"
    )


def check_minimum(cleaned: CleanedAccount | Iterable[CleanedAccount], min_tweets: int) -> None:
    """Refuse (TrainerError) when an account kept fewer than ``min_tweets`` tweets, saying how many and why."""
    accounts = [cleaned] if isinstance(cleaned, CleanedAccount) else list(cleaned)
    too_few = [a for a in accounts if len(a.texts) < min_tweets]
    if not too_few:
        return
    details = "; ".join(
        _describe(a.stats or AccountStats(a.handle, a.display_name, kept=len(a.texts))) for a in too_few
    )
    raise TrainerError(f"too few tweets to train on (at least {min_tweets} per account needed): {details}")
