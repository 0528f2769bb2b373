"""Demo step: filled in by the issue that builds this phase."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.demo import DemoIds
    from workbench.store import Store


def populate(store: Store, ids: DemoIds) -> None:
    """Add this phase's demo material (nothing yet)."""
