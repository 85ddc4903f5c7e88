"""Every input of the trainer that a user controls, from the attacker's side: archives (zip, folder, tweets.js,
account.js) and tweet files (JSONL, JSON, CSV), hostile and huge. Each ends with a one-line TrainerError (exit 1
from the command line) or a bounded result; memory is checked with tracemalloc (allocations, not time)."""

from __future__ import annotations

import json
import random
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.test_sources import SAMPLE_ITEMS, account_js, tweet_item, tweets_js, write_zip
from trainer.cleaning import clean_account, clean_text
from trainer.cli import main
from trainer.errors import TrainerError
from trainer.sources import archive_io, fetch_accounts, streaming_json
from trainer.sources.archive import ArchiveLimits, read_archive
from trainer.sources.plainfile import read_plain_file
from trainer.sources.recent import MAX_TEXT_CHARS, RecentTweets
from trainer.tweets import AccountTweets, Tweet

MIB = 1 << 20
NESTED = "[" * 100_000 + "]" * 100_000


def peak_bytes(action: Callable[[], Any]) -> tuple[Any, int]:
    """(result or the TrainerError raised, peak bytes Python allocated while ``action`` ran)."""
    tracemalloc.start()
    try:
        try:
            result: Any = action()
        except TrainerError as error:
            result = error
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def refusal(action: Callable[[], Any]) -> str:
    with pytest.raises(TrainerError) as caught:
        action()
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300, message
    return message


def dated_items(count: int, start: int = 0) -> list[dict[str, Any]]:
    """Tweets one hour apart, listed oldest first (so file order and recency disagree)."""
    base = datetime(2020, 1, 1, tzinfo=UTC)
    return [
        tweet_item(f"tweet number {n} about bread", n, created_at=(base + timedelta(hours=n)).strftime(
            "%a %b %d %H:%M:%S +0000 %Y"))
        for n in range(start, start + count)
    ]


def write_big_tweets_js(path: Path, megabytes: int) -> int:
    """A realistic tweets.js of about ``megabytes`` MB, written item by item; returns the item count."""
    count = 0
    with path.open("w", encoding="utf-8") as file:
        file.write("window.YTD.tweets.part0 = [")
        while file.tell() < megabytes * MIB:
            file.write(("," if count else "") + json.dumps(tweet_item(f"bread thought {count} " * 8, count), indent=2))
            count += 1
        file.write("]")
    return count


# -- memory: what we keep is bounded, not only what we read ------------------------------------------------------


def test_tweets_js_is_streamed_and_capped(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    total = write_big_tweets_js(path, 3)
    account, peak = peak_bytes(lambda: read_archive(path, "lena", max_tweets=500))
    assert isinstance(account, AccountTweets) and len(account.tweets) == 500 < total
    assert peak < 2.5 * MIB, f"peak {peak / MIB:.1f} MiB for a 3 MiB file"  # the whole text alone is 3 MiB


def test_parsing_is_incremental() -> None:
    """Items come out before the stream is exhausted: nothing waits for the whole file."""
    def chunks() -> Iterator[str]:
        yield "window.YTD.tweets.part0 = [" + json.dumps(tweet_item("first one here", 1)) + ","
        raise AssertionError("read past the first item")

    items = streaming_json.iter_array(chunks(), "tweets.js", header=archive_io_ytd())
    assert next(items)["tweet"]["full_text"] == "first one here"


def archive_io_ytd() -> Any:
    from trainer.sources.archive import YTD_PREFIX

    return YTD_PREFIX


def test_most_recent_tweets_are_kept_by_created_at(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(tweets_js(dated_items(50)), encoding="utf-8")  # oldest first
    account = read_archive(path, "lena", max_tweets=10)
    assert [t.id for t in account.tweets] == [str(1000 + n) for n in range(40, 50)]  # newest 10, file order


def test_recent_tweets_order_without_dates() -> None:
    recent = RecentTweets(2)
    for tweet_id in ["5", "90", "7", None]:
        recent.add(Tweet(text=f"id {tweet_id}", id=tweet_id))
    assert [t.id for t in recent.tweets()] == ["90", "7"] and recent.dropped == 2
    by_position = RecentTweets(2)
    for n in range(5):
        by_position.add(Tweet(text=f"t{n}"))
    assert [t.text for t in by_position.tweets()] == ["t0", "t1"]  # archives list the newest first


def test_default_cap_is_the_x_apis_3200_and_cli_max_tweets_applies_to_archives(tmp_path: Path, capsys) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(tweets_js(dated_items(3300)), encoding="utf-8")
    assert len(read_archive(path, "lena").tweets) == 3200
    assert main(["lena", "--input", str(path), "--stats-only", "--max-tweets", "120", "--progress", "json"]) == 0
    stats = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"stats"' in line]
    assert stats[-1]["accounts"]["lena"]["downloaded"] == 120


def test_plain_files_are_capped_too(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps({"text": f"tweet {n} here", "id": n}) + "\n" for n in range(100)), "utf-8")
    assert [t.id for t in read_plain_file(path, "lena", max_tweets=3).tweets] == ["97", "98", "99"]


def test_part_split_bomb_is_refused_by_the_ratio_over_the_whole_archive(tmp_path: Path) -> None:
    """Eight parts of 512 KiB each: no member is over 1 MiB, together they compress ~1000:1."""
    item = '{"tweet": {"full_text": "' + "a" * 1000 + '"}},'
    members: dict[str, str | bytes] = {
        f"data/tweets-part{i}.js": f"window.YTD.tweets.part{i} = [" + item * 500 + item[:-1] + "]" for i in range(8)
    }
    path = write_zip(tmp_path / "parts.zip", members)
    assert path.stat().st_size < 100_000
    assert "compressed suspiciously well" in refusal(lambda: read_archive(path, "lena"))


def test_many_parts_over_the_total_are_refused_before_reading(tmp_path: Path) -> None:
    part = tweets_js([tweet_item("word " * 50, i) for i in range(20)])
    path = write_zip(tmp_path / "a.zip", {f"data/tweets-part{i}.js": part for i in range(30)})
    limits = ArchiveLimits(max_total_bytes=len(part) * 10)
    message = refusal(lambda: read_archive(path, "lena", limits=limits))
    assert "more than" in message and "of tweet files to read" in message


def test_a_tweet_text_longer_than_any_post_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(tweets_js([tweet_item("x" * (MAX_TEXT_CHARS + 1))]), encoding="utf-8")
    assert "is not a tweet" in refusal(lambda: read_archive(path, "lena"))
    escaped = tmp_path / "escaped" / "tweets.js"  # "&amp;" is one character once unescaped
    escaped.parent.mkdir()
    escaped.write_text(tweets_js([tweet_item("&amp;" * (MAX_TEXT_CHARS // 2))]), encoding="utf-8")
    assert len(read_archive(escaped, "lena").tweets) == 1
    csv_path = tmp_path / "t.csv"
    csv_path.write_text("text\n" + "y" * (MAX_TEXT_CHARS + 1) + "\n", encoding="utf-8")
    assert "is not a tweet" in refusal(lambda: read_plain_file(csv_path, "lena"))


def test_one_huge_item_is_refused_without_holding_the_file(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    with path.open("w", encoding="utf-8") as file:
        file.write('window.YTD.tweets.part0 = [{"tweet": {"full_text": "')
        for _ in range(40):
            file.write("z" * MIB)
        file.write('"}}]')
    message, peak = peak_bytes(lambda: read_archive(path, "lena"))
    assert isinstance(message, TrainerError) and "has an item of more than" in str(message)
    assert peak < 8 * MIB


def test_jsonl_with_a_100_mb_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    with path.open("w", encoding="utf-8") as file:
        file.write('{"text": "fine tweet here"}\n{"text": "')
        for _ in range(100):
            file.write("q" * MIB)
        file.write('"}\n')
    error, peak = peak_bytes(lambda: read_plain_file(path, "lena"))
    assert isinstance(error, TrainerError) and str(error) == "t.jsonl line 2 is longer than 1,048,576 bytes"
    assert peak < 8 * MIB


def test_csv_with_a_single_huge_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    with path.open("w", encoding="utf-8") as file:
        file.write("text\n")
        for _ in range(60):
            file.write("c" * MIB)
    error, peak = peak_bytes(lambda: read_plain_file(path, "lena"))
    assert isinstance(error, TrainerError) and "line 2 is longer than" in str(error)
    assert peak < 12 * MIB


def test_csv_with_a_huge_quoted_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('text\n"' + ("multi line field\n" * 20_000) + '"\n', encoding="utf-8")
    assert "is not a readable CSV file (field larger than field limit" in refusal(
        lambda: read_plain_file(path, "lena"))


# -- parse errors of user data: one line, never "unexpected RecursionError" ----------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("tweets.js", "window.YTD.tweets.part0 = [" + NESTED + "]", "nested too deeply to read (item 0)"),
        ("t.jsonl", NESTED + "\n", "t.jsonl line 1 is nested too deeply to read"),
        ("t.json", "[" + NESTED + "]", "t.json is nested too deeply to read (item 0)"),
        ("tweets.js", "window.YTD.tweets.part0 = [" + "7" * 5000 + "]", "not valid JSON (a number too long in item 0)"),
        ("t.jsonl", '{"text": "hi", "id": ' + "7" * 5000 + "}\n", "t.jsonl line 1 is not valid JSON (a number too long)"),
    ],
)
def test_deeply_nested_json_and_huge_numbers_are_a_one_line_refusal(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert message in refusal(lambda: fetch_accounts(["lena"], inputs=[path]))


def test_deeply_nested_account_js(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", {
        "data/tweets.js": tweets_js(SAMPLE_ITEMS), "data/account.js": "window.YTD.account.part0 = [" + NESTED + "]"})
    assert "account.js is nested too deeply" in refusal(lambda: read_archive(path))


def test_nested_json_through_the_command_line_is_exit_1(tmp_path: Path, capsys) -> None:
    path = tmp_path / "tweets.js"
    path.write_text("window.YTD.tweets.part0 = [" + NESTED + "]", encoding="utf-8")
    assert main(["lena", "--input", str(path), "--stats-only", "--progress", "json"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        "error: not a Twitter archive: tweets.js is nested too deeply to read (item 0)"]


# -- truthful errors about zips ------------------------------------------------------------------------------------


def test_a_truncated_zip_says_so(tmp_path: Path) -> None:
    whole = write_zip(tmp_path / "whole.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS * 50)})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert refusal(lambda: fetch_accounts(["lena"], inputs=[cut])) == (
        "archive cut.zip refused: the zip is truncated (its end is missing; copy it again)")


@pytest.mark.parametrize("content", [b"", b"hello, I am text", bytes(range(256)) * 10])
def test_a_file_named_zip_that_is_none(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "archive.zip"
    path.write_bytes(content)
    assert refusal(lambda: fetch_accounts(["lena"], inputs=[path])) == "archive archive.zip refused: not a zip file"


def test_an_encrypted_member_is_one_line(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "locked.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS)})
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[6] |= 1
    data[central + 8] |= 1
    path.write_bytes(bytes(data))
    assert refusal(lambda: read_archive(path, "lena")) == (
        "archive locked.zip refused: tweets.js is encrypted (export the archive again without a password)")


def test_a_central_directory_claiming_huge_sizes_is_refused_unread(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "claims.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS)})
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (3 << 30).to_bytes(4, "little")  # uncompressed size: 3 GiB
    path.write_bytes(bytes(data))
    assert "tweets.js is 3072 MiB (at most 256 MiB)" in refusal(lambda: read_archive(path, "lena"))


def test_too_many_entries_are_refused_before_zipfile_reads_them(tmp_path: Path, monkeypatch) -> None:
    """A zip of 1,500 entries against a cap of 1,000; its end record even claims 1 entry."""
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/tweets.js", tweets_js(SAMPLE_ITEMS))
        for i in range(1500):
            archive.writestr(f"m/{i}", b"")
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (1).to_bytes(2, "little") * 2  # entries on this disk, entries in total: 1
    path.write_bytes(bytes(data))

    def no_parsing(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("zipfile parsed the central directory")

    monkeypatch.setattr(archive_io.zipfile, "ZipFile", no_parsing)
    assert refusal(lambda: read_archive(path, "lena", limits=ArchiveLimits(max_members=1000))) == (
        "archive many.zip refused: over 1,000 files (zip only its data/tweets*.js and data/account.js)")


def test_a_huge_central_directory_is_refused(tmp_path: Path) -> None:
    members: dict[str, str | bytes] = {f"data/media/{'n' * 200}{i}.jpg": b"" for i in range(100)}
    members["data/tweets.js"] = tweets_js(SAMPLE_ITEMS)
    path = write_zip(tmp_path / "names.zip", members)
    assert "its list of files is" in refusal(
        lambda: read_archive(path, "lena", limits=ArchiveLimits(max_directory_bytes=10_000)))


def test_damaged_zips_of_every_compression_give_one_line(tmp_path: Path) -> None:
    """Random byte flips in zips (deflate, bzip2, lzma, stored) and in tweet files: a refusal or tweets,
    never another exception."""
    rng = random.Random(9)
    for compression in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        base = write_zip(tmp_path / "base.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS),
                                                 "data/account.js": account_js("lena", "Lena")}, compression)
        original = base.read_bytes()
        for n in range(60):
            data = bytearray(original)
            for _ in range(rng.randint(1, 3)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            path = tmp_path / f"z{compression}-{n}.zip"
            path.write_bytes(bytes(data))
            try:
                read_archive(path, "lena")
            except TrainerError as error:
                assert "\n" not in str(error)
    sources = {
        "tweets.js": tweets_js(SAMPLE_ITEMS).encode(),
        "t.jsonl": "".join(json.dumps({"text": f"é tweet {i}", "id": i}) + "\n" for i in range(10)).encode(),
        "t.csv": ("text,id\n" + "".join(f'"é tweet {i}",{i}\n' for i in range(10))).encode(),
    }
    for name, original in sources.items():
        for n in range(60):
            data = bytearray(original)
            for _ in range(rng.randint(1, 3)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            path = tmp_path / f"{n}-{name}"
            path.write_bytes(bytes(data))
            try:
                fetch_accounts(["lena"], inputs=[path])
            except TrainerError as error:
                assert "\n" not in str(error)


# -- account.js ------------------------------------------------------------------------------------------------


def test_account_js_with_an_invalid_username(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS),
                                          "data/account.js": account_js("../../etc; rm -rf" + "x" * 5000, "N")})
    message = refusal(lambda: read_archive(path))
    assert message.startswith("a.zip: account.js names '../../etc; rm -rf") and "not a valid X handle" in message


def test_account_js_display_name_is_bounded_and_clean(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS),
                                          "data/account.js": account_js("lena", "Lena\x00\n\x1b[31m Bakes " * 20_000)})
    account = read_archive(path)
    assert account.display_name == "Lena [31m Bakes Lena [31m Bakes Lena [31m Bakes Le"
    huge = write_zip(tmp_path / "huge.zip", {"data/tweets.js": tweets_js(SAMPLE_ITEMS),
                                             "data/account.js": account_js("lena", "D" * (10 * MIB))}, zipfile.ZIP_STORED)
    assert "account.js has an item of more than" in refusal(lambda: read_archive(huge))


# -- plain files and other inputs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("t.csv", b"", "t.csv is empty"),
        ("t.jsonl", b"", "t.jsonl holds no tweets"),
        ("t.json", b"", "t.json holds no tweets"),
        ("tweets.js", b"", "not a Twitter archive: tweets.js is empty"),
        ("t.csv", b"tweet,date\nhello,2023\n", "t.csv has no 'text' column"),
        ("tweets.js", b"var tweets = [];", "does not start with 'window.YTD"),
        ("tweets.js", b"window.YTD.tweets.part0 = [] trailing", "text after the end of its list"),
        ("tweets.js", b'window.YTD.tweets.part0 = [{"tweet": ', "not a Twitter archive: tweets.js is not valid JSON"),
        ("tweets.js", b"window.YTD.tweets.part0 = [\xff\xfe]", "tweets.js is not UTF-8 text"),
        ("t.jsonl", b'{"text": "ok one"}\n\xff\xfe\x00garbage\n', "t.jsonl line 2 is not UTF-8 text"),
        ("t.csv", b"text\n\xff\xfe\x00garbage\n", "t.csv is not UTF-8 text"),
        ("t.json", b"[1, 2", "t.json item 0: not a JSON object"),
    ],
)
def test_bad_and_binary_inputs_give_one_line(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert message in refusal(lambda: fetch_accounts(["lena"], inputs=[path]))


def test_control_characters_are_stripped_by_cleaning(tmp_path: Path) -> None:
    assert clean_text("hello\x00 wor\x1bld\x7f and \x85 then \x9b\ud800 end\ttab") == "hello wor ld and then end tab"
    path = tmp_path / "t.csv"
    path.write_bytes(b'text\n"\x00\x00\x00\x01"\n"baking\x00 bread\x07 today"\n')
    cleaned = clean_account(read_plain_file(path, "lena"))
    assert cleaned.texts == ["baking bread today"] and cleaned.stats is not None and cleaned.stats.short == 1
