import * as assert from 'node:assert/strict';
import { addIgnoredName } from '../../src/core/catalog';
import { AnnotationError } from '../../src/core/service';
import { ARTICLE, sampleService } from './support/corpus';

const CATALOG = 'mem:/corpus/entities.yaml';

describe('Ignore This Name', () => {
  it('adds the name to the ignore list, keeping every other line, and the name is no longer recognised', async () => {
    const { service, workspace } = await sampleService();
    const before = workspace.text(CATALOG)!;
    assert.ok(service.analysis(ARTICLE(4))!.entities.some((m) => m.text === 'Vnukovo International Airport'));
    await service.ignoreName('Vnukovo International Airport');
    const after = workspace.text(CATALOG)!;
    assert.match(after, /^ignore: \[Most Popular, Read more, Live Story, Share it, Leave a Reply, MENA, Vnukovo International Airport\]$/m);
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    assert.equal(changed.length, 1, 'only the ignore line changed');
    assert.ok(service.catalog().ignore.includes('Vnukovo International Airport'));
    assert.ok(!service.analysis(ARTICLE(4))!.entities.some((m) => m.text.includes('Vnukovo')));
  });

  it('is one undoable step', async () => {
    const { service, workspace } = await sampleService();
    const before = workspace.text(CATALOG);
    await service.ignoreName('Vnukovo International Airport');
    assert.equal(await service.undo(), 1);
    assert.equal(workspace.text(CATALOG), before);
    assert.ok(service.analysis(ARTICLE(4))!.entities.some((m) => m.text === 'Vnukovo International Airport'), 'recognised again');
  });

  it('refuses a name already ignored, and a catalog that does not parse, writing nothing', async () => {
    const { service, workspace } = await sampleService();
    await assert.rejects(service.ignoreName('Read more'), (e) => e instanceof AnnotationError && /already ignored/.test(e.message));
    workspace.set(CATALOG, 'version: 1\nentities: [\n');
    await service.fileChanged(CATALOG);
    await assert.rejects(service.ignoreName('Vnukovo'), AnnotationError);
    assert.equal(workspace.text(CATALOG), 'version: 1\nentities: [\n');
  });

  it('creates the list, flow style, in a catalog without one, and a catalog where there is none', () => {
    assert.equal(addIgnoredName('version: 1\nentities: []\n', 'Read more'), 'version: 1\nentities: []\nignore: [Read more]\n');
    assert.match(addIgnoredName(undefined, 'yes'), /ignore: \["yes"\]/);
  });
});
