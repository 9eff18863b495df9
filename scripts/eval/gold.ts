// Reads the gold JSONL described in /work/shared/data/eval/README.md and
// maps its upper-case labels onto the product's lower-case types.

import { readFileSync } from 'node:fs';
import type { EntitySpan, EntityType, GoldDoc, Span, TimexSpan, TimexType } from './types';

// GPE is not in the current gold, but the scoring conventions fold it into LOC.
const ENTITY_TYPE_OF_LABEL: Readonly<Record<string, EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  GPE: 'location',
};

const TIMEX_TYPE_OF_LABEL: Readonly<Record<string, TimexType>> = {
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  SET: 'set',
};

interface RawSpan {
  start: number;
  end: number;
  type?: string;
  text?: string;
  value?: string;
}

interface RawDoc {
  id: string;
  text: string;
  dct?: string | null;
  annotatedUpTo?: number | null;
  layers?: string[];
  entities?: RawSpan[];
  timex?: RawSpan[];
  optional?: RawSpan[];
}

export function readGoldFile(file: string): GoldDoc[] {
  return parseGold(readFileSync(file, 'utf8'), file);
}

export function parseGold(jsonl: string, source = 'gold'): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const seen = new Set<string>();
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    const raw = JSON.parse(line) as RawDoc;
    if (typeof raw.id !== 'string' || typeof raw.text !== 'string') throw new Error(`${where}: "id" and "text" must be strings`);
    // ids key the CLI's output lines back to their docs
    if (seen.has(raw.id)) throw new Error(`${where}: duplicate id ${raw.id}`);
    seen.add(raw.id);
    docs.push(toGoldDoc(raw, where));
  });
  return docs;
}

function toGoldDoc(raw: RawDoc, where: string): GoldDoc {
  const layers = raw.layers ?? ['entities', 'timex'];
  const entities: EntitySpan[] = [];
  for (const e of raw.entities ?? []) {
    const type = ENTITY_TYPE_OF_LABEL[e.type ?? ''];
    if (!type) throw new Error(`${where}: unknown entity type ${e.type}`);
    entities.push({ start: e.start, end: e.end, type, text: raw.text.slice(e.start, e.end) });
  }
  const timex: TimexSpan[] = [];
  for (const t of raw.timex ?? []) {
    const type = TIMEX_TYPE_OF_LABEL[t.type ?? ''];
    if (!type) throw new Error(`${where}: unknown TIMEX3 type ${t.type}`);
    timex.push({ start: t.start, end: t.end, type, value: t.value ?? '', text: raw.text.slice(t.start, t.end) });
  }
  const optional: Span[] = (raw.optional ?? []).map((o) => ({ start: o.start, end: o.end }));
  return {
    id: raw.id,
    text: raw.text,
    dct: raw.dct ?? null,
    annotatedUpTo: raw.annotatedUpTo ?? null,
    hasEntities: layers.includes('entities'),
    hasTimex: layers.includes('timex'),
    entities,
    timex,
    optional,
  };
}
