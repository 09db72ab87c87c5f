// Who presented what at one meeting of a body.
// params: body = the body's name; date = the meeting's ISO date; council = the council's name (optional)
// optional: council
// names: body, council
// example: govgraph query --name presenters-at-meeting --param body="Cabinet" --param date=2024-03-20
MATCH (p:Person)<-[:PRESENTER]-(x:Presentation)-[:AT_MEETING]->(m:Meeting)-[:MEETING_OF]->(b:Body {nameKey: $body})
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH p, x, m, c
WHERE m.date = date($date) AND ($council IS NULL OR c.nameKey = $council)
RETURN p.name AS presenter, x.subject AS subject, c.name AS council
ORDER BY presenter
