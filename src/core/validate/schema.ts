// JSON Schema errors (from a validator the client runs) placed on the line
// of the YAML node they are about.

import { isNode } from 'yaml';
import { parseYaml, ProblemCollector, type YamlProblem } from '../yaml/problems';

export interface SchemaError {
  /** JSON Pointer of the value, e.g. /annotations/0/id. */
  readonly instancePath: string;
  readonly message?: string;
}

export function schemaProblems(text: string, errors: readonly SchemaError[]): YamlProblem[] {
  const { doc } = parseYaml(text);
  const collector = new ProblemCollector(text);
  for (const error of errors) {
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node: unknown = segments.length ? doc.getIn(segments, true) : doc.contents;
    collector.at(isNode(node) ? node : doc.contents, `Schema: ${error.instancePath || 'the file'} ${error.message ?? 'is not valid'}.`);
  }
  return collector.problems;
}
