"""Phase 4, sounding-board sessions: the session model and lifecycle, the floor (hands,
cards, additions), ballots, the tally, results, the report and the export. Builds on factors."""
