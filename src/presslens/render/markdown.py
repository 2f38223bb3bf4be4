"""The record as Markdown: metadata first, then the canonical text."""

from __future__ import annotations

from ..record import Article


def render(article: Article) -> str:
    """Markdown with a metadata list and the article body, headings marked as `##`."""
    meta = article.metadata
    lines = [f"# {meta.get('title') or '(untitled)'}", ""]
    if meta.get("teaser"):
        lines += [f"*{meta['teaser']}*", ""]
    lines.append(f"- authors: {', '.join(meta.get('authors') or []) or '-'}")
    lines.append(f"- published: {meta.get('published') or '-'}")
    lines.append(f"- words: {meta.get('word_count', 0)}")
    lines.append("")
    headings = {s["heading"]["start"] for s in article.layer("sections") if s.get("heading")}
    for paragraph in article.layer("paragraphs"):
        prefix = "## " if paragraph["start"] in headings else ""
        lines += [prefix + article.span_text(paragraph), ""]
    return "\n".join(lines).rstrip() + "\n"
