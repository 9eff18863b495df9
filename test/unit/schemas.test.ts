// The JSON Schemas the YAML extension validates hand-edited files with
// (package.json "yamlValidation"), checked with a JSON Schema validator on
// valid and invalid files, since the YAML extension is not installed here.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { ARTICLE, ROOT, sampleService } from './support/corpus';

const ajv = new Ajv({ allErrors: true });
const schema = (name: string) => ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8')));
const validateSidecar = schema('sidecar.schema.json');
const validateCatalog = schema('catalog.schema.json');

describe('JSON Schemas for hand-edited files', () => {
  it('are the ones package.json registers for the YAML extension', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const urls = manifest.contributes.yamlValidation.map((v: { url: string }) => v.url).sort();
    assert.deepEqual(urls, ['./schemas/catalog.schema.json', './schemas/sidecar.schema.json']);
  });

  it('accept the sample catalog', () => {
    const catalog = parse(fs.readFileSync(path.join(ROOT, 'sample-corpus/entities.yaml'), 'utf8'));
    assert.ok(validateCatalog(catalog), JSON.stringify(validateCatalog.errors));
  });

  it('accept a sidecar the extension writes', async () => {
    const { service, workspace } = await sampleService();
    const mention = service.analysis(ARTICLE(0))!.entities.find((m) => m.text === 'Faysal Mikdad')!;
    await service.annotate({ uri: ARTICLE(0), span: mention, entity: 'faysal-mikdad', note: 'n', tags: ['t'] });
    await service.setPublished(ARTICLE(0), '2022-10-17');
    const sidecar = parse(workspace.text(`${ARTICLE(0)}.annotations.yaml`)!);
    assert.ok(validateSidecar(sidecar), JSON.stringify(validateSidecar.errors));
  });

  const validSidecar = {
    version: 1,
    source: 'a.txt',
    annotations: [{ id: 'a7f3k2', start: 1, end: 4, exact: 'abc', created: '2026-11-23T10:00:00Z' }],
  };
  const invalidSidecars: [string, unknown][] = [
    ['a wrong version', { ...validSidecar, version: 2 }],
    ['no source', { ...validSidecar, source: undefined }],
    ['a negative start', { ...validSidecar, annotations: [{ ...validSidecar.annotations[0], start: -1 }] }],
    ['a fractional end', { ...validSidecar, annotations: [{ ...validSidecar.annotations[0], end: 4.5 }] }],
    ['an unknown type', { ...validSidecar, annotations: [{ ...validSidecar.annotations[0], type: 'animal' }] }],
    ['a published date that is not YYYY-MM-DD', { ...validSidecar, published: '17 October 2022' }],
    ['an annotation without created', { ...validSidecar, annotations: [{ ...validSidecar.annotations[0], created: undefined }] }],
  ];
  for (const [what, value] of invalidSidecars) {
    it(`reject a sidecar with ${what}`, () => {
      assert.ok(validateSidecar(JSON.parse(JSON.stringify(value))) === false);
    });
  }
  it('accept the valid sidecar those cases start from', () => {
    assert.ok(validateSidecar(validSidecar), JSON.stringify(validateSidecar.errors));
  });

  const invalidCatalogs: [string, unknown][] = [
    ['an id with capitals', { version: 1, entities: [{ id: 'Assad', name: 'Assad', type: 'person' }] }],
    ['an entity without a type', { version: 1, entities: [{ id: 'assad', name: 'Assad' }] }],
    ['a wikidata id that is not a Q-number', { version: 1, entities: [{ id: 'a', name: 'A', type: 'other', wikidata: '44329' }] }],
    ['aliases that are not a list', { version: 1, entities: [{ id: 'a', name: 'A', type: 'other', aliases: 'B' }] }],
  ];
  for (const [what, value] of invalidCatalogs) {
    it(`reject a catalog with ${what}`, () => {
      assert.ok(validateCatalog(value) === false);
    });
  }
});
