// What was reported to a body between two dates, and by whom.
// params: body = the body's name (e.g. "Audit Committee"); from, to = dates as YYYY-MM-DD; council = the council's name (optional: bodies of every council)
// optional: council
// names: body, council
// example: govgraph query --name reported-to-body --param body="Audit Committee" --param from=2023-01-01 --param to=2023-12-31
MATCH (p:Person)-[r:REPORTED_TO]->(b:Body {nameKey: $body})
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH p, r, b, c
WHERE r.date >= date($from) AND r.date <= date($to) AND ($council IS NULL OR c.nameKey = $council)
RETURN r.date AS date, p.name AS presenter, r.subject AS subject, c.name AS council
ORDER BY date, presenter
