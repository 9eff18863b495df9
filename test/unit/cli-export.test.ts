// `corpus-lens export` in every format, run as the built CLI on a copy of
// the sample corpus with sidecars this test writes; each export is read
// back (jsonld for W3C, csv-parse for CSV, our readers for brat, CoNLL and
// JSONL) and every span's text checked against the article.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import * as jsonld from 'jsonld';
import { annotatedCorpus, ASTRAL_ARTICLE, type AnnotatedCorpus } from './support/annotatedCorpus';
import { buildCli, runCli } from './support/cli';
import { readBrat, readConll, readJsonl } from './support/exportReaders';

const NER: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC', other: 'MISC' };
const BRAT: Record<string, string> = { person: 'Person', organization: 'Organization', location: 'Location', other: 'Other', date: 'Date' };
// the terms of http://www.w3.org/ns/anno.jsonld that the export uses, mapped as there: safe mode fails on any other
const CONTEXT = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'anno-context.jsonld'), 'utf8')) as object;

/** The type the export should give: the annotation's, else its catalog entity's. */
const TYPE_OF_ENTITY: Record<string, string> = { 'natalia-nikonorova': 'person' };
const typeOf = (a: { type?: string; entity?: string }) => a.type ?? TYPE_OF_ENTITY[a.entity ?? ''] ?? 'other';

describe('corpus-lens export (the built CLI)', function () {
  this.timeout(60000);
  let corpus: AnnotatedCorpus;
  let out: string;
  let articleOrder: string[];

  before(() => {
    buildCli();
    corpus = annotatedCorpus();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-export-'));
    articleOrder = [...corpus.texts.keys()].filter((p) => p !== ASTRAL_ARTICLE).sort().concat(ASTRAL_ARTICLE);
  });
  after(() => {
    corpus.remove();
    fs.rmSync(out, { recursive: true, force: true });
  });

  const expected = (article: string) => corpus.annotations.get(article) ?? [];

  it('jsonl: one spaCy/Prodigy line per article in path order, spans in code points with id, entity, note, tags, created', () => {
    const r = runCli(['export', corpus.dir, '--format', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const records = readJsonl(r.stdout, corpus.texts);
    assert.deepEqual(records.map((rec) => rec.meta.file), articleOrder);
    for (const record of records) {
      const want = expected(record.meta.file);
      assert.deepEqual(record.spans.map((s) => [s.start, s.end, s.text, s.label]), want.map((a) => [a.start, a.end, a.exact, NER[typeOf(a)]]));
      record.spans.forEach((s, i) => {
        assert.equal(s.id, want[i].id);
        assert.equal(s.entity, want[i].entity);
        assert.equal(s.note, want[i].note);
        assert.deepEqual(s.tags, want[i].tags);
        assert.equal(s.created, '2026-11-23T10:00:00Z');
        assert.equal(s.source, undefined);
      });
    }
    assert.match(r.stderr, /orphan/i, 'the orphan left out is said');
  });

  it('brat: x.txt (normalised) and x.ann per article, notes as AnnotatorNotes, ids as normalisations, annotation.conf and tools.conf', () => {
    const dir = path.join(out, 'brat');
    const r = runCli(['export', corpus.dir, '--format', 'brat', '--out', dir]);
    assert.equal(r.code, 0, r.stderr);
    for (const article of articleOrder) {
      const stem = path.join(dir, article.replace(/\.(txt|md)$/, ''));
      const text = fs.readFileSync(stem + '.txt', 'utf8');
      assert.equal(text, corpus.texts.get(article));
      const entities = readBrat(fs.readFileSync(stem + '.ann', 'utf8'), text);
      const want = expected(article);
      assert.deepEqual(entities.map((e) => [e.start, e.end, e.label]), want.map((a) => [a.start, a.end, BRAT[typeOf(a)]]));
      entities.forEach((e, i) => {
        assert.equal(e.note, want[i].note?.replace(/\n/g, '\\n'), 'line breaks of a note written as \\n');
        assert.equal(e.references[0], want[i].entity && `CorpusLens:${want[i].entity}`);
      });
    }
    const mikdad = readBrat(fs.readFileSync(path.join(dir, '000_8c67307d6b1f2411.ann'), 'utf8'), corpus.texts.get('000_8c67307d6b1f2411.txt')!).find((e) => e.text === 'Faysal Mikdad')!;
    assert.deepEqual(mikdad.references, ['CorpusLens:faysal-mikdad', 'Wikidata:Q2915374']);
    const conf = fs.readFileSync(path.join(dir, 'annotation.conf'), 'utf8');
    for (const type of Object.values(BRAT)) assert.match(conf, new RegExp(`^${type}$`, 'm'));
    assert.match(fs.readFileSync(path.join(dir, 'tools.conf'), 'utf8'), /^\[normalization\]\nCorpusLens\t.*\nWikidata\t/m);
  });

  it('conll: -DOCSTART- and a blank line before each article, "token tag" in IOB2, read back to the same spans', () => {
    const r = runCli(['export', corpus.dir, '--format', 'conll']);
    assert.equal(r.code, 0, r.stderr);
    const documents = readConll(r.stdout, articleOrder.map((a) => corpus.texts.get(a)!));
    documents.forEach((spans, i) => {
      const want = expected(articleOrder[i]);
      assert.deepEqual(spans.map((s) => [s.start, s.end, s.text, s.label]), want.map((a) => [a.start, a.end, a.exact, NER[typeOf(a)]]));
    });
    assert.match(r.stdout, /^Faysal B-PER\nMikdad I-PER\n/m);
    assert.match(r.stdout, /\.\s+O\n\n/, 'a blank line between sentences');
  });

  it('csv: a header, one RFC 4180 row per annotation (quotes, commas, line breaks), tags joined with ;', () => {
    const r = runCli(['export', corpus.dir, '--format', 'csv', '--out', path.join(out, 'csv')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '', 'with --out nothing goes to standard output');
    const raw = fs.readFileSync(path.join(out, 'csv', 'annotations.csv'), 'utf8');
    const rows = parseCsv(raw, { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]), ['article', 'start', 'end', 'text', 'type', 'entity', 'note', 'tags', 'created']);
    const want = articleOrder.flatMap((article) => expected(article).map((a) => ({ article, a })));
    assert.equal(rows.length, want.length);
    rows.forEach((row, i) => {
      const { article, a } = want[i];
      assert.equal(row.article, article);
      assert.equal([...corpus.texts.get(article)!].slice(+row.start, +row.end).join(''), row.text);
      assert.deepEqual([+row.start, +row.end, row.text, row.type, row.entity, row.note, row.tags], [a.start, a.end, a.exact, typeOf(a), a.entity ?? '', a.note ?? '', (a.tags ?? []).join(';')]);
    });
  });

  it('w3c: an AnnotationCollection that jsonld expands in safe mode, quote and position selectors in code points, entity IRIs', async () => {
    const r = runCli(['export', corpus.dir, '--format', 'w3c']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { type: string; first: { items: unknown[] } };
    assert.equal(doc.type, 'AnnotationCollection');
    const documentLoader = async (url: string) => {
      if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`no network in tests: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
    };
    const base = 'file:///corpus/';
    const [collection] = (await jsonld.expand(doc as jsonld.JsonLdDocument, { safe: true, documentLoader, base } as jsonld.Options.Expand)) as Record<string, unknown>[];
    // the same reader refuses a term the context does not map: the check above can fail
    await assert.rejects(jsonld.expand({ ...doc, corpusLensExtra: 1 } as jsonld.JsonLdDocument, { safe: true, documentLoader, base } as jsonld.Options.Expand), /Safe mode/);
    const OA = 'http://www.w3.org/ns/oa#';
    assert.deepEqual(collection['@type'], ['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const page = (collection['http://www.w3.org/ns/activitystreams#first'] as Record<string, unknown>[])[0];
    const items = (page['http://www.w3.org/ns/activitystreams#items'] as { '@list': Record<string, unknown>[] }[])[0]['@list'];
    const want = articleOrder.flatMap((article) => expected(article).map((a) => ({ article, a })));
    assert.equal(items.length, want.length);
    const value = (node: Record<string, unknown>, key: string) => (node[OA + key] as { '@value': unknown }[])[0]['@value'];
    items.forEach((item, i) => {
      const { article, a } = want[i];
      assert.deepEqual(item['@type'], [OA + 'Annotation']);
      const target = (item[OA + 'hasTarget'] as Record<string, unknown>[])[0];
      assert.equal((target[OA + 'hasSource'] as { '@id': string }[])[0]['@id'], base + article);
      const selectors = target[OA + 'hasSelector'] as Record<string, unknown>[];
      const quote = selectors.find((s) => (s['@type'] as string[])[0] === OA + 'TextQuoteSelector')!;
      const position = selectors.find((s) => (s['@type'] as string[])[0] === OA + 'TextPositionSelector')!;
      const [start, end] = [Number(value(position, 'start')), Number(value(position, 'end'))];
      const text = [...corpus.texts.get(article)!];
      assert.equal(text.slice(start, end).join(''), value(quote, 'exact'));
      assert.deepEqual([start, end, value(quote, 'exact')], [a.start, a.end, a.exact]);
      assert.equal(value(quote, 'prefix'), text.slice(Math.max(0, start - 32), start).join(''));
      const bodies = item[OA + 'hasBody'] as Record<string, unknown>[];
      const entity = bodies.find((b) => (b[OA + 'hasPurpose'] as { '@id': string }[])[0]['@id'] === OA + 'identifying');
      const iri = entity && (entity[OA + 'hasSource'] as { '@id': string }[])[0]['@id'];
      if (a.entity === 'faysal-mikdad') assert.equal(iri, 'http://www.wikidata.org/entity/Q2915374');
      else if (a.entity === 'natalia-nikonorova') assert.equal(iri, 'urn:corpus-lens:entity:natalia-nikonorova');
      else if (!a.entity) assert.equal(entity, undefined);
      const note = bodies.find((b) => (b[OA + 'hasPurpose'] as { '@id': string }[])[0]['@id'] === OA + 'commenting');
      assert.equal(note && (note['http://www.w3.org/1999/02/22-rdf-syntax-ns#value'] as { '@value': string }[])[0]['@value'], a.note);
      const tags = bodies.filter((b) => (b[OA + 'hasPurpose'] as { '@id': string }[])[0]['@id'] === OA + 'tagging');
      assert.deepEqual(tags.map((t) => (t['http://www.w3.org/1999/02/22-rdf-syntax-ns#value'] as { '@value': string }[])[0]['@value']), a.tags ?? []);
    });
  });

  it('--include-recognized adds the mentions no annotation covers, marked in every format', async () => {
    const jsonl = runCli(['export', corpus.dir, '--format', 'jsonl', '--include-recognized']);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    for (const record of readJsonl(jsonl.stdout, corpus.texts)) {
      const annotations = expected(record.meta.file);
      const recognized = record.spans.filter((s) => s.source === 'recognized');
      assert.ok(recognized.length > 0);
      assert.equal(record.spans.length - recognized.length, annotations.length);
      for (const s of recognized) assert.ok(!annotations.some((a) => a.start < s.end && s.start < a.end), `${s.text} overlaps an annotation`);
    }
    const w3c = JSON.parse(runCli(['export', corpus.dir, '--format', 'w3c', '--include-recognized']).stdout) as { first: { items: Record<string, unknown>[] } };
    const machine = w3c.first.items.filter((i) => i.motivation === 'identifying');
    assert.ok(machine.length > 0 && machine.every((i) => (i.generator as { type: string }).type === 'Software'));
    assert.ok(w3c.first.items.some((i) => i.motivation === undefined && i.generator === undefined));
    const csv = parseCsv(runCli(['export', corpus.dir, '--format', 'csv', '--include-recognized']).stdout, { columns: true }) as Record<string, string>[];
    assert.deepEqual(new Set(csv.map((row) => row.source)), new Set(['annotation', 'recognized']));
    assert.ok(csv.some((row) => row.type === 'date'), 'recognised dates too');
    const dir = path.join(out, 'brat-recognized');
    assert.equal(runCli(['export', corpus.dir, '--format', 'brat', '--out', dir, '--include-recognized']).code, 0);
    const ann = fs.readFileSync(path.join(dir, '000_8c67307d6b1f2411.ann'), 'utf8');
    const entities = readBrat(ann, corpus.texts.get('000_8c67307d6b1f2411.txt')!);
    assert.ok(entities.some((e) => e.note === 'recognized' && e.label === 'Date'));
  });

  it('needs --out for brat, a known --format, and never writes over the corpus', () => {
    assert.equal(runCli(['export', corpus.dir, '--format', 'brat']).code, 2);
    assert.equal(runCli(['export', corpus.dir, '--format', 'xml']).code, 2);
    assert.equal(runCli(['export', corpus.dir]).code, 2);
    const before = fs.readFileSync(path.join(corpus.dir, '000_8c67307d6b1f2411.txt'));
    const r = runCli(['export', corpus.dir, '--format', 'brat', '--out', corpus.dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /would overwrite/);
    assert.deepEqual(fs.readFileSync(path.join(corpus.dir, '000_8c67307d6b1f2411.txt')), before);
    assert.ok(!fs.existsSync(path.join(corpus.dir, '000_8c67307d6b1f2411.ann')));
  });

  it('a missing article is said on stderr with exit 1, the rest exported', () => {
    const r = runCli(['export', path.join(corpus.dir, '000_8c67307d6b1f2411.txt'), path.join(corpus.dir, 'nope.txt'), '--format', 'jsonl']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nope\.txt/);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });
});
