"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

#: The corpus store a command reads or writes; `PRESSLENS_DB` sets the default.
db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="PRESSLENS_DB",
    default=Path("corpus.sqlite"),
    show_default=True,
    help="The corpus store (SQLite). Also set by PRESSLENS_DB.",
)

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
