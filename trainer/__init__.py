"""mimicbird trainer: an account's tweets in, a fine-tuned, documented causal language model out."""

__version__ = "0.1.0"
