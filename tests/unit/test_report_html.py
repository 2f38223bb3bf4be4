"""The HTML report: self-contained, every layer shown when present, hostile text inert."""

from __future__ import annotations

import html
import json
import re

from testpaths import SEED, needs
from hypothesis import given, settings
from hypothesis import strategies as st
from fixtures.report_articles import XSS, english_article, german_article, hostile_article

from presslens.record import Article
from presslens.report import render_report
from presslens.report.html import safe_href


def test_report_shows_layers_panels_and_german_labels():
    page = render_report(german_article())
    assert '<html lang="de">' in page
    for panel in ("panel-metadata", "panel-quotes", "panel-entities", "panel-timeline", "panel-certainty"):
        assert f'id="{panel}"' in page
    assert "Zitate (2)" in page and "Gewissheitsprofil" in page
    assert 'data-tip="Sprecher: Emmanuel Macron · Art: Direct · Verweis: (1)"' in page
    assert '<a class="ref" href="#quote-0"' in page  # the marker links to the quote it closes
    assert 'data-value="2024-03-07"' in page
    assert 'class="cl cl-hedged"' in page and 'class="cl cl-speculative"' in page
    assert page.count("<svg") == 2  # timeline and certainty charts
    for layer in ("quotes", "entities", "dates", "claims", "references"):
        assert f'id="show-{layer}"' in page


def test_report_needs_no_network_and_no_script():
    page = render_report(german_article())
    assert "<script" not in page
    assert not re.search(r'\s(src|srcset)=', page)
    assert "@import" not in page and "url(" not in page
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert "default-src 'none'" in csp and "style-src 'sha256-" in csp


def test_english_report_and_record_without_layers():
    assert "Quotes (1)" in render_report(english_article(1))
    bare = render_report(Article(text="Nothing analysed here.", language="en"))
    assert "Nothing analysed here." in bare
    assert "Not analysed for this article." in bare
    assert 'id="show-' not in bare


def test_hostile_record_is_shown_as_text():
    page = render_report(hostile_article())
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;window.__xss=1" in page
    assert "javascript:" not in re.findall(r'href="([^"]*)"', page).__str__()
    assert 'href="https://example.org/ok"' in page
    assert XSS not in page


def test_only_http_links_are_links():
    assert safe_href("https://example.org/a") == "https://example.org/a"
    assert safe_href(" JavaScript:alert(1)") is None
    assert safe_href("data:text/html,x") is None
    assert safe_href("//evil.example/x") is None
    assert safe_href(None) is None


def test_report_command_writes_a_file(run_cli, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Berlin. Die Regierung hat am Montag entschieden.\n\nSie sagte: „Wir machen das.“\n", encoding="utf-8")
    out = tmp_path / "report.html"
    done = run_cli("report", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    shown = html.unescape(re.sub(r"<[^>]+>", "", out.read_text(encoding="utf-8")))
    assert "Die Regierung hat am Montag entschieden." in shown


def test_report_command_missing_input_is_one_line(run_cli, tmp_path):
    done = run_cli("report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html"))
    assert done.returncode != 0
    assert done.stderr.decode().startswith("presslens: ") and "Traceback" not in done.stderr.decode()


@needs(SEED)
def test_report_of_the_seed_shows_every_analysed_layer(run_cli, tmp_path):
    out = tmp_path / "seed.html"
    done = run_cli("report", str(SEED), "-o", str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert html.unescape(re.sub(r"<[^>]+>", "", page)).count("Die Ereignisse rund um den Ukrainekrieg") == 1
    record = run_cli("analyze", str(SEED), "--format", "json")
    layers = json.loads(record.stdout)["layers"]
    for layer, css in (("quotes", 'class="q '), ("entities", 'class="ent '), ("timexes", 'class="tx"'), ("references", 'class="ref"')):
        if layers.get(layer):
            assert css in page, layer


@st.composite
def annotated_articles(draw) -> Article:
    """Records with every layer the report reads, spans anywhere in the text, optional fields missing."""
    text = draw(st.text(alphabet=st.sampled_from("ab „“<>&\n"), min_size=1, max_size=60))
    n = len(text)

    def span() -> dict[str, int]:
        start = draw(st.integers(0, n))
        return {"start": start, "end": draw(st.integers(start, n))}

    speaker = st.one_of(st.none(), st.builds(lambda s, name: {**s, "name": name, "entity": None}, st.just(span()), st.text(max_size=4)))
    article = Article(text=text, language=draw(st.sampled_from(["de", "en", None])))
    article.layers = {
        "entities": [{"id": f"e{i}", "label": draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])), "name": draw(st.text(max_size=5)),
                      "mentions": [span() for _ in range(draw(st.integers(0, 3)))]} for i in range(draw(st.integers(0, 3)))],
        "quotes": [{"spans": [span() for _ in range(draw(st.integers(1, 2)))], "type": "Direct", "cue": draw(st.one_of(st.none(), st.just(span()))),
                    "speaker": draw(speaker), "addressee": None, "reference": draw(st.sampled_from([None, "1", "2"]))}
                   for _ in range(draw(st.integers(0, 3)))],
        "references": [{**span(), "marker": draw(st.sampled_from(["1", "2"]))} for _ in range(draw(st.integers(0, 2)))],
        "timexes": [{**span(), "type": "DATE", "value": draw(st.sampled_from([None, "2024", "2024-02-30", "XXXX-WXX-1", "PRESENT_REF"])),
                     "mod": None, "anchor": None} for _ in range(draw(st.integers(0, 2)))],
        "timeline": [{"date": draw(st.sampled_from(["2024-03", "2023", "bad"])), "sentence": span(),
                      "entities": draw(st.lists(st.sampled_from(["e0", {"id": "e1", "name": "X"}]), max_size=2)), "quotes": [0]}
                     for _ in range(draw(st.integers(0, 2)))],
        "claims": [{**span(), "label": draw(st.sampled_from(["asserted", "hedged", "speculative"])), "cues": [span()], "sourced": None}
                   for _ in range(draw(st.integers(0, 2)))],
    }
    return article


@settings(max_examples=60, deadline=None)
@given(annotated_articles())
def test_any_annotated_record_renders_with_its_text_intact(article):
    page = render_report(article)
    body = re.search(r'<div class="text" id="text">(.*?)</div>\n', page, re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == article.text
