// Reports a person presented to committees and boards, with date and subject.
// params: person = the person's name, as written in the minutes (e.g. "Victoria Gent"); council = the council's name (optional)
// optional: council
// names: person, council
// example: govgraph query --name reports-by-person --param person="Victoria Gent"
MATCH (p:Person {nameKey: $person})-[r:REPORTED_TO]->(b:Body)
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH p, r, b, c
WHERE $council IS NULL OR c.nameKey = $council
RETURN b.name AS body, r.date AS date, r.subject AS subject, r.evidence[0] AS evidence, c.name AS council
ORDER BY date, body
