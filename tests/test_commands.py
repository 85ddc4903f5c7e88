"""Command parsing: every command, handles, model names, prompts, schedules, ids and bad input."""

from __future__ import annotations

import pytest

from bot.core.commands import (
    COMMANDS,
    HELP_TEXT,
    USAGE,
    Cancel,
    CommandError,
    Forget,
    Help,
    ListModels,
    ListQueue,
    ListSchedules,
    Push,
    Say,
    SchedulePost,
    Status,
    Talk,
    Train,
    Unschedule,
    Use,
    canonical_model_name,
    command_word,
    help_text,
    parse_arguments,
    parse_command,
    schedule_command,
    talk_command,
    train_command,
)
from bot.scheduling.triggers import Cron, Interval

KNOWN = ("lena_bakes", "astro_ivo", "astro_ivo-lena_bakes")


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("/train @lena_bakes", ("lena_bakes",)),
        ("/train lena_bakes", ("lena_bakes",)),
        ("train @Lena_Bakes", ("Lena_Bakes",)),
        ("/TRAIN @a @B @c", ("a", "B", "c")),
        ("/train   @a    @b  ", ("a", "b")),
        ("/train @a,@b, @c", ("a", "b", "c")),
        ("/train @Lena @lena LENA", ("Lena",)),  # de-duplicated case-insensitively, first spelling kept
        ("/train @b @a", ("b", "a")),  # order kept
        ("/train\t@a\n@b", ("a", "b")),
        ("/train@MimicBot @a", ("a",)),
        ("/train @x_123456789012", ("x_123456789012",)),
        ("/train @_", ("_",)),
        ("/train @force", ("force",)),  # a handle, not the flag
    ],
)
def test_train_handles(text: str, handles: tuple[str, ...]) -> None:
    command = parse_command(text)
    assert command == Train(handles=handles)


@pytest.mark.parametrize(
    ("text", "force", "source"),
    [
        ("/train @a --force", True, None),
        ("/train --force @a", True, None),
        ("/train @a force", True, None),
        ("/train @a -f", True, None),
        ("/train @a source=sample", False, "sample"),
        ("/train @a SOURCE=X", False, "x"),
        ("/train @a --source=upload", False, "upload"),
        ("/train @a --source sample --force", True, "sample"),
        ("/train @a source=auto", False, None),
    ],
)
def test_train_options(text: str, force: bool, source: str | None) -> None:
    command = parse_command(text)
    assert (command.handles, command.force, command.source) == (("a",), force, source)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("/train", "Whose tweets?"),
        ("/train --force", "Whose tweets?"),
        ("/train @", "Not a valid X handle: '@' .*Handles look like X @name, Bluesky"),
        ("/train @lena-bakes", "Not a valid X handle: '@lena-bakes' \\(1 to 15 letters"),
        ("/train @sixteen_chars_xx", "Not a valid X handle"),
        ("/train @émilie", "Not a valid X, Bluesky or Mastodon handle: '@émilie' \\(only ASCII"),
        ("/train @a source=facebook", "Unknown source"),
        ("/train @a --source", "Unknown source"),
        ("/train @a @b @c @d", "at most 3 accounts; you named 4"),
    ],
)
def test_train_errors(text: str, fragment: str) -> None:
    with pytest.raises(CommandError, match=fragment):
        parse_command(text)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("/train", Train()),  # the archive's account.js names the account
        ("/train --force", Train(force=True)),
        ("/train source=upload", Train(source="upload")),
        ("/train @a", Train(handles=("a",))),  # a handle still counts
    ],
)
def test_train_with_an_upload_needs_no_handle(text: str, command: Train) -> None:
    assert parse_command(text, has_upload=True) == command


def test_train_without_handle_or_upload_is_a_polite_error() -> None:
    with pytest.raises(CommandError, match=r"^Whose tweets\? Name an account .* or attach an archive"):
        parse_command("/train", has_upload=False)
    with pytest.raises(CommandError, match="Not a valid X handle"):  # a file does not excuse a bad handle
        parse_command("/train @lena-bakes", has_upload=True)
    with pytest.raises(CommandError, match="Which model?"):  # other commands ignore the file
        parse_command("/use", has_upload=True)


def test_train_max_handles_is_configurable() -> None:
    assert parse_command("/train @a @b @c @d @e", max_handles=5).handles == ("a", "b", "c", "d", "e")
    with pytest.raises(CommandError, match="at most 1 account;"):
        parse_command("/train @a @b", max_handles=1)
    # duplicates do not count against the limit
    assert parse_command("/train @a @A @b", max_handles=2).handles == ("a", "b")


@pytest.mark.parametrize(
    ("text", "model", "prompt"),
    [
        ("/say lena_bakes My dream is", "lena_bakes", "My dream is"),
        ("/say @lena_bakes My dream is", "lena_bakes", "My dream is"),
        ("/say LENA_BAKES My dream is", "lena_bakes", "My dream is"),
        ("/say lena_bakes-astro_ivo hi", "astro_ivo-lena_bakes", "hi"),  # any order of a blend
        ("/say astro_ivo-lena_bakes hi", "astro_ivo-lena_bakes", "hi"),
        ("/say My dream is", None, "My dream is"),
        ("/say @someone_else hello", None, "@someone_else hello"),  # not a known model: all prompt
        ("/say   lena_bakes    spaced     out  ", "lena_bakes", "spaced out"),
        ("/say lena_bakes", "lena_bakes", ""),  # model only: an empty prompt
        ("/say", None, ""),  # empty prompt allowed: a fresh tweet from the chat's model
        ("/say   ", None, ""),
        ("say hi", None, "hi"),
        ("/Say@MimicBot hi there", None, "hi there"),
        ("/say@MimicBot lena_bakes hi", "lena_bakes", "hi"),
        ("/say hi\nthere", None, "hi there"),
        ("/say lena_bakes lena_bakes", "lena_bakes", "lena_bakes"),
        ("/say 🥐 croissant", None, "🥐 croissant"),
    ],
)
def test_say(text: str, model: str | None, prompt: str) -> None:
    assert parse_command(text, known_models=KNOWN) == Say(model, prompt)


def test_say_known_models_are_case_insensitive() -> None:
    assert parse_command("/say lena hi", known_models=["Lena"]).model == "lena"
    assert parse_command("/say lena hi").model is None  # nothing known: all prompt


@pytest.mark.parametrize(
    ("text", "kind", "model"),
    [
        ("/use lena_bakes", Use, "lena_bakes"),
        ("/use @Lena_Bakes", Use, "lena_bakes"),
        ("/use lena_bakes-astro_ivo", Use, "astro_ivo-lena_bakes"),
        ("/forget LENA_BAKES", Forget, "lena_bakes"),
        ("/forget @lena_bakes extra words", Forget, "lena_bakes"),
        ("/push Lena_Bakes", Push, "lena_bakes"),
        ("/use unknown_model", Use, "unknown_model"),  # existence is the core's business
    ],
)
def test_use_and_forget(text: str, kind: type, model: str) -> None:
    assert parse_command(text) == kind(model)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("/use", "Which model?"),
        ("/forget", "Which model?"),
        ("/use lena--bakes", "is not a model name"),
        ("/use -lena", "is not a model name"),
        ("/forget ../etc", "is not a model name"),
        ("/push", "Which model?"),
        ("/push ../etc", "is not a model name"),
        ("/use a_name_that_is_too_long", "is not a model name"),
    ],
)
def test_model_errors(text: str, fragment: str) -> None:
    with pytest.raises(CommandError, match=fragment):
        parse_command(text)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("/status", Status()),
        ("/status 12", Status(12)),
        ("/status #12", Status(12)),
        ("/cancel", Cancel()),
        ("/cancel #7", Cancel(7)),
        ("/CANCEL@bot 7", Cancel(7)),
        ("/unschedule 3", Unschedule(3)),
        ("/unschedule #3", Unschedule(3)),
        ("/models", ListModels()),
        ("/models please", ListModels()),
        ("/queue", ListQueue()),
        ("/schedules", ListSchedules()),
        ("/help", Help()),
        ("/help /say", Help("say")),
        ("/help TRAIN", Help("train")),
        ("/start", Help()),
        ("/start@MimicBot", Help()),
        ("models", ListModels()),
    ],
)
def test_simple_commands(text: str, command: object) -> None:
    assert parse_command(text) == command


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("/status twelve", "is not a job id"),
        ("/cancel #", "is not a job id"),
        ("/cancel -1", "is not a job id"),
        ("/unschedule", "Which schedule?"),
        ("/unschedule x", "is not a schedule id"),
    ],
)
def test_id_errors(text: str, fragment: str) -> None:
    with pytest.raises(CommandError, match=fragment):
        parse_command(text)


@pytest.mark.parametrize(
    ("text", "model", "when", "prompt"),
    [
        ("/schedule lena_bakes every 2h", "lena_bakes", "every 2h", ""),
        ("/schedule @Lena_Bakes every 30m Good morning", "lena_bakes", "every 30m", "Good morning"),
        ("/schedule lena_bakes every 2 hours My dream is", "lena_bakes", "every 2h", "My dream is"),
        ("/schedule lena_bakes every day", "lena_bakes", "every 1d", ""),
        ("/schedule lena_bakes EVERY 1D", "lena_bakes", "every 1d", ""),
        ("/schedule lena_bakes every 90 minutes hi", "lena_bakes", "every 90m", "hi"),
        ("/schedule lena_bakes 0 9 * * *", "lena_bakes", "0 9 * * *", ""),
        ("/schedule lena_bakes 0 9 * * * Good morning", "lena_bakes", "0 9 * * *", "Good morning"),
        ("/schedule lena_bakes */15 8-18 * * mon-fri hi", "lena_bakes", "*/15 8-18 * * mon-fri", "hi"),
        ("/schedule lena_bakes '0 9 * * *' hi", "lena_bakes", "0 9 * * *", "hi"),
        ('/schedule lena_bakes "every 2h" hi', "lena_bakes", "every 2h", "hi"),
        ("/schedule   lena_bakes   0  9  *  *  *   hi   there", "lena_bakes", "0 9 * * *", "hi there"),
    ],
)
def test_schedule(text: str, model: str, when: str, prompt: str) -> None:
    command = parse_command(text)
    assert isinstance(command, SchedulePost)
    assert (command.model, command.when.text, command.prompt) == (model, when, prompt)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("/schedule", "Which model and when?"),
        ("/schedule lena_bakes", "Which model and when?"),
        ("/schedule lena_bakes tomorrow", "can't read the schedule"),
        ("/schedule lena_bakes every", "Every how often?"),
        ("/schedule lena_bakes every 2 weeks", "can't read 'every 2 weeks'"),
        ("/schedule lena_bakes every 0m", "at least one minute"),
        ("/schedule lena_bakes 0 25 * * *", "not a valid cron expression"),
        ("/schedule lena_bakes 0 9 * * 8", "not a valid cron expression"),
        ("/schedule lena_bakes 0 9 * * 5-1", "not a valid cron expression"),
        ("/schedule lena_bakes 0 9 * * sunshine-x", "not a valid cron expression"),
        ("/schedule lena_bakes 0 9 * *", "can't read the schedule"),
        ("/schedule lena_bakes '0 9 * *' hi", "5 fields"),
        ("/schedule lena_bakes '0 9 * * *", "quote is not closed"),
        ("/schedule lena--x every 2h", "is not a model name"),
    ],
)
def test_schedule_errors(text: str, fragment: str) -> None:
    with pytest.raises(CommandError, match=fragment):
        parse_command(text)


@pytest.mark.parametrize(
    "text",
    ["/foo", "/trian @a", "hello there", "/", "@lena", "/sayhi", "/ say hi"],
)
def test_unknown_commands_point_to_help(text: str) -> None:
    with pytest.raises(CommandError, match="/help"):
        parse_command(text)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_input(text: str) -> None:
    with pytest.raises(CommandError, match="Type a command"):
        parse_command(text)


def test_errors_are_one_polite_line() -> None:
    for text in ["/foo", "/train", "/train @a-b", "/use", "/cancel x", "/schedule a b", "/train " + " ".join(f"@x{i}" for i in range(9))]:
        with pytest.raises(CommandError) as info:
            parse_command(text)
        message = str(info.value)
        assert "\n" not in message and (message[0].isupper() or message[0] == "'") and len(message) < 200
        assert "Traceback" not in message and "TrainerError" not in message


def test_unknown_command_shows_a_short_excerpt() -> None:
    with pytest.raises(CommandError) as info:
        parse_command("/" + "x" * 500)
    assert len(str(info.value)) < 120


@pytest.mark.parametrize(
    ("raw", "name"),
    [("@Lena", "lena"), ("b-A", "a-b"), ("a-b-a", "a-b"), ("", None), ("a-", None), ("@", None), ("a b", None)],
)
def test_canonical_model_name(raw: str, name: str | None) -> None:
    assert canonical_model_name(raw) == name


def test_help_and_descriptions() -> None:
    assert set(COMMANDS) == set(USAGE) == {
        "train", "say", "use", "models", "status", "queue", "cancel", "forget", "push", "help",
        "schedule", "schedules", "unschedule", "talk",
    }
    for name, description in COMMANDS.items():
        # Discord: 1-100 characters; Telegram: 1-256 characters, command names a-z0-9_ up to 32
        assert 3 <= len(description) <= 100
        assert name.isascii() and name.islower() and len(name) <= 32
        assert f"/{name}" in HELP_TEXT
    assert help_text("say").startswith("/say [model] [prompt]")
    assert help_text("/TRAIN").startswith("/train @handle")
    assert help_text("start") == help_text("help")
    assert help_text("nonsense") == HELP_TEXT == help_text()


def test_schedule_options_and_the_factory_discord_uses() -> None:
    command = parse_command("/schedule lena 0 9 * * 1-5 tz=Europe/Berlin to=X Guten Morgen")
    assert command == SchedulePost("lena", Cron("0 9 * * 1-5"), "Guten Morgen", timezone="Europe/Berlin",
                                   destination="x")
    assert parse_command("/schedule lena every 2h to=here hi") == SchedulePost("lena", Interval(2, "h"), "hi")
    # Discord's options arrive separately: the same command, no quoting needed for cron
    assert schedule_command("@Lena", "0 9 * * 1-5", "tz=Europe/Berlin to=x Guten Morgen") == command
    with pytest.raises(CommandError, match="put only the time in it"):
        schedule_command("lena", "every 2h hi", "")
    with pytest.raises(CommandError, match="is not a model name"):
        schedule_command("lena--x", "every 2h", "")


def test_train_factory_checks_what_the_parser_checks() -> None:
    assert train_command(["@B", "a", "b"], source="sample", force=True) == Train(("B", "a"), "sample", True)
    assert train_command([], source="upload", has_upload=True) == Train(source="upload")
    assert train_command(["a"], source="auto") == Train(("a",))
    for handles, fragment in ((["lena-bakes"], "Not a valid X handle"), ([], "Whose tweets?"),
                              (["a", "b", "c", "d"], "at most 3 accounts")):
        with pytest.raises(CommandError, match=fragment):
            train_command(handles)
    with pytest.raises(CommandError, match="Unknown source"):
        train_command(["a"], source="facebook")


def test_command_words_and_arguments_read_separately() -> None:
    assert command_word("/Say@MimicBot") == ("say", "MimicBot")
    assert command_word("/start") == ("help", None) and command_word("models") == ("models", None)
    assert parse_arguments("say", "lena hi", known_models=["lena"]) == Say("lena", "hi")
    assert parse_arguments("start", "") == Help()  # an alias, as Telegram's CommandHandler names it
    with pytest.raises(CommandError, match="I don't know the command '/frobnicate'"):
        parse_arguments("frobnicate", "now")


# -- Bluesky and Mastodon handles, model names of every platform ----------------------------------------------
DID = "did:plc:" + "abcdefghijklmnopqrstuvwx"


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("/train @alice.bsky.social", ("alice.bsky.social",)),
        ("/train Alice.BSKY.social", ("alice.bsky.social",)),  # Bluesky handles are lower-case
        ("/train @alice.example.com", ("alice.example.com",)),  # any domain handle
        ("/train @my-name.bsky.social", ("my-name.bsky.social",)),
        ("/train @Bob@Mastodon.Social", ("Bob@mastodon.social",)),  # the user keeps its case, the instance not
        ("/train bob@mastodon.social", ("bob@mastodon.social",)),
        (f"/train {DID}", (DID,)),
        (f"/train {DID.upper()}", (DID,)),
        ("/train @a @b.bsky.social @c@mastodon.social", ("a", "b.bsky.social", "c@mastodon.social")),
        ("/train @a,@b.bsky.social,@c@mastodon.social", ("a", "b.bsky.social", "c@mastodon.social")),
        ("/train @bob@mastodon.social @BOB@Mastodon.social", ("bob@mastodon.social",)),  # one account
        ("/train my-name.bsky.social @MY-NAME.bsky.social", ("my-name.bsky.social",)),  # the same account
        ("/train @bob @bob@mastodon.social @bob.bsky.social", ("bob", "bob@mastodon.social", "bob.bsky.social")),
    ],
)
def test_train_handles_of_every_platform(text: str, handles: tuple[str, ...]) -> None:
    assert parse_command(text) == Train(handles=handles)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("/train @alice.bsky.social source=bluesky", "bluesky"),
        ("/train @bob@mastodon.social --source mastodon", "mastodon"),
        (f"/train {DID} source=bluesky", "bluesky"),
        ("/train @a @alice.bsky.social source=auto", None),
    ],
)
def test_train_platform_sources(text: str, source: str | None) -> None:
    assert parse_command(text).source == source


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("/train @alice.bsky.social source=x", "@alice.bsky.social is a Bluesky handle, not an X one"),
        ("/train @bob@mastodon.social source=bluesky", "is a Mastodon handle, not a Bluesky one"),
        ("/train @lena source=mastodon", "@lena is an X handle, not a Mastodon one"),
        ("/train @alice.bsky.social source=sample", "is a Bluesky handle, not an X one"),
        ("/train @x.local", r"Not a valid Bluesky handle: '@x.local' \(.local is not a public domain\)"),
        ("/train @bob@localhost", "Not a valid Mastodon handle"),
        ("/train @bob@@mastodon.social", "exactly one @"),
        ("/train @bob-x@mastodon.social", "the user is 1-30 letters"),
        ("/train did:plc:short", "did:plc: is followed by 24 characters"),
        ("/train did:key:abc", "a DID is did:plc:... or did:web:..."),
        ("/train @аlice.bsky.social", "only ASCII"),  # a Cyrillic а
        ("/train ＠alice", "only ASCII"),  # a full-width @
        ("/train @alice\x00.bsky.social", "only ASCII"),
        ("/train @" + "a" * 400, "longer than 300 characters"),
        ("/train " + " ".join(f"@{c * 63}.{c * 63}.{c * 63}.social" for c in "abc"), "longer than 200 characters"),
        ("/train @a.bsky.social @b.bsky.social @c@m.social @d", "at most 3 accounts; you named 4"),
    ],
)
def test_hostile_and_mismatched_handles_get_one_line(text: str, fragment: str) -> None:
    with pytest.raises(CommandError, match=fragment) as info:
        parse_command(text)
    message = str(info.value)
    assert "\n" not in message and len(message) < 320 and "\x00" not in message
    if "handle" in fragment or "Not a valid" in fragment or "ASCII" in fragment or "DID" in fragment:
        assert "Handles look like X @name, Bluesky @name.bsky.social" in message


def test_a_huge_command_line_is_refused_in_bounded_time_and_text() -> None:
    with pytest.raises(CommandError) as info:
        parse_command("/train " + "@" + "a." * 500_000 + "social")
    assert len(str(info.value)) < 320


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("alice.bsky.social", "alice.bsky.social"),
        ("@Alice.BSKY.social", "alice.bsky.social"),
        ("my_name.bsky.social", "my_name.bsky.social"),
        ("Bob@Mastodon.social", "bob@mastodon.social"),
        ("@bob@my_server.social", "bob@my_server.social"),
        ("lena-ivo.bsky.social", "ivo.bsky.social-lena"),
        ("bob@mastodon.social-ivo.bsky.social-lena", "bob@mastodon.social-ivo.bsky.social-lena"),
        ("lena-bob@mastodon.social-ivo.bsky.social", "bob@mastodon.social-ivo.bsky.social-lena"),
        ("my-name.bsky.social", "my-name.bsky.social"),  # read as the blend of @my and @name.bsky.social
        ("bob@localhost", None),
        ("../etc", None),
        (DID, None),  # a DID names no model: the handle it resolves to does
        ("a" * 300, None),
    ],
)
def test_model_names_of_every_platform(raw: str, name: str | None) -> None:
    assert canonical_model_name(raw) == name


def test_say_use_forget_and_schedule_take_the_new_model_names() -> None:
    known = ("bob@mastodon.social-ivo.bsky.social-lena", "alice.bsky.social")
    assert parse_command("/say lena-Bob@Mastodon.social-ivo.bsky.social hi", known_models=known) == Say(known[0], "hi")
    assert parse_command("/say @Alice.bsky.social hi", known_models=known) == Say("alice.bsky.social", "hi")
    assert parse_command("/use @bob@mastodon.social") == Use("bob@mastodon.social")
    assert parse_command("/forget Alice.bsky.social") == Forget("alice.bsky.social")
    command = parse_command("/schedule alice.bsky.social every 2h to=bluesky hi")
    assert (command.model, command.destination, command.prompt) == ("alice.bsky.social", "bluesky", "hi")
    assert schedule_command("@Bob@Mastodon.social", "every 2h", "to=mastodon").model == "bob@mastodon.social"
    with pytest.raises(CommandError, match="is not a model name"):
        parse_command("/use bob@localhost")


def test_help_says_which_handles_and_how_models_are_named() -> None:
    for text in (HELP_TEXT, help_text("train")):
        assert "Bluesky @name.bsky.social" in text and "Mastodon @user@instance.social" in text
        assert "joined by '-'" in text and "my_name.bsky.social" in text
    assert "source=sample|x|bluesky|mastodon|upload" in help_text("train")
    assert "to=here|x|bluesky|mastodon" in help_text("schedule")
    for topic in ("say", "use", "forget", "schedule"):
        assert "Model names:" in help_text(topic)


@pytest.mark.parametrize(("text", "command"), [
    ("/talk lena_bakes", Talk("lena_bakes")), ("/talk @Lena_Bakes extra words", Talk("lena_bakes")),
    ("/talk b-A", Talk("a-b")), ("/talk off", Talk(off=True)), ("/talk OFF", Talk(off=True)),
    ("/talk @off", Talk("off")), ("/talk", Talk()), ("talk   ", Talk()),
])
def test_talk(text: str, command: Talk) -> None:
    assert parse_command(text) == command


def test_talk_errors_and_the_factory_discord_uses() -> None:
    with pytest.raises(CommandError, match="not a model name"):
        parse_command("/talk lena!")
    assert talk_command(" off ") == Talk(off=True) and talk_command("") == Talk() and talk_command("x") == Talk("x")
