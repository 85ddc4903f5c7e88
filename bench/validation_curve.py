"""The voice along a training: evaluate the weights of every validation run, not only the kept ones.

    .venv/bin/python bench/validation_curve.py                          # the three accounts and two blends
    .venv/bin/python bench/validation_curve.py --model mb_lena_bakes --seed 7 --samples 256
    .venv/bin/python bench/validation_curve.py --corpus kjv --model kjv_mark    # real texts (bench/voice_fidelity.py)

Each model trains with the defaults (LoRA), except that it runs all its epochs (no early stop), and the
adapter's weights are copied at every validation run (``on_validation``). Afterwards each copy is written
into a copy of the saved folder and evaluated like any model (``trainer eval``): validation loss, style
match, blend split, held-out perplexity, distinct bigrams, length. It also says which weights the
early-stopping rule would keep with ``--keep-within`` 0 (the lowest validation loss) and with today's default.
This is what chose the default (README "Voice fidelity"): the style match goes on rising after the validation
loss is lowest, and a blend's split swung from run to run with the mix of the last batches.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))
from voice_fidelity import KJV_MODELS, MODELS, kjv_files  # noqa: E402


def kept_index(losses: list[float], keep_within: float, patience: int) -> tuple[int, int]:
    """(the index whose weights the training would keep, the index it would stop at), by ``train``'s rule."""
    from trainer.training import EarlyStopping

    rule, kept, index = EarlyStopping(patience, keep_within), 0, 0
    for index, loss in enumerate(losses):
        keep, enough = rule.update(loss)
        kept = index if keep else kept
        if enough:
            break
    return kept, index


def curve(handles: tuple[str, ...], seed: int, samples: int, work: Path, files: dict[str, Path] | None = None) -> None:
    from peft import get_peft_model_state_dict
    from safetensors.torch import save_file

    from trainer.evaluation.command import build_parser, evaluate_folder
    from trainer.output import ADAPTER_WEIGHTS, METADATA_FILENAME
    from trainer.pipeline import TrainConfig, run

    snapshots: list[tuple[int, float, dict]] = []

    def on_validation(step: int, loss: float, model) -> None:
        weights = {k: v.detach().float().cpu().clone() for k, v in get_peft_model_state_dict(model).items()}
        snapshots.append((step, loss, weights))

    defaults = TrainConfig(handles=list(handles))
    folder = work / "model"
    inputs = [str(files[h]) for h in handles] if files else []
    source = {"source": "file", "inputs": inputs} if inputs else {}
    result = run(TrainConfig(handles=list(handles), output=folder, samples=0, seed=seed, patience=10**6,
                             evaluate=False, **source), on_validation=on_validation)
    losses = [loss for _, loss, _ in snapshots]
    lowest, stop = kept_index(losses, 0.0, defaults.patience)
    kept, _ = kept_index(losses, defaults.keep_within, defaults.patience)
    print(f"\n{'+'.join(handles)}, --seed {seed}: {len(snapshots)} validation runs in {result.training.epochs_run:.2f} "
          f"epochs; early stopping would stop at run {stop + 1}, keeping run {lowest + 1} (lowest loss) or "
          f"run {kept + 1} (--keep-within {defaults.keep_within:g})")
    print(f"{'run':>3s} {'step':>4s} {'val loss':>8s} {'style':>6s} {'split%':>7s} {'voices%':>7s} {'ppl model':>11s} "
          f"{'distinct2':>9s} {'length':>8s}")
    for i, (step, loss, weights) in enumerate(snapshots):
        copy = work / f"run{i}"
        shutil.copytree(folder, copy)
        save_file(weights, str(copy / ADAPTER_WEIGHTS), metadata={"format": "pt"})
        meta = json.loads((copy / METADATA_FILENAME).read_text())  # the folder's checksum of its adapter
        meta["adapter_sha256"] = hashlib.sha256((copy / ADAPTER_WEIGHTS).read_bytes()).hexdigest()
        (copy / METADATA_FILENAME).write_text(json.dumps(meta))
        from_files = ["--source", "file", "--input", *inputs] if inputs else []
        f = evaluate_folder(build_parser().parse_args([str(copy), "--samples", str(samples), *from_files]))
        shutil.rmtree(copy)
        split = "/".join(f"{100 * v:.0f}" for v in (f.get("split") or {}).values()) or "-"
        voices = "/".join(f"{100 * v:.0f}" for v in (f.get("voice_match") or {}).values()) or "-"
        ppl = "/".join(f"{p['model']:.1f}" for p in f["perplexity"].values())
        mark = " <- lowest" if i == lowest else ""
        mark += " <- kept" if i == kept else ""
        print(f"{i + 1:3d} {step:4d} {loss:8.3f} {100 * f['style_match']:5.0f}% {split:>7s} {voices:>7s} {ppl:>11s} "
              f"{f['distinct2']:5.2f}/{f['real_distinct2']:4.2f} {f['mean_chars']:4.0f}/{f['real_mean_chars']:3.0f}"
              f"{mark}", flush=True)


def main() -> None:
    from trainer.handles import model_name

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", nargs="+", metavar="NAME", help="only these models (e.g. mb_astro_ivo-mb_grumpy_dev)")
    parser.add_argument("--seed", type=int, default=42, help="the training's seed (default: 42)")
    parser.add_argument("--samples", type=int, default=256, help="evaluation samples per validation run (default: 256)")
    parser.add_argument("--corpus", choices=("bundled", "kjv"), default="bundled",
                        help="the bundled sample accounts, or real texts (bench/voice_fidelity.py --corpus kjv)")
    args = parser.parse_args()

    import torch
    import transformers

    from trainer.precision import cpu_threads

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    torch.set_num_threads(cpu_threads())
    for handles in KJV_MODELS if args.corpus == "kjv" else MODELS:
        if args.model and model_name(handles) not in args.model:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            files = kjv_files(Path(tmp)) if args.corpus == "kjv" else None
            curve(handles, args.seed, args.samples, Path(tmp), files)


if __name__ == "__main__":
    main()
