"""Scorers that measure the toolkit's extractors against gold annotations (project gold, corpora in ../shared)."""
