// A person's attendance record: present, apologies, joined, left, declared interests.
// params: person = the person's name (e.g. "Victoria Gent")
// example: govgraph query --name attendance-of-member --param person="Victoria Gent"
MATCH (p:Person {name: $person})-[a:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (m)-[:MEETING_OF]->(b:Body)
RETURN m.date AS date, b.name AS body, a.kind AS kind
ORDER BY date, kind
