"""Peak memory of ``python -m trainer --stats-only`` on big and hostile archives, against the bare trainer.

Builds in a temporary folder: a realistic ~100 MB ``tweets.js`` (as a plain file and inside an archive zip with
``account.js``), the part-split bomb of issue 9 (400 members of 1 MiB that compress ~1000:1) and, unless
``--quick``, a zip of 100,000 entries (our cap on members) and one of 100,001 (refused). Each case runs in its own subprocess; its peak
resident memory (``ru_maxrss`` from ``wait4``) is printed in MB and as a ratio to the baseline measured in the
same run: ``python -m trainer --help``, the interpreter with the trainer's modules (torch included) imported.
Goal (issue 9): every case under 400 MB. Nothing here is asserted; CPUs and allocators differ.

    .venv/bin/python bench/archive_memory.py               # this checkout
    .venv/bin/python bench/archive_memory.py --repo /path  # another checkout (e.g. main, for a before/after)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_MB = 400
ENTRIES = 100_000  # ArchiveLimits.max_members
WORDS = (
    "bread", "dough", "rye", "oven", "crumb", "sourdough", "starter", "flour", "water", "salt", "bake", "proof",
    "loaf", "crust", "knead", "morning", "today", "really", "think", "new", "love", "good", "people", "time",
    "great", "day", "week", "work", "best", "year", "night", "thanks",
)


def write_tweets_js(path: Path, megabytes: float, seed: int = 1) -> int:
    """A tweets.js shaped like a real export (newest first, ids and dates, entities); returns the tweet count."""
    rng = random.Random(seed)
    start = datetime(2023, 4, 23, tzinfo=UTC)
    count = 0
    with path.open("w", encoding="utf-8") as file:
        file.write("window.YTD.tweets.part0 = [ ")
        while file.tell() < megabytes * 1e6:
            text = " ".join(rng.choices(WORDS, k=rng.randint(4, 40)))
            tweet = {
                "tweet": {
                    "edit_info": {"initial": {"editTweetIds": [str(1650000000000000000 - count)]}},
                    "retweeted": False,
                    "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
                    "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                    "display_text_range": ["0", str(len(text))],
                    "favorite_count": str(rng.randint(0, 50)),
                    "id_str": str(1650000000000000000 - count),
                    "truncated": False,
                    "retweet_count": "0",
                    "id": str(1650000000000000000 - count),
                    "created_at": (start - timedelta(minutes=37 * count)).strftime("%a %b %d %H:%M:%S +0000 %Y"),
                    "favorited": False,
                    "full_text": text,
                    "lang": "en",
                }
            }
            file.write(("," if count else "") + json.dumps(tweet, indent=2))
            count += 1
        file.write(" ]")
    return count


def build_cases(folder: Path, megabytes: float, quick: bool) -> list[tuple[str, list[str]]]:
    tweets = folder / "tweets.js"
    count = write_tweets_js(tweets, megabytes)
    account = 'window.YTD.account.part0 = [{"account": {"username": "bench_user", "accountDisplayName": "Bench"}}]'
    archive = folder / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        out.writestr("data/account.js", account)
        out.write(tweets, "data/tweets.js")
    bomb = folder / "parts.zip"  # issue 9's reproduction, verbatim
    item = '{"tweet": {"full_text": "' + "a" * 1000 + '"}},'
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("data/account.js", account.replace("bench_user", "bomb"))
        for i in range(400):
            out.writestr(f"data/tweets-part{i}.js", f"window.YTD.tweets.part{i} = [" + item * 1000 + item[:-1] + "]")
    mb = tweets.stat().st_size / 1e6
    cases = [
        (f"archive zip, {mb:.0f} MB tweets.js ({count:,} tweets, {archive.stat().st_size / 1e6:.0f} MB zipped)",
         ["--input", str(archive)]),
        (f"plain tweets.js, {mb:.0f} MB", ["bench_user", "--input", str(tweets)]),
        (f"part-split bomb, 400 x 1 MiB ({bomb.stat().st_size / 1e6:.1f} MB zipped)", ["--input", str(bomb)]),
    ]
    if not quick:
        for entries in (ENTRIES, ENTRIES + 1):
            many = folder / f"many-{entries}.zip"
            with zipfile.ZipFile(many, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
                out.writestr("data/account.js", account)
                out.write(tweets, "data/tweets.js")
                for i in range(entries - 2):
                    out.writestr(f"data/tweets_media/{1650000000000000000 - i}-AbCdEfGhIjKl.jpg", b"")
            cases.append((f"zip of {entries:,} entries with that tweets.js", ["--input", str(many)]))
    return cases


def peak_rss(repo: Path, args: list[str], folder: Path) -> tuple[float, int, str, float]:
    """(peak RSS in MB, exit code, last line of output, seconds) of ``python -m trainer ARGS`` run in ``repo``."""
    env = {k: v for k, v in os.environ.items() if k not in ("MIMICBIRD_DEBUG", "PYTHONPATH")}
    env["PYTHONPATH"] = str(repo)
    out_path, err_path = folder / "out.txt", folder / "err.txt"
    started = time.perf_counter()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        process = subprocess.Popen([sys.executable, "-m", "trainer", *args], cwd=repo, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    lines = (err_path.read_text(errors="replace") or "").strip().splitlines()
    output = out_path.read_text(errors="replace")
    if not lines:
        kept = [line for line in output.splitlines() if line.startswith(("Tweets downloaded", "Tweets kept"))]
        lines = [", ".join(" ".join(line.split()) for line in kept) or "ok"]
    return usage.ru_maxrss / 1024, process.returncode, lines[-1][:110], seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose trainer runs (default: this one)")
    parser.add_argument("--megabytes", type=float, default=100, help="size of the tweets.js to build (default 100)")
    parser.add_argument("--quick", action="store_true", help="skip the 200,000-entry zip")
    args = parser.parse_args()
    repo = args.repo.resolve()
    print(f"trainer from {repo}; python {sys.version.split()[0]}; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="mimicbird-bench-") as name:
        folder = Path(name)
        started = time.perf_counter()
        cases = build_cases(folder, args.megabytes, args.quick)
        print(f"built the inputs in {time.perf_counter() - started:.0f} s\n")
        baseline, code, _, _ = peak_rss(repo, ["--help"], folder)
        assert code == 0, "python -m trainer --help failed"
        print(f"{'case':<72} {'peak MB':>8} {'x base':>7} {'+MB':>6} {'s':>5}  exit  outcome")
        print(f"{'baseline: python -m trainer --help':<72} {baseline:8.0f} {1:7.2f} {0:6.0f} {'':>5}")
        for label, case_args in cases:
            rss, code, outcome, seconds = peak_rss(repo, [*case_args, "--stats-only", "--progress", "none"], folder)
            goal = "ok" if rss < GOAL_MB else "OVER"
            print(f"{label:<72} {rss:8.0f} {rss / baseline:7.2f} {rss - baseline:6.0f} {seconds:5.0f}  "
                  f"{code:>4}  [{goal}] {outcome}")
    print(f"\ngoal: peak under {GOAL_MB} MB in every case (issue 9)")


if __name__ == "__main__":
    main()
