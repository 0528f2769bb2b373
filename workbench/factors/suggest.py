"""Suggestions for the factor wall: which factor a card resembles, first groupings, elements.

These assist and never decide: every function only proposes; people move the cards.

- ``suggest``: for each unsorted fragment the factors it most resembles, given the
  fragments already sorted, each with a score between 0 and 1.
- ``cluster``: a first grouping of fragments into ``k`` groups (k chosen by silhouette
  when not given), each group with 3-6 key terms.
- ``suggest_elements``: candidate characteristic elements, the frequent key phrases of a
  factor's fragments.

Texts go through ``workbench.factors.textfeatures`` (spaCy blank pipeline with lookup lemmas and
stop words, plus character n-grams). scikit-learn and numpy are imported inside functions.
An optional ``progress(fraction, step)`` callback reports progress; it may raise to cancel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import InvalidInput
from workbench.factors.textfeatures import ProgressFn, TextFeatures, analyse, has_words

# How much the nearest single example counts next to the factor's centroid. A factor is
# often a family of different situations; the nearest neighbours catch that, the
# centroid keeps one odd example from dominating. Tuned on bench/data/labelled_nl.toml.
NEIGHBOUR_WEIGHT = 0.3
NEIGHBOURS = 3
K_RANGE = (2, 10)
SILHOUETTE_SAMPLE = 2000
SVD_COMPONENTS = 100


@dataclass
class Clustering:
    """A proposed grouping: ``labels[i]`` is the group of fragment ``i``."""

    labels: list[int] = field(default_factory=list)
    key_terms: list[list[str]] = field(default_factory=list)

    @property
    def k(self) -> int:
        return len(self.key_terms)

    def groups(self) -> list[list[int]]:
        """Fragment indexes per group."""
        out: list[list[int]] = [[] for _ in range(self.k)]
        for index, label in enumerate(self.labels):
            out[label].append(index)
        return out


def _report(progress: ProgressFn | None, fraction: float, step: str) -> None:
    if progress is not None:
        progress(fraction, step)


def suggest(
    examples: Mapping[str, Sequence[str]],
    fragments: Sequence[str],
    *,
    language: str = "nl",
    top: int = 3,
    progress: ProgressFn | None = None,
) -> list[list[tuple[str, float]]]:
    """For each fragment, up to ``top`` (factor, score) pairs it most resembles, best first.

    ``examples`` maps a factor name (or any key) to the texts already sorted into it;
    factors without texts are skipped. Scores are cosine similarities (0..1) blending
    the factor's centroid with its nearest examples. Fragments with no words get no
    suggestions.
    """
    if top < 0:
        raise InvalidInput("factors.error.top", top=top)
    labels: list[str] = []
    texts: list[str] = []
    for name, items in examples.items():
        for text in items:
            if has_words(text):
                labels.append(name)
                texts.append(text)
    result: list[list[tuple[str, float]]] = [[] for _ in fragments]
    if not fragments or not texts or top == 0:
        return result
    import numpy as np

    _report(progress, 0.05, "features")
    features = TextFeatures(language)
    # Fitting the vocabulary on sorted and unsorted texts together ("transductive") keeps
    # words that only occur in the unsorted pile from weighing nothing.
    matrix = features.fit_transform([*texts, *fragments])
    sorted_m, unsorted_m = matrix[: len(texts)], matrix[len(texts) :]
    _report(progress, 0.5, "scores")
    names = list(dict.fromkeys(labels))
    label_index = np.array([names.index(n) for n in labels])
    centroid_scores = _centroid_scores(sorted_m, unsorted_m, label_index, len(names))
    neighbour_scores = _neighbour_scores(sorted_m, unsorted_m, label_index, len(names), progress)
    scores = (1 - NEIGHBOUR_WEIGHT) * centroid_scores + NEIGHBOUR_WEIGHT * neighbour_scores
    _report(progress, 0.95, "ranking")
    wanted = min(top, len(names))
    for row, text in enumerate(fragments):
        if not has_words(text):
            continue
        order = np.argsort(-scores[row], kind="stable")[:wanted]
        result[row] = [(names[j], round(float(scores[row, j]), 3)) for j in order]
    _report(progress, 1.0, "done")
    return result


def _centroid_scores(sorted_m: Any, unsorted_m: Any, label_index: Any, n: int) -> Any:
    """Cosine of each unsorted row to each factor's (normalised) centroid."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    membership = sp.csr_matrix(
        (np.ones(len(label_index), dtype=np.float32), (label_index, np.arange(len(label_index)))),
        shape=(n, sorted_m.shape[0]),
    )
    centroids = normalize(membership @ sorted_m)
    return np.asarray((unsorted_m @ centroids.T).todense())


def _neighbour_scores(
    sorted_m: Any, unsorted_m: Any, label_index: Any, n: int, progress: ProgressFn | None
) -> Any:
    """Per factor, the mean similarity of the ``NEIGHBOURS`` most similar examples."""
    import numpy as np

    rows = unsorted_m.shape[0]
    out = np.zeros((rows, n), dtype=np.float32)
    # Chunks keep the dense similarity block small (memory stays flat at 10,000 examples)
    # and each sparse product short: scipy holds the interpreter lock while it multiplies,
    # so a long product would stall the wall's key handling for its whole duration.
    chunk = 32
    for start in range(0, rows, chunk):
        block = np.asarray((unsorted_m[start : start + chunk] @ sorted_m.T).todense())
        for j in range(n):
            columns = block[:, label_index == j]
            take = min(NEIGHBOURS, columns.shape[1])
            if take == 0:
                continue
            best = -np.partition(-columns, take - 1, axis=1)[:, :take]
            out[start : start + chunk, j] = best.mean(axis=1)
        _report(progress, 0.5 + 0.45 * min(1.0, (start + chunk) / rows), "scores")
    return out


def cluster(
    fragments: Sequence[str],
    *,
    k: int | None = None,
    language: str = "nl",
    progress: ProgressFn | None = None,
    seed: int = 0,
) -> Clustering:
    """Propose a grouping of ``fragments`` into ``k`` groups, each with 3-6 key terms.

    When ``k`` is None it is chosen between 2 and 10 (and at most a third of the number
    of fragments) by the silhouette score. ``k``
    larger than the number of (distinct) fragments is lowered to it. Fragments without
    words are put in the group of the first fragment. The same input gives the same
    grouping (fixed ``seed``).
    """
    if k is not None and k < 1:
        raise InvalidInput("factors.error.k", k=k)
    n = len(fragments)
    if n == 0:
        return Clustering()
    _report(progress, 0.02, "features")
    features = TextFeatures(language, content_only=True, min_df=2)
    matrix = features.fit_transform(fragments)
    distinct = _distinct_rows(matrix)
    if n == 1 or distinct <= 1 or k == 1:
        return Clustering([0] * n, [_key_terms(features, fragments, [0] * n, 0, language)])
    _report(progress, 0.3, "reduce")
    points = _reduce(matrix, seed)
    if k is not None:
        chosen = min(k, distinct)
        labels = _kmeans(points, chosen, seed)
    else:
        labels = _choose_k(points, distinct, seed, progress)
    labels = _renumber(labels)
    _report(progress, 0.9, "key terms")
    groups = max(labels) + 1
    key_terms = [_key_terms(features, fragments, labels, g, language) for g in range(groups)]
    _report(progress, 1.0, "done")
    return Clustering(labels, key_terms)


def _distinct_rows(matrix: Any) -> int:
    rows = {tuple(matrix[i].indices.tolist()) + tuple(matrix[i].data.round(4).tolist())
            for i in range(matrix.shape[0])}
    return len(rows)


def _reduce(matrix: Any, seed: int) -> Any:
    """Latent semantic analysis: a dense, normalised low-rank version for k-means."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    components = min(SVD_COMPONENTS, matrix.shape[0] - 1, matrix.shape[1] - 1)
    if components < 2:
        return matrix.toarray()
    svd = TruncatedSVD(n_components=components, random_state=seed)
    return normalize(svd.fit_transform(matrix))


def _kmeans(points: Any, k: int, seed: int) -> list[int]:
    import warnings

    from sklearn.cluster import KMeans
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        # Near-duplicate fragments can leave fewer distinct centres than k; the labels
        # are still a valid (smaller) grouping.
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = KMeans(n_clusters=k, n_init=3, random_state=seed).fit(points)
    return [int(label) for label in model.labels_]


def _choose_k(points: Any, distinct: int, seed: int, progress: ProgressFn | None) -> list[int]:
    from sklearn.metrics import silhouette_score

    low, high = K_RANGE
    # The silhouette favours many tiny groups on a small pile; a proposal is useful when
    # groups hold about three cards or more.
    high = min(high, distinct - 1, max(low, points.shape[0] // 3))
    if high < low:
        return _kmeans(points, min(2, distinct), seed)
    best: tuple[float, list[int]] | None = None
    sample = min(SILHOUETTE_SAMPLE, points.shape[0])
    for step, k in enumerate(range(low, high + 1)):
        labels = _kmeans(points, k, seed)
        if len(set(labels)) < 2:
            continue
        score = float(silhouette_score(points, labels, sample_size=sample, random_state=seed))
        if best is None or score > best[0] + 1e-9:
            best = (score, labels)
        _report(progress, 0.3 + 0.6 * (step + 1) / (high - low + 1), "groups")
    return best[1] if best else [0] * points.shape[0]


def _renumber(labels: list[int]) -> list[int]:
    """Groups numbered by size, biggest first, so the proposal reads from the main theme."""
    sizes = Counter(labels)
    order = sorted(sizes, key=lambda g: (-sizes[g], labels.index(g)))
    mapping = {old: new for new, old in enumerate(order)}
    return [mapping[label] for label in labels]


def _key_terms(
    features: TextFeatures, fragments: Sequence[str], labels: list[int], group: int,
    language: str, *, most: int = 6, least: int = 3,
) -> list[str]:
    """Terms that mark a group: frequent in it, rarer elsewhere (mean TF-IDF difference)."""
    import numpy as np

    matrix, terms = features.terms()
    inside = [i for i, label in enumerate(labels) if label == group]
    if matrix is None or not terms:
        return _frequent_lemmas([fragments[i] for i in inside], language, most)
    mask = np.array([label == group for label in labels])
    present = matrix > 0
    df_in = np.asarray(present[mask].mean(axis=0)).ravel()
    df_out = np.asarray(present[~mask].mean(axis=0)).ravel() if (~mask).any() else 0.0
    weight_in = np.asarray(matrix[mask].mean(axis=0)).ravel()
    # Share of the group's fragments with the term minus the share elsewhere: a term
    # everyone uses ("ouders") marks no group; the mean weight breaks ties.
    score = (df_in - df_out) + 0.1 * weight_in
    order = [j for j in np.argsort(-score, kind="stable") if df_in[j] > 0]
    chosen = [terms[j] for j in order[:most] if score[j] > 0]
    if len(chosen) < least:
        chosen += [terms[j] for j in order if terms[j] not in chosen][: least - len(chosen)]
    if len(chosen) < least:
        extra = _frequent_lemmas([fragments[i] for i in inside], language, most)
        chosen += [t for t in extra if t not in chosen][: least - len(chosen)]
    return chosen[:most]


def _frequent_lemmas(texts: Sequence[str], language: str, most: int) -> list[str]:
    counts: Counter[str] = Counter()
    for item in analyse(texts, language):
        counts.update(set(item.lemmas))
    return [term for term, _ in counts.most_common(most)]


def suggest_elements(
    texts: Sequence[str], language: str = "nl", *, top: int = 5, background: Sequence[str] = ()
) -> list[str]:
    """Candidate characteristic elements: frequent key phrases of a factor's fragments.

    Phrases are runs of one to three content words (no stop word at either end), counted
    once per fragment. Multi-word phrases found in at least two fragments come first;
    phrases as common in ``background`` (e.g. the other factors' fragments) rank lower.
    Each phrase is returned as most often written.
    """
    if top <= 0 or not texts:
        return []
    found = _phrases(texts, language)
    if not found:
        return []
    back: Counter[tuple[str, ...]] = Counter()
    for key, (count, _) in _phrases(background, language).items():
        back[key] = count
    n_back = max(1, len(background))

    def weight(key: tuple[str, ...]) -> float:
        count = found[key][0]
        length_bonus = 1.0 + 0.3 * (len(key) - 1)
        share_here = count / len(texts)
        share_there = back[key] / n_back
        specificity = share_here / (share_here + share_there)
        return count**1.5 * length_bonus * specificity

    # A phrase that occurs once is an accident of wording, not a shared element; only
    # with one or two fragments is there nothing better.
    minimum = 2 if len(texts) > 2 else 1

    ranked = sorted(found, key=lambda key: (-weight(key), key))
    chosen: list[str] = []
    taken: list[tuple[str, ...]] = []
    for key in ranked:
        # Skip a phrase contained in (or containing) one already chosen: no near-repeats.
        if any(_contains(key, other) or _contains(other, key) for other in taken):
            continue
        if found[key][0] < minimum:
            continue
        taken.append(key)
        chosen.append(found[key][1].most_common(1)[0][0])
        if len(chosen) == top:
            break
    return chosen


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


Phrases = dict[tuple[str, ...], tuple[int, Counter[str]]]


def _phrases(texts: Sequence[str], language: str) -> Phrases:
    """Lemma n-grams (1-3) of content words, with document counts and surface forms."""
    counts: Counter[tuple[str, ...]] = Counter()
    surfaces: dict[tuple[str, ...], Counter[str]] = {}
    for item in analyse(texts, language):
        seen: set[tuple[str, ...]] = set()
        tokens = item.tokens
        for start in range(len(tokens)):
            if not tokens[start][2]:
                continue
            for length in (1, 2, 3):
                span = tokens[start : start + length]
                if len(span) < length or not span[-1][2]:
                    continue
                # inside the phrase only short function words may join content words
                if any(not (t[2] or (t[0].isalpha() and len(t[0]) <= 4)) for t in span):
                    break
                key = tuple(t[1] for t in span if t[2])
                if key in seen:
                    continue
                seen.add(key)
                surfaces.setdefault(key, Counter())[" ".join(t[0] for t in span)] += 1
        counts.update(seen)
    return {key: (counts[key], surfaces[key]) for key in counts}
