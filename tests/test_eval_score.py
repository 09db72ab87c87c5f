"""Extraction quality on councils the loaders were not developed against never slides
below its floor: the ``validation`` part of the shared development set."""

import pytest

from govgraph.loaders.evaluation import score_split

# What the loaders reach on validation now (benchmarks/extraction.py), less a small margin;
# raised as they improve. The bar is macro 0.85, people 0.93, attendance 0.80,
# risks 0.70 and precision 0.90 in every category.
FLOORS = {"macro_f1": 0.91}
CATEGORY_FLOORS = {"people": 0.96, "posts": 0.85, "organisations": 0.80, "reports": 0.92, "risks": 0.88,
                   "decisions": 0.88, "attendance": 0.945, "meeting": 0.93}
PRECISION_FLOOR = 0.90


@pytest.fixture(scope="module")
def validation(shared, tmp_path_factory) -> dict:
    return score_split(shared / "eval", "validation", tmp_path_factory.mktemp("pred"))


def test_validation_macro_f1_stays_above_its_floor(validation):
    assert validation["macro_f1"] >= FLOORS["macro_f1"], validation


@pytest.mark.parametrize("category", sorted(CATEGORY_FLOORS))
def test_validation_category_f1_stays_above_its_floor(validation, category):
    assert validation["categories"][category]["f1"] >= CATEGORY_FLOORS[category], validation["categories"][category]


def test_no_category_buys_recall_with_noise(validation):
    low = {c: v["precision"] for c, v in validation["categories"].items() if v["precision"] < PRECISION_FLOOR}
    assert not low, low
