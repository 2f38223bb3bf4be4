"""Where the project and the shared data live, for tests to import (`from testpaths import ...`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
SEED = SHARED / "seed" / "taurus-und-macron.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def needs(path: Path) -> pytest.MarkDecorator:
    """Skip a test whose shared input is absent (the data never lives in the repo)."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present")
