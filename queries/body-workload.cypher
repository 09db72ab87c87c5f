// Each body of a council with how many meetings, decisions and presentations the minutes record.
// params: council = the council's name
// names: council
// example: govgraph query --name body-workload --param council="Northwold Council"
MATCH (b:Body)-[:UNIT_OF]->(c:Council {nameKey: $council})
OPTIONAL MATCH (m:Meeting)-[:MEETING_OF]->(b)
WITH b, count(DISTINCT m) AS meetings
OPTIONAL MATCH (d:Decision)-[:DECIDED_BY]->(b)
WITH b, meetings, count(DISTINCT d) AS decisions
OPTIONAL MATCH (x:Presentation)-[:PRESENTED_TO]->(b)
RETURN b.name AS body, meetings, decisions, count(DISTINCT x) AS presentations
ORDER BY body
