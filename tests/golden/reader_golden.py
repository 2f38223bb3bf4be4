"""Golden records of the plain-text reader: which fixtures, which keys, and how to rebuild them.

Only the reader's part of a record is compared (text, metadata, source encoding
and the layers sections, paragraphs, references), so analysis stages added
later do not invalidate these files. Rebuild after a deliberate change with

    PYTHONPATH=src python tests/golden/reader_golden.py

and review the diff before committing it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).resolve().parent
FIXTURES = GOLDEN.parent / "fixtures" / "text"
READER_LAYERS = ("sections", "paragraphs", "references")


def reader_part(record: dict[str, Any]) -> dict[str, Any]:
    """The keys of a record the plain-text reader owns."""
    return {
        "text": record["text"],
        "encoding": record["source"].get("encoding"),
        "metadata": record["metadata"],
        "layers": {name: record["layers"].get(name, []) for name in READER_LAYERS},
    }


def fixtures() -> list[Path]:
    """Every plain-text fixture that has (or should have) a golden record."""
    return sorted(FIXTURES.glob("*.txt"))


def golden_path(fixture: Path) -> Path:
    return GOLDEN / f"{fixture.stem}.json"


def current(fixture: Path) -> dict[str, Any]:
    """What the reader makes of a fixture today."""
    from presslens.readers.text import read_text_bytes

    return reader_part(read_text_bytes(fixture.read_bytes(), path=fixture.name).to_dict())


def regenerate() -> None:
    for fixture in fixtures():
        golden_path(fixture).write_text(json.dumps(current(fixture), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {golden_path(fixture).relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    sys.path.insert(0, str(GOLDEN.parent.parent / "src"))
    regenerate()
