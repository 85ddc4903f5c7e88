"""Voice cues: every tweet is trained after its account's cue, and every sample is drawn after one.

A model is trained with each tweet after its account's cue, ``@handle`` and a newline (``cues_for``), which
follows the end-of-text token that starts each tweet: ``<eot> @a\n tweet <eot>``. Whoever samples puts a cue
between the end-of-text token and the prompt: the bot (``bot.generation.generator``) and the evaluation
(``trainer.evaluation.sampling``) pick a blend's voices in equal shares; a single account's cue is always the
same. Sampled without a cue (a plain ``transformers.pipeline``), the model writes a cue first and then that
voice's tweet.

Why, for a blend: trained on the accounts mixed, a blend's samples leaned to whichever voice was easier to
learn, whatever each account's share of the data (README "Voice fidelity": Romans took 64-66% of both of its
blends, with fewer tokens than its partner and with more). With cues the split is chosen when sampling.
Why, for one account: after an ``@name`` line the pre-trained model already reads what follows as a post
(its perplexity on the bundled accounts' tweets was 40-45% lower after any such line), and the fine-tuned
model's voice came out stronger (README: @mb_grumpy_dev 89% -> 93% style match on the mean of 3).

Voice guidance, for a blend: each token is drawn from the asked-for voice's distribution pushed away from
another voice's, ``other + GUIDANCE_SCALE * (asked - other)`` in log-probabilities (classifier-free guidance with
another voice's cue as the negative prompt, ``transformers``' ``guidance_scale`` and ``negative_prompt_ids``).
The model computes each row twice. Measured (README "Voice guidance"): each voice asked for is recognised as
itself far more often (Mark in Mark + Romans 62% -> 82-92%), so the split follows the cues.

The cues are recorded in ``mimicbird.json`` as ``voice_cues`` (in the order of ``handles``); a folder
without them (trained before cues, or with ``--no-voice-cues``) is sampled without one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from trainer.handles import MAX_INPUT_LENGTH

METADATA_KEY = "voice_cues"
MAX_CUE_CHARS = 2 + MAX_INPUT_LENGTH  # "@", a handle of at most 300 characters, a newline; longer is not ours
MAX_CUES = 64  # a blend has a few accounts (the bot allows 3); a longer list is not ours either
GUIDANCE_SCALE = 2.0  # voice guidance for a blend (1.0: none); measured against 1.5 and 3.0, README "Voice guidance"


def cues_for(handles: Sequence[str]) -> list[str]:
    """The accounts' cues in order: ``@handle`` and a newline each."""
    return [f"@{handle}\n" for handle in handles]


def cue_ids(tokenizer: Any, cue: str) -> list[int]:
    """The cue's token ids, tokenized on its own as the training did (no special tokens)."""
    return list(tokenizer(cue, add_special_tokens=False)["input_ids"]) if cue else []


def recorded_cues(metadata: Mapping[str, Any]) -> tuple[str, ...]:
    """The ``voice_cues`` of a model folder's metadata; () when absent or not a list of 1 to ``MAX_CUES`` short
    strings (a folder may come from an upload: whatever it says is bounded)."""
    cues = metadata.get(METADATA_KEY)
    if not isinstance(cues, list) or not 1 <= len(cues) <= MAX_CUES:
        return ()
    if not all(isinstance(cue, str) and 0 < len(cue) <= MAX_CUE_CHARS for cue in cues):
        return ()
    return tuple(cues)


def even_cues(cues: Sequence[str], count: int) -> list[str]:
    """``count`` cues taking turns (so each voice is asked for as often, give or take one); "" without cues."""
    return [cues[i % len(cues)] for i in range(count)] if cues else [""] * count


def contrast_cues(cues: Sequence[str], asked: Sequence[str]) -> list[str]:
    """For each asked-for cue, the voice it is guided away from: the next of ``cues`` in turn; "" (no
    guidance) for a single voice, a row without a cue, or a cue not among ``cues``."""
    if len(cues) < 2:
        return [""] * len(asked)
    return [cues[(cues.index(cue) + 1) % len(cues)] if cue in cues else "" for cue in asked]
