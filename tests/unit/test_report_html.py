"""The HTML report: self-contained, every layer shown when present, hostile text inert."""

from __future__ import annotations

import html
import re

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
    assert "Die Regierung hat am Montag entschieden." in out.read_text(encoding="utf-8")


def test_report_command_missing_input_is_one_line(run_cli, tmp_path):
    done = run_cli("report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html"))
    assert done.returncode != 0
    assert done.stderr.decode().startswith("presslens: ") and "Traceback" not in done.stderr.decode()
