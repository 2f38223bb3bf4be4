"""Shared fixtures: where the shared data lives and how to run the real command."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
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


@dataclass
class CliResult:
    """What an in-process run of the command printed and its exit code."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run `presslens ARGS...` in this process (no 8 s interpreter start); returns a CliResult."""
    from presslens.cli import main

    def run(*args: str) -> CliResult:
        monkeypatch.setattr(sys, "argv", ["presslens", *args])
        monkeypatch.setenv("COLUMNS", "80")
        try:
            main()
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
