"""Dialogs shared by every screen: confirm, ask for text, pick one, and the PIN."""
