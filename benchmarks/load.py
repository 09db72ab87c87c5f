"""Load speed and memory: the development texts, and generated corpora of 100 to 10,000 agenda items.

Usage: python benchmarks/load.py [--sizes 100 1000 10000] [--shared ../shared]

Each size runs in a fresh process so that peak memory (ru_maxrss) is that size's own.
Prints items/s (wall clock, and per second of the process's own CPU time, which a busy
virtual machine's stolen time does not distort), documents/s, triples and peak resident memory.
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def measure(paths: list[Path], store_dir: Path) -> dict:
    """Load ``paths`` into a persistent store; wall time, counts, peak memory."""
    from govgraph.iri import IriMinter
    from govgraph.loaders.pipeline import load_sources
    from govgraph.store import KnowledgeStore

    started, cpu_started = time.perf_counter(), time.process_time()
    with KnowledgeStore(store_dir) as store:
        report = load_sources(paths, store, IriMinter("https://w3id.org/govgraph/id/"))
        quads = len(store)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    items = sum(doc.items for doc in report.loaded)
    return {"documents": len(report.loaded), "failed": len(report.failed), "items": items, "quads": quads,
            "seconds": round(seconds, 2), "items_per_s": round(items / seconds, 1),
            "items_per_cpu_s": round(items / cpu, 1),
            "documents_per_s": round(len(report.loaded) / seconds, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def child(kind: str, value: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "shared":
            base = Path(value)
            paths = sorted((base / "eval" / "corpus").glob("*.txt")) + sorted((base / "seeds").glob("*.txt"))
        else:
            from corpus import write_corpus
            paths = write_corpus(Path(tmp) / "in", int(value))
        print(json.dumps(measure(paths, Path(tmp) / "store")))


def run(kind: str, value: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, value], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print(f"{'input':<28}{'docs':>7}{'items':>8}{'quads':>10}{'seconds':>9}{'items/s':>9}{'/cpu s':>8}{'docs/s':>8}"
          f"{'peak MB':>9}")
    rows = []
    if (args.shared / "eval" / "corpus").is_dir():
        rows.append(("development texts + seeds", run("shared", str(args.shared))))
    rows += [(f"generated, {size} items", run("generated", str(size))) for size in args.sizes]
    for name, r in rows:
        print(f"{name:<28}{r['documents']:>7}{r['items']:>8}{r['quads']:>10}{r['seconds']:>9}"
              f"{r['items_per_s']:>9}{r['items_per_cpu_s']:>8}{r['documents_per_s']:>8}{r['peak_rss_mb']:>9}")


if __name__ == "__main__":
    main()
