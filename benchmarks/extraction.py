"""Extraction quality on the development set: per-category P/R/F1 on ``train`` and on
``validation`` (councils never in ``train``), and the gap between them.

Usage: python benchmarks/extraction.py [--shared ../shared]

The figure that counts is ``validation``: it says how the loaders do on councils whose
minutes were never looked at while writing them.
"""

import argparse
import tempfile
import time
from pathlib import Path

from govgraph.loaders.evaluation import SPLITS, score_split

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    results = {}
    for split in SPLITS:
        with tempfile.TemporaryDirectory() as work:
            started = time.perf_counter()
            results[split] = score_split(args.shared / "eval", split, Path(work))
            seconds = time.perf_counter() - started
        print(f"{split}: {results[split]['files']} files in {seconds:.1f} s")
    train, validation = (results[s]["categories"] for s in SPLITS)
    print(f"\n{'category':<14}" + "".join(f"{h:>8}" for h in ("P.tr", "R.tr", "F1.tr", "P.val", "R.val",
                                                              "F1.val", "gap")))
    for category, scores in train.items():
        other = validation[category]
        row = [scores["precision"], scores["recall"], scores["f1"],
               other["precision"], other["recall"], other["f1"], scores["f1"] - other["f1"]]
        print(f"{category:<14}" + "".join(f"{value:>8.3f}" for value in row))
    gap = results["train"]["macro_f1"] - results["validation"]["macro_f1"]
    print(f"{'macro F1':<14}{'':>16}{results['train']['macro_f1']:>8.3f}{'':>16}"
          f"{results['validation']['macro_f1']:>8.3f}{gap:>8.3f}")


if __name__ == "__main__":
    main()
