"""Optional Weights & Biases tracking, as huggingtweets did it (``--wandb``; off by default).

Two runs per model, grouped under the run name:

* a ``preprocess`` run that logs the raw tweets and the cleaned data set as artifacts (JSON Lines files
  plus a statistics table) and the per-account counts in its summary;
* a ``train`` run that logs the configuration, the metrics, a predictions table of sample generations and
  the finished model folder as a ``model`` artifact.

A disabled ``Tracker`` does nothing and never imports ``wandb``. ``WANDB_MODE=offline`` works without
network (``wandb sync`` uploads later). Configuration goes through ``public_settings``: no credentials, no
machine paths; wandb's own host/program metadata, git and code capture are turned off.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from trainer.errors import TrainerError, one_line
from trainer.model_card import public_settings
from trainer.tweets import AccountTweets

STATS_COLUMNS = ("handle", "display_name", "downloaded", "retweets", "short", "duplicates", "kept")


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _artifact_name(text: str) -> str:
    """W&B artifact names allow letters, digits, '-', '_' and '.'."""
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in text) or "mimicbird"


class Tracker:
    """W&B runs for one training job; every method is a no-op when ``enabled`` is False."""

    def __init__(
        self,
        enabled: bool,
        project: str = "mimicbird",
        run_name: str = "",
        config: dict | None = None,
        dir: Path | None = None,
    ) -> None:
        self.enabled = enabled
        self.project = project
        self.run_name = run_name
        self.config = dict(config or {})
        self.dir = Path(dir) if dir is not None else None
        self.run: Any = None
        self._wandb: Any = None

    # -- run life cycle -----------------------------------------------------------------------------------

    def _import(self) -> Any:
        if self._wandb is None:
            try:
                import wandb
            except ImportError:
                raise TrainerError("W&B tracking needs the wandb package: pip install wandb") from None
            self._wandb = wandb
        return self._wandb

    def _start(self, job_type: str, config: Mapping[str, Any]) -> None:
        wandb = self._import()
        self.finish()
        if self.dir is not None:
            self.dir.mkdir(parents=True, exist_ok=True)
        settings = wandb.Settings(
            x_disable_meta=True,
            disable_git=True,
            save_code=False,
            disable_code=True,
            disable_job_creation=True,
            x_save_requirements=False,
            console="off",
            silent=True,
        )
        try:
            self.run = wandb.init(
                project=self.project,
                job_type=job_type,
                name=f"{self.run_name}-{job_type}" if self.run_name else None,
                group=self.run_name or None,
                config=public_settings({**self.config, **config}),
                dir=str(self.dir) if self.dir is not None else None,
                settings=settings,
                reinit="finish_previous",
            )
        except Exception as exc:
            raise TrainerError(
                f"W&B tracking could not start ({one_line(exc, 200)}); run without --wandb"
            ) from None

    def finish(self) -> None:
        """End the current run, if any."""
        if self.run is not None:
            run, self.run = self.run, None
            run.finish()

    # -- preprocess run -----------------------------------------------------------------------------------

    def log_preprocess(self, raw: list[AccountTweets], cleaned: list) -> None:
        """A ``preprocess`` run with the raw and the cleaned tweets as artifacts and the statistics table.

        ``cleaned`` items have ``handle``, ``display_name``, ``texts`` and ``stats`` (with ``as_dict()``).
        """
        if not self.enabled:
            return
        handles = [account.handle for account in raw]
        self._start(
            "preprocess", {"handles": handles, "sources": sorted({a.source for a in raw if a.source})}
        )
        wandb = self._wandb
        base = _artifact_name(self.run_name or "-".join(sorted(h.lower() for h in handles)))
        stats_rows = [{"handle": item.handle, **item.stats.as_dict()} for item in cleaned]
        stats_rows = [{key: row.get(key) for key in STATS_COLUMNS} for row in stats_rows]
        stats_table = wandb.Table(
            columns=list(STATS_COLUMNS), data=[[r[k] for k in STATS_COLUMNS] for r in stats_rows]
        )
        with tempfile.TemporaryDirectory(prefix="mimicbird-wandb-") as tmp:
            folder = Path(tmp)
            raw_artifact = wandb.Artifact(f"{base}-raw", type="raw_data", metadata={"handles": handles})
            for account in raw:
                path = folder / f"{account.handle}-raw.jsonl"
                _write_jsonl(
                    path,
                    [
                        {
                            "id": tweet.id,
                            "text": tweet.text,
                            "created_at": tweet.created_at.isoformat() if tweet.created_at else None,
                            "is_retweet": tweet.is_retweet,
                            "is_reply": tweet.is_reply,
                        }
                        for tweet in account.tweets
                    ],
                )
                raw_artifact.add_file(str(path), name=f"{account.handle}.jsonl")
            self.run.log_artifact(raw_artifact)

            data_artifact = wandb.Artifact(
                f"{base}-dataset", type="dataset", metadata={"stats": {r["handle"]: r for r in stats_rows}}
            )
            for item in cleaned:
                path = folder / f"{item.handle}-clean.jsonl"
                _write_jsonl(path, [{"text": text} for text in item.texts])
                data_artifact.add_file(str(path), name=f"{item.handle}.jsonl")
            data_artifact.add(stats_table, "stats")
            self.run.log_artifact(data_artifact)
        self.run.log({"stats": stats_table})
        for row in stats_rows:
            for key in STATS_COLUMNS[2:]:
                self.run.summary[f"{row['handle']}/{key}"] = row[key]
        self.finish()

    # -- train run ----------------------------------------------------------------------------------------

    def start_train(self, config: dict) -> None:
        """Start the ``train`` run with the hyper-parameters in ``config`` (credentials and paths removed)."""
        if self.enabled:
            self._start("train", config)

    def log(self, metrics: dict, step: int | None = None) -> None:
        """Log metrics (loss, learning rate, tokens/s ...) to the current run."""
        if self.enabled and self.run is not None:
            self.run.log(dict(metrics), step=step)

    def log_samples(self, prompt: str, samples: list[str]) -> None:
        """A ``predictions`` table: one row per sample generated for ``prompt``."""
        if self.enabled and self.run is not None:
            table = self._wandb.Table(columns=["prompt", "generated"], data=[[prompt, s] for s in samples])
            self.run.log({"predictions": table})

    def log_model(self, model_dir: Path, name: str) -> None:
        """The finished model folder as a ``model`` artifact called ``name``."""
        if self.enabled and self.run is not None:
            artifact = self._wandb.Artifact(_artifact_name(name), type="model")
            artifact.add_dir(str(model_dir))
            self.run.log_artifact(artifact)
