import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as parseYamlWith } from 'yaml';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations';
import type { Annotation, Sidecar } from '../../src/core/model';

const lines = (...l: string[]): string => l.map((x) => `${x}\n`).join('');
const SHA = '9f2c'.padEnd(64, '0');

const faysal: Annotation = {
  id: 'a7f3k2',
  start: 367,
  end: 380,
  exact: 'Faysal Mikdad',
  prefix: ' that Syria’s Foreign Minister, ',
  suffix: ', will be meeting with the Forei',
  entity: 'faysal-mikdad',
  type: 'person',
  note: 'Also spelled Mekdad.',
  tags: ['minister'],
  created: '2026-11-23T10:00:00Z',
};
const natalia: Annotation = {
  id: 'b2c4d6',
  start: 431,
  end: 456,
  exact: 'Donetsk People’s Republic',
  prefix: 'Foreign Minister of the ',
  suffix: ', Natalia Nikonorova',
  created: '2026-11-23T10:05:00Z',
};

/** As in DESIGN.md, hand-written: aligned comments, unquoted dates, an unknown key. */
const HAND_WRITTEN = lines(
  '# annotations of 000',
  'version: 1',
  'source: 000_8c67307d6b1f2411.txt',
  `sha256: ${SHA}  # of the normalised article text`,
  'published: 2022-10-17            # the article\'s date',
  'reviewer: maria                  # another tool\'s key',
  'annotations:',
  '  - id: a7f3k2                   # stable, never reused',
  '    start: 367',
  '    end: 380',
  '    exact: Faysal Mikdad',
  '    prefix: " that Syria’s Foreign Minister, "',
  '    suffix: ", will be meeting with the Forei"',
  '    entity: faysal-mikdad        # catalog id',
  '    type: person',
  '    note: Also spelled Mekdad.',
  '    tags: [minister]',
  '    created: 2026-11-23T10:00:00Z',
  '    confidence: 0.9',
);

describe('sidecar: parseSidecar', () => {
  it('reads the format of DESIGN.md, unknown keys aside', () => {
    assert.deepEqual(parseSidecar(HAND_WRITTEN), {
      sidecar: { version: 1, source: '000_8c67307d6b1f2411.txt', sha256: SHA, published: '2022-10-17', annotations: [faysal] },
      problems: [],
    });
  });

  it('reports malformed YAML on its 0-based line and distrusts the file', () => {
    const broken = HAND_WRITTEN.replace('    start: 367\n    end: 380', '    start: 367\n     end: 380');
    assert.equal(broken.split('\n')[9], '     end: 380'); // line 10, 0-based 9
    const { sidecar, problems } = parseSidecar(broken);
    assert.equal(sidecar, undefined);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.severity]), [[9, 5, 'error']]);

    const outdented = lines('version: 1', 'source: a.txt', 'annotations:', '  - id: a', '    start: 1', '    end: 2', '  exact: b');
    assert.deepEqual(parseSidecar(outdented).problems.map((p) => p.line), [6]);
    assert.equal(parseSidecar(outdented).sidecar, undefined);
  });

  it('distrusts a file with a wrong value, with a problem on its line', () => {
    const base = lines('version: 1', 'source: a.txt', 'annotations:', '  - id: a', '    start: 1', '    end: 2', '    exact: b', '    created: 2026-11-23T10:00:00Z');
    const cases: [string, string, number][] = [
      ['    start: 1', '    start: -1', 4],
      ['    start: 1', '    start: "1"', 4],
      ['    start: 1', '    start: 1.5', 4],
      ['    end: 2', '    end: 0', 5],
      ['    exact: b', '    exact: [b]', 6],
      ['    exact: b', '    exact: b\n    type: animal', 7],
      ['    exact: b', '    exact: b\n    tags: x', 7],
      ['    created: 2026-11-23T10:00:00Z', '    note: n', 3],
      ['version: 1', 'version: 2', 0],
      ['source: a.txt', 'source: a.txt\npublished: 17 October 2022', 2],
      ['source: a.txt', 'source: a.txt\npublished: 2022-02-30', 2],
    ];
    for (const [from, to, line] of cases) {
      const { sidecar, problems } = parseSidecar(base.replace(from, to));
      assert.equal(sidecar, undefined, to);
      assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => p.line), [line], to);
    }
    assert.deepEqual(parseSidecar(lines('version: 1', 'source: a.txt', 'annotations: 3')).problems.map((p) => p.line), [2]);
    const duplicate = base + lines('  - id: a', '    start: 3', '    end: 4', '    exact: c', '    created: 2026-11-23T10:00:00Z');
    assert.deepEqual(parseSidecar(duplicate).problems.map((p) => p.line), [8]);
    assert.equal(parseSidecar(duplicate).sidecar, undefined);
  });

  it('trusts a file with only warnings', () => {
    const { sidecar, problems } = parseSidecar(lines('version: 1', 'sha256: 9f2c...', 'annotations: []'));
    assert.deepEqual(sidecar, { version: 1, source: '', annotations: [] });
    assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[0, 'warning'], [1, 'warning']]);
  });

  it('reads an empty file as an empty sidecar', () => {
    assert.deepEqual(parseSidecar(''), { sidecar: { version: 1, source: '', annotations: [] }, problems: [] });
  });
});

describe('sidecar: serializeSidecar', () => {
  const sidecar: Sidecar = { version: 1, source: '000_8c67307d6b1f2411.txt', sha256: SHA, published: '2022-10-17', annotations: [natalia, faysal] };

  it('writes a new file sorted by start, dates quoted for YAML 1.1 readers', () => {
    const text = serializeSidecar(undefined, sidecar);
    assert.equal(
      text,
      lines(
        'version: 1',
        'source: 000_8c67307d6b1f2411.txt',
        `sha256: ${SHA}`,
        'published: "2022-10-17"',
        'annotations:',
        '  - id: a7f3k2',
        '    start: 367',
        '    end: 380',
        '    exact: Faysal Mikdad',
        '    prefix: " that Syria’s Foreign Minister, "',
        '    suffix: ", will be meeting with the Forei"',
        '    entity: faysal-mikdad',
        '    type: person',
        '    note: Also spelled Mekdad.',
        '    tags: [minister]',
        '    created: "2026-11-23T10:00:00Z"',
        '  - id: b2c4d6',
        '    start: 431',
        '    end: 456',
        '    exact: Donetsk People’s Republic',
        '    prefix: "Foreign Minister of the "',
        '    suffix: ", Natalia Nikonorova"',
        '    created: "2026-11-23T10:05:00Z"',
      ),
    );
    assert.deepEqual(parseSidecar(text).sidecar, { ...sidecar, annotations: [faysal, natalia] });
    const asYaml11 = parseYamlWith(text, { version: '1.1' }) as { published: unknown; annotations: { created: unknown }[] };
    assert.equal(asYaml11.published, '2022-10-17');
    assert.equal(asYaml11.annotations[0].created, '2026-11-23T10:00:00Z');
  });

  it('is a fixed point: rewriting an unchanged sidecar changes nothing', () => {
    const text = serializeSidecar(undefined, sidecar);
    assert.equal(serializeSidecar(text, parseSidecar(text).sidecar!), text);
  });

  it('keeps comments, key order, unknown keys and untouched quoting of a hand-written file', () => {
    const edited: Sidecar = {
      ...parseSidecar(HAND_WRITTEN).sidecar!,
      annotations: [{ ...faysal, note: 'Also spelled Mekdad or Miqdad.' }, natalia],
    };
    const out = serializeSidecar(HAND_WRITTEN, edited);
    // lines the edit did not touch keep their own spacing, aligned comments included: git diff shows the note only
    assert.equal(
      out,
      HAND_WRITTEN.replace('Also spelled Mekdad.', 'Also spelled Mekdad or Miqdad.') +
        lines(
          '  - id: b2c4d6',
          '    start: 431',
          '    end: 456',
          '    exact: Donetsk People’s Republic',
          '    prefix: "Foreign Minister of the "',
          '    suffix: ", Natalia Nikonorova"',
          '    created: "2026-11-23T10:05:00Z"',
        ),
    );
  });

  it('moves a changed annotation to its sorted place and deletes removed ones, with their comments', () => {
    const text = lines(
      'version: 1',
      'source: a.txt',
      'annotations:',
      '  # first',
      '  - id: aaaaaa',
      '    start: 1',
      '    end: 2',
      '    exact: b',
      '    created: 2026-11-23T10:00:00Z',
      '  # second',
      '  - id: bbbbbb',
      '    start: 5',
      '    end: 6',
      '    exact: f',
      '    created: 2026-11-23T10:00:00Z',
      '  - id: cccccc',
      '    start: 7',
      '    end: 8',
      '    exact: h',
      '    created: 2026-11-23T10:00:00Z',
    );
    const [a, b] = parseSidecar(text).sidecar!.annotations;
    const out = serializeSidecar(text, { version: 1, source: 'a.txt', annotations: [{ ...a, start: 9, end: 10, exact: 'j' }, b] });
    assert.equal(
      out,
      lines(
        'version: 1',
        'source: a.txt',
        'annotations:',
        '  # first', // yaml keeps a comment above the first item with the list
        '  # second',
        '  - id: bbbbbb',
        '    start: 5',
        '    end: 6',
        '    exact: f',
        '    created: 2026-11-23T10:00:00Z',
        '  - id: aaaaaa',
        '    start: 9',
        '    end: 10',
        '    exact: j',
        '    created: 2026-11-23T10:00:00Z',
      ),
    );
  });

  it('sorts ties by id and grows an `annotations: []` as a block list', () => {
    const x = { ...natalia, id: 'zzzzzz' };
    const out = serializeSidecar(lines('version: 1', 'source: a.txt', 'annotations: []'), { version: 1, source: 'a.txt', annotations: [x, natalia] });
    assert.deepEqual(parseSidecar(out).sidecar!.annotations.map((a) => a.id), ['b2c4d6', 'zzzzzz']);
    assert.match(out, /^annotations:\n {2}- id: b2c4d6$/m);
    assert.equal(serializeSidecar(out, { version: 1, source: 'a.txt', annotations: [] }), lines('version: 1', 'source: a.txt', 'annotations: []'));
  });

  it('never rewrites a file it does not trust, nor writes duplicate ids', () => {
    assert.throws(() => serializeSidecar('version: 1\nannotations:\n  - id: a\n   start: 1\n', sidecar), /line/);
    assert.throws(() => serializeSidecar('version: 2\n', sidecar));
    assert.throws(() => serializeSidecar(undefined, { ...sidecar, annotations: [faysal, faysal] }), /share an id/);
  });

  it('writes quotes and contexts on one line, escaped where needed', () => {
    const tricky: Annotation = {
      ...natalia,
      exact: '2022',
      prefix: 'line one\nline two \t',
      suffix: ' \u2028x\u0085y\u2029 "q" \'s\' #not-a-comment: yes',
      note: 'yes',
      tags: ['no', 'on', '1_000', 'a, b'],
    };
    const out = serializeSidecar(undefined, { version: 1, source: 'a.txt', annotations: [tricky] });
    assert.equal(out.split('\n').length, 13); // 12 lines, one per value
    assert.ok(!/[\u0085\u2028\u2029]/.test(out));
    assert.deepEqual(parseSidecar(out).sidecar!.annotations, [tricky]);
    const asYaml11 = parseYamlWith(out, { version: '1.1' }) as { annotations: Record<string, unknown>[] };
    assert.deepEqual(asYaml11.annotations[0], { ...tricky });
  });

  it('round-trips random annotations exactly (property, 300 runs)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\t', '"', "'", '#', ':', '-', '[', ',', '{', '*', '&', '!', '|', '>', '%', '@', '`', '\\', 'é', 'e\u0301', '😀', '𝔘', '\u2028', '\u0085', '\ufeff', 'yes', 'null', '~', '1', '.5', '0x1', '2022-10-17') });
    const annotation = fc.record(
      {
        id: fc.stringMatching(/^[a-z][a-z0-9]{5}$/),
        start: fc.nat(100000),
        length: fc.nat(100),
        exact: text,
        prefix: text,
        suffix: text,
        entity: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        type: fc.constantFrom('person' as const, 'organization' as const, 'location' as const, 'other' as const),
        note: text,
        tags: fc.array(text, { maxLength: 3 }),
        created: fc.constant('2026-11-23T10:00:00Z'),
      },
      { requiredKeys: ['id', 'start', 'length', 'exact', 'prefix', 'suffix', 'created'] },
    ).map(({ length, ...a }): Annotation => ({ ...a, end: a.start + length }));
    fc.assert(
      fc.property(fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 5 }), text, (annotations, source) => {
        const sidecar: Sidecar = { version: 1, source, annotations };
        const out = serializeSidecar(undefined, sidecar);
        const back = parseSidecar(out);
        assert.deepEqual(back.problems, []);
        const sorted = [...annotations].sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : 1));
        assert.deepEqual(back.sidecar, { ...sidecar, annotations: sorted });
        assert.equal(serializeSidecar(out, back.sidecar!), out);
      }),
      { numRuns: 300 },
    );
  });
});
