"""Small widgets, one role each."""
