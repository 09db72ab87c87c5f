"""SHACL validation of the knowledge graph against ``shapes.ttl`` (pyshacl).

The ontology is mixed into the data graph for validation so that ``sh:class`` checks
see subclasses (a ``gg:Committee`` is an ``org:Organization``).
"""

from dataclasses import dataclass
from functools import cache

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import SH

from govgraph.ontology import ontology_path, shapes_path


@dataclass(frozen=True)
class Violation:
    """One SHACL result, readable."""

    focus: str
    path: str
    message: str
    value: str
    severity: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        value = f" [value: {self.value}]" if self.value else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


@cache
def _shapes() -> Graph:
    return Graph().parse(shapes_path())


@cache
def _ontology() -> Graph:
    return Graph().parse(ontology_path())


def _short(graph: Graph, node: object) -> str:
    if node is None:
        return ""
    try:
        return graph.namespace_manager.normalizeUri(node) if hasattr(node, "n3") else str(node)
    except (ValueError, KeyError):
        return str(node)


def validate_graph(data: Graph) -> list[Violation]:
    """Every violation of the shapes in ``data`` (empty when it conforms)."""
    conforms, results, _ = validate(data, shacl_graph=_shapes(), ont_graph=_ontology(),
                                    inference="none", allow_warnings=True)
    if conforms:
        return []
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        def first(predicate, result=result):
            return next(results.objects(result, predicate), None)
        severity = str(first(SH.resultSeverity)).rsplit("#", 1)[-1]
        violations.append(Violation(
            focus=str(first(SH.focusNode)),
            path=_short(data, first(SH.resultPath)),
            message=str(first(SH.resultMessage) or "does not conform"),
            value=str(first(SH.value) or ""),
            severity=severity,
        ))
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))
