// Who was said to hold a post on or before a date, the latest sighting first ("who was Director of Finance on 1 March 2024").
// params: post = the post as written (e.g. "Director of Finance"); on = an ISO date; council = the council's name (optional)
// optional: council
// names: post, council
// example: govgraph query --name holders-of-post --param post="Director of Finance" --param on=2024-06-30
MATCH (h:PostHolding)-[:POST]->(post:Post {nameKey: $post}), (h)-[:MEMBER]->(p:Person)
OPTIONAL MATCH (h)-[:ORGANIZATION]->(c:Council)
WITH h, p, post, c
WHERE h.attestedOn <= date($on) AND ($council IS NULL OR c.nameKey = $council)
RETURN p.name AS person, post.name AS post, max(h.attestedOn) AS last_said_on, c.name AS council
ORDER BY last_said_on DESC, person
