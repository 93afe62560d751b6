"""Benchmarks: ``uv run python -m tests.perf`` (not part of the pytest run)."""
