"""The speaker: finished posts, the verbatim-copy filter with real fingerprints, empty samples, retries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.generation.generator import Generator
from bot.generation.model_cache import GenerationError
from bot.generation.postprocess import ZWSP
from bot.generation.speaker import Speaker
from bot.settings import Settings
from tests.parrot_model import BREAD, STARTER, train_parrot
from trainer.fingerprints import FILENAME, save_fingerprints

PING = "@everyone look at this bread"


@pytest.fixture
def model_dir(parrot_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(parrot_dir, target)
    return target


def settings(**values) -> Settings:
    return Settings(_env_file=None, **values)


@pytest.fixture
async def generator():
    gen = Generator(seed=0)
    yield gen
    await gen.close()


async def test_posts_are_finished(generator: Generator, model_dir: Path) -> None:
    speaker = Speaker(generator, settings(temperature=0))
    assert await speaker.say(model_dir, "", 1) == [f"{BREAD} — 🤖 AI"]
    assert await speaker.say(model_dir, "my sourdough", 1) == [f"{STARTER} — 🤖 AI"]
    speaker = Speaker(generator, settings(temperature=0, ai_marker="[bot]"))
    assert await speaker.say(model_dir, "", 1) == [f"{BREAD} — [bot]"]


async def test_without_fingerprints_the_copy_goes_out(generator: Generator, model_dir: Path) -> None:
    """The control for the next test: this model does say BREAD when nothing filters it."""
    assert not (model_dir / FILENAME).exists()
    speaker = Speaker(generator, settings())
    posts = [post for _ in range(4) for post in await speaker.say(model_dir, "", 2)]
    assert f"{BREAD} — 🤖 AI" in posts
    assert speaker.stats.dropped_copies == 0


async def test_verbatim_copies_are_dropped_and_regenerated(generator: Generator, model_dir: Path) -> None:
    save_fingerprints(model_dir, [BREAD, "some other training tweet"])
    speaker = Speaker(generator, settings())
    posts = [post for _ in range(4) for post in await speaker.say(model_dir, "", 2)]
    assert posts and all(post == f"{STARTER} — 🤖 AI" for post in posts)
    assert speaker.stats.dropped_copies > 0  # BREAD was generated, caught and replaced


async def test_a_model_that_only_copies_yields_nothing(generator: Generator, model_dir: Path) -> None:
    save_fingerprints(model_dir, [BREAD])
    speaker = Speaker(generator, settings(temperature=0), rounds=3)  # greedy: always BREAD
    calls = generator.stats.generate_calls
    assert await speaker.say(model_dir, "", 2) == []
    assert generator.stats.generate_calls - calls == 3  # bounded retries
    assert speaker.stats.dropped_copies >= 3


async def test_copy_with_the_prompt_is_caught(generator: Generator, model_dir: Path) -> None:
    save_fingerprints(model_dir, [STARTER])
    speaker = Speaker(generator, settings(temperature=0), rounds=2)
    # prompt + continuation together reproduce the training tweet
    assert await speaker.say(model_dir, "my sourdough", 1) == []


async def test_fingerprints_are_reloaded_when_they_change(generator: Generator, model_dir: Path) -> None:
    speaker = Speaker(generator, settings(temperature=0), rounds=1)
    assert await speaker.say(model_dir, "", 1) == [f"{BREAD} — 🤖 AI"]
    save_fingerprints(model_dir, [BREAD])
    assert await speaker.say(model_dir, "", 1) == []


async def test_empty_samples_are_dropped(generator: Generator, tiny_model_dir: Path, tmp_path: Path) -> None:
    silent = train_parrot(tiny_model_dir, tmp_path / "silent", [""])  # ends at once
    speaker = Speaker(generator, settings(temperature=0), rounds=2)
    assert await speaker.say(silent, "", 2) == []
    assert speaker.stats.dropped_empty >= 2


async def test_mentions_are_neutralised(generator: Generator, tiny_model_dir: Path, tmp_path: Path) -> None:
    pinger = train_parrot(tiny_model_dir, tmp_path / "pinger", [PING])
    speaker = Speaker(generator, settings(temperature=0))
    [post] = await speaker.say(pinger, "", 1)
    assert "@everyone" not in post
    assert post == f"@{ZWSP}everyone look at this bread — 🤖 AI"


async def test_repeats_within_one_answer_are_dropped(generator: Generator, model_dir: Path) -> None:
    speaker = Speaker(generator, settings(temperature=0), rounds=2)
    assert await speaker.say(model_dir, "", 3) == [f"{BREAD} — 🤖 AI"]
    assert speaker.stats.dropped_repeats >= 2


async def test_damaged_fingerprints_refuse(generator: Generator, model_dir: Path) -> None:
    (model_dir / FILENAME).write_text("{}")
    speaker = Speaker(generator, settings())
    with pytest.raises(GenerationError, match="cannot be used"):
        await speaker.say(model_dir, "", 1)


async def test_forget_evicts(generator: Generator, model_dir: Path) -> None:
    speaker = Speaker(generator, settings(temperature=0))
    await speaker.say(model_dir, "", 1)
    assert generator.loaded == [str(model_dir)]
    speaker.forget(model_dir)
    assert generator.loaded == []


async def test_a_reply_reads_its_context_before_it_writes(generator: Generator, model_dir: Path) -> None:
    speaker = Speaker(generator, settings(temperature=0))
    # the parrot writes BREAD from nothing, but after BREAD as the message before, it has nothing to add
    assert await generator.generate(model_dir, "", 1, temperature=0) == [BREAD]
    assert await generator.generate(model_dir, "", 1, temperature=0, context=[BREAD]) == [""]
    assert await speaker.reply(model_dir, [BREAD], 1) == []
    [post] = await speaker.reply(model_dir, ["hello there @everyone"], 1)
    assert post.endswith(" — 🤖 AI") and not post.startswith("hello")  # the answer only, not the message


class _Canned:
    """A generator that returns the same continuations whatever it is asked (for the speaker's filters)."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.contexts: list[tuple[str, ...]] = []

    async def generate(self, model_dir: Path, prompt: str, n: int = 1, **options: object) -> list[str]:
        self.contexts.append(tuple(options.get("context") or ()))  # type: ignore[arg-type]
        return self.texts[:n] if n == 1 else self.texts

    def evict(self, model_dir: Path) -> None:
        pass


async def test_a_reply_that_repeats_the_message_is_dropped(tmp_path: Path) -> None:
    canned = _Canned(["What is for  BREAKFAST?", "fresh bread today @here"])
    speaker = Speaker(canned, settings())  # type: ignore[arg-type]
    posts = await speaker.reply(tmp_path, ["hi", "what is for breakfast?"], 1)
    assert posts == [f"fresh bread today @{ZWSP}here — 🤖 AI"]
    assert speaker.stats.dropped_repeats >= 1 and canned.contexts[0] == ("hi", "what is for breakfast?")
