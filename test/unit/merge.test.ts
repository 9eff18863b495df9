// The three-way merge of sidecars and the catalog (issue 14), on texts:
// what each case of the issue keeps, what the merged file looks like, and
// that conflicts are written so that the file parses and validates.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { parseCatalog } from '../../src/core/catalog';
import { mergeCatalogTexts, mergeSidecarTexts, type MergeResult } from '../../src/core/service';
import { sha256Hex } from '../../src/core/text/sha256';
import { resolveConflictText } from '../../src/core/merge/resolve';
import { ROOT } from './support/corpus';

const ajv = new Ajv({ allErrors: true });
const schema = (name: string) => ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8')));
const validateSidecar = schema('sidecar.schema.json');
const validateCatalog = schema('catalog.schema.json');

const ARTICLE = 'In Damascus, Foreign Minister Faysal Mikdad met Denis Pushilin.\n';
const SHA = sha256Hex(ARTICLE);

const BASE = `version: 1
source: a.txt
sha256: ${SHA}
# our team's comment
annotations:
  - id: mikdad
    start: 30 # the start
    end: 43
    exact: Faysal Mikdad
    prefix: "In Damascus, Foreign Minister "
    suffix: " met Denis Pushilin.\\n"
    type: person
    note: base note
    tags: [minister]
    created: 2026-11-23T10:00:00Z
`;

const PUSHILIN = `  - id: pushilin
    start: 48
    end: 62
    exact: Denis Pushilin
    type: person
    created: 2026-11-23T10:00:00Z
`;

function merged(result: MergeResult): string {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.text;
}

describe('merge: sidecars, three-way by id', () => {
  it('keeps what each side added, sorted by start, with our comments and key order', () => {
    const theirs = BASE + PUSHILIN;
    const ours = BASE.replace('note: base note', 'note: ours');
    const result = mergeSidecarTexts({ base: BASE, ours, theirs });
    const text = merged(result);
    assert.deepEqual(result.ok && result.conflicts, []);
    assert.equal(text, ours + PUSHILIN);
  });

  it('merges edits of different fields field by field, and tags as a set', () => {
    const ours = BASE.replace('note: base note', 'note: ours').replace('tags: [minister]', 'tags: [minister, syria]');
    const theirs = BASE.replace('type: person', 'type: other').replace('tags: [minister]', 'tags: [diplomat]');
    const sidecar = parseSidecar(merged(mergeSidecarTexts({ base: BASE, ours, theirs }))).sidecar!;
    assert.deepEqual(
      { note: sidecar.annotations[0].note, type: sidecar.annotations[0].type, tags: sidecar.annotations[0].tags },
      { note: 'ours', type: 'other', tags: ['syria', 'diplomat'] },
    );
  });

  it('writes a same-field conflict as two versions marked with their side; the file validates but is not loaded', () => {
    const ours = BASE.replace('note: base note', 'note: ours');
    const theirs = BASE.replace('note: base note', 'note: theirs').replace('type: person', 'type: other');
    const result = mergeSidecarTexts({ base: BASE, ours, theirs });
    const text = merged(result);
    assert.deepEqual(result.ok && result.conflicts, [{ id: 'mikdad', keys: ['note'] }]);
    const items = parse(text).annotations;
    assert.deepEqual(
      items.map((a: Record<string, unknown>) => [a.id, a.note, a.type, a.status, a.side]),
      [
        ['mikdad', 'ours', 'other', 'conflict', 'ours'],
        ['mikdad', 'theirs', 'other', 'conflict', 'theirs'],
      ],
    );
    assert.ok(validateSidecar(parse(text)), JSON.stringify(validateSidecar.errors));
    const parsed = parseSidecar(text);
    assert.equal(parsed.sidecar, undefined);
    assert.deepEqual(parsed.problems.map((p) => [p.line, p.conflict?.id]), [[text.split('\n').indexOf('    status: conflict'), 'mikdad']]);
  });

  it('deletes what one side deleted and the other left alone; keeps the edited version alone, marked, against a delete', () => {
    const deleted = BASE.replace(/ {2}- id: mikdad[\s\S]*/, '').replace('annotations:\n', 'annotations: []\n');
    assert.equal(parseSidecar(merged(mergeSidecarTexts({ base: BASE, ours: BASE + PUSHILIN, theirs: deleted }))).sidecar!.annotations.map((a) => a.id).join(), 'pushilin');
    const edited = BASE.replace('note: base note', 'note: edited');
    const result = mergeSidecarTexts({ base: BASE, ours: deleted, theirs: edited });
    assert.deepEqual(result.ok && result.conflicts, [{ id: 'mikdad', keys: [], deletedBy: 'ours' }]);
    const items = parse(merged(result)).annotations;
    assert.deepEqual(items.map((a: Record<string, unknown>) => [a.note, a.side]), [['edited', 'theirs']]);
  });

  it('never keeps what both deleted, and takes one copy of what both added alike', () => {
    const deleted = BASE.replace(/ {2}- id: mikdad[\s\S]*/, '').replace('annotations:\n', 'annotations: []\n');
    assert.equal(parseSidecar(merged(mergeSidecarTexts({ base: BASE, ours: deleted, theirs: deleted }))).sidecar!.annotations.length, 0);
    assert.equal(parseSidecar(merged(mergeSidecarTexts({ base: BASE, ours: BASE + PUSHILIN, theirs: BASE + PUSHILIN }))).sidecar!.annotations.length, 2);
  });

  it('re-anchors on the merged article and sets its sha256; without it, keeps the offsets and says stale', () => {
    const article = 'Breaking. ' + ARTICLE;
    const theirs = BASE.replace(SHA, sha256Hex(article)).replace('start: 30', 'start: 40').replace('end: 43', 'end: 53').replace('  - id: mikdad', '  - id: mikdad');
    const onDisk = mergeSidecarTexts({ base: BASE, ours: BASE + PUSHILIN, theirs }, article);
    const sidecar = parseSidecar(merged(onDisk)).sidecar!;
    assert.equal(sidecar.sha256, sha256Hex(article));
    assert.deepEqual(sidecar.annotations.map((a) => [a.id, a.start, a.end]), [['mikdad', 40, 53], ['pushilin', 58, 72]]);
    assert.equal(onDisk.ok && onDisk.stale, false);
    const unknown = mergeSidecarTexts({ base: BASE, ours: BASE + PUSHILIN, theirs });
    assert.equal(unknown.ok && unknown.stale, true);
    assert.equal(parseSidecar(merged(unknown)).sidecar!.sha256, SHA);
  });

  it('marks a conflicting version that was an orphan (the place taken from the side that changed it), and a publication date set two ways', () => {
    const ours = BASE.replace('note: base note', 'note: ours').replace('created: 2026-11-23T10:00:00Z', 'created: 2026-11-23T10:00:00Z\n    status: orphaned');
    const theirs = BASE.replace('note: base note', 'note: theirs').replace('sha256:', 'published: 2022-10-18\nsha256:');
    const base = BASE.replace('sha256:', 'published: 2022-10-17\nsha256:');
    const text = merged(mergeSidecarTexts({ base, ours: ours.replace('sha256:', 'published: 2022-10-16\nsha256:'), theirs }));
    const doc = parse(text);
    assert.deepEqual(doc.published, { status: 'conflict', ours: '2022-10-16', theirs: '2022-10-18' });
    assert.deepEqual(doc.annotations.map((a: Record<string, unknown>) => [a.side, a.orphaned]), [['ours', true], ['theirs', true]]);
    assert.ok(validateSidecar(doc), JSON.stringify(validateSidecar.errors));
    assert.equal(parseSidecar(text).problems.filter((p) => p.conflict).length, 2);
  });

  it('refuses to merge by id a side that does not parse or still holds conflicts', () => {
    assert.equal(mergeSidecarTexts({ base: BASE, ours: 'annotations: [', theirs: BASE }).ok, false);
    const conflicted = merged(mergeSidecarTexts({ base: BASE, ours: BASE.replace('base note', 'x'), theirs: BASE.replace('base note', 'y') }));
    const again = mergeSidecarTexts({ base: BASE, ours: conflicted, theirs: BASE });
    assert.equal(again.ok, false);
  });
});

describe('merge: the catalog, three-way by id', () => {
  const CATALOG = `version: 1
entities:
  # people
  - id: bashar-al-assad
    name: Bashar al-Assad
    type: person
    aliases: [Assad, al-Assad]
ignore: [Most Popular]
`;

  it('merges aliases and ignore as sets and keeps both sides\' new entities, ours first', () => {
    const ours = CATALOG.replace('[Assad, al-Assad]', '[Assad, al-Assad, Al-Assad]').replace('ignore:', '  - id: a\n    name: A\n    type: person\nignore:');
    const theirs = CATALOG.replace('[Assad, al-Assad]', '[Assad]').replace('[Most Popular]', '[Most Popular, Read more]').replace('ignore:', '  - id: b\n    name: B\n    type: other\nignore:');
    const result = mergeCatalogTexts({ base: CATALOG, ours, theirs });
    const text = merged(result);
    const { catalog, problems } = parseCatalog(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(catalog.entities.map((e) => e.id), ['bashar-al-assad', 'a', 'b']);
    assert.deepEqual(catalog.entities[0].aliases, ['Assad', 'Al-Assad']);
    assert.deepEqual(catalog.ignore, ['Most Popular', 'Read more']);
    assert.match(text, /# people/);
  });

  it('writes a conflict as two versions: the catalog validates, ours is used, and the conflict is a problem', () => {
    const ours = CATALOG.replace('name: Bashar al-Assad', 'name: Bashar Assad');
    const theirs = CATALOG.replace('name: Bashar al-Assad', 'name: B. al-Assad');
    const text = merged(mergeCatalogTexts({ base: CATALOG, ours, theirs }));
    assert.ok(validateCatalog(parse(text)), JSON.stringify(validateCatalog.errors));
    const { catalog, problems } = parseCatalog(text);
    assert.deepEqual(catalog.entities.map((e) => e.name), ['Bashar Assad']);
    assert.deepEqual(problems.map((p) => [p.severity, p.conflict?.id]), [['error', 'bashar-al-assad']]);
  });
});

describe('merge: resolving a conflict in the text', () => {
  const newId = () => 'fresh1';
  const conflictedText = (ours: string, theirs: string) => merged(mergeSidecarTexts({ base: BASE, ours, theirs }));

  it('keeps ours or theirs without the markers, an orphan as an orphan again, every other line as it was', () => {
    const orphanOurs = BASE.replace('note: base note', 'note: ours').replace('created: 2026-11-23T10:00:00Z', 'created: 2026-11-23T10:00:00Z\n    status: orphaned');
    const text = conflictedText(orphanOurs, BASE.replace('note: base note', 'note: theirs'));
    const ours = resolveConflictText(text, { listKey: 'annotations', id: 'mikdad', choice: 'ours', newId });
    assert.equal(ours, orphanOurs);
    const theirs = parseSidecar(resolveConflictText(text, { listKey: 'annotations', id: 'mikdad', choice: 'theirs', newId })).sidecar!;
    assert.deepEqual(theirs.annotations.map((a) => [a.id, a.note, a.status]), [['mikdad', 'theirs', 'orphaned']]);
  });

  it('keeps both under two ids, and against a delete keeps or deletes the edited version', () => {
    const text = conflictedText(BASE.replace('base note', 'x'), BASE.replace('base note', 'y'));
    const both = parseSidecar(resolveConflictText(text, { listKey: 'annotations', id: 'mikdad', choice: 'both', newId })).sidecar!;
    assert.deepEqual(both.annotations.map((a) => [a.id, a.note]), [['mikdad', 'x'], ['fresh1', 'y']]);
    const deleted = BASE.replace(/ {2}- id: mikdad[\s\S]*/, '').replace('annotations:\n', 'annotations: []\n');
    const lone = conflictedText(deleted, BASE.replace('base note', 'edited'));
    assert.equal(parseSidecar(resolveConflictText(lone, { listKey: 'annotations', id: 'mikdad', choice: 'ours', newId })).sidecar!.annotations.length, 0);
    assert.equal(parseSidecar(resolveConflictText(lone, { listKey: 'annotations', id: 'mikdad', choice: 'theirs', newId })).sidecar!.annotations[0].note, 'edited');
  });

  it('keeps one publication date, and refuses both', () => {
    const base = BASE.replace('sha256:', 'published: 2022-10-17\nsha256:');
    const text = merged(mergeSidecarTexts({ base, ours: base.replace('10-17', '10-16'), theirs: base.replace('10-17', '10-18') }));
    assert.equal(parseSidecar(resolveConflictText(text, { listKey: 'annotations', choice: 'theirs', newId })).sidecar!.published, '2022-10-18');
    assert.throws(() => resolveConflictText(text, { listKey: 'annotations', choice: 'both', newId }), /cannot keep both/);
  });
});
