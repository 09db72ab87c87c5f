// Decisions whose text mentions some words, across bodies and councils.
// params: words = the words, in any case (e.g. "approved")
// names: words
// example: govgraph query --name decisions-mentioning --param words="audit plan"
MATCH (d:Decision)-[:DECIDED_BY]->(b:Body)
WHERE toLower(d.decisionText) CONTAINS $words
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
RETURN d.date AS date, b.name AS body, c.name AS council, d.decisionText AS decision
ORDER BY date
