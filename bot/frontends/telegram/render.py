"""How a ``Response`` looks on Telegram: HTML in which every piece of content is escaped (generated text cannot
inject formatting), tables monospace (``<pre>``), and anything longer than Telegram's 4096-character limit
split into several messages, at line breaks where possible. Telegram has no per-message sender name, so a
persona's post (``/say``, a scheduled post, an answer) starts with the persona's name in bold."""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram.constants import MessageLimit

from bot.core.responses import Response
from trainer.stats import format_table

TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4096, counted after entity parsing
PERSONA_NAME_CHARS = 128


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Segment:
    """A run of text in one style: None (plain), "b" (bold) or "pre" (monospace block)."""

    text: str
    style: str | None = None


def persona_name(response: Response) -> str:
    """Who speaks in a persona's post (samples of a model): its display names, one line; "" otherwise."""
    if response.kind != "samples" or response.model is None or not response.samples:
        return ""
    return " ".join((response.model.title or response.model.name).split())[:PERSONA_NAME_CHARS]


def response_segments(response: Response) -> list[Segment]:
    """A response's parts as styled segments: a bold title (a persona's post: the persona's name, bold, first),
    the lines, the table monospace, the samples with their signature, the footnotes."""
    title = (response.title or "").strip()
    shows_title = bool(title) and response.kind not in ("samples", "error") and title not in "\n".join(response.lines)
    persona = persona_name(response)
    segments = [
        Segment(title, "b") if shows_title else None,
        Segment(persona, "b") if persona else None,
        Segment("\n".join(response.lines)),
        Segment(format_table(response.table), "pre"),
        Segment("\n\n".join(response.samples)),
        None if persona else Segment(response.signature),
        Segment("\n".join(response.footnotes)),
    ]
    return [segment for segment in segments if segment is not None and segment.text.strip()]


def split_segments(segments: list[Segment], limit: int = TEXT_LIMIT) -> list[list[Segment]]:
    """Split styled text into messages of at most ``limit`` UTF-16 units, at line breaks where possible."""
    messages: list[list[Segment]] = []
    current: list[Segment] = []
    size = 0
    for segment in segments:
        text = segment.text
        if current and size + 1 < limit:  # a line break between segments
            current.append(Segment("\n"))
            size += 1
        while text:
            room = limit - size
            if utf16_len(text) <= room:
                current.append(Segment(text, segment.style))
                size += utf16_len(text)
                break
            cut = _cut_point(text, room)
            if cut == 0:
                messages.append(current)
                current, size = [], 0
                text = text.lstrip("\n")
                continue
            current.append(Segment(text[:cut], segment.style))
            messages.append(current)
            current, size = [], 0
            text = text[cut:].lstrip("\n")
    if current:
        messages.append(current)
    return [m for m in (_trim(message) for message in messages) if m]


def _cut_point(text: str, room: int) -> int:
    """The longest prefix of ``text`` that fits ``room``, ending at a line break (or space) when one is near."""
    fits = 0
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > room:
            break
        fits = index + 1
    window = text[:fits]
    position = window.rfind("\n")
    if position >= max(1, fits // 2):
        return position  # the line break itself is dropped
    position = window.rfind(" ")
    if position >= max(1, fits // 2):
        return position + 1
    return fits


def _trim(message: list[Segment]) -> list[Segment]:
    """Drop whitespace-only segments at the edges (Telegram refuses empty messages)."""
    while message and not message[0].text.strip():
        message = message[1:]
    while message and not message[-1].text.strip():
        message = message[:-1]
    return message


def to_html(message: list[Segment]) -> str:
    """Segments as Telegram HTML; every piece of content is escaped."""
    parts = []
    for segment in message:
        escaped = html.escape(segment.text, quote=False)
        parts.append(f"<{segment.style}>{escaped}</{segment.style}>" if segment.style else escaped)
    return "".join(parts)


def render(response: Response, limit: int = TEXT_LIMIT) -> list[str]:
    """A response as one or more HTML message texts, each within Telegram's limit."""
    rendered = [to_html(message) for message in split_segments(response_segments(response), limit)]
    return rendered or [html.escape("(empty)", quote=False)]


__all__ = ["Segment", "TEXT_LIMIT", "persona_name", "render", "response_segments", "split_segments", "utf16_len"]
