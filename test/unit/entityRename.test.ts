import * as assert from 'node:assert/strict';
import { parseCatalog } from '../../src/core/catalog';
import { AnnotationError, type CorpusService } from '../../src/core/service';
import { ARTICLE, sampleService } from './support/corpus';
import type { InMemoryWorkspace } from './support/inMemoryWorkspace';

const CATALOG = 'mem:/corpus/entities.yaml';
const SIDECAR = `${ARTICLE(0)}.annotations.yaml`;

async function annotatedService(): Promise<{ service: CorpusService; workspace: InMemoryWorkspace }> {
  const made = await sampleService();
  const text = made.service.analysis(ARTICLE(0))!.text;
  const start = text.text.indexOf('Kiev');
  await made.service.annotate({ uri: ARTICLE(0), span: { start, end: start + 4 }, entity: 'kyiv', note: 'old spelling' });
  return made;
}

const entity = (workspace: InMemoryWorkspace, id: string) => parseCatalog(workspace.text(CATALOG)!).catalog.entities.find((e) => e.id === id);

describe('rename and merge entities', () => {
  it('renames name and id in the catalog and every sidecar, keeping the old name as an alias and every comment', async () => {
    const { service, workspace } = await annotatedService();
    const before = workspace.text(CATALOG)!;
    const renamed = await service.renameEntity('kyiv', { name: 'Kyiv City', id: 'kyiv-city' });
    assert.deepEqual([renamed.id, renamed.name, renamed.aliases], ['kyiv-city', 'Kyiv City', ['Kiev', 'Kiyv', 'Kyiv']]);
    assert.deepEqual(entity(workspace, 'kyiv-city')?.aliases, ['Kiev', 'Kiyv', 'Kyiv']);
    assert.equal(entity(workspace, 'kyiv'), undefined);
    assert.match(workspace.text(SIDECAR)!, /entity: kyiv-city/);
    const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('#'));
    assert.deepEqual(comments(workspace.text(CATALOG)!), comments(before));
    const changed = workspace.text(CATALOG)!.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    assert.ok(changed.length <= 3, changed.join('\n'));
    const kiev = service.analysis(ARTICLE(0))!.entities.find((m) => m.text === 'Kiev');
    assert.equal(kiev?.entity, 'kyiv-city', 'mentions follow the new id');
  });

  it('undoes a rename in one step, catalog and sidecars', async () => {
    const { service, workspace } = await annotatedService();
    const [catalog, sidecar] = [workspace.text(CATALOG), workspace.text(SIDECAR)];
    await service.renameEntity('kyiv', { id: 'kyiv-city' });
    assert.equal(await service.undo(), 2);
    assert.equal(workspace.text(CATALOG), catalog);
    assert.equal(workspace.text(SIDECAR), sidecar);
  });

  it('merges one entity into another: names become aliases, annotations relinked, the entity gone', async () => {
    const { service, workspace } = await annotatedService();
    const merged = await service.mergeEntities('kyiv', 'moscow');
    assert.deepEqual(merged.aliases, ['Kyiv', 'Kiev', 'Kiyv']);
    assert.equal(entity(workspace, 'kyiv'), undefined);
    assert.deepEqual(entity(workspace, 'moscow')?.aliases, ['Kyiv', 'Kiev', 'Kiyv']);
    assert.match(workspace.text(SIDECAR)!, /entity: moscow/);
    assert.match(workspace.text(SIDECAR)!, /note: old spelling/);
  });

  it('refuses a taken id, a bad id, an unknown entity, writing nothing; an undo after an outside edit refuses', async () => {
    const { service, workspace } = await annotatedService();
    const catalog = workspace.text(CATALOG);
    await assert.rejects(service.renameEntity('kyiv', { id: 'moscow' }), (e) => e instanceof AnnotationError && /already has/.test(e.message));
    await assert.rejects(service.renameEntity('kyiv', { id: 'Not An Id' }), AnnotationError);
    await assert.rejects(service.mergeEntities('nobody', 'moscow'), AnnotationError);
    assert.equal(workspace.text(CATALOG), catalog);
    assert.match(workspace.text(SIDECAR)!, /entity: kyiv$/m);
    await service.renameEntity('kyiv', { name: 'Kyiv City' });
    workspace.set(CATALOG, workspace.text(CATALOG)! + '# a colleague was here\n');
    await service.fileChanged(CATALOG);
    await assert.rejects(service.undo(), AnnotationError);
    assert.match(workspace.text(CATALOG)!, /name: Kyiv City/);
  });
});
