"""Scoring the loaders on the annotated development set (``../shared/eval``).

The development set is split by council into ``train`` (what the reading rules and models
are developed against) and ``validation`` (councils never in ``train``). Predictions are
written the way ``govgraph extract`` writes them — read back from each document's graph —
and scored by the set's own ``score.py``, so the figures are the ones a reviewer gets.
"""

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from govgraph.graph.atomic import atomic_write
from govgraph.iri import IriMinter
from govgraph.loaders.facts_json import document_facts
from govgraph.loaders.pipeline import LoadReport, load_sources
from govgraph.store import KnowledgeStore

SPLITS = ("train", "validation")


def write_predictions(store: KnowledgeStore, report: LoadReport, out: Path) -> None:
    """One ``<stem>.json`` in ``out`` for each document of ``report``, read from ``store``."""
    for loaded in report.loaded:
        facts = document_facts(store, loaded.iri)
        with atomic_write(out / f"{loaded.path.stem}.json") as handle:
            handle.write(json.dumps(facts, indent=2, ensure_ascii=False).encode("utf-8"))


def split_files(eval_dir: Path, split: str) -> list[Path]:
    """The development texts (corpus or seeds) that ``SPLIT.tsv`` puts in ``split``."""
    rows = [line.split("\t") for line in (eval_dir / "SPLIT.tsv").read_text().splitlines()[1:] if line.strip()]
    places = (eval_dir / "corpus", eval_dir.parent / "seeds")
    found = []
    for name, *_, part in rows:
        if part.strip() == split:
            found += [folder / name for folder in places if (folder / name).is_file()]
    return found


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("govgraph_eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_split(eval_dir: Path, split: str, work: Path) -> dict:
    """Extract every text of ``split`` into ``work`` and score it: the scorer's JSON result
    (``categories`` with precision, recall and F1, and ``macro_f1``)."""
    report = predict(split_files(eval_dir, split), work)
    if report.failed:
        raise ValueError("; ".join(str(f) for f in report.failed))
    return _scorer(eval_dir).score(str(work), str(eval_dir / "gold"), split=split)


def predict(paths: list[Path], out: Path) -> LoadReport:
    """Load ``paths`` into a throw-away store and write their prediction files into ``out``."""
    store = KnowledgeStore()
    report = load_sources(paths, store, IriMinter("https://w3id.org/govgraph/id/"))
    write_predictions(store, report, out)
    return report
