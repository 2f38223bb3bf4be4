"""A real store, a real server on 127.0.0.1 and a real headless chromium for the end-to-end tests.

The fixtures are re-exported by conftest.py; tests import constants and helpers from here.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.report_articles import english_article, german_article, hostile_article

from presslens.store import Store  # imported directly: a broken store must fail these tests, not skip them

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "output" / "screenshots"
#: A small limit so the 413 tests need not send megabytes.
TEST_UPLOAD_LIMIT = 256 * 1024


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    """A real SQLite store holding the fixture records (German, hostile, English)."""
    path = tmp_path_factory.mktemp("store") / "corpus.sqlite"
    with Store(path) as store:
        for article in [german_article(), hostile_article(), *(english_article(n) for n in range(6))]:
            store.add(article)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(store_path) -> Iterator[str]:
    """`presslens serve`'s app under uvicorn on a free 127.0.0.1 port; yields the base URL."""
    import uvicorn

    from presslens.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(store_path, max_upload=TEST_UPLOAD_LIMIT), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium driven by Playwright (skipped where chromium is not installed)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page that records script dialogs and page errors; any dialog fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.dialogs = []
    opened.errors = []

    def on_dialog(dialog) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("dialog", on_dialog)
    opened.on("pageerror", lambda err: opened.errors.append(str(err)))
    yield opened
    context.close()
    assert opened.dialogs == [], f"a script ran and opened dialogs: {opened.dialogs}"


def screenshot(page, name: str) -> None:
    """Save a full-page screenshot for a reviewer."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

