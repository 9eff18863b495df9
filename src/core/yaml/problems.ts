// Problems found in a YAML file the user edits, placed where the user must
// look: 0-based line and column, the column in code points like every other
// offset the core hands out.

import { isNode, parseDocument, type Document } from 'yaml';
import { TextMap } from '../text/offsets';

export interface YamlProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** An error makes a value (or, for a sidecar, the whole file) unusable; a warning does not. */
  readonly severity: 'error' | 'warning';
  /** A merge conflict left by `corpus-lens merge-driver`, on the item with this id (undefined: a top-level key). */
  readonly conflict?: { readonly id?: string };
}

export class ProblemCollector {
  readonly problems: YamlProblem[] = [];
  private readonly map: TextMap;

  constructor(text: string) {
    this.map = new TextMap(text);
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** At a node's start, or at the start of the file when the node has no range. */
  at(node: unknown, message: string, severity: YamlProblem['severity'] = 'error'): void {
    this.atOffset(startOf(node), message, severity);
  }

  /** An unresolved merge conflict: an error, so the file is not written until it is resolved. */
  conflictAt(node: unknown, message: string, id?: string): void {
    this.at(node, message);
    const last = this.problems.length - 1;
    this.problems[last] = { ...this.problems[last], conflict: id === undefined ? {} : { id } };
  }

  lineOf(node: unknown): number {
    return this.map.positionAt(this.map.toCodePoint(startOf(node))).line;
  }

  atOffset(utf16: number, message: string, severity: YamlProblem['severity'] = 'error'): void {
    const codePoint = this.map.toCodePoint(Math.min(Math.max(0, utf16), this.map.text.length));
    const { line, character } = this.map.positionAt(codePoint);
    const column = codePoint - this.map.toCodePoint(this.map.toUtf16(codePoint) - character);
    this.problems.push({ line, column, message, severity });
  }
}

function startOf(node: unknown): number {
  return isNode(node) && node.range ? node.range[0] : 0;
}

export interface ParsedYaml {
  readonly doc: Document.Parsed;
  readonly collector: ProblemCollector;
}

/**
 * Parses with the YAML 1.2 core schema (what the `yaml` package and most
 * current readers use) and records its syntax errors and warnings.
 */
export function parseYaml(text: string): ParsedYaml {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const collector = new ProblemCollector(text);
  const multiLineKeys = new Set(doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  for (const e of doc.errors) {
    if (e.code === 'MULTILINE_IMPLICIT_KEY') {
      collector.atOffset(lastLineStart(text, e.pos), `${e.message} (is this line indented too far?)`, 'error');
    } else if (!(e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiLineKeys.has(e.pos[0]))) {
      collector.atOffset(e.pos[0], e.message, 'error');
    }
  }
  for (const w of doc.warnings) collector.atOffset(w.pos[0], w.message, 'warning');
  return { doc, collector };
}

/**
 * A key that runs over two lines is almost always a line indented too far
 * under a scalar: the line to fix is the last one of the range, not the
 * scalar where `yaml` puts the error (nor the follow-up error it adds there).
 */
function lastLineStart(text: string, [start, end]: readonly [number, number]): number {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (lineStart <= start) return start;
  return lineStart + (/^[ \t]*/.exec(text.slice(lineStart, end))?.[0].length ?? 0);
}
