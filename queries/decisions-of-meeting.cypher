// The decisions of one meeting of a body, by agenda item.
// params: body = the body's name; date = the meeting date as YYYY-MM-DD
// example: govgraph query --name decisions-of-meeting --param body="Audit Committee" --param date=2023-07-27
MATCH (d:Decision)-[:ON_ITEM]->(i:AgendaItem)-[:IS_PART_OF]->(m:Meeting)-[:MEETING_OF]->(b:Body {name: $body})
WHERE m.date = date($date)
RETURN i.itemNumber AS item, i.title AS title, d.decisionText AS decision, d.decisionKind AS kind
ORDER BY item, decision
