// A person's attendance record: present, apologies, joined, left, declared interests.
// params: person = the person's name (e.g. "Victoria Gent"); council = the council's name (optional)
// optional: council
// names: person, council
// example: govgraph query --name attendance-of-member --param person="Victoria Gent"
MATCH (p:Person {nameKey: $person})-[a:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (m)-[:MEETING_OF]->(b:Body)
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH m, a, b, c
WHERE $council IS NULL OR c.nameKey = $council
RETURN m.date AS date, b.name AS body, a.attendanceKind AS kind, c.name AS council
ORDER BY date, kind
