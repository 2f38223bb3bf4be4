"""The web app in headless chromium against a real store: search, article, trace, upload, hostile records."""

from __future__ import annotations

import pytest
from browser_support import screenshot
from fixtures.report_articles import XSS, english_article, german_article, hostile_article

pytestmark = pytest.mark.browser


def test_search_and_open_an_article(page, server):
    page.goto(server + "/")
    screenshot(page, "serve-home")
    page.fill("form.search input[name=q]", "Paukenschlag")
    with page.expect_navigation():
        page.click("form.search button")
    results = page.locator("ol.results li")
    assert results.count() == 1
    assert page.locator("ol.results mark").first.inner_text() == "Paukenschlag"
    screenshot(page, "serve-search")
    with page.expect_navigation():
        page.click("ol.results a.result-title")
    assert page.url.endswith("/article/" + german_article().id)
    assert page.locator(".text .q").count() == 2
    page.hover("#quote-1")
    assert "Olaf Scholz" in page.eval_on_selector("#quote-1", "el => getComputedStyle(el, '::after').content")
    screenshot(page, "serve-article")


def test_follow_a_quote_trace(page, server):
    page.goto(f"{server}/article/{english_article(3).id}")
    with page.expect_navigation():
        page.click("#panel-quotes td.qtext a")
    rows = page.locator("#trace-results tbody tr")
    assert rows.count() == 6
    published = [rows.nth(i).locator("td").first.inner_text() for i in range(6)]
    assert published == sorted(published)
    screenshot(page, "serve-trace")
    with page.expect_navigation():
        rows.first.locator("a").click()
    assert page.url.endswith("/article/" + english_article(0).id)


def test_entity_quotes_and_timeline_pages(page, server):
    page.goto(server + "/entities")
    with page.expect_navigation():
        page.click("text=Jane Doe")
    assert page.locator("#mentions-over-time svg rect").count() >= 1
    assert page.locator("#entity-quotes tbody tr").count() == 6
    screenshot(page, "serve-entity")
    page.goto(server + "/quotes")
    with page.expect_navigation():
        page.click("#speakers >> text=Olaf Scholz")
    assert "Wir werden keine Taurus liefern" in page.inner_text("table.data")
    screenshot(page, "serve-quotes")
    page.goto(server + "/timeline")
    assert page.locator("#timeline-rows tbody tr").count() >= 2
    screenshot(page, "serve-timeline")


def test_upload_a_file_to_analyse(page, server, tmp_path):
    upload = tmp_path / "upload.txt"
    upload.write_text("Hochgeladen\n\nDie Ministerin sagte am Montag: „Wir prüfen das.“\n", encoding="utf-8")
    page.goto(server + "/analyse")
    page.set_input_files("input[name=file]", str(upload))
    with page.expect_navigation():
        page.click("form button[type=submit]")
    assert "Die Ministerin sagte am Montag" in page.inner_text("#text")
    assert "not stored" in page.inner_text(".notice")
    screenshot(page, "serve-analyse-result")


def test_hostile_records_run_no_script_anywhere(page, server):
    hostile = hostile_article()
    for path in (f"/article/{hostile.id}", "/quotes", "/entities", "/?q=Minister", f"/entity?name=Minister {XSS}",
                 f"/quotes?speaker={XSS}", f"/trace?q={XSS}"):
        page.goto(server + path)
        page.wait_for_timeout(100)
        assert page.evaluate("window.__xss") is None, path
        assert page.locator("a[href^='javascript']").count() == 0, path
        assert page.locator("img").count() == 0, path
    page.goto(f"{server}/article/{hostile.id}")
    assert "<script>window.__xss=1" in page.inner_text("h1.report-title")
    screenshot(page, "serve-xss-article")
    page.goto(server + "/analyse")
    page.fill("textarea[name=text]", f"Titel {XSS}\n\nEr sagte: „{XSS}“")
    with page.expect_navigation():
        page.click("form button[type=submit]")
    page.wait_for_timeout(100)
    assert page.evaluate("window.__xss") is None
