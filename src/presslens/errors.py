"""Errors a user sees as one line and an exit code, never as a traceback."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the `presslens` command (documented in docs/cli.md)."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    NOT_FOUND = 3
    UNUSABLE_INPUT = 4
    TOO_LARGE = 5
    NETWORK = 6
    STORE = 7


class PresslensError(Exception):
    """An error whose message is fit to show a user as is."""

    exit_code: ExitCode = ExitCode.INTERNAL


class InputNotFound(PresslensError):
    """The named input does not exist or is not a readable file."""

    exit_code = ExitCode.NOT_FOUND


class NotInStore(PresslensError):
    """The asked-for article is not in the corpus store."""

    exit_code = ExitCode.NOT_FOUND


class OutputNotWritable(PresslensError):
    """The file named by -o/--output cannot be written (same code as click's own -o checks)."""

    exit_code = ExitCode.USAGE


class UnusableInput(PresslensError):
    """The input exists but holds nothing presslens can read as an article."""

    exit_code = ExitCode.UNUSABLE_INPUT


class InputTooLarge(PresslensError):
    """The input is larger than the configured limit."""

    exit_code = ExitCode.TOO_LARGE


class FetchError(PresslensError):
    """A URL could not be fetched as an HTML page."""

    exit_code = ExitCode.NETWORK


class StoreError(PresslensError):
    """The corpus store cannot be opened or written."""

    exit_code = ExitCode.STORE
