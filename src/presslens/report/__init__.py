"""The HTML view of one article: a self-contained report file, and the partial the web app reuses."""

from .html import article_view, render_report

__all__ = ["article_view", "render_report"]
