"""Workbench: a participatory storytelling workbench for knowledge workshops."""

from __future__ import annotations

import sys

__version__ = "0.1.0"

# sqlite-utils imports these at import time for things the workbench never uses: numpy and
# pandas to map their number types to column types (we never store their values), and
# dateutil's parser for its command-line "convert" recipes.
_HELD_BACK = ("numpy", "pandas")
_LOADED_LATE = ("dateutil.parser",)


def _load_late(name: str) -> None:
    """Put ``name`` in ``sys.modules`` as a module that runs its code only when one of its
    names is first used (the standard library's LazyLoader)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)


def load_sqlite_utils() -> None:
    """Import sqlite-utils (``workbench.store`` does, on first use) without what it only
    needs for features we do not use: numpy and pandas are held back (they load normally
    later when scikit-learn needs them; numpy alone costs about a quarter of a second at
    every start), dateutil's parser loads when something first uses it (about 10 ms)."""
    if "sqlite_utils" in sys.modules:
        return
    held = [name for name in _HELD_BACK if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" fails here
    for name in _LOADED_LATE:
        if name not in sys.modules:
            _load_late(name)
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in held:
            if sys.modules.get(name) is None:
                del sys.modules[name]

