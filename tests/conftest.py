"""Shared fixtures: where the shared data lives and how to run the real command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from testpaths import ROOT


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
