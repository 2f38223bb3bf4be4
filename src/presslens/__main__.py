"""`python -m presslens` runs the command-line interface."""

from presslens.cli import main

main()
