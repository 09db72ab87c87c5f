// Risks whose score rose, with when, from what and to what, and who presented them.
// params: council = the council's name (optional)
// optional: council
// names: council
// example: govgraph query --name rising-risks
MATCH (a:RiskAssessment)-[:ASSESSES_RISK]->(k:Risk)
WHERE a.scoreValue > a.previousScore
OPTIONAL MATCH (a)-[:WAS_DERIVED_FROM]->(:Document)<-[:WAS_DERIVED_FROM]-(:Meeting)-[:MEETING_OF]->(:Body)-[:UNIT_OF]->(c:Council)
WITH a, k, c
WHERE $council IS NULL OR c.nameKey = $council
RETURN k.name AS risk, a.date AS date, a.previousScore AS previous, a.scoreValue AS value, c.name AS council
ORDER BY date, risk
