// The posts a person was said to hold: each with how it was held (interim, former ...), the body or organisation it is in, the date it was said and the council whose minutes say so.
// params: person = the person's name (e.g. "Jane Fletcher"); council = the council's name (optional)
// optional: council
// names: person, council
// example: govgraph query --name posts-of-person --param person="Jane Fletcher"
MATCH (h:PostHolding)-[:MEMBER]->(p:Person {nameKey: $person}), (h)-[:POST]->(post:Post)
OPTIONAL MATCH (h)-[:ATTESTED_IN]->(c:Council)
OPTIONAL MATCH (h)-[:ORGANIZATION]->(o)
WITH h, post, c, o
WHERE $council IS NULL OR c.nameKey = $council
RETURN post.name AS post, h.tenure AS tenure, o.name AS held_in, h.attestedOn AS said_on, c.name AS council
ORDER BY said_on, post
