"""Turn the hand annotations (time_claims.annotations.txt) into time_claims.jsonl with offsets.

    PRESSLENS_DATA=/path/to/shared/data PYTHONPATH=src python benchmarks/gold/build.py [dev|heldout]

dev: time_claims.annotations.txt -> time_claims.jsonl;
heldout: time_claims_heldout.annotations.txt -> time_claims_heldout.jsonl.

Sentence spans come from the window split of sample.py (checked by the
annotator); every timex string is located in the window and must exist.
"""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sample import WINDOW, choose, sentences, text_of  # noqa: E402

HERE = Path(__file__).parent
LABELS = {"A": "asserted", "H": "hedged", "S": "speculative", "Q": "question", "T": "attributed"}


def parse(path: Path) -> dict[tuple[str, str], dict]:
    """Annotations keyed by (source, doc)."""
    docs: dict[tuple[str, str], dict] = {}
    current: dict | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            source, doc = line[4:].split()
            current = docs.setdefault((source, doc), {"labels": [], "timexes": []})
        elif line.startswith("L ") and current is not None:
            current["labels"] = [LABELS[code] for code in line[2:].split()]
        elif line.startswith("X ") and current is not None:
            fields = shlex.split(line[2:])
            occurrence = int(fields.pop()[1:]) if fields[-1].startswith("@") else 1
            text, kind, value, *mod = fields
            current["timexes"].append({"text": text, "type": kind, "value": value, "mod": mod[0] if mod else None, "occurrence": occurrence})
    return docs


def locate(window: str, text: str, occurrence: int) -> int:
    """Offset of the n-th occurrence of `text` in `window`."""
    at = -1
    for _ in range(occurrence):
        at = window.find(text, at + 1)
        if at < 0:
            raise ValueError(f"{text!r} occurrence {occurrence} not in window")
    return at


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    stem = "time_claims" if split == "dev" else f"time_claims_{split}"
    annotations = parse(HERE / f"{stem}.annotations.txt")
    out = []
    for doc in choose(split):
        notes = annotations[(doc["source"], doc["doc"])]
        text = text_of(doc)
        spans = []
        for span in sentences(text, doc["lang"]):
            spans.append(span)
            if span[1] >= WINDOW:
                break
        if len(spans) != len(notes["labels"]):
            raise SystemExit(f"{doc['doc']}: {len(spans)} sentences, {len(notes['labels'])} labels")
        end = spans[-1][1]
        timexes = []
        for timex in notes["timexes"]:
            start = locate(text[:end], timex["text"], timex["occurrence"])
            timexes.append({"start": start, "end": start + len(timex["text"]), "text": timex["text"], "type": timex["type"], "value": timex["value"], "mod": timex["mod"]})
        out.append(
            {
                **doc,
                "window": {"start": 0, "end": end},
                "sentences": [{"start": s, "end": e, "label": label} for (s, e), label in zip(spans, notes["labels"])],
                "timexes": sorted(timexes, key=lambda t: t["start"]),
            }
        )
    with (HERE / f"{stem}.jsonl").open("w", encoding="utf-8") as fh:
        for record in out:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents, {sum(len(r['sentences']) for r in out)} sentences, {sum(len(r['timexes']) for r in out)} timexes")


if __name__ == "__main__":
    main()
