"""Workbench: a participatory storytelling workbench for knowledge workshops."""

__version__ = "0.1.0"
