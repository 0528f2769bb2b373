"""Text features for the factor wall: lemmas without stop words, and character n-grams.

spaCy runs as a *blank* pipeline (``nl`` or ``en``) with the lookup lemmatizer from
spacy-lookups-data, so nothing is downloaded; pipelines are built once per language and
cached. Character n-grams (within word boundaries) let "speelgroep" and "speelgroepje",
or "kinderen" and "kind", share features, which matters for Dutch compounds and for the
spelling of storytellers who write Dutch as a second language.

Everything heavy (spaCy, scikit-learn, numpy, scipy) is imported inside functions.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.errors import InvalidInput

# Pseudonymisation placeholders such as "[naam kind]" say nothing about the content,
# yet they occur in many fragments; left in, they would pull unrelated cards together.
PLACEHOLDER = re.compile(r"\[[^\[\]]{0,60}\]")
_WORDLIKE = re.compile(r"\w", re.UNICODE)

# Light verbs and fillers that spaCy's stop lists keep but that say nothing about what a
# fragment is about; without them key terms read "komen, gaan, maken".
EXTRA_STOP_WORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        "komen kom komt kwam kwamen gaan ga gaat ging gingen maken maak maakt maakte weten "
        "weet wist zeggen zeg zegt zei krijgen krijg krijgt kreeg keer soms laat laten "
        "willen wil wilde hoeven hoef hoeft kijken kijk kijkt horen hoor hoort zien zie "
        "ziet zag vinden vind vindt vond echt heel erg staan staat zitten zit liggen eerst "
        "eigenlijk beetje even misschien dingen ding gewoon best steeds vaak weer mee "
        "moet moeten kan kunnen mag mogen zal zullen".split()
    ),
    "en": frozenset("get got go goes going went make makes made really thing things".split()),
}

_lock = threading.Lock()
_pipelines: dict[str, Any] = {}

# Weight of the word (lemma) block against the character n-gram block in the combined
# vector; both blocks are L2-normalised first. Tuned on bench/data/labelled_nl.toml.
WORD_WEIGHT = 1.0
CHAR_WEIGHT = 1.0


def pipeline(language: str = "nl") -> Any:
    """The cached blank spaCy pipeline for ``language`` with a lookup lemmatizer.

    Languages without lookup tables still get a tokenizer and stop words. An unknown
    language code is refused with a clear message.
    """
    with _lock:
        nlp = _pipelines.get(language)
        if nlp is not None:
            return nlp
        import spacy

        try:
            nlp = spacy.blank(language)
        except Exception as error:  # spaCy raises ImportError/ValueError subclasses
            raise InvalidInput("factors.error.language", code=language) from error
        try:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        except Exception:  # no lookup tables for this language: no lemmas
            nlp = spacy.blank(language)
        _pipelines[language] = nlp
        keep_out_of_full_collections()
        return nlp


def keep_out_of_full_collections() -> None:
    """Move every object alive now out of the garbage collector's full passes.

    spaCy's lookup tables (about 90,000 objects) live as long as the program. Left to the
    collector, every full pass walks them all, and such a pass stops the whole program,
    the screens included, for a tenth of a second or more (bench/bench_wall.py). Freezing
    takes no time; the screens give frozen objects back when they close (``gc.unfreeze``)."""
    import gc

    gc.freeze()


def clean(text: str) -> str:
    """Text without pseudonymisation placeholders, whitespace folded."""
    return " ".join(PLACEHOLDER.sub(" ", text or "").split())


@dataclass(frozen=True)
class Analysed:
    """One text after spaCy: content lemmas and the surface words they came from."""

    lemmas: list[str]
    words: list[str]
    # every token (lowercased) with a flag whether it is a content word, for phrases
    tokens: list[tuple[str, str, bool]]


def analyse(texts: Sequence[str], language: str = "nl") -> list[Analysed]:
    """Lemmas of the content words of each text (lower case, no stop words, no numbers)."""
    nlp = pipeline(language)
    extra = EXTRA_STOP_WORDS.get(language, frozenset())
    out: list[Analysed] = []
    cleaned = [clean(t) for t in texts]
    with _lock:  # a spaCy pipeline is not documented as thread-safe
        docs = list(nlp.pipe(cleaned, batch_size=256))
    for doc in docs:
        lemmas: list[str] = []
        words: list[str] = []
        tokens: list[tuple[str, str, bool]] = []
        for token in doc:
            lower = token.lower_
            lemma = (token.lemma_ or lower).lower()
            content = (
                token.is_alpha
                and not token.is_stop
                and not nlp.vocab[lower].is_stop
                and len(lower) > 1
                and lower not in extra
                and lemma not in extra
            )
            tokens.append((lower, lemma, content))
            if content:
                lemmas.append(lemma)
                words.append(lower)
        out.append(Analysed(lemmas, words, tokens))
    return out


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def _with_bigrams(tokens: list[str]) -> list[str]:
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


class TextFeatures:
    """Combined lemma TF-IDF and character n-gram TF-IDF, fitted on a corpus.

    ``fit_transform`` learns the vocabularies and inverse document frequencies;
    ``transform`` gives row-normalised sparse vectors, so a dot product is a cosine.

    With ``content_only`` the word block holds content lemmas only (no stop words) and
    the n-grams come from content words: right for grouping and key terms. Without it
    every word's lemma counts, with word pairs, and TF-IDF weighs common words down:
    small words such as "zelf", "samen" and "elkaar" are on spaCy's Dutch stop list but
    tell factors apart (measured in bench/bench_clustering.py).
    """

    def __init__(self, language: str = "nl", *, content_only: bool = False,
                 min_df: int = 1) -> None:
        self.language = language
        self.content_only = content_only
        self.min_df = min_df
        self.word: Any = None
        self.char: Any = None
        self.word_block: Any = None

    def _prepare(self, texts: Sequence[str]) -> tuple[list[list[str]], list[str]]:
        analysed = analyse(texts, self.language)
        if self.content_only:
            lemmas = [a.lemmas for a in analysed]
            # n-grams over the content words as written: inflections and compound parts
            # overlap even where the lookup table has no lemma
            surface = [" ".join(a.words) for a in analysed]
        else:
            lemmas = [[t[1] for t in a.tokens if t[0].isalpha()] for a in analysed]
            surface = [clean(t).lower() for t in texts]
        return lemmas, surface

    def fit_transform(self, texts: Sequence[str]) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer

        lemmas, surface = self._prepare(texts)
        min_df = self.min_df if len(texts) >= 20 else 1
        self.word = TfidfVectorizer(
            analyzer=_identity if self.content_only else _with_bigrams,
            sublinear_tf=True, min_df=min_df, dtype=_float32(),
        )
        self.char = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=min_df,
            dtype=_float32(),
        )
        blocks = [_fit_block(self.word, lemmas), _fit_block(self.char, surface)]
        # kept for key terms: the lemma block of the texts just fitted
        self.word_block = blocks[0]
        return _combine(blocks, len(texts))

    def transform(self, texts: Sequence[str]) -> Any:
        lemmas, surface = self._prepare(texts)
        blocks = [_transform_block(self.word, lemmas), _transform_block(self.char, surface)]
        return _combine(blocks, len(texts))

    def terms(self) -> tuple[Any, list[str]]:
        """The lemma TF-IDF block of the fitted texts and its terms (for key terms)."""
        if self.word_block is None:
            return None, []
        return self.word_block, list(self.word.get_feature_names_out())


def _float32() -> Any:
    import numpy as np

    return np.float32


def _fit_block(vectorizer: Any, docs: Sequence[Any]) -> Any:
    try:
        return vectorizer.fit_transform(docs)
    except ValueError:
        # Nothing but stop words, numbers or placeholders: this block is empty.
        vectorizer.vocabulary_ = None
        return None


def _transform_block(vectorizer: Any, docs: Sequence[Any]) -> Any:
    if vectorizer is None or getattr(vectorizer, "vocabulary_", None) is None:
        return None
    return vectorizer.transform(docs)


def _combine(blocks: list[Any], n_rows: int) -> Any:
    """Weighted horizontal stack of the L2-normalised blocks, rows L2-normalised again."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    weights = (WORD_WEIGHT, CHAR_WEIGHT)
    parts = [normalize(b) * w for b, w in zip(blocks, weights, strict=True) if b is not None]
    if not parts:
        return sp.csr_matrix((n_rows, 1), dtype="float32")
    return normalize(sp.hstack(parts, format="csr"))


def has_words(text: str) -> bool:
    """Whether a text holds anything to analyse (not only spaces, digits or placeholders)."""
    return bool(_WORDLIKE.search(clean(text)))


ProgressFn = Callable[[float, str], None]
