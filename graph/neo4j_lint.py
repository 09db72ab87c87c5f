"""Check Cypher with Neo4j's own parser (npm ``@neo4j-cypher/language-support``, in ``tools/cypher-lint``).

No Neo4j server can run here, so every statement the Neo4j dialect can emit is checked by
Neo4j's parser and semantic analysis instead (Cypher 5), offline, through node.
"""

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from govgraph.graph.dialect import NEO4J, all_statements
from govgraph.graph.project import DATE_PROPERTIES, SHORTCUT_TYPES, vocabulary

LINTER = Path(__file__).resolve().parent.parent / "tools" / "cypher-lint"


@dataclass(frozen=True)
class LintResult:
    """Diagnostics for one statement."""

    statement: str
    errors: list[str]
    warnings: list[str]


def neo4j_statements(extra: list[str] | None = None) -> list[str]:
    """Every statement the Neo4j dialect can send: schema, sync for every label and type, and ``extra``."""
    vocab = vocabulary()
    labels = sorted({tuple(sorted(ls | {"Resource"})) for ls in vocab.labels.values()})
    types = sorted({*vocab.relationship_types.values(), *SHORTCUT_TYPES})
    return [*NEO4J.schema, *all_statements(labels, types, DATE_PROPERTIES), *(extra or [])]


def lint(statements: list[str]) -> list[LintResult]:
    """Run Neo4j's linter over ``statements``; raises ``RuntimeError`` when it is not installed."""
    node = shutil.which("node")
    if node is None or not (LINTER / "node_modules" / "@neo4j-cypher").is_dir():
        raise RuntimeError(f"Neo4j's Cypher linter is not installed: run 'npm ci --prefix {LINTER}'")
    done = subprocess.run([node, str(LINTER / "lint.mjs")], input=json.dumps(statements), capture_output=True,
                          text=True, check=True, cwd=LINTER)
    return [LintResult(r["statement"], r["errors"], r["warnings"]) for r in json.loads(done.stdout)]
