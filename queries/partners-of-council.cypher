// The partner organisations a council's minutes name, with the number of documents naming each.
// params: council = the council's name (e.g. "Northwold Council")
// names: council
// example: govgraph query --name partners-of-council --param council="Northwold Council"
MATCH (o:Organisation)-[:WAS_DERIVED_FROM]->(d:Document)<-[:WAS_DERIVED_FROM]-(:Meeting)-[:MEETING_OF]->(:Body)-[:UNIT_OF]->(c:Council {nameKey: $council})
RETURN o.name AS partner, count(DISTINCT d) AS documents
ORDER BY documents DESC, partner
