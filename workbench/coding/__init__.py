"""Phase 2, coding: the codebook, coded fragments and their history, calibration and
agreement, auto-coding, retrieval and co-occurrence, memos and analysis reports.
Builds on collect."""
