// The evidence for a decision: its quoted text and the document it was read from.
// params: words = words the decision's text contains (e.g. "flood defence")
// names: words
// example: govgraph query --name evidence-for-decision --param words="flood defence"
MATCH (d:Decision)-[:WAS_DERIVED_FROM]->(doc:Document)
WHERE toLower(d.decisionText) CONTAINS $words
RETURN d.decisionText AS decision, d.date AS date, d.evidence AS quotes, doc.title AS document, doc.sourceUrl AS url
ORDER BY date, decision
