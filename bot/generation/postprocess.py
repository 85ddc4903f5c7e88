"""Text hygiene for every generated post: end at end-of-text, tweet length, no pings, an AI marker.

Length is counted the way X counts a post (twitter-text v3 weights: most Latin, Greek, Cyrillic, Hebrew,
Arabic ... characters count 1, CJK and emoji count 2), so every post fits X's 280 as well as Discord and
Telegram; for plain Latin text that is simply ``len(text) <= 280``. The budget includes the marker.
"""

from __future__ import annotations

import re

STOP_STRINGS: tuple[str, ...] = ("<|im_end|>", "<|endoftext|>", "<|im_start|>", "</s>")
DEFAULT_TEMPLATE = "{text} — {marker}"
ELLIPSIS = "…"
ZWSP = "\u200b"

_NEWLINE_RUN = re.compile(r"\n[^\S\n]*\n")  # a blank line: the model left tweet territory
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # controls, bidi overrides
_AT = re.compile(f"@(?!{ZWSP})")
_CHANNEL = re.compile(r"<#(?=\d)")
# twitter-text v3 "weighted" ranges that count 1; everything else counts 2
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_TRAILING_JUNK = " \t,;:-–—([{\"'"


def weighted_length(text: str) -> int:
    """The length X counts for ``text`` (1 per light character, 2 per CJK/emoji/other code point)."""
    return sum(1 if any(lo <= ord(ch) <= hi for lo, hi in _LIGHT_RANGES) else 2 for ch in text)


def neutralize_mentions(text: str) -> str:
    """Make ``@everyone``, ``@here``, ``@user``, ``<@123>``, ``<@!123>``, ``<@&123>``, ``<#123>`` ping nobody.

    A zero-width space goes after every ``@`` (and after ``<#`` before a channel id); the text reads the same.
    Idempotent.
    """
    return _CHANNEL.sub(f"<#{ZWSP}", _AT.sub(f"@{ZWSP}", text))


def tweet_body(prompt: str, continuation: str) -> str:
    """The prompt plus the continuation up to the first end-of-text or blank line, whitespace collapsed.

    No marker, no trimming, no mention neutralisation: this is the text to compare with training tweets.
    """
    cut = len(continuation)
    for stop in STOP_STRINGS:
        index = continuation.find(stop)
        if index >= 0:
            cut = min(cut, index)
    blank = _NEWLINE_RUN.search(continuation)
    if blank:
        cut = min(cut, blank.start())
    text = _UNSAFE.sub("", prompt + continuation[:cut])
    return " ".join(text.split())


def trim_to(text: str, budget: int) -> str:
    """``text`` if it fits ``budget`` (weighted), else cut at a word boundary with ``…`` appended."""
    if weighted_length(text) <= budget:
        return text
    room = budget - weighted_length(ELLIPSIS)
    used = 0
    end = 0
    for end, ch in enumerate(text):  # noqa: B007 - end is used after the loop
        used += weighted_length(ch)
        if used > room:
            break
    head = text[:end]
    if not text[end].isspace():
        space = head.rfind(" ")
        if space > len(head) // 2:  # do not throw away half the tweet for one long word
            head = head[:space]
    head = head.rstrip(_TRAILING_JUNK)
    return head + ELLIPSIS if head else ""


def finish_tweet(
    prompt: str,
    continuation: str,
    *,
    marker: str,
    max_chars: int = 280,
    template: str = DEFAULT_TEMPLATE,
) -> str:
    """The post: body (see ``tweet_body``), mentions neutralised, trimmed so that with the marker it fits.

    ``template`` places the marker (``"{text} — {marker}"``, or e.g. ``"{marker}: {text}"``); an empty
    marker adds nothing. Returns ``""`` when there is no text at all.
    """
    body = neutralize_mentions(tweet_body(prompt, continuation))
    if not body:
        return ""
    if not marker:
        return trim_to(body, max_chars)
    budget = max_chars - weighted_length(template.format(text="", marker=marker))
    text = trim_to(body, budget)
    return template.format(text=text, marker=marker) if text else ""
