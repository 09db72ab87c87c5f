// Lint Cypher statements with Neo4j's own parser and semantic analysis (Cypher 5).
// Reads a JSON array of statements on stdin; writes a JSON array of
// {statement, errors: [message...], warnings: [message...]} on stdout.
// "Parameter $x is not defined" diagnostics are dropped: parameters are bound at run time.
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const statements = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = statements.map((statement) => {
  const { diagnostics } = lintCypherQuery(
    statement,
    { defaultLanguage: 'CYPHER 5' },
    { consoleCommandsEnabled: false },
  );
  const kept = diagnostics.filter(isNotParamError);
  return {
    statement,
    errors: kept.filter((d) => d.severity === 1).map((d) => d.message),
    warnings: kept.filter((d) => d.severity !== 1).map((d) => d.message),
  };
});
process.stdout.write(JSON.stringify(results));
