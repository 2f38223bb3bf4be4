"""The record as Markdown: title and facts, the body with `##` section headings, references, bio, links."""

from __future__ import annotations

from ..record import Article
from . import outline


def render(article: Article) -> str:
    """A Markdown document a person can read and a Markdown tool can render."""
    meta = article.metadata
    lines = [f"# {meta.get('title') or '(untitled)'}", ""]
    if meta.get("teaser"):
        lines += [f"*{meta['teaser']}*", ""]
    lines += [f"- {label}: {value}" for label, value in outline.facts(article)]
    lines.append("")
    for section in outline.sections(article):
        if section.heading:
            lines += [f"## {section.heading}", ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
    references = outline.references(article)
    if references:
        lines += ["## References", ""]
        lines += [f"- ({marker}) after: {before}" for marker, before in references]
        lines.append("")
    if meta.get("author_bio"):
        lines += ["## About the author", "", meta["author_bio"], ""]
    links = meta.get("links") or []
    if links:
        lines += ["## Links", ""]
        lines += [f"- [{link.get('label') or link['url']}]({link['url']})" for link in links]
    return "\n".join(lines).rstrip() + "\n"
