"""Human-readable views of a record: a terminal summary and Markdown."""
