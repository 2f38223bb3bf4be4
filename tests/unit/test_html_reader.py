"""The HTML reader: structure, metadata with provenance, footnotes, teasers and bad pages."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testpaths import FIXTURES
from presslens.errors import InputTooLarge, PresslensError, UnusableInput
from presslens.readers import read_data
from presslens.readers.html import read_html, read_html_bytes
from presslens.record import validate

GERMAN = FIXTURES / "html" / "kommentar-fussnoten.html"
ENGLISH = FIXTURES / "html" / "opengraph-en.html"
FILLER = "Der Stadtrat hat am Dienstag lange über den Haushalt beraten und schließlich einen Kompromiss gefunden. " * 4


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head><body><article>{body}</article></body></html>'


def test_german_page_structure_and_metadata_with_provenance():
    article = read_html_bytes(GERMAN.read_bytes(), path=str(GERMAN))
    validate(article.to_dict())
    meta = article.metadata
    assert meta["title"] == "Brücken über die Oder: Was die Debatte verrät"
    assert meta["authors"] == ["Jana Beispiel", "Tom Muster"]
    assert meta["published"] == "2024-03-21T15:00:00+01:00"
    assert meta["image_credit"] == "Lena Fotografin"
    assert meta["provenance"] == {"title": "json-ld", "authors": "json-ld", "published": "json-ld",
                                  "teaser": "page", "image_credit": "json-ld"}
    headings = [article.span_text(s["heading"]) if s["heading"] else None for s in article.layers["sections"]]
    assert headings == [None, "Ein Streit mit Geschichte", "Was jetzt geschieht"]
    kinds = [p.get("kind", "paragraph") for p in article.layers["paragraphs"]]
    assert kinds == ["paragraph", "paragraph", "paragraph", "blockquote", "list", "paragraph", "paragraph"]
    items = article.layers["paragraphs"][4]["items"]
    assert [article.span_text(item) for item in items] == ["Baukosten: bis zu 80 Millionen Euro", "Bauzeit: mindestens vier Jahre"]
    assert "\n\nEin Streit mit Geschichte\n\n" in article.text
    assert article.source["format"] == "html" and article.source["encoding"] == "utf-8"


def test_teaser_title_and_footnote_list_are_not_body_text():
    article = read_html_bytes(GERMAN.read_bytes())
    assert article.metadata["teaser"].startswith("Eine Stadt, zwei Ufer")
    assert "Eine Stadt, zwei Ufer" not in article.text
    assert not article.text.startswith("Brücken über die Oder")
    assert "Pressekonferenz" not in article.text and "Quellen" not in article.text
    assert "Startseite" not in article.text and "Datenschutz" not in article.text


def test_superscript_markers_stay_in_the_body_and_carry_their_source():
    article = read_html_bytes(GERMAN.read_bytes())
    refs = article.layers["references"]
    assert [ref["marker"] for ref in refs] == ["1", "2", "3"]
    assert all(article.span_text(ref) == ref["marker"] for ref in refs)
    assert article.text[refs[0]["start"] - 2 : refs[0]["end"]] == ".“1"
    assert refs[0]["url"] == "https://example.org/pk-2024-03-18"
    assert refs[0]["text"].startswith("Pressekonferenz des Bürgermeisters, 18. März 2024")
    assert refs[2]["url"] is None and refs[2]["text"] == "Beschluss des Landtags, Drucksache 7/1234"
    assert "1200 m2 betragen" in article.text  # a power, not footnote 2


def test_english_page_opengraph_meta_and_bracket_markers():
    article = read_data(ENGLISH.read_bytes(), path=str(ENGLISH))
    validate(article.to_dict())
    meta = article.metadata
    assert meta["title"] == "Harbour town votes on ferry link"
    assert meta["authors"] == ["Sam Writer"]
    assert meta["published"] == "2023-11-05T08:30:00+00:00"
    assert meta["teaser"].startswith("Residents of a small harbour town")
    assert meta["provenance"]["title"] == "opengraph" and meta["provenance"]["published"] == "meta"
    refs = article.layers["references"]
    assert [(ref["marker"], ref["style"], article.span_text(ref)) for ref in refs] == [("1", "bracket", "[1]"), ("2", "bracket", "[2]")]
    assert refs[0]["url"] == "https://example.org/registry-1999" and refs[1]["text"] == "Portwick Tourism Survey 2022"
    assert "Sources" not in article.text and "Maritime Registry" not in article.text
    assert "Subscribe" not in article.text


def test_quellen_paragraphs_after_quotes_like_the_seed():
    body = (f"<p>{FILLER}</p><p>„Das ist ein Fehler.“ (1) {FILLER}</p>"
            f"<p>{FILLER} Der Kanzler widersprach (2).</p>"
            "<p>Quellen:</p><p>(1) Interview im Deutschlandfunk, https://example.org/dlf</p><p>(2) Regierungserklärung</p>")
    article = read_html(page(body))
    refs = article.layers["references"]
    assert [(ref["marker"], ref["style"], article.span_text(ref)) for ref in refs] == [("1", "parenthesis", "(1)"), ("2", "parenthesis", "(2)")]
    assert refs[0]["text"] == "Interview im Deutschlandfunk, https://example.org/dlf"
    assert refs[0]["url"] == "https://example.org/dlf" and refs[1]["url"] is None
    assert "Quellen" not in article.text and "Regierungserklärung" not in article.text
    assert article.metadata["footnotes"][1] == {"marker": "2", "text": "Regierungserklärung", "url": None}


def test_cp1252_page_declared_as_utf8_is_repaired():
    html = page(f"<p>Über Größe und Maß: Bürgerinnen äußern sich. {FILLER}</p>", charset="utf-8").encode("cp1252")
    article = read_html_bytes(html)
    assert article.text.startswith("Über Größe und Maß: Bürgerinnen äußern sich.")
    assert "\ufffd" not in article.text
    assert article.source["encoding"] != "utf-8"


def test_truncated_html_still_gives_a_record():
    html = page(f"<h2>Erster Teil</h2><p>{FILLER}</p><p>{FILLER}</p>")
    article = read_html(html[: len(html) // 2 + 40])
    assert article.text.startswith("Erster Teil\n\nDer Stadtrat")
    assert article.span_text(article.layers["sections"][0]["heading"]) == "Erster Teil"
    validate(article.to_dict())


def test_deep_nesting_is_bounded():
    html = "<html><body>" + "<div>" * 100_000 + f"<p>{FILLER}</p>" + "</div>" * 100_000 + "</body></html>"
    started = time.monotonic()
    try:
        article = read_html(html)
    except UnusableInput as err:
        assert "\n" not in str(err)
    else:
        validate(article.to_dict())
    assert time.monotonic() - started < 20


def test_script_only_page_is_a_clear_error():
    html = "<html><head><script>var a = 1;</script></head><body>" + "<script>console.log('x');</script>" * 500 + "</body></html>"
    with pytest.raises(UnusableInput, match="no article text"):
        read_html(html)


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_pages_without_an_article_are_a_clear_error(html):
    with pytest.raises(UnusableInput) as err:
        read_html_bytes(html.encode())
    assert "\n" not in str(err.value)


def test_a_50_mb_page_is_refused_quickly():
    data = page("<p>" + "Lorem ipsum dolor sit amet. " * 1_900_000 + "</p>").encode()
    assert len(data) > 50_000_000
    started = time.monotonic()
    with pytest.raises(InputTooLarge, match="over the limit"):
        read_data(data, "html", max_bytes=20 * 1024 * 1024)
    assert time.monotonic() - started < 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<sup>1</sup>", "<h2>", "</h2>", "<li>", "<ol class='footnotes'>",
                                 "Quellen:", "„Zitat“", " (1) ", "\x00", "é", FILLER, "<script>", "<br>", "&amp;", "<"]), max_size=40))
def test_arbitrary_markup_gives_a_valid_record_or_a_clear_error(parts):
    try:
        article = read_html_bytes("".join(parts).encode())
    except PresslensError as err:
        assert "\n" not in str(err)
        return
    validate(article.to_dict())
    for ref in article.layers["references"]:
        assert article.span_text(ref).strip("()[]") == ref["marker"]


def test_text_left_between_blocks_is_kept_as_a_paragraph():
    from lxml import etree

    from presslens.readers.html import _blocks

    body = etree.fromstring("<body>Vorspann.<head>Einleitung</head>Die Erstellung von Gutachten erfordert Wissen.<p>Absatz.</p></body>")
    assert [(block.kind, block.text) for block in _blocks(body, [])] == [
        ("paragraph", "Vorspann."), ("heading", "Einleitung"),
        ("paragraph", "Die Erstellung von Gutachten erfordert Wissen."), ("paragraph", "Absatz.")]
