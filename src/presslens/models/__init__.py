"""Trained models shipped with presslens and their loaders."""
