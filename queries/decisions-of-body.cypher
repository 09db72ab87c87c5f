// Decisions of a body over a period, with their kind and any recorded vote.
// params: body = the body's name (e.g. "Audit Committee"); from, to = ISO dates; council = the council's name (optional)
// optional: council
// names: body, council
// example: govgraph query --name decisions-of-body --param body="Audit Committee" --param from=2024-01-01 --param to=2024-12-31
MATCH (d:Decision)-[:DECIDED_BY]->(b:Body {nameKey: $body})
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
OPTIONAL MATCH (v:VoteEvent)-[:VOTE_ON]->(d)
WITH d, b, c, v
WHERE d.date >= date($from) AND d.date <= date($to) AND ($council IS NULL OR c.nameKey = $council)
RETURN d.date AS date, d.decisionText AS decision, d.decisionKind AS kind, v.votesFor AS votes_for,
       v.votesAgainst AS votes_against, v.result AS result, c.name AS council
ORDER BY date, decision
