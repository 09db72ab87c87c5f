// People who gave apologies to a body at least a given number of times.
// params: body = the body's name; min = the fewest apologies to list (e.g. 2); council = the council's name (optional)
// optional: council
// names: body, council
// example: govgraph query --name frequent-apologies --param body="Audit Committee" --param min=2
MATCH (p:Person)-[a:ATTENDED {attendanceKind: 'apologies'}]->(m:Meeting)-[:MEETING_OF]->(b:Body {nameKey: $body})
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH p, m, c
WHERE $council IS NULL OR c.nameKey = $council
WITH p, m, c ORDER BY m.date
WITH p, c, count(DISTINCT m) AS apologies, collect(DISTINCT m.date) AS dates
WHERE apologies >= $min
RETURN p.name AS person, c.name AS council, apologies, dates
ORDER BY apologies DESC, person
