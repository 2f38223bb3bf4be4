"""The `presslens` command: argument parsing only; every command calls the library.

Each module imported at the bottom registers its commands on `app`. Errors a
user can cause end as one line on stderr and an exit code from
`presslens.errors.ExitCode` (documented in docs/cli.md).
"""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import ExitCode, PresslensError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="presslens")
def app() -> None:
    """Turn news articles into structured, checkable records."""


def fail(message: str, code: ExitCode) -> None:
    """Print one line to stderr and exit with `code`."""
    print(f"presslens: {message}", file=sys.stderr)
    raise SystemExit(int(code))


def main() -> None:
    """Entry point of the console script."""
    try:
        result = app.main(standalone_mode=False)
    except PresslensError as err:
        fail(str(err), err.exit_code)
    except click.exceptions.Abort:
        fail("aborted", ExitCode.INTERNAL)
    except click.ClickException as err:
        err.show()
        raise SystemExit(err.exit_code) from None
    except BrokenPipeError:
        raise SystemExit(int(ExitCode.OK)) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as err:  # a bug: still one line, never a traceback
        fail(f"internal error: {type(err).__name__}: {err}", ExitCode.INTERNAL)
    raise SystemExit(result if isinstance(result, int) else int(ExitCode.OK))


from . import analyze, corpus, evaluate, quotes, timeline, web  # noqa: E402,F401  (registers commands)
