// The decisions of one meeting of a body, by agenda item.
// params: body = the body's name; date = the meeting date as YYYY-MM-DD; council = the council's name (optional)
// optional: council
// names: body, council
// example: govgraph query --name decisions-of-meeting --param body="Audit Committee" --param date=2023-07-27
MATCH (d:Decision)-[:ON_ITEM]->(i:AgendaItem)-[:IS_PART_OF]->(m:Meeting)-[:MEETING_OF]->(b:Body {nameKey: $body})
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH d, i, m, c
WHERE m.date = date($date) AND ($council IS NULL OR c.nameKey = $council)
RETURN i.itemNumber AS item, i.title AS title, d.decisionText AS decision, d.decisionKind AS kind, c.name AS council
ORDER BY item, decision
