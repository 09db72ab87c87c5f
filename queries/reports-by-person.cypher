// Reports a person presented to committees and boards, with date and subject.
// params: person = the person's name, as written in the minutes (e.g. "Victoria Gent")
// example: govgraph query --name reports-by-person --param person="Victoria Gent"
MATCH (p:Person {name: $person})-[r:REPORTED_TO]->(b:Body)
RETURN b.name AS body, r.date AS date, r.subject AS subject, r.evidence[0] AS evidence
ORDER BY date, body
