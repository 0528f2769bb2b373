"""Benchmark of the factor wall's suggestions and clustering.

Quality: top-1 and top-3 hit rates of ``workbench.factors.suggest.suggest`` under 5-fold
cross-validation on bench/data/labelled_nl.toml (invented Dutch sentences sorted into
working factors), next to a plain word TF-IDF nearest-centroid baseline. Speed and
memory: ``suggest`` for 1,000 unsorted against 10,000 sorted fragments, ``cluster`` on
10,000 fragments, and the peak memory of both.

Run alone: python bench/bench_clustering.py [n_stories]
"""

from __future__ import annotations

import random
import resource
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "labelled_nl.toml"
FOLDS = 5


def labelled() -> tuple[list[str], list[str]]:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    texts: list[str] = []
    labels: list[str] = []
    for factor in data["factor"]:
        for sentence in factor["sentences"]:
            texts.append(sentence["text"])
            labels.append(factor["name"])
    return texts, labels


def folds(n: int, k: int = FOLDS, seed: int = 7) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def baseline(examples: dict[str, list[str]], fragments: list[str], top: int = 3) -> list[list[str]]:
    """Plain word TF-IDF (sklearn defaults), cosine to each factor's mean vector."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    names = list(examples)
    texts = [t for n in names for t in examples[n]]
    vectorizer = TfidfVectorizer().fit(texts)
    centroids = normalize(
        np.vstack([np.asarray(vectorizer.transform(examples[n]).mean(axis=0)) for n in names])
    )
    scores = vectorizer.transform(fragments) @ centroids.T
    return [[names[j] for j in np.argsort(-row)[:top]] for row in np.asarray(scores)]


def cross_validate() -> dict[str, tuple[float, float]]:
    from workbench.factors.suggest import suggest

    texts, labels = labelled()
    hits = {"suggest": [0, 0], "baseline": [0, 0]}
    for held in folds(len(texts)):
        held_set = set(held)
        examples: dict[str, list[str]] = {}
        for i, (text, label) in enumerate(zip(texts, labels, strict=True)):
            if i not in held_set:
                examples.setdefault(label, []).append(text)
        fragments = [texts[i] for i in held]
        truth = [labels[i] for i in held]
        ours = [[name for name, _ in row] for row in suggest(examples, fragments, top=3)]
        theirs = baseline(examples, fragments)
        for method, ranked in (("suggest", ours), ("baseline", theirs)):
            for want, got in zip(truth, ranked, strict=True):
                hits[method][0] += got[:1] == [want]
                hits[method][1] += want in got[:3]
    n = len(texts)
    return {m: (h[0] / n, h[1] / n) for m, h in hits.items()}


def synthetic(n: int, seed: int = 3) -> tuple[list[str], list[str]]:
    """``n`` fragments made by recombining the labelled sentences' halves within a factor."""
    texts, labels = labelled()
    by_factor: dict[str, list[list[str]]] = {}
    for text, label in zip(texts, labels, strict=True):
        by_factor.setdefault(label, []).append(text.rstrip(".").split())
    rng = random.Random(seed)
    names = sorted(by_factor)
    out_texts, out_labels = [], []
    for i in range(n):
        name = names[i % len(names)]
        a, b = rng.sample(by_factor[name], 2)
        words = a[: max(2, len(a) // 2)] + b[len(b) // 2 :]
        out_texts.append(" ".join(words) + ".")
        out_labels.append(name)
    return out_texts, out_labels


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n_stories: int) -> list[dict]:
    """The figures for the report (``n_stories`` is not used: sizes are fixed by the issue)."""
    from workbench.factors.suggest import cluster, suggest

    figures: list[dict] = []
    quality = cross_validate()
    s1, s3 = quality["suggest"]
    b1, b3 = quality["baseline"]
    figures += [
        {"name": "suggest top-1 hit rate (5-fold CV)", "value": round(s1, 3), "unit": "",
         "target": f"> baseline {b1:.3f}", "ok": s1 > b1},
        {"name": "suggest top-3 hit rate (5-fold CV)", "value": round(s3, 3), "unit": "",
         "target": f">= baseline {b3:.3f}", "ok": s3 >= b3},
        {"name": "baseline top-1 (word TF-IDF nearest centroid)", "value": round(b1, 3),
         "unit": "", "target": "-", "ok": True},
        {"name": "baseline top-3 (word TF-IDF nearest centroid)", "value": round(b3, 3),
         "unit": "", "target": "-", "ok": True},
    ]
    from workbench.factors.textfeatures import pipeline

    pipeline("nl")  # loading spaCy once is start-up, not part of a suggestion run
    sorted_texts, sorted_labels = synthetic(10_000, seed=3)
    unsorted, _ = synthetic(1_000, seed=4)
    examples: dict[str, list[str]] = {}
    for text, label in zip(sorted_texts, sorted_labels, strict=True):
        examples.setdefault(label, []).append(text)
    start = time.perf_counter()
    suggest(examples, unsorted)
    seconds = time.perf_counter() - start
    figures.append({"name": "suggest 1,000 unsorted vs 10,000 sorted", "value": round(seconds, 2),
                    "unit": "s", "target": "<= 5", "ok": seconds <= 5})
    start = time.perf_counter()
    result = cluster(sorted_texts)
    seconds = time.perf_counter() - start
    figures.append({"name": f"cluster 10,000 fragments (k={result.k} chosen)",
                    "value": round(seconds, 2), "unit": "s", "target": "<= 20",
                    "ok": seconds <= 20})
    peak = peak_mb()
    figures.append({"name": "peak memory (suggest + cluster)", "value": round(peak),
                    "unit": "MB", "target": "<= 500", "ok": peak <= 500})
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000):
        mark = "ok" if row["ok"] else "FAIL"
        print(f"{mark:4}  {row['name']}: {row['value']} {row['unit']} (target {row['target']})")
