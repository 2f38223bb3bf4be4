"""Scorers behind `presslens eval <layer>` and the benchmark scripts."""
