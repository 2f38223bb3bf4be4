"""Corpus ingestion benchmark: 10kGNAD through `presslens ingest` with 1 and 2 workers.

Measures articles/second, parallel efficiency, peak memory per worker process
(VmHWM of every process in the ingest's tree, sampled while it runs), store
size against the raw text size, search latency on the finished store, and how
the analysis time splits by stage. Every layer on the current branch runs.

    nice python benchmarks/ingest.py                # all 1,028 articles, 1 and 2 workers
    nice python benchmarks/ingest.py --limit 100    # quicker

Data: 10k German News Articles Dataset (CC BY-NC-SA 4.0), test split.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_NAME = Path("shared/data/corpus-de/10kgnad-test.csv")
QUERIES = ["Regierung", "Wien", "Fußball", "Flüchtlinge", "Bundeskanzler Faymann", '"Europäische Union"',
           "Polizei", "Wahl*", "Gewerkschaft", "Internet", "Apple", "Griechenland", "Klimawandel", "Bank", "Schule",
           "Trump", "Budget", "Salzburg", "Syrien", "Rapid"]


def default_csv() -> Path:
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / DATA_NAME).exists():
            return base / DATA_NAME
    return ROOT.parent / DATA_NAME


def subset(source: Path, limit: int | None, target: Path) -> int:
    """Copy the first `limit` articles (all when None) to `target`; returns the raw text size in bytes."""
    size = 0
    with source.open(encoding="utf-8", newline="") as src, target.open("w", encoding="utf-8", newline="") as dst:
        reader = csv.reader(src, delimiter=";", quotechar="'")
        writer = csv.writer(dst, delimiter=";", quotechar="'")
        for number, row in enumerate(reader):
            if limit is not None and number >= limit:
                break
            writer.writerow(row)
            size += len(row[1].encode("utf-8"))
    return size


class TreeMemory(threading.Thread):
    """Samples VmHWM (peak resident memory) of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peaks, self.commands, self.stop = pid, {}, {}, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            family = self._descendants()
            for pid in family:
                status = _status(pid)
                if "VmHWM" in status:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), int(status["VmHWM"].split()[0]))
                    self.commands[pid] = _command(pid)
            time.sleep(0.2)

    def _descendants(self) -> set[int]:
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                ppid = _status(int(entry)).get("PPid")
                if ppid:
                    parents[int(entry)] = int(ppid)
        family, grew = {self.root}, True
        while grew:
            grew = False
            for pid, ppid in parents.items():
                if ppid in family and pid not in family:
                    family.add(pid)
                    grew = True
        return family


def _status(pid: int) -> dict[str, str]:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            return dict(line.rstrip("\n").split(":\t", 1) for line in handle if ":\t" in line)
    except OSError:
        return {}


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def run_ingest(csv_path: Path, db: Path, workers: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "presslens", "ingest", str(csv_path), "--db", str(db),
                             "--workers", str(workers), "--json", "--no-progress"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = TreeMemory(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - began
    sampler.stop.set()
    if proc.returncode not in (0, 4):  # 4: some inputs failed, the others are stored and the report printed
        raise SystemExit(f"ingest failed: {err.decode()}")
    report = json.loads(out)
    writer_kb = sampler.peaks.get(proc.pid, 0)
    # Workers are spawned processes ("multiprocessing.spawn"); the resource tracker is not one.
    workers_kb = [kb for pid, kb in sampler.peaks.items() if "multiprocessing.spawn" in sampler.commands.get(pid, "")]
    report.update(wall=wall, writer_peak_mb=writer_kb / 1024, worker_peak_mb=max(workers_kb, default=writer_kb) / 1024)
    return report


def search_latency(db: Path) -> tuple[float, float]:
    sys.path.insert(0, str(ROOT / "src"))
    from presslens.store import Store

    timings = []
    with Store(db, readonly=True) as store:
        for _ in range(3):
            for query in QUERIES:
                began = time.perf_counter()
                store.search(query, limit=20)
                timings.append((time.perf_counter() - began) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=default_csv())
    parser.add_argument("--limit", type=int, help="Only the first N articles.")
    parser.add_argument("--workers", default="1,2", help="Comma-separated worker counts (default 1,2).")
    args = parser.parse_args()
    if not args.csv.exists():
        raise SystemExit(f"{args.csv}: not found (see ../shared/data/README.md)")
    sys.path.insert(0, str(ROOT / "src"))
    from presslens import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.csv"
        raw = subset(args.csv, args.limit, data)
        results = {}
        for workers in (int(w) for w in args.workers.split(",")):
            db = Path(tmp) / f"w{workers}.sqlite"
            results[workers] = report = run_ingest(data, db, workers)
            report["store_bytes"] = sum(p.stat().st_size for p in Path(tmp).glob(f"w{workers}.sqlite*"))
            report["search_ms"] = search_latency(db)
    one = results.get(1)
    print(f"stages: {', '.join(pipeline.stage_names()) or '(none)'}; raw text {raw / 1e6:.2f} MB; "
          f"{os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.1f}")
    print("| workers | articles | articles/s | per worker | efficiency | wall s | peak MB worker | peak MB writer | store MB | store/raw | writer ms/article | search median ms | p95 ms |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for workers, r in results.items():
        rate = r["articles_per_second"]
        efficiency = f"{rate / (workers * one['articles_per_second']):.2f}" if one and one["articles_per_second"] else "-"
        print(f"| {workers} | {r['added'] + r['duplicates']} | {rate:.2f} | {rate / workers:.2f} | {efficiency} | {r['wall']:.1f} | "
              f"{r['worker_peak_mb']:.0f} | {r['writer_peak_mb']:.0f} | {r['store_bytes'] / 1e6:.2f} | "
              f"{r['store_bytes'] / raw:.2f} | {1000 * r.get('write_seconds', 0) / max(1, r['added']):.1f} | "
              f"{r['search_ms'][0]:.2f} | {r['search_ms'][1]:.2f} |")
    stages = next(iter(results.values()))["stage_seconds"]
    total = sum(stages.values()) or 1
    print("\ntime by stage (first run, summed over workers): " +
          ", ".join(f"{name} {seconds:.1f} s ({100 * seconds / total:.0f}%)" for name, seconds in
                    sorted(stages.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
