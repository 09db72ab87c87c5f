// Who held a post on a date, by what the minutes last said of each person up to that date: someone then called its former holder, or outgoing before that date, is left out ("who was Director of Finance on 1 March 2024").
// params: post = the post as written (e.g. "Director of Finance"); on = an ISO date; council = the council's name (optional)
// optional: council
// names: post, council
// example: govgraph query --name holders-of-post --param post="Director of Finance" --param on=2024-06-30
MATCH (h:PostHolding)-[:POST]->(post:Post {nameKey: $post}), (h)-[:MEMBER]->(p:Person)
OPTIONAL MATCH (h)-[:ATTESTED_IN]->(c:Council)
OPTIONAL MATCH (h)-[:ORGANIZATION]->(o)
WITH h, p, post, c, o
WHERE h.attestedOn <= date($on) AND ($council IS NULL OR c.nameKey = $council)
WITH p, post, c, o, h ORDER BY h.attestedOn DESC
WITH p, post, c, o, collect(h)[0] AS last
WHERE last.tenure IS NULL OR NOT (last.tenure IN ['former', 'previous']
      OR (last.tenure IN ['outgoing', 'retiring'] AND last.attestedOn < date($on)))
RETURN p.name AS person, post.name AS post, o.name AS held_in, last.tenure AS tenure,
       last.attestedOn AS last_said_on, c.name AS council
ORDER BY last_said_on DESC, person
