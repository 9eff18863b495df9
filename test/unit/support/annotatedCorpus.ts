// A temporary copy of the sample corpus with sidecars written by the test
// (the sample corpus has none), plus an article in a subfolder with a BOM,
// CRLF line ends and astral characters, for the CLI tests of export,
// import, validate and stats.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLE } from './corpus';

export interface PlannedAnnotation {
  readonly id: string;
  readonly exact: string;
  /** Which occurrence of `exact` (0: the first). */
  readonly nth?: number;
  readonly entity?: string;
  readonly type?: string;
  readonly note?: string;
  readonly tags?: readonly string[];
}

export interface AnnotatedCorpus {
  readonly dir: string;
  /** Normalised text of every article, by path relative to the corpus root. */
  readonly texts: Map<string, string>;
  /** The annotations written, placed (code points), by article. */
  readonly annotations: Map<string, (PlannedAnnotation & { start: number; end: number })[]>;
  remove(): void;
}

export const ASTRAL_ARTICLE = 'sub/astral.md';
const ASTRAL_TEXT = '\ufeff# 𝔘𝔫𝔦 report\r\nVladimir Putin met Bashar al-Assad in Damascus.\r\n\r\nThe 🇸🇾 delegation, led by Faysal Mikdad, left.\r\n';

export const PLANNED: Record<string, PlannedAnnotation[]> = {
  '000_8c67307d6b1f2411.txt': [
    { id: 'a1', exact: 'Faysal Mikdad', entity: 'faysal-mikdad', type: 'person', note: 'Also spelled "Mekdad", in some, places;\nsee wire copy.', tags: ['minister', 'syria'] },
    { id: 'a2', exact: 'Natalia Nikonorova', entity: 'natalia-nikonorova', note: 'DPR foreign minister' },
    { id: 'a3', exact: 'Atlantic Council', type: 'organization' },
    { id: 'a4', exact: 'Damascus', nth: 1, entity: 'damascus', type: 'location' },
  ],
  '001_4ffb2e79d209e891.txt': [
    { id: 'b1', exact: 'Luhansk', entity: 'luhansk-peoples-republic', type: 'location', tags: ['breakaway'] },
    { id: 'b2', exact: 'state media', type: 'other', note: 'not a name, kept as other' },
  ],
  [ASTRAL_ARTICLE]: [
    { id: 'c1', exact: 'Vladimir Putin', entity: 'vladimir-putin', type: 'person' },
    { id: 'c2', exact: 'Faysal Mikdad', entity: 'faysal-mikdad', type: 'person', note: 'after a flag: 🇸🇾' },
  ],
};

export function normalize(raw: string): string {
  return raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** Code point offset of the nth occurrence of `exact`. */
export function codePointsOf(text: string, exact: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(exact, at + 1);
    if (at < 0) throw new Error(`'${exact}' (${nth}) not in the text`);
  }
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...exact].length };
}

/** With `sidecars: false`, the same corpus before anything was annotated (an import's target). */
export function annotatedCorpus(options: { orphan?: boolean; sidecars?: boolean } = {}): AnnotatedCorpus {
  const { orphan: extraOrphan = true, sidecars = true } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-annotated-'));
  fs.cpSync(SAMPLE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, ASTRAL_ARTICLE), ASTRAL_TEXT);
  const texts = new Map<string, string>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.set(name, normalize(fs.readFileSync(path.join(dir, name), 'utf8')));
  texts.set(ASTRAL_ARTICLE, normalize(ASTRAL_TEXT));
  const annotations = new Map<string, (PlannedAnnotation & { start: number; end: number })[]>();
  for (const [article, planned] of Object.entries(PLANNED)) {
    const placed = planned.map((p) => ({ ...p, ...codePointsOf(texts.get(article)!, p.exact, p.nth) })).sort((a, b) => a.start - b.start);
    annotations.set(article, placed);
    const orphan = extraOrphan && article.startsWith('001')
      ? [{ id: 'zz', start: 5, end: 20, exact: 'words no longer in the text', created: '2026-11-01T09:00:00Z' }]
      : [];
    if (sidecars) fs.writeFileSync(path.join(dir, article + '.annotations.yaml'), sidecarYaml(path.basename(article), [...placed, ...orphan]));
  }
  return { dir, texts, annotations, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function sidecarYaml(source: string, annotations: readonly object[]): string {
  const lines = ['version: 1', `source: ${source}`, 'annotations:'];
  for (const a of annotations as Record<string, unknown>[]) {
    lines.push(`  - id: ${String(a.id)}`);
    for (const key of ['start', 'end', 'exact', 'entity', 'type', 'note', 'tags']) {
      if (a[key] !== undefined) lines.push(`    ${key}: ${JSON.stringify(a[key])}`);
    }
    lines.push(`    created: ${String(a.created ?? '2026-11-23T10:00:00Z')}`);
  }
  return lines.join('\n') + '\n';
}
