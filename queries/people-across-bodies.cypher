// People who reported to, or attended meetings of, at least a number of different bodies.
// params: min_bodies = how many bodies at least (e.g. 2); council = the council's name (optional)
// optional: council
// names: council
// example: govgraph query --name people-across-bodies --param min_bodies=1
MATCH (p:Person)-[:REPORTED_TO|ATTENDED]->(x)-[:MEETING_OF*0..1]->(b:Body)
OPTIONAL MATCH (b)-[:UNIT_OF]->(c:Council)
WITH p, b, c
WHERE $council IS NULL OR c.nameKey = $council
WITH p, collect(DISTINCT b.name) AS bodies
WHERE size(bodies) >= $min_bodies
RETURN p.name AS person, bodies
ORDER BY size(bodies) DESC, person
