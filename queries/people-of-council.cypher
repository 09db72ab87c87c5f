// The people a council's minutes name, with their titles and the posts they were said to hold.
// params: council = the council's name
// names: council
// example: govgraph query --name people-of-council --param council="Northwold Council"
MATCH (p:Person)-[:WAS_DERIVED_FROM]->(:Document)<-[:WAS_DERIVED_FROM]-(:Meeting)-[:MEETING_OF]->(:Body)-[:UNIT_OF]->(c:Council {nameKey: $council})
WITH DISTINCT p
OPTIONAL MATCH (p)-[:HOLDS]->(post:Post)
WITH p, post ORDER BY post.name
WITH p, collect(DISTINCT post.name) AS posts
RETURN p.name AS person, p.honorific AS honorific, posts
ORDER BY person
