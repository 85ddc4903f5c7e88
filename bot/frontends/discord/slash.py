"""The slash commands: their options, descriptions and autocomplete, each handing its command to the core."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.core.commands import COMMANDS
from bot.core.responses import Response, Upload
from bot.frontends.discord.interaction import InteractionConversation
from bot.frontends.discord.render import clip

if TYPE_CHECKING:
    from bot.frontends.discord.frontend import DiscordFrontend

MAX_CHOICES = 25


def register_commands(frontend: DiscordFrontend) -> None:
    tree = frontend.tree

    def describe(name: str) -> str:
        return clip(COMMANDS.get(name, name), 100)

    @tree.command(name="train", description=describe("train"))
    @app_commands.describe(
        handle="X handle to learn from, like @lena_bakes (optional with an archive file)",
        handle2="a second account, for a blend",
        handle3="a third account, for a blend",
        source="where the tweets come from (default: automatic)",
        file="a Twitter archive .zip, tweets.js, or a .jsonl/.csv file of tweets",
        force="train again even if a recent model exists",
    )
    @app_commands.choices(source=[
        app_commands.Choice(name="automatic", value="auto"),
        app_commands.Choice(name="bundled sample account", value="sample"),
        app_commands.Choice(name="X API", value="x"),
    ])
    async def train(interaction: discord.Interaction, handle: app_commands.Range[str, 1, 16] | None = None,
                    handle2: app_commands.Range[str, 1, 16] | None = None,
                    handle3: app_commands.Range[str, 1, 16] | None = None,
                    source: app_commands.Choice[str] | None = None,
                    file: discord.Attachment | None = None, force: bool = False) -> None:
        handles = [h.strip() for h in (handle, handle2, handle3) if h and h.strip()]
        words = ["train", *(h if h.startswith("@") else f"@{h}" for h in handles)]
        chosen = source.value if source is not None else "auto"
        if file is not None and chosen not in ("auto", "upload"):
            await frontend.run(interaction, "", defer=False, prepare=_refuse(
                "Attach a file or choose a source, not both."))
            return
        if file is not None:
            words.append("source=upload")
        elif chosen != "auto":
            words.append(f"source={chosen}")
        if force:
            words.append("--force")
        prepare = frontend.upload_preparer(file, interaction) if file is not None else None
        await frontend.run(interaction, " ".join(words), defer=True, prepare=prepare)

    @tree.command(name="say", description=describe("say"))
    @app_commands.describe(model="the model to speak (default: this chat's model, see /use)",
                           prompt="how the tweet starts (optional)")
    async def say(interaction: discord.Interaction, model: str | None = None,
                  prompt: str | None = None) -> None:
        words = ["say"]
        if model and model.strip():
            known = await frontend.known_model(model)
            if known is None:
                await frontend.run(interaction, "", defer=False, prepare=_refuse(
                    f"I don't know a model called {model.strip()[:40]!r}; /models lists them."))
                return
            words.append(known)
        if prompt and prompt.strip():
            words.append(" ".join(prompt.split()))
        await frontend.run(interaction, " ".join(words), defer=True)

    @tree.command(name="use", description=describe("use"))
    @app_commands.describe(model="the model /say uses in this chat")
    async def use(interaction: discord.Interaction, model: str) -> None:
        await frontend.run(interaction, f"use {_word(model)}", defer=False)

    @tree.command(name="models", description=describe("models"))
    async def models(interaction: discord.Interaction) -> None:
        await frontend.run(interaction, "models", defer=False)

    @tree.command(name="status", description=describe("status"))
    @app_commands.describe(job="job id (default: the latest job)")
    async def status(interaction: discord.Interaction, job: app_commands.Range[int, 1] | None = None) -> None:
        await frontend.run(interaction, "status" if job is None else f"status {job}", defer=False)

    @tree.command(name="queue", description=describe("queue"))
    async def queue(interaction: discord.Interaction) -> None:
        await frontend.run(interaction, "queue", defer=False)

    @tree.command(name="cancel", description=describe("cancel"))
    @app_commands.describe(job="job id (default: the running job)")
    @app_commands.default_permissions(manage_guild=True)
    async def cancel(interaction: discord.Interaction, job: app_commands.Range[int, 1] | None = None) -> None:
        await frontend.run(interaction, "cancel" if job is None else f"cancel {job}", defer=False)

    @tree.command(name="forget", description=describe("forget"))
    @app_commands.describe(model="the model to delete, with its data")
    @app_commands.default_permissions(manage_guild=True)
    async def forget(interaction: discord.Interaction, model: str) -> None:
        await frontend.run(interaction, f"forget {_word(model)}", defer=False)

    @tree.command(name="help", description=describe("help"))
    @app_commands.describe(command="a command to explain")
    @app_commands.choices(command=[app_commands.Choice(name=name, value=name) for name in
                                   list(COMMANDS)[:MAX_CHOICES]])
    async def help_(interaction: discord.Interaction, command: app_commands.Choice[str] | None = None) -> None:
        await frontend.run(interaction, "help" if command is None else f"help {command.value}", defer=False)

    async def complete_model(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await frontend.model_choices(current)

    say.autocomplete("model")(complete_model)
    use.autocomplete("model")(complete_model)
    forget.autocomplete("model")(complete_model)

    if frontend.settings.scheduling:
        @tree.command(name="schedule", description=describe("schedule"))
        @app_commands.describe(model="the model that posts", when="'every 2h', 'every 30m' or cron '0 9 * * *'",
                               prompt="how each post starts (optional)")
        async def schedule(interaction: discord.Interaction, model: str, when: str,
                           prompt: str | None = None) -> None:
            text = f"schedule {_word(model)} " + (f"'{when.strip()}'" if not when.strip().lower().startswith(
                "every") else when.strip())
            if prompt and prompt.strip():
                text += " " + " ".join(prompt.split())
            await frontend.run(interaction, text, defer=False)

        schedule.autocomplete("model")(complete_model)

        @tree.command(name="schedules", description=describe("schedules"))
        async def schedules(interaction: discord.Interaction) -> None:
            await frontend.run(interaction, "schedules", defer=False)

        @tree.command(name="unschedule", description=describe("unschedule"))
        @app_commands.describe(schedule="schedule id (see /schedules)")
        async def unschedule(interaction: discord.Interaction, schedule: app_commands.Range[int, 1]) -> None:
            await frontend.run(interaction, f"unschedule {schedule}", defer=False)


def _word(value: str) -> str:
    """An option that must be one word (a model name): inner whitespace removed."""
    return "".join(value.split())


def _refuse(message: str) -> Callable[[InteractionConversation], Awaitable[Upload | None]]:
    """A ``prepare`` step that answers ``message`` privately and stops the command."""
    async def prepare(conversation: InteractionConversation) -> Upload | None:
        await conversation.send(Response(message, kind="error", private=True))
        return None
    return prepare


__all__ = ["MAX_CHOICES", "register_commands"]
