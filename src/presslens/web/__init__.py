"""The local web app over a corpus store: `create_app(db_path)` (served by `presslens serve`)."""
