"""The style judge: a text classifier that tells voices apart (scikit-learn).

Features: TF-IDF of character 2-5-grams within word boundaries, case kept (a voice's capitals, punctuation,
emoji and spelling), and of word unigrams and bigrams, lower-cased (what it talks about), sublinear term
frequencies; a logistic regression with balanced class weights on top (the classes have different sizes).

Two uses (``trainer.evaluation.report``):

* style match: fitted on an account's *training* tweets against the base model's samples for the same
  prompts; the share of the fine-tuned model's samples it attributes to the account. The judge is checked
  on what it never saw: the account's held-out tweets (the share it attributes to the account is the
  ceiling a perfect imitation would reach) and the base model's samples by cross-fitting (the floor: what
  the base model itself would score). Fitted on the 31 held-out tweets of a bundled account instead, the
  judge attributed only ~75% of the account's *other* real tweets to it, and 45% of a fine-tuned model's
  samples: too few tweets to learn a voice from. Repeating training tweets would please the judge, which is
  why copying is measured on its own.
* blend split: fitted on each account's training tweets; how a blend's samples split among the accounts,
  checked on the held-out tweets.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class StyleJudge:
    def __init__(self, seed: int = 0, c: float = 10.0) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        self.seed = seed
        self.c = c
        self.pipeline = make_pipeline(
            make_union(
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False, sublinear_tf=True),
                TfidfVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True, sublinear_tf=True,
                                token_pattern=r"(?u)\b\w+\b|[^\w\s]"),
            ),
            LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=seed),
        )
        self.classes: list[str] = []

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> StyleJudge:
        self.pipeline.fit(list(texts), list(labels))
        self.classes = [str(c) for c in self.pipeline.classes_]
        return self

    def predict(self, texts: Sequence[str]) -> list[str]:
        if not texts:
            return []
        return [str(label) for label in self.pipeline.predict(list(texts))]

    def shares(self, texts: Sequence[str]) -> dict[str, float]:
        """The share of ``texts`` attributed to each class (all classes present, summing to 1)."""
        predicted = self.predict(texts)
        return {c: (predicted.count(c) / len(predicted) if predicted else 0.0) for c in self.classes}

    def cross_fitted(self, fixed: tuple[Sequence[str], Sequence[str]], folded: tuple[Sequence[str], Sequence[str]],
                     folds: int = 4) -> list[str]:
        """Predictions for the ``folded`` texts, each by a judge fitted on ``fixed`` and the other folds."""
        from sklearn.base import clone

        texts, labels = list(folded[0]), list(folded[1])
        predicted = [""] * len(texts)
        order = np.random.default_rng(self.seed).permutation(len(texts))
        for fold in range(min(folds, len(texts))):
            held = set(order[fold::folds].tolist())
            keep = [i for i in range(len(texts)) if i not in held]
            judge = clone(self.pipeline).fit(list(fixed[0]) + [texts[i] for i in keep],
                                             list(fixed[1]) + [labels[i] for i in keep])
            held_list = sorted(held)
            for i, label in zip(held_list, judge.predict([texts[i] for i in held_list]), strict=True):
                predicted[i] = str(label)
        return predicted
