"""CLI commands for this area; filled in by the issue that builds it."""

from __future__ import annotations

import click


def register(main: click.Group, export: click.Group, import_: click.Group) -> None:
    """Add this area's commands to the CLI."""
