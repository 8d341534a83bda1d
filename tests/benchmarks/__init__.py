"""Benchmarks (not collected by pytest): run them all with ``python -m tests.benchmarks``."""
