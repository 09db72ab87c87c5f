"""Extraction quality on the shared development set never slides below its floor."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from govgraph.cli import app

MACRO_F1_FLOOR = 0.98
PEOPLE_F1_FLOOR = 0.98


def test_the_development_set_scores_above_the_floor(shared, tmp_path):
    out = tmp_path / "pred"
    result = CliRunner().invoke(app, ["--home", str(tmp_path / "home"), "extract",
                                      str(shared / "eval" / "corpus"), str(shared / "seeds"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(out),
                             str(shared / "eval" / "gold"), "--json"], capture_output=True, text=True, check=True)
    score = json.loads(scored.stdout)
    assert score["macro_f1"] >= MACRO_F1_FLOOR, score
    assert score["categories"]["people"]["f1"] >= PEOPLE_F1_FLOOR, score
