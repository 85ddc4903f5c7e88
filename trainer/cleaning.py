"""Cleaning an account's tweets the way huggingtweets did, with the statistics its model cards show.

The rules, applied in this order to every downloaded post of every platform (X, Bluesky, Mastodon, archives,
files), each dropped post counted once, in the first column that applies, so
``downloaded == retweets + short + duplicates + kept``:

1. **Retweets** are dropped: a post its source marked as a retweet (X API ``referenced_tweets`` of type
   ``retweeted``, a Bluesky repost, a Mastodon boost, archive ``retweeted: true``, a file's ``is_retweet``).
   huggingtweets counted the API's own mark (``retweeted_status``) and nothing else. An archive or a file has
   no reliable mark, so there a text that starts with ``RT @`` (how X writes a retweet) counts too; the APIs'
   posts are judged by their mark alone, as huggingtweets did. ``RT`` without ``@`` (``RT if you agree``) is
   never a retweet.
2. **Text cleaning** (:func:`clean_text`): HTML entities are unescaped (``&amp;`` -> ``&``), URLs are removed
   (``http://...``, ``https://...`` and bare ``t.co/...`` links), runs of whitespace become one space, and the
   ends are stripped. Mentions (``@name``) and hashtags (``#tag``) are kept.
3. **Short tweets** (:func:`is_short`) are dropped: huggingtweets' "boring tweet" rule, on the cleaned text.
   A post is short when fewer than 3 of its whitespace-separated words are free of ``http``, ``@`` and ``#``
   (checked case-insensitively): a mention, a hashtag or a link is never a word, so ``@bob thanks!`` and
   ``#tbt good times`` are short, and so is a post that is empty after cleaning.
4. **Duplicates** are dropped: a cleaned text identical to one already kept (our addition to huggingtweets'
   rules, counted in its own ``duplicates`` column; huggingtweets kept them, so its "kept" is our
   ``duplicates + kept``).
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
SHORT_MIN_WORDS = 3  # huggingtweets: "not_boring_words < 3" is boring
BORING_MARKERS = ("http", "@", "#")
FLAGGING_SOURCES = frozenset({"x-api", "bluesky", "mastodon"})  # their APIs mark every retweet/repost/boost


# C0 and C1 control characters (NUL, ESC, DEL, ...) other than tab and line breaks, and lone UTF-16 surrogates
# (a JSON "\\ud800" decodes to one; no encoder can write it out)
CONTROL_PATTERN = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Unescape HTML entities, remove URLs and control characters, collapse whitespace, strip.

    Control characters (C0/C1 such as NUL or ESC, and lone surrogates) become spaces; tabs and line breaks
    are whitespace and collapse like any other. Mentions and hashtags stay.
    """
    text = html.unescape(text)
    text = URL_PATTERN.sub(" ", text)
    text = CONTROL_PATTERN.sub(" ", text)
    return WHITESPACE_PATTERN.sub(" ", text).strip()


def is_short(text: str) -> bool:
    """huggingtweets' rule on a cleaned text: fewer than 3 words without ``http``, ``@`` or ``#`` in them."""
    words = [word for word in text.split() if not any(m in word.lower() for m in BORING_MARKERS)]
    return len(words) < SHORT_MIN_WORDS


def is_retweet(tweet: Tweet, source: str = "") -> bool:
    """Marked as a retweet by its source; from a source without such marks, also a ``RT @user: ...`` text."""
    if tweet.is_retweet:
        return True
    return source not in FLAGGING_SOURCES and tweet.text.lstrip().startswith("RT @")


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
        if is_retweet(tweet, account.source):
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
