"""Metadata a web page states about its article, each value with its source.

Pages say the same thing in several places (JSON-LD, OpenGraph, <meta>,
visible bylines) and not all of them are right; collecting every candidate
with the name of its source lets the reader choose the most specific one and
tell the user where each value came from (`metadata.provenance`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

#: field -> (source, value) of the source that won.
Chosen = dict[str, tuple[str, Any]]

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "report",
    "scholarlyarticle", "techarticle", "liveblogposting", "posting",
}
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:post |posted )?(?:author )?by|von|vom|text|autor(?:in)?|author|geschrieben von|written by|por|par|di|door)\s*:?\s+",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(?:^|[\s(\[|/])(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Image|Credit|Bildquelle|Quelle|Illustration)\s*:\s*(?P<a>[^\n)\]|]{2,120})"
    r"|(?P<b>©\s*[^\n)\]|]{2,120})",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·»-]\s+|\s+::\s+")
_TEASER_CLASSES = frozenset({"teaser", "standfirst", "article-lead", "article__lead", "lead", "intro", "summary",
                             "kicker-text", "dek", "subheadline", "article-teaser", "article__teaser", "lede"})
# trafilatura.xpaths.AUTHOR_XPATHS, tier by tier (trafilatura 2.3).
_TIER0_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_TIER0_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_TIER1_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_TIER1_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
_TIER1_CLASS = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_TIER2_ID = re.compile(r"[Aa]uthor")
_TIER2_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
              "dcterms.date", "pubdate", "publishdate", "parsely-pub-date", "sailthru.date")
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d{3,}|^[^A-Za-zÀ-ÿ]*$")


def collect(tree: HtmlElement) -> Chosen:
    """Per field the value of the most specific source that has one, with the source's name.

    Sources are tried in order and only until one answers, so the costly ones
    (bylines, captions) run only for pages whose markup says nothing better.
    """
    articles = list(_json_ld_articles(tree))
    meta = _meta_tags(tree)
    site = meta.get("og:site_name") or meta.get("application-name")

    def from_json_ld(pick: Callable[[dict[str, Any]], Any]) -> Callable[[], Any]:
        return lambda: next((value for obj in articles if (value := pick(obj))), None)

    sources: dict[str, list[tuple[str, Callable[[], Any]]]] = {
        "title": [
            ("json-ld", from_json_ld(lambda obj: _clean(obj.get("headline") or obj.get("name")))),
            ("opengraph", lambda: _clean(meta.get("og:title") or meta.get("twitter:title"))),
            ("h1", lambda: _h1(tree)),
            ("title-element", lambda: _title_element(tree)),
        ],
        "authors": [
            ("json-ld", from_json_ld(lambda obj: _json_ld_names(obj.get("author")))),
            ("meta", lambda: _meta_author(meta)),
            ("byline", lambda: _byline(tree)),
        ],
        "published": [
            ("json-ld", from_json_ld(lambda obj: iso_datetime(obj.get("datePublished") or obj.get("dateCreated")))),
            ("meta", lambda: iso_datetime(_first(meta, *_DATE_META))),
            ("time-element", lambda: _time_element(tree)),
        ],
        "teaser": [
            ("page", lambda: _visible_teaser(tree)),
            ("json-ld", from_json_ld(lambda obj: _clean(obj.get("description")))),
            ("opengraph", lambda: _clean(meta.get("og:description") or meta.get("twitter:description"))),
            ("meta", lambda: _clean(meta.get("description"))),
        ],
        "image_credit": [
            ("json-ld", from_json_ld(lambda obj: _json_ld_credit(obj.get("image")))),
            ("caption", lambda: _caption_credit(tree)),
        ],
    }
    chosen: Chosen = {}
    for name, options in sources.items():
        for source, get in options:
            value = get()
            if value:
                chosen[name] = (source, _without_site(value, site, source) if name == "title" else value)
                break
    return chosen


def iso_datetime(value: Any) -> str | None:
    """ISO 8601 from a machine-readable date: date only, or date and time (with offset when given)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        return f"{match[1]}-{match[2]}-{match[3]}" if match and _plausible_date(match[0]) else None
    if not 1990 <= moment.year <= 2100:
        return None
    if len(text) <= 10:
        return moment.date().isoformat()
    return moment.isoformat(timespec="seconds")


def _plausible_date(text: str) -> bool:
    try:
        return 1990 <= datetime.strptime(text, "%Y-%m-%d").year <= 2100
    except ValueError:
        return False


def _clean(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", html.unescape(value)).strip()
    return text or None


def _first(meta: dict[str, str], *names: str) -> str | None:
    return next((meta[name] for name in names if meta.get(name)), None)


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """<meta> name/property/itemprop -> content (first wins), names lower-cased."""
    found: dict[str, str] = {}
    for element in tree.iterfind(".//meta"):
        content = element.get("content")
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            name = (element.get(attribute) or "").strip().lower()
            if name and name not in found:
                found[name] = content.strip()
    return found


def _json_ld_articles(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Article-like JSON-LD objects (NewsArticle, BlogPosting, ...), also inside @graph and lists."""
    for script in tree.xpath('.//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        yield from _article_objects(data, depth=0)


def _article_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _article_objects(item, depth + 1)
    elif isinstance(data, dict):
        types = data.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES for kind in types):
            yield data
        if "@graph" in data:
            yield from _article_objects(data["@graph"], depth + 1)
        if isinstance(data.get("mainEntity"), dict):
            yield from _article_objects(data["mainEntity"], depth + 1)


def _json_ld_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            if str(item.get("@type", "Person")).lower() not in {"person", "author"}:
                continue
            item = item.get("name")
        names.extend(_names(item if isinstance(item, str) else None))
    return _unique(names)


def _json_ld_credit(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            for key in ("creditText", "copyrightHolder", "author"):
                credit = item.get(key)
                if isinstance(credit, dict):
                    credit = credit.get("name")
                if _clean(credit):
                    return _clean(credit)
    return None


def _names(value: str | None) -> list[str]:
    """Author names from a byline string: 'Von A und B', 'By A, B and C'."""
    if not value:
        return []
    text = _BYLINE_PREFIX.sub("", _SPACE.sub(" ", value).strip())
    parts = re.split(r"\s*(?:,|;|&|\|)\s*|\s+(?:und|and|u\.)\s+", text)
    return _unique(part.strip(" .·-–") for part in parts if _plausible_name(part.strip(" .·-–")))


def _plausible_name(text: str) -> bool:
    return 2 <= len(text) <= 60 and len(text.split()) <= 5 and not _NOT_A_NAME.search(text)


def _unique(values: Any) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)


def _visible_teaser(tree: HtmlElement) -> str | None:
    """A paragraph the page marks as teaser, standfirst or lead (one pass over the elements with a class)."""
    for element in tree.xpath(".//p[@class] | .//div[@class] | .//h2[@class]"):
        if _TEASER_CLASSES.isdisjoint((element.get("class") or "").split()):
            continue
        text = _clean(element.text_content())
        if text and 20 <= len(text) <= 600:
            return text
    return None


def _time_element(tree: HtmlElement) -> str | None:
    for path in ('.//time[@itemprop="datePublished"]', ".//time[@pubdate]", ".//article//time[@datetime]", ".//time[@datetime]"):
        for element in tree.xpath(path):
            value = iso_datetime(element.get("datetime") or element.get("content"))
            if value:
                return value
    return None


def _byline(tree: HtmlElement) -> list[str]:
    """Visible byline: trafilatura's author XPaths (three tiers, most specific first) and discard
    zones (comments, related articles), evaluated in one pass over the elements instead of three
    regular-expression XPath scans, which cost more than the rest of the metadata together."""
    tiers: list[list[HtmlElement]] = [[], [], []]
    for element in tree.iter(tag=etree.Element):
        tier = _byline_tier(element)
        if tier is not None:
            tiers[tier].append(element)
    discard: set[HtmlElement] | None = None
    for candidates in tiers:
        for element in candidates:
            if discard is None:
                discard = {zone for zone_path in AUTHOR_DISCARD_XPATHS for zone in zone_path(tree)}
            if element in discard or any(parent in discard for parent in element.iterancestors()):
                continue
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < 120:
                return _names(normalize_authors(None, content))
    return []


def _byline_tier(element: HtmlElement) -> int | None:
    """0, 1 or 2 when trafilatura's first, second or last-resort author XPath would select the element."""
    tag = element.tag
    if tag == "author":
        return 0
    attrib = element.attrib
    if not attrib:
        return None
    cls, ident, itemprop = attrib.get("class", ""), attrib.get("id", ""), attrib.get("itemprop", "")
    if tag in _TIER0_TAGS and (attrib.get("rel") == "author" or ident == "author" or cls == "author"
                               or itemprop == "author name" or attrib.get("data-testid") in ("AuthorCard", "AuthorURL")
                               or _TIER0_CLASS.search(cls)):
        return 0
    if tag in _TIER1_TAGS and (cls in ("byline", "username", "byl", "BBL") or "author" in itemprop
                               or _TIER1_ID.search(ident) or _TIER1_CLASS.search(cls)):
        return 1
    if ("Byline" in attrib.get("data-component", "") or "author" in itemprop or _TIER2_ID.search(ident)
            or _TIER2_CLASS.search(cls)):
        return 2
    return None


def _meta_author(meta: dict[str, str]) -> list[str]:
    """<meta> author names; a single word or the site's own name is a publisher, not an author."""
    site = (meta.get("og:site_name") or "").casefold()
    names = _names(_first(meta, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"))
    return [name for name in names if " " in name and (not site or site not in name.casefold())]


def _h1(tree: HtmlElement) -> str | None:
    """The page's only <h1>; pages with several use them for logos and section names."""
    headings = tree.findall(".//h1")
    text = _clean(headings[0].text_content()) if len(headings) == 1 else None
    return text if text and len(text) < 300 else None


def _title_element(tree: HtmlElement) -> str | None:
    element = tree.find(".//title")
    return _clean(element.text_content()) if element is not None else None


def _without_site(title: str, site: str | None, source: str) -> str:
    """'Headline | Site' -> 'Headline': drop the part naming the site.

    Without a site name, a short last part after ' | ' is taken for the site;
    a <title> (which nearly always carries the site) keeps its longest part.
    """
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if site and site.casefold() in parts[-1].casefold():
        return " - ".join(parts[:-1])
    if site and site.casefold() in parts[0].casefold():
        return " - ".join(parts[1:])
    if source == "title-element":
        return max(parts, key=len)
    last = title.rsplit(" | ", 1)
    if len(last) == 2 and len(last[1].split()) <= 5 and len(last[1]) < len(last[0]):
        return last[0]
    return title


def _caption_credit(tree: HtmlElement) -> str | None:
    paths = (".//figcaption", './/*[contains(@class, "credit") or contains(@class, "copyright")]', './/*[contains(@class, "caption")]')
    for path in paths:
        for element in tree.xpath(path):
            text = _SPACE.sub(" ", element.text_content()).strip()
            if len(text) > 400:
                continue
            match = _CREDIT.search(text)
            if match:
                return (match["a"] or match["b"]).strip(" .;,")
            if "credit" in (element.get("class") or "") and 2 < len(text) < 80:
                return text
    return None
