"""What a file source keeps of an account: its most recent tweets, at most ``max_tweets``, each of bounded length.

Sources stream their tweets into ``RecentTweets``, a heap of at most ``max_tweets`` entries, so memory follows the
cap, not the file. "Most recent" is by ``created_at`` where a tweet has one, then by its numeric id (X's ids grow
with time), then by position in the file (first read counts as newest: archives list the newest first). The default
cap is the X API's 3,200, so every source gives a model the same amount of history.
"""

from __future__ import annotations

import heapq
import html
import math
from datetime import datetime

from trainer.errors import TrainerError
from trainer.tweets import Tweet

DEFAULT_MAX_TWEETS = 3200  # what the X API returns at most for one account's timeline
# X's longest post (a "long post" of a subscriber) is 25,000 characters; a tweet's text longer than that after
# unescaping HTML entities is not a tweet. 3,200 texts at this bound are at most 80M characters.
MAX_TEXT_CHARS = 25_000


def check_text(text: str, where: str) -> str:
    """``text`` if it can be a tweet's text; a TrainerError naming ``where`` if it is longer than any post."""
    if len(text) > MAX_TEXT_CHARS and len(html.unescape(text)) > MAX_TEXT_CHARS:
        raise TrainerError(
            f"{where}: a text of {len(text):,} characters is not a tweet (X allows at most {MAX_TEXT_CHARS:,})"
        )
    return text


def _timestamp(moment: datetime | None) -> float:
    if moment is None:
        return -math.inf
    try:
        return moment.timestamp()
    except (OverflowError, OSError, ValueError):  # a year the platform's time functions cannot place
        return -math.inf


def _numeric_id(value: str | None) -> int:
    return int(value) if value and value.isdigit() and len(value) <= 20 else -1


class RecentTweets:
    """The ``max_tweets`` most recent of the tweets added, in the order they were added."""

    def __init__(self, max_tweets: int = DEFAULT_MAX_TWEETS) -> None:
        if max_tweets < 1:
            raise TrainerError("the maximum number of tweets must be at least 1")
        self.max_tweets = max_tweets
        self.seen = 0
        self._heap: list[tuple[float, int, int, Tweet]] = []  # (time, id, -position, tweet): oldest on top

    def add(self, tweet: Tweet) -> None:
        entry = (_timestamp(tweet.created_at), _numeric_id(tweet.id), -self.seen, tweet)
        self.seen += 1
        if len(self._heap) < self.max_tweets:
            heapq.heappush(self._heap, entry)
        elif entry[:3] > self._heap[0][:3]:
            heapq.heapreplace(self._heap, entry)

    @property
    def dropped(self) -> int:
        """How many older tweets were left out."""
        return self.seen - len(self._heap)

    def tweets(self) -> list[Tweet]:
        return [entry[3] for entry in sorted(self._heap, key=lambda entry: -entry[2])]
