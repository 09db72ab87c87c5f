"""Open-data export and the static linked-data site of a generated collection: time, size, memory.

Usage: python benchmarks/publish.py [--items 10000]

Loads the generated collection once into a store on disk, then runs ``export_store`` (dumps of
the whole and of each council, CSV tables, catalogue, VoID) and ``publish_site`` (a page, Turtle
and JSON-LD per resource, and the export again in ``dumps/``), each in a fresh process so
that each one's peak memory is its own.
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_corpus

from govgraph.graph.export import ExportOptions, export_store
from govgraph.graph.site import publish_site
from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import load_sources
from govgraph.store import KnowledgeStore

BASE = "https://example.org/id/"


def _size(folder: Path) -> tuple[int, float]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files) / 1e6


def stage(name: str, store_path: Path, out: Path) -> dict:
    """One stage in this process; its figures."""
    store = KnowledgeStore(store_path)
    started = time.perf_counter()
    if name == "export":
        export_store(store, out, ExportOptions(base=BASE))
        extra = {}
    else:
        report = publish_site(store, out, BASE)
        extra = {"resources": report.resources}
    seconds = time.perf_counter() - started
    files, megabytes = _size(out)
    return {"stage": name, "seconds": seconds, "files": files, "MB": megabytes,
            "peak_MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **extra}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--stage", choices=("export", "publish"), help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(stage(args.stage, args.store, args.out)))
        return
    work = Path(tempfile.mkdtemp(prefix="govgraph-publish-bench-"))
    store = KnowledgeStore(work / "store")
    paths = write_corpus(work / "minutes", args.items)
    councils = ("Northwold Council", "Southmere Council", "Eastby Council", "Westcombe Council")
    manifest = {path: SourceMeta(council=councils[number % len(councils)]) for number, path in enumerate(paths)}
    load_sources(paths, store, IriMinter(BASE), manifest=manifest)  # four councils: four council datasets
    quads = len(store)
    store.close()
    print(f"{args.items} generated items ({len(paths)} documents, {quads} quads, 4 councils)")
    print(f"{'stage':<9}{'seconds':>9}{'files':>9}{'MB':>9}{'peak MB':>9}  resources")
    for name in ("export", "publish"):
        child = subprocess.run([sys.executable, __file__, "--stage", name, "--store", str(work / "store"),
                                "--out", str(work / name)], capture_output=True, text=True)
        if child.returncode:
            sys.exit(f"error: the {name} stage failed:\n{child.stderr[-3000:]}")
        r = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"{r['stage']:<9}{r['seconds']:>9.1f}{r['files']:>9}{r['MB']:>9.0f}{r['peak_MB']:>9.0f}  "
              f"{r.get('resources', '')}")


if __name__ == "__main__":
    main()
