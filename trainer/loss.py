"""The training loss: next-token cross-entropy whose vocabulary projection and softmax run in chunks of rows.

The fp32 logits of a whole batch (rows x 49k vocabulary) never exist: each chunk's softmax gradient is written
during the forward pass in the weight's dtype, and the backward pass is the two matrix products that map it to
the hidden states and the output embedding. Models whose head is not a plain bias-free projection use their own
loss.
"""

from __future__ import annotations

import torch
from torch import nn


def _chunk_logits(hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor):
    """fp32 losses of one chunk of rows, and the softmax numerators ``exp(logit - max)`` with their sums."""
    logits = (hidden @ weight.t()).float()
    target_logits = logits.gather(1, targets[:, None]).squeeze(1)
    row_max = logits.amax(dim=1, keepdim=True)
    exp = logits.sub_(row_max).exp_()
    sums = exp.sum(dim=1, keepdim=True)
    losses = (row_max + sums.log()).squeeze(1) - target_logits
    return losses, exp, sums


class _LinearCrossEntropy(torch.autograd.Function):
    """Mean cross-entropy of ``hidden @ weight.T`` against ``targets``, chunked over rows.

    The gradient of the logits, ``(softmax - onehot) / n``, is written during the forward pass in the
    weight's dtype; the backward pass is then just the two matmuls that map it to ``hidden`` and ``weight``.
    """

    @staticmethod
    def forward(ctx, hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, chunk: int) -> torch.Tensor:
        n = hidden.shape[0]
        loss_sum = torch.zeros((), dtype=torch.float32, device=hidden.device)
        grad_logits = torch.empty(n, weight.shape[0], dtype=hidden.dtype, device=hidden.device)
        for start in range(0, n, chunk):
            rows = slice(start, start + chunk)
            chunk_targets = targets[rows]
            losses, exp, sums = _chunk_logits(hidden[rows], weight, chunk_targets)
            loss_sum += losses.sum()
            probs = exp.mul_(sums.reciprocal_().mul_(1.0 / n))
            probs[torch.arange(len(chunk_targets), device=probs.device), chunk_targets] -= 1.0 / n
            grad_logits[rows] = probs
        ctx.save_for_backward(hidden, weight, grad_logits)
        return loss_sum / n

    @staticmethod
    def backward(ctx, grad_output: torch.Tensor):
        hidden, weight, grad_logits = ctx.saved_tensors
        scale = grad_output.to(hidden.dtype)
        grad_hidden = (grad_logits @ weight) * scale if ctx.needs_input_grad[0] else None
        grad_weight = (grad_logits.t() @ hidden) * scale if ctx.needs_input_grad[1] else None
        return grad_hidden, grad_weight, None, None


def linear_cross_entropy(hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, chunk: int = 256) -> torch.Tensor:
    """Mean next-token loss over rows of ``hidden`` ([n, d]) projected by ``weight`` ([vocab, d])."""
    if torch.is_grad_enabled() and (hidden.requires_grad or weight.requires_grad):
        return _LinearCrossEntropy.apply(hidden, weight, targets, chunk)
    total = torch.zeros((), dtype=torch.float32, device=hidden.device)
    for start in range(0, hidden.shape[0], chunk):
        rows = slice(start, start + chunk)
        total += _chunk_logits(hidden[rows], weight, targets[rows])[0].sum()
    return total / hidden.shape[0]


def fused_loss_parts(model: nn.Module) -> tuple[nn.Module, nn.Linear] | None:
    """(decoder body, lm_head) when the head is a plain bias-free projection; None for exotic heads."""
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    config = getattr(model, "config", None)
    exotic = any(getattr(config, name, None) for name in ("final_logit_softcapping", "logit_scale", "logits_scaling"))
    if type(head) is not nn.Linear or head.bias is not None or exotic:
        return None
    if hasattr(model, "get_base_model"):  # a peft model: the LoRA layers live inside the wrapped model
        return fused_loss_parts(model.get_base_model())
    body = getattr(model, "base_model", None)
    if body is None or body is model:
        return None
    return body, head


def causal_lm_loss(model: nn.Module, blocks: torch.Tensor, chunk: int = 256) -> torch.Tensor:
    """Mean next-token loss of packed ``blocks`` ([batch, T]): labels are the inputs, eos included."""
    parts = fused_loss_parts(model)
    if parts is None:  # any other causal LM: the model's own loss (it shifts the labels itself)
        return model(input_ids=blocks, labels=blocks, use_cache=False).loss
    body, head = parts
    hidden = body(input_ids=blocks, use_cache=False).last_hidden_state[:, :-1]
    targets = blocks[:, 1:]
    return linear_cross_entropy(hidden.reshape(-1, hidden.shape[-1]), head.weight, targets.reshape(-1), chunk)
