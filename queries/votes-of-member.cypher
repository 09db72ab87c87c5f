// How a member voted where the minutes record each member's vote: the decision, the meeting's body and date, and the member's vote (yes, no or abstain).
// params: person = the member's name (e.g. "Neal"); council = the council's name (optional)
// optional: council
// names: person, council
// example: govgraph query --name votes-of-member --param person="Neal"
MATCH (v:Vote)-[:VOTER]->(p:Person {nameKey: $person}), (v)-[:VOTE_EVENT]->(e:VoteEvent)-[:VOTE_ON]->(d:Decision)
OPTIONAL MATCH (d)-[:AT_MEETING]->(m:Meeting)-[:MEETING_OF]->(b:Body)
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH v, e, d, m, b, c
WHERE $council IS NULL OR c.nameKey = $council
RETURN m.date AS date, b.name AS body, d.decisionText AS decision, v.option AS vote, e.result AS result
ORDER BY date, decision
