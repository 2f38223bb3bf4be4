"""Shared fixtures: where the shared data lives and how to run the real command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

#: Fixtures of the web end-to-end tests (store, live server, headless chromium), shared by every module.
pytest_plugins = ["e2e.web_fixtures"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
SEED = SHARED / "seed" / "taurus-und-macron.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def needs(path: Path) -> pytest.MarkDecorator:
    """Skip a test whose shared input is absent (the data never lives in the repo)."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present")


@pytest.fixture
def run_cli():
    """Run the real `presslens` command in a subprocess; returns the CompletedProcess."""

    def run(*args: str, input: bytes | None = None, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="utf-8")
        return subprocess.run(
            [sys.executable, "-m", "presslens", *args],
            input=input,
            capture_output=True,
            cwd=cwd or ROOT,
            env=env,
            timeout=timeout,
        )

    return run
