"""JSON read from a byte stream one item at a time, so memory follows the largest item, not the file.

``iter_array`` yields the items of a top-level JSON array (optionally after a header such as the archive's
``window.YTD.tweets.part0 =``) with ``json.JSONDecoder.raw_decode`` over a buffer that holds at most one item
plus one read; ``iter_json_lines`` yields the objects of a JSON Lines stream, each line read with a bounded
``readline``. Both report bad input as a ``StreamError`` whose text is one line naming the input: invalid JSON,
nesting too deep for the parser (a ``RecursionError`` inside ``json``), an item or line over the limit, bytes
that are not UTF-8.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

READ_CHUNK = 1 << 18  # bytes per read
MAX_ITEM_CHARS = 1 << 20  # one archive item (a tweet with its entities is ~1-5 KB)
MAX_LINE_BYTES = 1 << 20  # one JSON Lines record
HEADER_CHARS = 200  # the header must appear within this many characters
NON_SPACE = re.compile(r"[^ \t\n\r]")
DECODER = json.JSONDecoder()


class StreamError(ValueError):
    """Bad JSON input; ``str()`` is one line that starts with the input's name."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"{name} {detail}")


def text_chunks(
    stream: IO[bytes], name: str, on_bytes: Callable[[int], None] | None = None
) -> Iterator[str]:
    """The stream decoded as UTF-8 (a leading BOM dropped), a piece at a time; ``on_bytes`` sees each read."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    while True:
        raw = stream.read(READ_CHUNK)
        if on_bytes is not None and raw:
            on_bytes(len(raw))
        try:
            text = decoder.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise StreamError(name, "is not UTF-8 text") from None
        if text:
            yield text
        if not raw:
            return


class _Buffer:
    """The unread part of a stream of text chunks."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self.chunks = chunks
        self.text = ""
        self.pos = 0
        self.eof = False

    def more(self) -> bool:
        """Append the next chunk (dropping what was read); False at the end of the stream."""
        if self.eof:
            return False
        chunk = next(self.chunks, None)
        if chunk is None:
            self.eof = True
            return False
        self.text = self.text[self.pos :] + chunk
        self.pos = 0
        return True

    def fill(self, chars: int) -> None:
        while len(self.text) - self.pos < chars and self.more():
            pass

    def peek(self) -> str:
        """The next character that is not JSON whitespace (the position moves to it), or "" at the end."""
        while True:
            match = NON_SPACE.search(self.text, self.pos)
            if match:
                self.pos = match.start()
                return self.text[self.pos]
            self.pos = len(self.text)
            if not self.more():
                return ""

    def decode(self, name: str, index: int, max_chars: int) -> Any:
        """The JSON value at the position, reading more while it is incomplete."""
        while True:
            try:
                value, end = DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                incomplete = not self.eof and (
                    error.pos >= len(self.text) - 6 or error.msg.startswith("Unterminated string")
                )
                if not incomplete:
                    raise StreamError(name, f"is not valid JSON ({error.msg} in item {index})") from None
            except RecursionError:
                raise StreamError(name, f"is nested too deeply to read (item {index})") from None
            except ValueError:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
                raise StreamError(name, f"is not valid JSON (a number too long in item {index})") from None
            else:  # a number or literal that ends with the buffer may continue in the next chunk
                if end < len(self.text) or self.eof:
                    if end - self.pos > max_chars:
                        break
                    self.pos = end
                    return value
            if len(self.text) - self.pos > max_chars:
                break
            self.more()
        raise StreamError(name, f"has an item of more than {max_chars:,} characters (item {index})")


def iter_array(
    chunks: Iterator[str],
    name: str,
    *,
    header: re.Pattern[str] | None = None,
    header_hint: str = "",
    max_item_chars: int = MAX_ITEM_CHARS,
) -> Iterator[Any]:
    """The items of the JSON array in ``chunks`` (after ``header``, if given), one at a time."""
    buffer = _Buffer(chunks)
    if header is not None:
        buffer.fill(HEADER_CHARS)
        match = header.match(buffer.text, buffer.pos)
        if not match:
            raise StreamError(name, f"does not start with {header_hint or header.pattern}")
        buffer.pos = match.end()
    if buffer.peek() != "[":
        raise StreamError(name, "does not hold a list")
    buffer.pos += 1
    index = 0
    if buffer.peek() == "]":
        buffer.pos += 1
    else:
        while True:
            buffer.peek()
            value = buffer.decode(name, index, max_item_chars)
            yield value
            index += 1
            after = buffer.peek()
            buffer.pos += 1
            if after == "]":
                break
            if after != ",":
                detail = "ends inside its list" if not after else f"expected ',' or ']' after item {index - 1}"
                raise StreamError(name, f"is not valid JSON ({detail})")
    if buffer.peek():
        raise StreamError(name, "is not valid JSON (text after the end of its list)")


def iter_json_lines(
    stream: IO[bytes], name: str, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line of a JSON Lines stream."""
    number = 0
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_line_bytes:
            raise StreamError(name, f"line {number} is longer than {max_line_bytes:,} bytes")
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            raise StreamError(name, f"line {number} is not UTF-8 text") from None
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise StreamError(name, f"line {number} is not valid JSON ({error.msg})") from None
        except RecursionError:
            raise StreamError(name, f"line {number} is nested too deeply to read") from None
        except ValueError:  # an integer of more digits than Python converts
            raise StreamError(name, f"line {number} is not valid JSON (a number too long)") from None
        yield number, value
