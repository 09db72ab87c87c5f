// The posts a person was said to hold, each with the date it was said and the council.
// params: person = the person's name (e.g. "Jane Fletcher"); council = the council's name (optional)
// optional: council
// names: person, council
// example: govgraph query --name posts-of-person --param person="Jane Fletcher"
MATCH (h:PostHolding)-[:MEMBER]->(p:Person {nameKey: $person}), (h)-[:POST]->(post:Post)
OPTIONAL MATCH (h)-[:ORGANIZATION]->(c:Council)
WITH h, post, c
WHERE $council IS NULL OR c.nameKey = $council
RETURN post.name AS post, h.attestedOn AS said_on, c.name AS council
ORDER BY said_on, post
