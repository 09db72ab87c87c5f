"""Every Cypher statement sync sends, and the few places Neo4j and FalkorDB differ.

Both targets run the same statements; ``Dialect`` holds only what differs:

* schema — Neo4j: a uniqueness constraint on ``Resource.uri`` (which makes its index);
  FalkorDB: a range index on ``Resource.uri`` first (MERGE is quadratic without it), then
  a unique constraint, which is not Cypher there but ``GRAPH.CONSTRAINT CREATE``.

Labels, relationship types and property names are interpolated only after checking
them against ``IDENTIFIER`` (they come from the ontology); every value is a parameter.
"""

from dataclasses import dataclass

from govgraph.graph.project import IDENTIFIER


def _name(name: str) -> str:
    if not IDENTIFIER.match(name):
        raise ValueError(f"not a property-graph name: {name!r}")
    return name


def _dates(variable: str, names: tuple[str, ...]) -> str:
    return "".join(f" SET {variable}.{_name(n)} = date(r.dates.{_name(n)})" for n in names)


def merge_nodes(labels: tuple[str, ...], dates: tuple[str, ...]) -> str:
    """Upsert a batch of nodes with the given labels; ``r.props`` replaces their properties.

    All labels stand in the MERGE pattern: adding labels to a node after creating it is
    about 20x slower in FalkorDB. A node whose labels change is deleted first by sync.
    """
    extra = "".join(f":{_name(label)}" for label in labels if label != "Resource")
    return f"UNWIND $rows AS r MERGE (n:Resource{extra} {{uri: r.uri}}) SET n = r.props{_dates('n', dates)}"


def create_nodes(labels: tuple[str, ...], dates: tuple[str, ...]) -> str:
    """Create a batch of nodes in a graph known to hold none of them (about 2x faster than MERGE).

    The uniqueness constraint on ``Resource.uri`` still refuses a duplicate.
    """
    extra = "".join(f":{_name(label)}" for label in labels if label != "Resource")
    return f"UNWIND $rows AS r CREATE (n:Resource{extra}) SET n = r.props{_dates('n', dates)}"


def merge_relationships(rel_type: str, dates: tuple[str, ...]) -> str:
    """Upsert a batch of relationships of one type between existing nodes."""
    return (f"UNWIND $rows AS r MATCH (a:Resource {{uri: r.start}}) MATCH (b:Resource {{uri: r.end}}) "
            f"MERGE (a)-[x:{_name(rel_type)} {{key: r.key}}]->(b) SET x = r.props{_dates('x', dates)}")


def delete_relationships(rel_type: str) -> str:
    """Delete a batch of relationships of one type, by their identity."""
    return (f"UNWIND $rows AS r MATCH (:Resource {{uri: r.start}})-[x:{_name(rel_type)} {{key: r.key}}]->"
            f"(:Resource {{uri: r.end}}) DELETE x")


DELETE_NODES = "UNWIND $uris AS u MATCH (n:Resource {uri: u}) DETACH DELETE n"
WIPE_BATCH = "MATCH (n:Resource) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
ANY_RESOURCE = "MATCH (n:Resource) RETURN n.uri AS uri LIMIT 1"
SYNCED_DOCUMENTS = "MATCH (d:Document) RETURN d.uri AS uri, d.sha256 AS sha256"
MARK_DOCUMENTS = "UNWIND $rows AS r MATCH (d:Document {uri: r.uri}) SET d.sha256 = r.sha256"
TOUCHED_NODES = ("MATCH (n:Resource) WHERE any(d IN n.documents WHERE d IN $docs) "
                 "RETURN n.uri AS uri, labels(n) AS labels")
TOUCHED_RELATIONSHIPS = ("MATCH (a:Resource)-[x]->(b:Resource) WHERE any(d IN x.documents WHERE d IN $docs) "
                         "RETURN a.uri AS start, type(x) AS type, b.uri AS end, x.key AS key")
LABEL_COUNTS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count"
TYPE_COUNTS = "MATCH ()-[x]->() RETURN type(x) AS type, count(*) AS count"


@dataclass(frozen=True)
class Dialect:
    """What one target needs that the other does not."""

    name: str
    schema: tuple[str, ...]


NEO4J = Dialect("neo4j", ("CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (n:Resource) REQUIRE n.uri IS UNIQUE",))
FALKORDB = Dialect("falkordb", ("CREATE INDEX FOR (n:Resource) ON (n.uri)",))


def all_statements(labels: list[tuple[str, ...]], rel_types: list[str], date_props: tuple[str, ...]) -> list[str]:
    """Every statement sync can send for these labels and types (for checking with a parser)."""
    statements = [DELETE_NODES, WIPE_BATCH, ANY_RESOURCE, SYNCED_DOCUMENTS, MARK_DOCUMENTS, TOUCHED_NODES,
                  TOUCHED_RELATIONSHIPS, LABEL_COUNTS, TYPE_COUNTS]
    for label_set in labels:
        statements += [merge_nodes(label_set, ()), merge_nodes(label_set, date_props),
                       create_nodes(label_set, ()), create_nodes(label_set, date_props)]
    for rel_type in rel_types:
        statements += [merge_relationships(rel_type, ()), merge_relationships(rel_type, date_props),
                       delete_relationships(rel_type)]
    return statements
