"""Screens of phase 2: coding stories, the codebook, calibration and analysis."""
