"""One module per phase; each exports ``make_screen(store) -> Screen``."""
