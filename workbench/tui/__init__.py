"""The Textual layer. Only this package imports textual; the core never does."""
