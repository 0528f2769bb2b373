"""Screens of phase 4: sounding-board sessions, their floor and results."""
