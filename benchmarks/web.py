"""Web app page times on a 1,000-article store (target: every page under 300 ms).

    PYTHONPATH=src /work/venv/bin/python benchmarks/web.py [--articles 1000] [--repeat 40]

Builds a real SQLite store from the 10kGNAD test articles (../shared/data,
never copied) with a light, deterministic annotation done here (regex quotes,
a gazetteer of names, years as dates, hedge words), so the figure measures
the web app and the store, not the analysis. Then it serves the app with
uvicorn on 127.0.0.1 and times real HTTP requests for the main pages.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote_plus

import httpx
import uvicorn

from presslens.record import Article
from presslens.store import Store
from presslens.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
#: ../shared/data next to the repository (a worktree sits one level deeper, under wt/).
CORPUS = next((base / "shared" / "data" / "corpus-de" / "10kgnad-test.csv" for base in (ROOT.parent, ROOT.parent.parent)
               if (base / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data" / "corpus-de" / "10kgnad-test.csv")
NAMES = {
    "PER": ["Merkel", "Faymann", "Kurz", "Strache", "Mitterlehner", "Trump", "Obama", "Putin", "Van der Bellen", "Hofer", "Kern"],
    "ORG": ["SPÖ", "ÖVP", "FPÖ", "EU", "Uno", "Nato", "Regierung", "Gewerkschaft"],
    "LOC": ["Österreich", "Wien", "Deutschland", "Graz", "Berlin", "Syrien", "Griechenland", "USA", "Türkei"],
}
QUOTE = re.compile(r'"[^"\n]{8,300}"')
SENTENCE = re.compile(r"[^.!?]+[.!?]")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
HEDGE = re.compile(r"\b(könnte|dürfte|wohl|vermutlich|offenbar|angeblich|scheint)\b")


def _annotate(text: str, n: int) -> Article:
    """A record with every layer the web app shows, found by simple patterns on the real text."""
    article = Article(text=text, language="de")
    article.metadata.update(title=" ".join(text.split()[:8]), published=f"2016-{1 + n % 12:02d}-{1 + n % 28:02d}",
                            authors=[f"Autor {n % 17}"], word_count=len(text.split()))
    entities = []
    for label, names in NAMES.items():
        for name in names:
            mentions = [{"start": m.start(), "end": m.end()} for m in re.finditer(re.escape(name), text)]
            if mentions:
                entities.append({"id": f"e{len(entities)}", "label": label, "name": name, "mentions": mentions})
    people = [e for e in entities if e["label"] == "PER"]
    quotes = [{"spans": [{"start": m.start(), "end": m.end()}], "type": "Direct", "cue": None,
               "speaker": {"start": people[i % len(people)]["mentions"][0]["start"], "end": people[i % len(people)]["mentions"][0]["end"],
                           "name": people[i % len(people)]["name"], "entity": people[i % len(people)]["id"]} if people else None,
               "addressee": None, "reference": None}
              for i, m in enumerate(QUOTE.finditer(text))]
    sentences = [{"start": m.start(), "end": m.end()} for m in SENTENCE.finditer(text)]
    timexes = [{"start": m.start(), "end": m.end(), "type": "DATE", "value": m.group(1), "mod": None, "anchor": None} for m in YEAR.finditer(text)]
    timeline = []
    for timex in timexes:
        sentence = next((s for s in sentences if s["start"] <= timex["start"] < s["end"]), None)
        if sentence:
            acting = [e["id"] for e in entities if any(sentence["start"] <= m["start"] < sentence["end"] for m in e["mentions"])]
            timeline.append({"value": timex["value"], "sentence": sentence, "entities": acting, "quotes": []})
    claims = [{**s, "label": "hedged" if HEDGE.search(text, s["start"], s["end"]) else "asserted", "cues": [], "sourced": None}
              for s in sentences]
    article.layers = {"sentences": sentences, "entities": entities, "quotes": quotes, "timexes": timexes, "timeline": timeline, "claims": claims}
    return article


def build_store(path: Path, count: int) -> list[Article]:
    with CORPUS.open(encoding="utf-8", newline="") as fh:
        texts = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2][:count]
    articles = [_annotate(text, n) for n, text in enumerate(texts)]
    with Store(path) as store:
        for article in articles:
            store.add(article)
    return articles


def _serve(db: Path) -> tuple[uvicorn.Server, threading.Thread, str]:
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, thread, f"http://127.0.0.1:{port}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is not present", file=sys.stderr)
        return 2
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.sqlite"
        began = time.perf_counter()
        articles = build_store(db, args.articles)
        print(f"store: {len(articles)} articles, {db.stat().st_size / 1e6:.1f} MB, built in {time.perf_counter() - began:.1f} s")
        with Store(db, readonly=True) as store:
            top_person = store.entities(top=1, label="PER")[0]["name"]
            quote = next(q["text"] for q in store.quotes(limit=200) if len(q["text"]) > 40)
        server, thread, base = _serve(db)
        pages = {
            "search": lambda: "/?q=Regierung",
            "search (phrase)": lambda: '/?q=' + quote_plus('"in Wien"'),
            "article": lambda: f"/article/{rng.choice(articles).id}",
            "quotes": lambda: "/quotes",
            "quotes by speaker": lambda: f"/quotes?speaker={quote_plus(top_person)}",
            "entities": lambda: "/entities",
            "entity": lambda: f"/entity?name={quote_plus(top_person)}",
            "timeline": lambda: "/timeline",
            "timeline of entity": lambda: f"/timeline?entity={quote_plus(top_person)}",
            "trace": lambda: f"/trace?q={quote_plus(quote)}",
            "api search": lambda: "/api/search?q=Regierung",
        }
        worst = 0.0
        print(f"{'page':<20} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}  bytes")
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                for name, url in pages.items():
                    client.get(url())  # warm-up
                    times, size = [], 0
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        response = client.get(url())
                        times.append((time.perf_counter() - t0) * 1000)
                        response.raise_for_status()
                        size = len(response.content)
                    times.sort()
                    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
                    worst = max(worst, p95)
                    print(f"{name:<20} {statistics.median(times):>10.1f} {p95:>8.1f} {times[-1]:>8.1f}  {size}")
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    print(f"load average (1, 5, 15 min) after the run: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"slowest p95: {worst:.1f} ms (target < 300 ms): {'OK' if worst < 300 else 'OVER'}")
    return 0 if worst < 300 else 1


if __name__ == "__main__":
    raise SystemExit(main())
