"""End-to-end fixtures, defined in browser_support.py."""

from browser_support import browser, page, server, store_path  # noqa: F401  (fixtures)
