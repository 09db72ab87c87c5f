"""Every statement the Neo4j dialect can emit passes Neo4j's own parser and semantic analysis."""

from govgraph.graph.neo4j_lint import lint, neo4j_statements


def test_every_neo4j_statement_lints_without_errors():
    statements = neo4j_statements()
    assert len(statements) > 50
    results = lint(statements)
    failures = [(r.statement, r.errors) for r in results if r.errors]
    assert failures == []


def test_the_linter_catches_a_broken_statement():
    (broken, valid) = lint(["MATCH (n:Resource {uri: $u} RETURN n", "MATCH (n:Resource {uri: $u}) RETURN n"])
    assert broken.errors and not valid.errors
