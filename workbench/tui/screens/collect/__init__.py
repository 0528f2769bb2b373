"""Screens of phase 1: stories, interviews, topics and pseudonymising."""
