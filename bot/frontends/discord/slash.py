"""The slash commands: their options, descriptions and autocomplete, each handing its command to the core."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.core.commands import (
    COMMANDS,
    Cancel,
    Forget,
    Help,
    ListModels,
    ListQueue,
    ListSchedules,
    Push,
    Say,
    Status,
    Unschedule,
    Use,
    model_argument,
    schedule_command,
    talk_command,
    train_command,
)
from bot.frontends.discord.render import clip
from trainer.handles import MAX_INPUT_LENGTH

if TYPE_CHECKING:
    from bot.frontends.discord.frontend import DiscordFrontend

MAX_CHOICES = 25
# a handle option holds what trainer.handles.parse_account takes (a Mastodon user@instance, a domain, a DID)
Handle = app_commands.Range[str, 1, MAX_INPUT_LENGTH]


def register_commands(frontend: DiscordFrontend) -> None:
    """Each command builds its typed ``Command`` from its options and hands it to ``frontend.run``."""
    tree = frontend.tree
    settings = frontend.settings

    def describe(name: str) -> str:
        return clip(COMMANDS.get(name, name), 100)

    @tree.command(name="train", description=describe("train"))
    @app_commands.describe(
        handle="X @name, Bluesky @name.bsky.social or Mastodon @user@instance (optional with an archive)",
        handle2="a second account, for a blend (any platform)",
        handle3="a third account, for a blend (any platform)",
        source="where the posts come from (default: automatic, by the handle's shape)",
        file="a Twitter archive .zip, tweets.js, or a .jsonl/.csv file of tweets",
        force="train again even if a recent model exists",
    )
    @app_commands.choices(source=[
        app_commands.Choice(name="automatic", value="auto"),
        app_commands.Choice(name="bundled sample account", value="sample"),
        app_commands.Choice(name="X API", value="x"),
        app_commands.Choice(name="Bluesky", value="bluesky"),
        app_commands.Choice(name="Mastodon", value="mastodon"),
    ])
    async def train(interaction: discord.Interaction, handle: Handle | None = None, handle2: Handle | None = None,
                    handle3: Handle | None = None,
                    source: app_commands.Choice[str] | None = None,
                    file: discord.Attachment | None = None, force: bool = False) -> None:
        chosen = source.value if source is not None else "auto"
        if file is not None and chosen not in ("auto", "upload"):
            await frontend.refuse(interaction, "Attach a file or choose a source, not both.")
            return
        handles = [h for h in (handle, handle2, handle3) if h and h.strip()]
        await frontend.run(
            interaction,
            lambda: train_command(handles, source="upload" if file is not None else chosen, force=force,
                                  max_handles=settings.max_handles, has_upload=file is not None),
            defer=True, upload=frontend.uploads(file, interaction) if file is not None else None,
        )

    @tree.command(name="say", description=describe("say"))
    @app_commands.describe(model="the model to speak (default: this chat's model, see /use)",
                           prompt="how the tweet starts (optional)")
    async def say(interaction: discord.Interaction, model: str | None = None,
                  prompt: str | None = None) -> None:
        known = None
        if model and model.strip():
            known = frontend.known_model(model)
            if known is None:
                await frontend.refuse(
                    interaction, f"I don't know a model called {model.strip()[:40]!r}; /models lists them.")
                return
        await frontend.run(interaction, lambda: Say(known, " ".join((prompt or "").split())), defer=True,
                           persona=True)

    @tree.command(name="use", description=describe("use"))
    @app_commands.describe(model="the model /say uses in this chat")
    async def use(interaction: discord.Interaction, model: str) -> None:
        await frontend.run(interaction, lambda: Use(model_argument(_word(model))), defer=False)

    @tree.command(name="models", description=describe("models"))
    async def models(interaction: discord.Interaction) -> None:
        await frontend.run(interaction, ListModels, defer=False)

    @tree.command(name="status", description=describe("status"))
    @app_commands.describe(job="job id (default: the latest job)")
    async def status(interaction: discord.Interaction, job: app_commands.Range[int, 1] | None = None) -> None:
        await frontend.run(interaction, lambda: Status(job), defer=False)

    @tree.command(name="queue", description=describe("queue"))
    async def queue(interaction: discord.Interaction) -> None:
        await frontend.run(interaction, ListQueue, defer=False)

    @tree.command(name="cancel", description=describe("cancel"))
    @app_commands.describe(job="job id (default: the running job)")
    @app_commands.default_permissions(manage_guild=True)
    async def cancel(interaction: discord.Interaction, job: app_commands.Range[int, 1] | None = None) -> None:
        await frontend.run(interaction, lambda: Cancel(job), defer=False)

    @tree.command(name="forget", description=describe("forget"))
    @app_commands.describe(model="the model to delete, with its data")
    @app_commands.default_permissions(manage_guild=True)
    async def forget(interaction: discord.Interaction, model: str) -> None:
        await frontend.run(interaction, lambda: Forget(model_argument(_word(model))), defer=False)

    @tree.command(name="push", description=describe("push"))
    @app_commands.describe(model="the model to push to the Hugging Face Hub")
    @app_commands.default_permissions(manage_guild=True)
    async def push(interaction: discord.Interaction, model: str) -> None:
        await frontend.run(interaction, lambda: Push(model_argument(_word(model))), defer=True)
    @tree.command(name="talk", description=describe("talk"))
    @app_commands.describe(
        model="the model that answers mentions and replies here; 'off' ends it, empty: who has it")
    @app_commands.default_permissions(manage_guild=True)
    async def talk(interaction: discord.Interaction, model: str | None = None) -> None:
        await frontend.run(interaction, lambda: talk_command(_word(model or "")), defer=False)

    @tree.command(name="help", description=describe("help"))
    @app_commands.describe(command="a command to explain")
    @app_commands.choices(command=[app_commands.Choice(name=name, value=name) for name in
                                   list(COMMANDS)[:MAX_CHOICES]])
    async def help_(interaction: discord.Interaction, command: app_commands.Choice[str] | None = None) -> None:
        await frontend.run(interaction, lambda: Help(command.value if command is not None else ""), defer=False)

    async def complete_model(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return frontend.model_choices(current)

    say.autocomplete("model")(complete_model)
    use.autocomplete("model")(complete_model)
    forget.autocomplete("model")(complete_model)
    push.autocomplete("model")(complete_model)
    talk.autocomplete("model")(complete_model)

    if not settings.scheduling:
        return

    @tree.command(name="schedule", description=describe("schedule"))
    @app_commands.describe(model="the model that posts", when="'every 2h', 'every 30m' or cron '0 9 * * *'",
                           prompt="how each post starts (optional)")
    async def schedule(interaction: discord.Interaction, model: str, when: str, prompt: str | None = None) -> None:
        await frontend.run(interaction, lambda: schedule_command(_word(model), when, prompt or ""), defer=False)

    schedule.autocomplete("model")(complete_model)

    @tree.command(name="schedules", description=describe("schedules"))
    async def schedules(interaction: discord.Interaction) -> None:
        await frontend.run(interaction, ListSchedules, defer=False)

    @tree.command(name="unschedule", description=describe("unschedule"))
    @app_commands.describe(schedule="schedule id (see /schedules)")
    async def unschedule(interaction: discord.Interaction, schedule: app_commands.Range[int, 1]) -> None:
        await frontend.run(interaction, lambda: Unschedule(schedule), defer=False)


def _word(value: str) -> str:
    """An option that must be one word (a model name): inner whitespace removed."""
    return "".join(value.split())


__all__ = ["MAX_CHOICES", "register_commands"]
