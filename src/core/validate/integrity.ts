// What `validate` checks beyond what reading a sidecar already reports: the
// annotations against their article (offsets out of range, stale offsets,
// a stale sha256) and against the catalog (ids that point nowhere). Each
// problem is placed on the sidecar line to fix.

import { isMap, isSeq } from 'yaml';
import { readSidecar } from '../annotations/sidecar-read';
import { TextMap } from '../text/offsets';
import { sha256Hex } from '../text/sha256';
import { ProblemCollector, type YamlProblem } from '../yaml/problems';

export function sidecarIntegrity(sidecarText: string, articleText: string | undefined, catalogIds: ReadonlySet<string> | undefined): YamlProblem[] {
  const { doc, sidecar } = readSidecar(sidecarText);
  // a sidecar that does not parse is reported by the reader itself
  if (!sidecar) return [];
  const collector = new ProblemCollector(sidecarText);
  const root = doc.contents;
  const list: unknown = isMap(root) ? root.get('annotations', true) : undefined;
  const items = isSeq(list) ? list.items : [];
  const text = articleText === undefined ? undefined : new TextMap(articleText);
  if (text && sidecar.sha256 !== undefined && sidecar.sha256 !== sha256Hex(text.text) && isMap(root)) {
    collector.at(root.get('sha256', true), 'Stale: the article changed since this sidecar was saved; its offsets are re-anchored by quote when Corpus Lens next saves it.');
  }
  sidecar.annotations.forEach((a, i) => {
    const node = items[i];
    const at = (key: string) => (isMap(node) ? node.get(key, true) ?? node : node);
    if (a.entity !== undefined && catalogIds && !catalogIds.has(a.entity)) {
      collector.at(at('entity'), `Annotation ${a.id}: entity '${a.entity}' is not in the catalog.`);
    }
    if (!text || a.status === 'orphaned') return;
    if (a.end > text.length) {
      collector.at(at('end'), `Annotation ${a.id}: offsets ${a.start}-${a.end} are out of range (the article has ${text.length} code points).`);
    } else if (text.slice(a.start, a.end) !== a.exact) {
      collector.at(at('start'), `Annotation ${a.id}: stale offsets: the text at ${a.start}-${a.end} is ${JSON.stringify(text.slice(a.start, a.end))}, not ${JSON.stringify(a.exact)}.`);
    }
  });
  return collector.problems;
}
