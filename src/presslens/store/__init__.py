"""The corpus store. `Store` is the one entry point; SQLite is the default engine."""
