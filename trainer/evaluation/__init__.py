"""Voice fidelity: how much a fine-tuned model sounds like its account(s) (``python -m trainer eval``).

``report.evaluate_fidelity`` measures a model; ``table`` renders its figures; ``sampling`` draws tweets the
way the bot does; ``style`` is the classifier that judges voices; ``metrics`` the plain measures.
This package file imports nothing, so the card can render a table without loading torch.
"""

SCHEMA = "mimicbird-fidelity/1"  # the ``fidelity`` object of mimicbird.json (``report.Fidelity`` documents it)
PROMPTS = ("", "I", "Today", "This", "So", "My", "Just", "The")  # the empty prompt and neutral tweet openers
PER_PROMPT = 16  # 8 x 16 = 128 samples: the README says why (the error of a share, the evaluation's cost)
SEED = 0  # the evaluation's sampling seed: fixed, so the base model's samples are cached once
DEFAULT_SAMPLES = len(PROMPTS) * PER_PROMPT
