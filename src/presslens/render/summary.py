"""A terminal summary of one record (rich): facts, sections with paragraph counts, references."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..record import Article
from . import outline


def render(article: Article, sink: TextIO) -> None:
    """Print title, teaser, author, date, reading time, sections and references."""
    console = Console(file=sink, highlight=False, soft_wrap=True)
    meta = article.metadata
    console.print(f"[bold]{escape(meta.get('title') or '(untitled)')}[/bold]")
    if meta.get("teaser"):
        console.print(f"[italic]{escape(meta['teaser'])}[/italic]")
    facts = Table.grid(padding=(0, 2))
    for label, value in outline.facts(article):
        facts.add_row(label, escape(value))
    console.print(facts)
    table = Table(title="sections")
    table.add_column("#", justify="right")
    table.add_column("heading")
    table.add_column("paragraphs", justify="right")
    for index, section in enumerate(outline.sections(article)):
        table.add_row(str(index + 1), escape(section.heading or "(no heading)"), str(len(section.paragraphs)))
    console.print(table)
    references = outline.references(article)
    if references:
        refs = Table(title="references")
        refs.add_column("marker", justify="right")
        refs.add_column("after")
        for marker, before in references:
            refs.add_row(escape(marker), escape(before))
        console.print(refs)
    else:
        console.print("references: -")
    if meta.get("author_bio"):
        console.print(f"[bold]about the author[/bold] {escape(meta['author_bio'])}")
    for link in meta.get("links") or []:
        console.print(f"link: {escape(link['url'])}" + (f" ({escape(link['label'])})" if link.get("label") else ""))
    _print_entities(console, article)
    _print_quotes(console, article)
    certainty = article.profile.get("certainty")
    if certainty:
        console.print("certainty: " + ", ".join(f"{label} {share:.0%}" for label, share in certainty.items()))
    dated = article.layer("timeline")
    if dated:
        console.print(f"timeline: {len(dated)} dated expressions, {escape(dated[0]['date'])} … {escape(dated[-1]['date'])}")


def _print_entities(console: Console, article: Article) -> None:
    """The most mentioned people, organisations and places, one line per label."""
    for label, title in (("PER", "people"), ("ORG", "organisations"), ("LOC", "places")):
        named = sorted((e for e in article.layer("entities") if e["label"] == label), key=lambda e: -len(e["mentions"]))
        if named:
            console.print(f"{title}: " + ", ".join(f"{escape(e['name'])} ({len(e['mentions'])})" for e in named[:8]))


def _print_quotes(console: Console, article: Article) -> None:
    """How many quotations the article carries, and who is quoted most."""
    speech = [q for q in article.layer("quotes") if q["type"] != "NotSpeech"]
    if not speech:
        return
    speakers: dict[str, int] = {}
    for quote in speech:
        if quote.get("speaker"):
            speakers[quote["speaker"]["name"]] = speakers.get(quote["speaker"]["name"], 0) + 1
    ranked = sorted(speakers.items(), key=lambda item: -item[1])
    console.print(f"quotes: {len(speech)}, {sum(speakers.values())} with a speaker" + (": " + ", ".join(f"{escape(n)} ({c})" for n, c in ranked[:6]) if ranked else ""))
