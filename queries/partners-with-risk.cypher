// Partner organisations named in the same documents as a risk, most often first.
// params: risk = the risk's name (e.g. "Operations")
// names: risk
// example: govgraph query --name partners-with-risk --param risk=Operations
MATCH (k:Risk {nameKey: $risk})-[:WAS_DERIVED_FROM]->(d:Document)<-[:WAS_DERIVED_FROM]-(o:Organisation)
RETURN o.name AS partner, count(DISTINCT d) AS documents
ORDER BY documents DESC, partner
