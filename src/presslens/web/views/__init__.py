"""One module per kind of page; each holds the HTML page and its JSON twin under /api/."""
