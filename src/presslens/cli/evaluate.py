"""`presslens eval ...`: quality figures against gold data, one subcommand per layer."""

from __future__ import annotations

import click

from . import app


@app.group("eval")
def evaluate() -> None:
    """Score a layer against gold data and print precision, recall and F1."""
