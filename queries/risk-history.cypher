// A risk's score history and who presented it.
// params: risk = the risk's name (e.g. "Failure of Children’s Social Care")
// names: risk
// example: govgraph query --name risk-history --param risk="Failure of Children’s Social Care"
MATCH (k:Risk {nameKey: $risk})
OPTIONAL MATCH (a:RiskAssessment)-[:ASSESSES_RISK]->(k)
OPTIONAL MATCH (p:Person)-[:PRESENTED]->(:Report {title: k.name})
RETURN k.name AS risk, a.date AS date, a.scoreKind AS kind, a.previousScore AS previous,
       a.scoreValue AS value, collect(DISTINCT p.name) AS presenters
ORDER BY date
