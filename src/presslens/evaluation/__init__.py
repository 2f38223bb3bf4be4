"""Scorers behind `presslens eval <layer>` and the benchmarks."""
