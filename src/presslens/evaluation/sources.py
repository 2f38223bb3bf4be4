"""Read gold-set documents from the shared data folder by (source, document id).

Gold files in the repository hold only annotations; the article texts stay in
`../shared/data` and are looked up here, so a gold item names its source file
and document id and nothing else of the text.
"""

from __future__ import annotations

import csv
import json
import os
from functools import lru_cache
from pathlib import Path

from ..errors import InputNotFound

def default_data(start: Path | None = None) -> Path:
    """The shared data folder: $PRESSLENS_DATA, else the first `shared/data` above `start` (default: the current directory)."""
    from .conll import find_shared_data

    if os.environ.get("PRESSLENS_DATA"):
        return Path(os.environ["PRESSLENS_DATA"])
    start = (start or Path.cwd()).resolve()
    found = find_shared_data(start)
    if found is None:
        raise InputNotFound(f"shared data not found: no shared/data in {start} or above; give --data DIR or set PRESSLENS_DATA")
    return found


def document_text(data: Path, source: str, doc: str) -> str:
    """The full text of document `doc` in the shared data set `source`."""
    if source == "quotes-de/dev":
        return _quotes_de(data / source)[doc]
    if source == "corpus-de/10kgnad-test.csv":
        return _gnad(data / source)[int(doc)]
    if source == "html/scrapinghub/ground-truth.json":
        return _scrapinghub(data / source)[doc]
    raise InputNotFound(f"unknown gold source {source!r}")


def _require(path: Path) -> Path:
    if not path.exists():
        raise InputNotFound(f"shared data not found: {path}")
    return path


@lru_cache(maxsize=4)
def _quotes_de(folder: Path) -> dict[str, str]:
    """WikiNews documents keyed by the number that starts their file name."""
    texts = {}
    for path in sorted(_require(folder).glob("*.json")):
        texts[path.name.split(" ", 1)[0]] = json.loads(path.read_text(encoding="utf-8"))["originalText"]
    return texts


@lru_cache(maxsize=2)
def _gnad(path: Path) -> list[str]:
    """10kGNAD rows (`label;'text'`), by row number."""
    with _require(path).open(encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) > 1]


@lru_cache(maxsize=2)
def _scrapinghub(path: Path) -> dict[str, str]:
    """Zyte benchmark article bodies keyed by page hash."""
    data = json.loads(_require(path).read_text(encoding="utf-8"))
    return {key: value["articleBody"] for key, value in data.items()}


def quotes_de_dates(data: Path) -> dict[str, str]:
    """Publication dates of the WikiNews documents, from their file names `... (YYYY-MM-DD)`."""
    dates = {}
    for path in sorted(_require(data / "quotes-de/dev").glob("*.json")):
        dates[path.name.split(" ", 1)[0]] = path.name.rsplit("(", 1)[1][:10]
    return dates
