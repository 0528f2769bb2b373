"""Exchange: the whole workshop as JSON, REFI-QDA, CSV, and bundles between laptops."""
