"""Workbench: a participatory storytelling workbench for knowledge workshops."""

from __future__ import annotations

import sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy (and tries pandas) at import time, only to map their
    number types to column types; we never store numpy values, and numpy costs about a
    quarter of a second at every start. Import it with both held back; they load normally
    later when scikit-learn needs them."""
    if "sqlite_utils" in sys.modules:
        return
    held = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" fails here
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in held:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
