"""Temperature + top-p (nucleus) sampling as a logits processor that is fast on a CPU."""

from __future__ import annotations

from typing import Any


class NucleusSampler:
    """Temperature + top-p (nucleus) sampling as a logits processor, fast on CPU.

    ``transformers``' own top-p sorts the whole vocabulary for every row at every step (~70 ms for 16 rows
    of SmolLM2's 49k vocabulary on one core, as long as the 135M model's forward pass), and its multinomial
    over the full vocabulary costs ~18 ms more. This samples the same distribution from the ``candidates``
    most likely tokens (exact whenever they hold at least ``top_p`` of the mass; a row where they do not is
    sorted in full), with the Gumbel-max trick, and returns scores on which greedy decoding picks the sampled
    token. ``generate`` therefore runs with ``do_sample=False`` and keeps its caching, padding and stopping.
    """

    def __init__(self, temperature: float, top_p: float, candidates: int = 256) -> None:
        self.temperature = temperature
        self.top_p = top_p
        self.candidates = candidates

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        logits = scores.float() / self.temperature
        if self.top_p >= 1.0:
            choice = _gumbel_argmax(logits)
        else:
            choice = torch.empty(logits.shape[0], dtype=torch.long, device=logits.device)
            top, index = logits.topk(min(self.candidates, logits.shape[-1]), dim=-1)
            probs = (top - torch.logsumexp(logits, dim=-1, keepdim=True)).exp()
            covered = probs.sum(-1) >= self.top_p
            if covered.any():
                picked = _gumbel_argmax(_nucleus(top[covered], probs[covered], self.top_p))
                choice[covered] = index[covered].gather(1, picked[:, None]).squeeze(1)
            if not covered.all():
                rest = ~covered
                top, index = logits[rest].sort(dim=-1, descending=True)
                probs = torch.softmax(top, dim=-1)
                picked = _gumbel_argmax(_nucleus(top, probs, self.top_p))
                choice[rest] = index.gather(1, picked[:, None]).squeeze(1)
        out = torch.full_like(scores, float("-inf"))
        out.scatter_(1, choice[:, None], 0.0)
        return out


def _nucleus(top: Any, probs: Any, top_p: float) -> Any:
    """Sorted logits with every token after the first ``top_p`` of the mass set to -inf (the top one stays)."""
    before = probs.cumsum(-1) - probs
    return top.masked_fill(before >= top_p, float("-inf"))


def _gumbel_argmax(logits: Any) -> Any:
    """One sample per row from softmax(logits): argmax of logits plus Gumbel noise."""
    import torch

    uniform = torch.rand_like(logits).clamp_(min=1e-12, max=1 - 1e-7)
    return (logits - torch.log(-torch.log(uniform))).argmax(dim=-1)
