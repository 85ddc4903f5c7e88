"""Many LoRA adapters on one base model, stacked, so that a batch whose rows use different adapters costs two
batched matmuls per adapted layer, however many adapters it mixes.

peft serves a mixed batch (``generate(adapter_names=...)``) by looping, in every adapted layer, over the
batch's adapters: with 16 personas that is 16 x 2 small matmuls in each of SmolLM2's 210 linear layers per
decoded token, and one 16-row batch decoded 6.7x slower than the bare base model (bf16, one thread, 2-core
AMD EPYC). Here each adapted layer keeps the weights of every attached adapter in two stacked tensors,
``A: [slots, in, rank]`` and ``B: [slots, rank, out]`` (B already multiplied by the adapter's scale), and a
forward hook on the base layer adds ``bmm(bmm(x by slot, A), B)`` to its output: 1.5x the bare model's time
for 16 personas (2.86 s vs 1.85 s for 24 tokens; one persona 1.25x), instead of peft's 6.7x.

The stacks keep the model's dtype. On this project's CPU, LoRA's small batched products run 2.2x faster in
fp32 than in bf16, and fp32 stacks made a 16-persona batch 8% faster (2.65 s vs 2.86 s for 24 tokens), but
they hold twice the memory (298 vs 149 MiB for 16 adapters); the memory goal of serving (base + adapters +
20%) decided for the model's dtype.

- Adapters of one rank share a stack (a ``_Stack`` per rank): no adapter is padded to another's rank. Within
  an adapter, layers of a smaller rank (peft's ``rank_pattern``) are zero-padded, which is exact.
- A layer an adapter leaves out holds zeros in its slot; a freed slot is zeroed and reused; ``compact``
  shrinks a stack that uses half its slots or less, so memory follows the adapters attached.
- The scale is peft's (``lora_alpha / r``, ``/ sqrt(r)`` with rsLoRA, per-layer ``alpha_pattern`` and
  ``rank_pattern``); ``tests/test_lora_bank.py`` checks every row against peft's own output.
- Only plain LoRA on linear layers is stacked: DoRA, LoRA biases, embedding LoRA, ``modules_to_save`` and
  peft's other variants change the forward pass and are refused with one line (a merged copy, ``--merge``,
  serves as a full model).

Not thread-safe: the generator's single worker thread adds, removes and runs (``rows``) everything.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.adapters import AdapterError
from trainer.output import ADAPTER_CONFIG, ADAPTER_WEIGHTS

# peft options that change the forward pass beyond ``x @ A.T @ B.T * scale``: not stacked
_UNSTACKABLE = ("use_dora", "lora_bias", "modules_to_save", "alora_invocation_tokens", "layer_replication",
                "target_parameters", "trainable_token_indices", "use_bdlora", "use_qalora", "arrow_config",
                "kasa_config", "monteclora_config", "velora_config")
_PREFIX = "base_model.model."


@dataclass
class _Layer:
    A: Any  # [slots, in, rank]
    B: Any  # [slots, rank, out], times each adapter's scale


@dataclass
class _Group:
    """A batch's rows that use one stack, and their slots."""

    stack: _Stack
    rows: Any  # [n] batch row indices
    slots: Any  # [n] their slots
    every_row: bool  # the group is the whole batch, in order
    single: int | None  # the one slot all rows use, if so
    perm: Any  # when every slot holds exactly one row: the rows in slot order (None: already) ...
    is_perm: bool  # ... else False


class _Stack:
    """The adapters of one rank: per adapted layer, their A and B stacked along a slot dimension."""

    def __init__(self, rank: int, dtype: Any, device: Any) -> None:
        self.rank, self.dtype, self.device = rank, dtype, device
        self.keys: list[str | None] = []  # slot -> adapter key (None: free)
        self.layers: dict[str, _Layer] = {}

    @property
    def capacity(self) -> int:
        return len(self.keys)

    @property
    def nbytes(self) -> int:
        return sum(t.numel() * t.element_size() for layer in self.layers.values() for t in (layer.A, layer.B))

    def add(self, key: str, weights: dict[str, tuple[Any, Any]], limit: int | None) -> None:
        """Put an adapter (per layer: A [in, r] and scaled B [r, out], r <= rank) into a free slot; a full
        stack doubles, up to ``limit`` slots where that is more than it holds."""
        import torch

        if None not in self.keys:
            grown = max(1, 2 * self.capacity)
            self._resize(max(self.capacity + 1, min(grown, limit or grown)))
        slot = self.keys.index(None)
        try:
            for path, (a, b) in weights.items():
                layer = self.layers.get(path)
                if layer is None:
                    zeros = torch.zeros
                    layer = self.layers[path] = _Layer(
                        zeros(self.capacity, a.shape[0], self.rank, dtype=self.dtype, device=self.device),
                        zeros(self.capacity, self.rank, b.shape[1], dtype=self.dtype, device=self.device))
                layer.A[slot, :, : a.shape[1]] = a
                layer.B[slot, : b.shape[0], :] = b
        except RuntimeError:  # a layer of another width: leave the slot as clean as it was
            self.remove_slot(slot)
            raise
        self.keys[slot] = key

    def remove(self, key: str) -> None:
        self.remove_slot(self.keys.index(key))

    def remove_slot(self, slot: int) -> None:
        for layer in self.layers.values():
            layer.A[slot].zero_()
            layer.B[slot].zero_()
        self.keys[slot] = None

    def compact(self) -> None:
        used = sum(k is not None for k in self.keys)
        if used <= self.capacity // 2:
            self._resize(used)

    def _resize(self, capacity: int) -> None:
        """Grow (free slots at the end) or compact (the used slots first, in order) to ``capacity`` slots,
        one layer at a time, so that at most one layer is held twice."""
        import torch

        used = [slot for slot, key in enumerate(self.keys) if key is not None]
        if capacity < len(used):
            raise ValueError("a stack cannot hold fewer slots than adapters")
        if capacity < self.capacity:  # compact
            index = torch.tensor(used, dtype=torch.long, device=self.device)
            for layer in self.layers.values():
                layer.A, layer.B = layer.A.index_select(0, index), layer.B.index_select(0, index)
            self.keys = [self.keys[slot] for slot in used]
        extra = capacity - self.capacity
        if extra > 0:
            for layer in self.layers.values():
                layer.A = torch.cat([layer.A, layer.A.new_zeros(extra, *layer.A.shape[1:])])
                layer.B = torch.cat([layer.B, layer.B.new_zeros(extra, *layer.B.shape[1:])])
            self.keys += [None] * extra
        if not self.keys:
            self.layers.clear()


class LoraBank:
    """The adapters attached to one base model (see the module docstring)."""

    def __init__(self, model: Any, max_slots: int | None = None) -> None:
        self.model = model
        self.max_slots = max_slots  # the most adapters the owner keeps: stacks grow no further in one step
        self.dtype = model.dtype  # the stacks' dtype: see the module docstring
        self._modules = dict(model.named_modules())
        self._stacks: dict[int, _Stack] = {}  # by rank
        self._rank: dict[str, int] = {}  # adapter key -> its stack
        self._hooks: dict[str, Any] = {}  # layer path -> hook handle
        self._groups: list[_Group] | None = None  # while ``rows`` runs

    def __contains__(self, key: str) -> bool:
        return key in self._rank

    def __len__(self) -> int:
        return len(self._rank)

    @property
    def nbytes(self) -> int:
        """Memory the stacked weights take, free slots included."""
        return sum(stack.nbytes for stack in self._stacks.values())

    def add(self, key: str, folder: Path) -> int:
        """Stack the (already checked, ``trainer.adapters.check_adapter``) adapter in ``folder`` under ``key``;
        returns the bytes its weights take. AdapterError for an adapter that cannot be stacked."""
        import torch
        from safetensors import SafetensorError
        from safetensors.torch import load_file

        label = Path(folder).name
        try:
            config = json.loads((Path(folder) / ADAPTER_CONFIG).read_text(encoding="utf-8"))
            tensors = load_file(str(Path(folder) / ADAPTER_WEIGHTS))
        except (OSError, ValueError, UnicodeDecodeError, SafetensorError):
            raise AdapterError(f"the adapter {label!r} is corrupt: it cannot be read") from None
        unstackable = [option for option in _UNSTACKABLE if config.get(option)]
        if unstackable or config.get("bias", "none") != "none":
            raise AdapterError(f"the adapter {label!r} uses {(unstackable or ['bias'])[0]}, which the bot cannot "
                               "serve beside other personas; serve a merged copy (--merge) instead")
        parts: dict[str, dict[str, Any]] = {}
        for name, tensor in tensors.items():
            path, _, kind = name.removeprefix(_PREFIX).rpartition(".lora_")
            if kind not in ("A.weight", "B.weight") or path not in self._modules or tensor.dim() != 2:
                raise AdapterError(f"the adapter {label!r} holds {name[:80]!r}, which the bot cannot serve "
                                   "beside other personas; serve a merged copy (--merge) instead")
            parts.setdefault(path, {})[kind[0]] = tensor
        if not parts:
            raise AdapterError(f"the adapter {label!r} is empty")
        dtype, device = self.dtype, self.model.device
        weights: dict[str, tuple[Any, Any]] = {}
        for path, pair in parts.items():
            a, b = pair.get("A"), pair.get("B")
            if a is None or b is None or a.shape[0] != b.shape[1]:
                raise AdapterError(f"the adapter {label!r} is corrupt: the layer {path[:80]!r} is incomplete")
            rank, scale = _rank_and_scale(config, path, label)
            if a.shape[0] != rank:
                raise AdapterError(f"the adapter {label!r} is corrupt: the layer {path[:80]!r} has rank "
                                   f"{a.shape[0]}, its configuration says {rank}")
            weights[path] = (a.t().to(dtype=dtype, device=device),
                             (b.t().to(torch.float32) * scale).to(dtype=dtype, device=device))
        rank = max(a.shape[1] for a, _ in weights.values())
        stack = self._stacks.get(rank)
        if stack is None:
            stack = self._stacks[rank] = _Stack(rank, dtype, device)
        try:
            stack.add(key, weights, self.max_slots)
        except RuntimeError:
            raise AdapterError(f"the adapter {label!r} is for another architecture: its layers do not fit the "
                               "base model's") from None
        self._rank[key] = rank
        for path in weights:
            if path not in self._hooks:
                self._hooks[path] = self._modules[path].register_forward_hook(self._hook(path))
        return sum((a.shape[0] + b.shape[1]) * rank for a, b in weights.values()) * dtype.itemsize

    def remove(self, key: str) -> None:
        rank = self._rank.pop(key)
        stack = self._stacks[rank]
        stack.remove(key)

    def compact(self) -> None:
        """Shrink every stack that uses half its slots or less, drop empty ones and their hooks (after
        evictions; not per removal, so that a batch's new adapters first fill the slots its evictions freed)."""
        for rank, stack in list(self._stacks.items()):
            stack.compact()
            if not stack.capacity:
                del self._stacks[rank]
        adapted = {path for stack in self._stacks.values() for path in stack.layers}
        for path in [p for p in self._hooks if p not in adapted]:
            self._hooks.pop(path).remove()

    def close(self) -> None:
        """Detach every hook and drop every adapter: the model is the bare base model again."""
        for handle in self._hooks.values():
            handle.remove()
        self._hooks.clear()
        self._stacks.clear()
        self._rank.clear()

    @contextlib.contextmanager
    def rows(self, keys: Sequence[str | None]) -> Iterator[None]:
        """While in this block, the model's batch row ``i`` uses adapter ``keys[i]`` (None: the bare base)."""
        import torch

        unknown = [key for key in keys if key is not None and key not in self._rank]
        if unknown:
            raise KeyError(f"adapter not in the bank: {unknown[0]}")
        groups = []
        for rank, stack in self._stacks.items():
            rows = [i for i, key in enumerate(keys) if key is not None and self._rank.get(key) == rank]
            if not rows:
                continue
            slots = [stack.keys.index(keys[i]) for i in rows]
            every_row = rows == list(range(len(keys)))
            is_perm = every_row and sorted(slots) == list(range(stack.capacity))
            perm = torch.tensor(slots).argsort() if is_perm and slots != sorted(slots) else None
            single = slots[0] if len(set(slots)) == 1 else None
            groups.append(_Group(stack, torch.tensor(rows), torch.tensor(slots), every_row, single, perm, is_perm))
        self._groups = groups
        try:
            yield
        finally:
            self._groups = None

    def _hook(self, path: str) -> Any:
        def add_lora(module: Any, args: tuple[Any, ...], output: Any) -> Any:
            groups = self._groups
            if not groups:
                return None
            x = args[0]
            x3 = x.reshape(x.shape[0], -1, x.shape[-1])  # [batch, tokens, in]
            delta = None
            for group in groups:
                layer = group.stack.layers.get(path)
                if layer is not None:
                    part = _apply(group, layer, x3)
                    delta = part if delta is None else delta + part
            return output if delta is None else output + delta.to(output.dtype).view(output.shape)
        return add_lora


def _apply(group: _Group, layer: _Layer, x: Any) -> Any:
    """The LoRA update of ``group``'s rows of ``x`` [batch, tokens, in] in one layer; zero on other rows.

    Measured on 16-row batches (``bench/adapter_serving.py``'s machine): one slot, plain matmuls; every slot
    once, the stack as it is; otherwise each row's A and B gathered (cheaper than zero-padding rows to all
    slots, or looping over the slots in use)."""
    import torch

    x = x.to(layer.A.dtype)
    xs = x if group.every_row else x[group.rows]
    if group.single is not None:
        update = (xs @ layer.A[group.single]) @ layer.B[group.single]
    elif group.is_perm:
        by_slot = xs if group.perm is None else xs[group.perm]
        update = torch.bmm(torch.bmm(by_slot, layer.A), layer.B)
        update = update if group.perm is None else update[group.slots]
    else:
        update = torch.bmm(torch.bmm(xs, layer.A.index_select(0, group.slots)), layer.B.index_select(0, group.slots))
    if group.every_row:
        return update
    out = x.new_zeros(*x.shape[:2], layer.B.shape[-1])
    out[group.rows] = update
    return out


def _rank_and_scale(config: dict[str, Any], path: str, label: str) -> tuple[int, float]:
    """peft's rank and scale for the layer at ``path`` (``LoraModel._create_and_replace``)."""
    from peft.utils.other import get_pattern_key

    rank_pattern = config.get("rank_pattern") or {}
    alpha_pattern = config.get("alpha_pattern") or {}
    rank = rank_pattern.get(get_pattern_key(list(rank_pattern), path), config.get("r"))
    alpha = alpha_pattern.get(get_pattern_key(list(alpha_pattern), path), config.get("lora_alpha", 8))
    if not isinstance(rank, int) or rank < 1 or not isinstance(alpha, int | float):
        raise AdapterError(f"the adapter {label!r} is corrupt: its configuration has no valid rank or alpha")
    return rank, float(alpha) / (math.sqrt(rank) if config.get("use_rslora") else rank)

