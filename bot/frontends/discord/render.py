"""How a ``Response`` looks on Discord: model results and samples as embeds styled like huggingtweets cards,
tables in code blocks, progress as a bar under the text. No message can ping anybody (``NO_PINGS``)."""

from __future__ import annotations

from typing import Any

import discord

from bot.core.presenters import data_table
from bot.core.responses import ModelSummary, Response
from trainer.stats import format_table

NO_PINGS = discord.AllowedMentions.none()
CARD_COLOUR = discord.Colour(0x1DA1F2)
MAX_CONTENT = 2000
MAX_DESCRIPTION = 4096
MAX_FIELD = 1024
MAX_TITLE = 256


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_fence(text: str) -> str:
    """Text that cannot close a code block it is shown in."""
    return text.replace("`", "ˋ")


def _card(model: ModelSummary) -> discord.Embed:
    """An embed laid out like a huggingtweets model card header: label, display names, handles."""
    embed = discord.Embed(
        title=clip(discord.utils.escape_markdown(model.title or model.name), MAX_TITLE),
        description=" · ".join(f"@{handle}" for handle in model.handles),
        colour=CARD_COLOUR,
    )
    embed.set_author(name=f"🤖 {model.label} 🤖")
    return embed


def render(response: Response) -> dict[str, Any]:
    """``content`` and ``embeds`` for a message showing ``response`` (both always set, so edits replace)."""
    if response.kind == "model" and response.model is not None:
        model = response.model
        embed = _card(model)
        embed.add_field(name="Model", value=f"`{model.name}`", inline=False)
        rows = response.table or data_table(model)
        table = _no_fence(format_table(rows))
        if len(table) + 8 <= MAX_FIELD:
            embed.add_field(name="Data", value=f"```\n{table}\n```", inline=False)
        else:  # too wide for one field: one field per account
            for column in range(1, len(rows[0])):
                lines = "\n".join(f"{row[0]}: {row[column]}" for row in rows[1:])
                embed.add_field(name=clip(str(rows[0][column]), MAX_TITLE), value=clip(lines, MAX_FIELD))
        footer = [f"base model {model.base_model}" if model.base_model else "", model.created_at[:10]]
        if any(footer):
            embed.set_footer(text=" · ".join(part for part in footer if part))
        return {"content": None, "embeds": [embed]}
    if response.kind == "samples" and response.samples:
        samples = "\n\n".join(discord.utils.escape_markdown(sample) for sample in response.samples)
        if response.model is not None:
            embed = _card(response.model)
            embed.description = clip(samples, MAX_DESCRIPTION)
            embed.set_footer(text=f"model {response.model.name}")
        else:
            embed = discord.Embed(title=clip(response.title or "Samples", MAX_TITLE),
                                  description=clip(samples, MAX_DESCRIPTION), colour=CARD_COLOUR)
        return {"content": None, "embeds": [embed]}
    if response.table:  # the whole answer monospace, so the table lines up
        embed = discord.Embed(title=clip(response.title or "", MAX_TITLE) or None, colour=CARD_COLOUR,
                              description="```\n" + clip(_no_fence(response.text), MAX_DESCRIPTION - 8) + "\n```")
        return {"content": None, "embeds": [embed]}
    text = response.text or "…"
    if response.kind == "progress" and response.progress is not None and response.progress.percent is not None:
        text = f"{text}\n{progress_bar(response.progress.percent)}"
    return {"content": clip(text, MAX_CONTENT), "embeds": []}


def progress_bar(percent: float, width: int = 20) -> str:
    """``▰▰▰▰▱▱▱▱ 50%`` in monospace."""
    filled = round(max(0.0, min(100.0, percent)) / 100 * width)
    return f"`{'▰' * filled}{'▱' * (width - filled)}` {percent:.0f}%"


__all__ = ["NO_PINGS", "clip", "progress_bar", "render"]
