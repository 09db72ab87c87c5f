// How often each person was present, or gave apologies, at a body's meetings over a period.
// params: body = the body's name; from, to = ISO dates; council = the council's name (optional)
// optional: council
// names: body, council
// example: govgraph query --name attendance-summary --param body="Audit Committee" --param from=2024-01-01 --param to=2024-12-31
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)-[:MEETING_OF]->(b:Body {nameKey: $body})
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH p, a, m, c
WHERE m.date >= date($from) AND m.date <= date($to) AND ($council IS NULL OR c.nameKey = $council)
RETURN p.name AS person, c.name AS council,
       count(CASE WHEN a.attendanceKind = 'present' THEN 1 END) AS present,
       count(CASE WHEN a.attendanceKind = 'apologies' THEN 1 END) AS apologies
ORDER BY council, person
