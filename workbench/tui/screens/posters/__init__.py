"""Screens of phase 5: the print plan for posters and the practical guide."""
