"""Screens of phase 3: the factor wall and its dialogs."""
