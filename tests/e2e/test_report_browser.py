"""The HTML report in headless chromium: highlights, switches, hover, panels, print, hostile text."""

from __future__ import annotations

import pytest
from browser_support import screenshot
from fixtures.report_articles import german_article, hostile_article

from presslens.report import render_report

pytestmark = pytest.mark.browser


def _open_report(page, tmp_path, article, name: str):
    path = tmp_path / name
    path.write_text(render_report(article), encoding="utf-8")
    page.goto(path.as_uri())
    return path


def _background(page, selector: str) -> str:
    return page.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor")


def test_report_highlights_panels_and_hover(page, tmp_path):
    _open_report(page, tmp_path, german_article(), "report-de.html")
    assert page.locator(".text .q").count() == 2
    assert page.locator(".text .ent").count() == 5
    assert page.locator(".text .tx").count() == 2
    assert page.locator(".text .cl-hedged").count() == 1
    for panel in ("metadata", "quotes", "entities", "timeline", "certainty"):
        assert page.locator(f"#panel-{panel}").is_visible()
    assert page.locator("#panel-timeline svg circle").count() == 2
    assert page.locator("#panel-certainty svg rect").count() == 5
    # the inline stylesheet is allowed by its hash in the page's CSP: quotes are coloured
    assert _background(page, "#quote-0") not in ("rgba(0, 0, 0, 0)", "transparent")
    page.hover("#quote-0")
    tip = page.eval_on_selector("#quote-0", "el => getComputedStyle(el, '::after').content")
    assert "Emmanuel Macron" in tip and "Direct" in tip and "(1)" in tip
    screenshot(page, "report-hover-quote")
    page.click(".text a.ref >> nth=0")
    assert page.evaluate("location.hash") == "#quote-0"


def test_layers_switch_off_and_on(page, tmp_path):
    _open_report(page, tmp_path, german_article(), "report-toggle.html")
    page.uncheck("#show-quotes")
    assert _background(page, "#quote-0") == "rgba(0, 0, 0, 0)"
    page.uncheck("#show-dates")
    assert page.eval_on_selector(".tx", "el => getComputedStyle(el, '::after').content") in ("none", "normal")
    screenshot(page, "report-layers-off")
    page.check("#show-quotes")
    assert _background(page, "#quote-0") != "rgba(0, 0, 0, 0)"


def test_report_prints_without_controls(page, tmp_path):
    _open_report(page, tmp_path, german_article(), "report-print.html")
    page.emulate_media(media="print")
    assert not page.locator(".toggles").is_visible()
    assert page.locator("#panel-quotes").is_visible()
    assert len(page.pdf()) > 1000


def test_hostile_report_runs_no_script(page, tmp_path):
    _open_report(page, tmp_path, hostile_article(), "report-xss.html")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert "<script>window.__xss=1" in page.inner_text("h1.report-title")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("img").count() == 0
    screenshot(page, "report-xss")
