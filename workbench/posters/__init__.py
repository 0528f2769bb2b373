"""Phase 5, what is printed: the poster model, the print plan's privacy gate, the results
shown on posters, quote typography, the practical guide, and printing (every PDF:
posters, the guide, forms). Builds on sessions."""
