"""SHACL validation of the knowledge graph against ``shapes.ttl``.

The core constraints run in pyshacl, with the ontology mixed into the data graph so that
``sh:class`` checks see subclasses (a ``gg:Committee`` is an ``org:Organization``). The
SPARQL-based constraints (``sh:sparql``, each written so that its query also selects its
own focus nodes) run once each over the whole graph: the same results as pyshacl's one query
per focus node, which takes minutes on a large collection instead of seconds.
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
def _all_shapes() -> Graph:
    return Graph().parse(shapes_path())


@cache
def _shapes() -> Graph:
    """The shapes without their SPARQL constraints (run by :func:`_sparql_violations`)."""
    core = Graph()
    full = _all_shapes()
    constraints = set(full.objects(None, SH.sparql))
    for triple in full:
        if triple[1] != SH.sparql and triple[0] not in constraints:
            core.add(triple)
    return core


@cache
def _sparql_constraints() -> tuple[tuple[str, str], ...]:
    """(message, query with its prefixes) of every SPARQL-based constraint of the shapes."""
    full = _all_shapes()
    found = []
    for constraint in full.objects(None, SH.sparql):
        declared = (d for holder in full.objects(constraint, SH.prefixes) for d in full.objects(holder, SH.declare))
        prefixes = "".join(f"PREFIX {full.value(d, SH.prefix)}: <{full.value(d, SH.namespace)}>\n" for d in declared)
        found.append((str(full.value(constraint, SH.message)), prefixes + str(full.value(constraint, SH.select))))
    return tuple(sorted(found))


def _sparql_violations(data: Graph) -> list[Violation]:
    violations = []
    for message, query in _sparql_constraints():
        for row in data.query(query):
            value = getattr(row, "value", None) if "?value" in query else None
            violations.append(Violation(str(row["this"]), "", message, str(value or ""), "Violation"))
    return violations


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
    violations = _sparql_violations(data)
    if conforms:
        return sorted(violations, key=lambda v: (v.focus, v.path, v.message))
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
