"""One message catalog for every string a user reads, Dutch by default, English on request.

Each module in this package holds ``MESSAGES: dict[str, tuple[str, str]]`` mapping a key to
its (Dutch, English) text; keys are namespaced by area (``home.*``, ``booth.*``). Widgets and
commands call ``t(key, **params)`` and never hold literal Dutch.
"""

from __future__ import annotations

import importlib
import os
import re
from typing import Any

LANGUAGES = ("nl", "en")
_language = "nl"
_catalog: dict[str, tuple[str, str]] | None = None


def catalog() -> dict[str, tuple[str, str]]:
    global _catalog
    if _catalog is None:
        merged: dict[str, tuple[str, str]] = {}
        # the package's own files, listed directly: pkgutil's walk costs milliseconds at
        # every start
        names = sorted(entry.name[:-3] for entry in os.scandir(os.path.dirname(__file__))
                       if entry.name.endswith(".py") and not entry.name.startswith("_"))
        for name in names:
            module = importlib.import_module(f"{__name__}.{name}")
            for key, value in module.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"Message key defined twice: {key}")
                merged[key] = value
        _catalog = merged
    return _catalog


def set_language(language: str | None) -> str:
    """Switch the UI language; unknown values fall back to Dutch."""
    global _language
    _language = language if language in LANGUAGES else "nl"
    return _language


def get_language() -> str:
    return _language


def language_from_env() -> str | None:
    value = os.environ.get("WORKBENCH_LANG")
    return value if value in LANGUAGES else None


def tn(key: str, n: int, language: str | None = None, /, **params: Any) -> str:
    """``t`` with the count ``n`` (kept for callers that name the count apart)."""
    return t(key, language, n=n, **params)


def t(key: str, language: str | None = None, /, **params: Any) -> str:
    """The message ``key`` in the current (or given) language, filled with ``params``.

    ``key`` and ``language`` are positional only: every keyword is a parameter of the
    message, so ``t(key, **counts)`` type-checks whatever the counts are called.
    Counts are written one way: a key whose text counts ``{n}`` has a ``key.one`` form
    ("1 verhaal"), used whenever ``n`` is 1 ("2 verhalen" otherwise). A text with more
    than one count words each of the others inline: ``{stories} {stories|verhaal|verhalen}``
    reads "1 verhaal" or "3 verhalen".
    """
    if "language" in params:
        raise TypeError("t(): give the language as the second argument, not language=")
    if params.get("n") == 1 and f"{key}.one" in catalog():
        key = f"{key}.one"
    entry = catalog().get(key)
    if entry is None:
        return key
    text = entry[LANGUAGES.index(language or _language)]
    if "|" in text:
        text = COUNTED.sub(lambda m: m[2] if params.get(m[1]) == 1 else m[3], text)
    return text.format(**params) if params else text


# ``{name|one|other}``: the word for one, or for any other number of ``name``
COUNTED = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")
