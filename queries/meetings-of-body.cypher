// The meetings of a body over a period, with how many decisions and presentations each recorded.
// params: body = the body's name; from, to = ISO dates; council = the council's name (optional)
// optional: council
// names: body, council
// example: govgraph query --name meetings-of-body --param body="Audit Committee" --param from=2024-01-01 --param to=2024-12-31
MATCH (m:Meeting)-[:MEETING_OF]->(b:Body {nameKey: $body})
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH m, c
WHERE m.date >= date($from) AND m.date <= date($to) AND ($council IS NULL OR c.nameKey = $council)
OPTIONAL MATCH (d:Decision)-[:AT_MEETING]->(m)
WITH m, c, count(DISTINCT d) AS decisions
OPTIONAL MATCH (x:Presentation)-[:AT_MEETING]->(m)
RETURN m.date AS date, c.name AS council, decisions, count(DISTINCT x) AS presentations
ORDER BY date, council
