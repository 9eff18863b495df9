// Issue 14's property: from one base, random edits on two branches (adds,
// deletes, field edits), merged by id. The merge keeps every annotation
// either side added, drops every one both deleted or one deleted and the
// other left alone, keeps one side's edit when the other left the
// annotation alone, and the file always parses as YAML; without conflicts,
// as a sidecar.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import type { Annotation, EntityType, Sidecar } from '../../src/core/model';
import { mergeCatalogTexts, mergeSidecarTexts } from '../../src/core/service';

const TYPES: EntityType[] = ['person', 'organization', 'location', 'other'];

function annotation(id: string, start: number): Annotation {
  return { id, start, end: start + 3, exact: 'abc', prefix: '', suffix: '', type: 'person', created: '2026-11-23T10:00:00Z' };
}

type Edit =
  | { kind: 'add'; start: number }
  | { kind: 'delete'; at: number }
  | { kind: 'note'; at: number; note: string }
  | { kind: 'type'; at: number; type: EntityType }
  | { kind: 'tag'; at: number; tag: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), start: fc.nat(200) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('note' as const), at: fc.nat(), note: fc.constantFrom('a', 'b', 'c: d', '# not a comment') }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), type: fc.constantFrom(...TYPES) }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.nat(), tag: fc.constantFrom('x', 'y', 'z') }),
);

/** The side's annotations after its edits; ids of additions carry the side's name, so the two never collide. */
function applyEdits(base: readonly Annotation[], edits: readonly Edit[], side: string): Annotation[] {
  let out = [...base];
  edits.forEach((e, n) => {
    if (e.kind === 'add') return void out.push(annotation(`${side}${n}`, e.start));
    if (out.length === 0) return;
    const i = e.at % out.length;
    if (e.kind === 'delete') out = out.filter((_, j) => j !== i);
    else if (e.kind === 'note') out[i] = { ...out[i], note: e.note };
    else if (e.kind === 'type') out[i] = { ...out[i], type: e.type };
    else out[i] = { ...out[i], tags: [...new Set([...(out[i].tags ?? []), e.tag])] };
  });
  return out;
}

const text = (annotations: readonly Annotation[], previous?: string): string => {
  const sidecar: Sidecar = { version: 1, source: 'a.txt', annotations };
  return serializeSidecar(previous, sidecar);
};

describe('merge: property over random edits on two branches', () => {
  it('keeps every addition, never keeps what both deleted, and the file always parses (500 runs)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200), { maxLength: 6 }), fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (starts, oursEdits, theirsEdits) => {
        const base = starts.map((s, i) => annotation(`base${i}`, s));
        const [ours, theirs] = [applyEdits(base, oursEdits, 'ours'), applyEdits(base, theirsEdits, 'theirs')];
        const baseText = text(base);
        const result = mergeSidecarTexts({ base: baseText, ours: text(ours, baseText), theirs: text(theirs, baseText) });
        assert.ok(result.ok);
        const items: Record<string, unknown>[] = parse(result.text).annotations ?? [];
        const ids = new Set(items.map((a) => String(a.id)));
        const byId = (list: readonly Annotation[]) => new Map(list.map((a) => [a.id, a]));
        const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
        for (const a of [...ours, ...theirs]) if (!b.has(a.id)) assert.ok(ids.has(a.id), `addition ${a.id} kept`);
        for (const id of b.keys()) {
          const same = (x?: Annotation) => x !== undefined && JSON.stringify(x) === JSON.stringify(b.get(id));
          if (!o.has(id) && !t.has(id)) assert.ok(!ids.has(id), `${id} deleted on both sides`);
          if ((!o.has(id) && same(t.get(id))) || (!t.has(id) && same(o.get(id)))) assert.ok(!ids.has(id), `${id} deleted on one side, untouched on the other`);
          if (same(o.get(id)) && t.has(id) && ids.has(id)) {
            assert.deepEqual(items.find((a) => a.id === id)?.note, t.get(id)!.note, `${id}: their edit taken`);
          }
        }
        const starts2 = items.map((a) => Number(a.start));
        assert.deepEqual(starts2, [...starts2].sort((x, y) => x - y), 'sorted by start');
        if (result.conflicts.length === 0) {
          const parsed = parseSidecar(result.text);
          assert.ok(parsed.sidecar, JSON.stringify(parsed.problems));
          assert.equal(parsed.sidecar.annotations.length, ids.size);
        } else {
          assert.ok(result.conflicts.every((c) => c.id !== undefined && items.some((a) => a.id === c.id && a.status === 'conflict')));
        }
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});

describe('merge: catalog property over random edits on two branches', () => {
  type Entity = { id: string; name: string; type: EntityType; aliases: string[] };
  type CatalogEdit = { kind: 'add' } | { kind: 'delete'; at: number } | { kind: 'alias'; at: number; alias: string } | { kind: 'type'; at: number; type: EntityType };
  const catalogText = (entities: readonly Entity[]) =>
    `version: 1\nentities:\n${entities.map((e) => `  - id: ${e.id}\n    name: ${e.name}\n    type: ${e.type}\n    aliases: [${e.aliases.join(', ')}]\n`).join('')}`;
  const catalogEdit: fc.Arbitrary<CatalogEdit> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('alias' as const), at: fc.nat(), alias: fc.constantFrom('A', 'B', 'C') }),
    fc.record({ kind: fc.constant('type' as const), at: fc.nat(), type: fc.constantFrom(...TYPES) }),
  );
  const applyCatalogEdits = (base: readonly Entity[], edits: readonly CatalogEdit[], side: string): Entity[] => {
    let out = base.map((e) => ({ ...e, aliases: [...e.aliases] }));
    edits.forEach((e, n) => {
      if (e.kind === 'add') return void out.push({ id: `${side}-${n}`, name: `${side} ${n}`, type: 'person', aliases: [] });
      if (out.length === 0) return;
      const i = e.at % out.length;
      if (e.kind === 'delete') out = out.filter((_, j) => j !== i);
      else if (e.kind === 'alias') out[i].aliases = [...new Set([...out[i].aliases, e.alias])];
      else out[i].type = e.type;
    });
    return out;
  };

  it('keeps every entity either side added and drops what one deleted and the other left alone (300 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.array(catalogEdit, { maxLength: 6 }), fc.array(catalogEdit, { maxLength: 6 }), (n, oursEdits, theirsEdits) => {
        const base: Entity[] = Array.from({ length: n }, (_, i) => ({ id: `e-${i}`, name: `E ${i}`, type: 'organization', aliases: [] }));
        const [ours, theirs] = [applyCatalogEdits(base, oursEdits, 'ours'), applyCatalogEdits(base, theirsEdits, 'theirs')];
        const result = mergeCatalogTexts({ base: catalogText(base), ours: catalogText(ours), theirs: catalogText(theirs) });
        assert.ok(result.ok);
        const ids: string[] = (parse(result.text).entities ?? []).map((e: { id: string }) => e.id);
        for (const e of [...ours, ...theirs]) if (!base.some((b) => b.id === e.id)) assert.ok(ids.includes(e.id), `addition ${e.id} kept`);
        for (const b of base) {
          const untouched = (list: Entity[]) => JSON.stringify(list.find((e) => e.id === b.id)) === JSON.stringify(b);
          const gone = (list: Entity[]) => !list.some((e) => e.id === b.id);
          if ((gone(ours) && (gone(theirs) || untouched(theirs))) || (gone(theirs) && untouched(ours))) assert.ok(!ids.includes(b.id), `${b.id} deleted`);
        }
        if (result.conflicts.length === 0) assert.equal(new Set(ids).size, ids.length, 'one entry per id');
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
