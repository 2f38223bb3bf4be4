"""One article as HTML: highlighted layers that can be switched on and off, and side panels.

`article_view` turns an `Article` into the context of the `_article.html`
partial (shared with the web app); `render_report` wraps it into one
self-contained file: inline CSS (allowed by its hash in the page's
Content-Security-Policy), inline SVG charts, no script, nothing fetched.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..record import Article
from . import charts, marks
from .labels import labels_for
from .marks import Mark

#: Distinct speaker colours (CSS classes spk-0 .. spk-9); more speakers reuse them.
SPEAKER_COLOURS = 10
#: Claim labels highlighted in the text.
MARKED_CLAIMS = ("hedged", "speculative")
#: Certainty shares in display order (others the stage adds follow).
CERTAINTY_ORDER = ("asserted", "hedged", "speculative", "question", "attributed", "unsourced")


def template_environment(*extra: Any) -> Environment:
    """Jinja2 with autoescape on for every template; `extra` loaders are searched first."""
    from jinja2 import ChoiceLoader

    loader = ChoiceLoader([*extra, PackageLoader("presslens.report", "templates")])
    return Environment(loader=loader, autoescape=select_autoescape(default=True, default_for_string=True))


def stylesheet() -> str:
    """The report's CSS (also served by the web app as /static/report.css)."""
    return resources.files("presslens.report").joinpath("templates/report.css").read_text(encoding="utf-8")


def safe_href(url: Any) -> str | None:
    """`url` when it is an absolute http(s) link; None for javascript:, data: and anything else."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _quote_text(article: Article, quote: dict[str, Any]) -> str:
    return " … ".join(article.span_text(span) for span in quote.get("spans", []))


def _speaker_name(quote: dict[str, Any]) -> str | None:
    speaker = quote.get("speaker") or {}
    return speaker.get("name") or None


def _speaker_classes(quotes: list[dict[str, Any]]) -> dict[str, str]:
    """A colour class per speaker, in order of first appearance."""
    classes: dict[str, str] = {}
    for quote in quotes:
        name = _speaker_name(quote)
        if name and name not in classes:
            classes[name] = f"spk-{len(classes) % SPEAKER_COLOURS}"
    return classes


def _quote_owner_of_references(article: Article) -> dict[int, int]:
    """Reference index -> index of the quote it closes (same marker, nearest quote before it)."""
    owners: dict[int, int] = {}
    quotes = article.layer("quotes")
    for r_index, ref in enumerate(article.layer("references")):
        candidates = [
            (q_index, max((s["end"] for s in quote.get("spans", [])), default=-1))
            for q_index, quote in enumerate(quotes)
            if quote.get("reference") is not None and str(quote.get("reference")) == str(ref.get("marker"))
        ]
        before = [c for c in candidates if c[1] <= ref["start"]] or candidates
        if before:
            owners[r_index] = max(before, key=lambda c: c[1])[0]
    return owners


def _quote_tip(quote: dict[str, Any], words: dict[str, str]) -> str:
    parts = [f"{words['speaker']}: {_speaker_name(quote) or words['unknown']}", f"{words['type']}: {quote.get('type') or '-'}"]
    if quote.get("reference") is not None:
        parts.append(f"{words['reference']}: ({quote['reference']})")
    return " · ".join(parts)


def _marks(article: Article, speakers: dict[str, str], words: dict[str, str]) -> list[Mark]:
    found: list[Mark] = []
    for section in article.layer("sections"):
        if section.get("heading"):
            found.append(Mark(section["heading"]["start"], section["heading"]["end"], "heading", "h"))
    for claim in article.layer("claims"):
        if claim.get("label") in MARKED_CLAIMS:
            title = (("title", f"{words['sentence']}: {words.get(claim['label'], claim['label'])}"),)
            found.append(Mark(claim["start"], claim["end"], "claim", f"cl cl-{claim['label']}", title))
            found.extend(Mark(c["start"], c["end"], "cue", "hcue") for c in claim.get("cues", []))
    for index, quote in enumerate(article.layer("quotes")):
        colour = speakers.get(_speaker_name(quote) or "", "spk-none")
        tip = (("data-tip", _quote_tip(quote, words)), ("data-quote", str(index)))
        for n, span in enumerate(quote.get("spans", [])):
            first = (("id", f"quote-{index}"),) if n == 0 else ()
            kind = f"q {colour} q-{quote.get('type') or 'none'}"
            found.append(Mark(span["start"], span["end"], "quote", kind, tip, first_attrs=first))
        speaker = quote.get("speaker") or {}
        if isinstance(speaker.get("start"), int) and isinstance(speaker.get("end"), int):
            found.append(Mark(speaker["start"], speaker["end"], "speaker", f"spk {colour}"))
        if quote.get("cue"):
            found.append(Mark(quote["cue"]["start"], quote["cue"]["end"], "cue", "qcue"))
    for entity in article.layer("entities"):
        title = (("title", f"{entity.get('label')}: {entity.get('name')}"),)
        found.extend(Mark(m["start"], m["end"], "entity", f"ent ent-{entity.get('label')}", title) for m in entity.get("mentions", []))
    for timex in article.layer("timexes"):
        value = str(timex.get("value") or "?")
        detail = " ".join(str(x) for x in (timex.get("type"), value, timex.get("mod")) if x)
        found.append(Mark(timex["start"], timex["end"], "timex", "tx", (("title", detail), ("data-value", value))))
    owners = _quote_owner_of_references(article)
    for r_index, ref in enumerate(article.layer("references")):
        note = f": {ref['text'][:200]}" if isinstance(ref.get("text"), str) and ref["text"] else ""
        title = (("title", f"{words['reference']} ({ref.get('marker')}){note}"),)
        if r_index in owners:
            found.append(Mark(ref["start"], ref["end"], "reference", "ref", (("href", f"#quote-{owners[r_index]}"), *title), tag="a"))
        else:
            found.append(Mark(ref["start"], ref["end"], "reference", "ref", title))
    return found


def _metadata_rows(article: Article, words: dict[str, str]) -> list[dict[str, Any]]:
    meta = article.metadata
    source = article.source or {}
    reading = meta.get("reading_time") or {}
    minutes = reading.get("stated_minutes") or reading.get("estimated_minutes")
    rows = [
        (words["title"], meta.get("title"), None),
        (words["teaser"], meta.get("teaser"), None),
        (words["authors"], ", ".join(str(a) for a in meta.get("authors") or []), None),
        (words["published"], meta.get("published"), None),
        (words["source"], source.get("url") or source.get("path"), safe_href(source.get("url"))),
        (words["language"], article.language, None),
        (words["words"], meta.get("word_count") or None, None),
        (words["reading_time"], f"{minutes} {words['minutes']}" if minutes else None, None),
        (words["image_credit"], meta.get("image_credit"), None),
    ]
    return [{"label": label, "value": value, "href": href} for label, value, href in rows if value]


def _links(article: Article) -> list[dict[str, Any]]:
    links = []
    for link in article.metadata.get("links") or []:
        if isinstance(link, dict) and link.get("url"):
            links.append({"text": link.get("label") or link["url"], "url": link["url"], "href": safe_href(link["url"])})
    return links


def _entity_name(entity: Any, names: dict[Any, Any]) -> str:
    """A timeline item names its entities as {id, name, label} objects or as ids."""
    if isinstance(entity, dict):
        return str(entity.get("name") or entity.get("id") or "")
    return str(names.get(entity, entity))


def _timeline_rows(article: Article) -> list[dict[str, Any]]:
    """The timeline layer (or, without one, the dated timexes) as rows: date, sentence text, entities, quotes."""
    names = {e.get("id"): e.get("name") for e in article.layer("entities")}
    rows = []
    for item in article.layer("timeline"):
        value = item.get("date") or item.get("value")
        sentence = item.get("sentence") if isinstance(item.get("sentence"), dict) else item
        text = article.span_text(sentence) if isinstance(sentence.get("start"), int) else ""
        rows.append({
            "value": str(value),
            "mod": item.get("mod"),
            "text": text.strip(),
            "entities": [_entity_name(e, names) for e in item.get("entities", [])],
            "quotes": [q for q in item.get("quotes", []) if isinstance(q, int)],
        })
    if not rows:
        for timex in article.layer("timexes"):
            if timex.get("value") and charts.date_position(str(timex["value"])):
                rows.append({"value": str(timex["value"]), "mod": timex.get("mod"), "text": article.span_text(timex),
                             "entities": [], "quotes": []})
        rows.sort(key=lambda r: r["value"])
    return rows


def _certainty(article: Article) -> list[tuple[str, float]]:
    """Shares of sentence labels: the stage's profile when present, else counted from the claims layer."""
    profile = article.profile.get("certainty")
    if isinstance(profile, dict):
        shares = {k: float(v) for k, v in profile.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    else:
        labels = Counter(c.get("label") for c in article.layer("claims"))
        labels.update("unsourced" for c in article.layer("claims") if c.get("sourced") is False)
        total = len(article.layer("claims"))
        shares = {k: v / total for k, v in labels.items() if k} if total else {}
    ordered = [k for k in CERTAINTY_ORDER if k in shares] + sorted(k for k in shares if k not in CERTAINTY_ORDER)
    return [(k, shares[k]) for k in ordered]


def article_view(article: Article) -> dict[str, Any]:
    """Everything the `_article.html` partial shows, computed once from the record."""
    words = labels_for(article.language)
    quotes = article.layer("quotes")
    speakers = _speaker_classes(quotes)
    entities = sorted(article.layer("entities"), key=lambda e: (-len(e.get("mentions", [])), str(e.get("name"))))
    timeline_rows = _timeline_rows(article)
    certainty = _certainty(article)
    toggles = [
        key
        for key, layer in (("quotes", "quotes"), ("entities", "entities"), ("dates", "timexes"), ("claims", "claims"), ("references", "references"))
        if article.layer(layer)
    ]
    return {
        "id": article.id,
        "lang": "de" if words is labels_for("de") else "en",
        "words": words,
        "title": article.metadata.get("title") or words["untitled"],
        "body": marks.render(article.text, _marks(article, speakers, words)),
        "toggles": toggles,
        "speakers": list(speakers.items()),
        "metadata": _metadata_rows(article, words),
        "links": _links(article),
        "quotes": [
            {
                "index": i,
                "speaker": _speaker_name(q),
                "colour": speakers.get(_speaker_name(q) or "", "spk-none"),
                "type": q.get("type"),
                "reference": q.get("reference"),
                "text": _quote_text(article, q),
            }
            for i, q in enumerate(quotes)
        ],
        "has_quotes": "quotes" in article.layers,
        "entities": [{"name": e.get("name"), "label": e.get("label"), "mentions": len(e.get("mentions", []))} for e in entities],
        "has_entities": "entities" in article.layers,
        "timeline": timeline_rows,
        "has_timeline": "timeline" in article.layers or "timexes" in article.layers,
        "timeline_chart": charts.timeline([(r["value"], r["text"][:160]) for r in timeline_rows]),
        "certainty": certainty,
        "certainty_chart": charts.hbars([(words.get(label, label), share) for label, share in certainty]),
    }


def _style_hash(css: str) -> str:
    digest = hashlib.sha256(css.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def render_report(article: Article) -> str:
    """The self-contained HTML report of one article."""
    css = stylesheet()
    csp = f"default-src 'none'; style-src '{_style_hash(css)}'; img-src data:; base-uri 'none'; form-action 'none'"
    template = template_environment().get_template("report.html")
    return template.render(v=article_view(article), css=Markup(css), csp=csp, web=False)
