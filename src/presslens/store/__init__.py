"""The corpus store. `Store` is the one entry point; SQLite is the default engine."""

from .sqlite import SCHEMA_VERSION, Store

__all__ = ["SCHEMA_VERSION", "Store"]
