// After a merge with conflicts (real git, the driver set up): the conflicts
// are problems with their annotation's id, the sidecar is not loaded, and
// the service's resolveConflict (the editor's quick fixes) keeps ours,
// theirs or both, after which the annotations are loaded again.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import type { CorpusService } from '../../src/core/service';
import { ROOT } from './support/corpus';
import { gitCorpus, type GitCorpus } from './support/gitRepo';
import { spanOf } from './support/realFolder';

describe('resolving merge conflicts through the service', function () {
  this.timeout(60000);
  let repo: GitCorpus;
  before(() => execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT }));
  afterEach(() => repo.remove());

  /** alice and bob change the note of one annotation two ways; alice merges bob: the sidecar holds a conflict. */
  async function conflicted(): Promise<{ service: CorpusService; id: string; uri: string }> {
    repo = gitCorpus();
    const uri = repo.article(0);
    const base = await repo.open({ seed: 1 });
    const { id } = await base.annotate({ uri, span: spanOf(base, uri, 'Faysal Mikdad'), note: 'base' });
    repo.commitAll('base annotation');
    for (const [branch, seed] of [['bob', 3], ['alice', 2]] as const) {
      repo.git('checkout', '-q', '-B', branch, 'main');
      await (await repo.open({ seed })).updateAnnotation(uri, id, { note: branch });
      repo.commitAll(branch);
    }
    assert.equal(repo.merge('bob').code, 1);
    return { service: await repo.open({ seed: 9 }), id, uri };
  }

  it('shows the conflict as a problem with the annotation id, and loads nothing of the sidecar', async () => {
    const { service, id, uri } = await conflicted();
    const problems = service.problems().filter((p) => p.code === 'conflict');
    assert.deepEqual(problems.map((p) => [p.uri, p.annotationId, p.severity]), [[repo.sidecar(0), id, 'error']]);
    assert.equal(service.analysis(uri)!.annotations.length, 0);
    await assert.rejects(service.annotate({ uri, span: spanOf(service, uri, 'Denis Pushilin') }), /could not be read/);
  });

  for (const [choice, notes] of [['ours', ['alice']], ['theirs', ['bob']], ['both', ['alice', 'bob']]] as const) {
    it(`keeps ${choice}: the sidecar parses and its annotations are loaded again`, async () => {
      const { service, id, uri } = await conflicted();
      await service.resolveConflict(repo.sidecar(0), id, choice);
      const sidecar = parseSidecar(repo.read(repo.sidecar(0))).sidecar;
      assert.ok(sidecar);
      assert.deepEqual(sidecar.annotations.map((a) => a.note).sort(), notes);
      assert.equal(new Set(sidecar.annotations.map((a) => a.id)).size, notes.length, 'ids stay unique');
      assert.ok(sidecar.annotations.some((a) => a.id === id), repo.read(repo.sidecar(0)));
      assert.doesNotMatch(repo.read(repo.sidecar(0)), /status: conflict|side:/);
      assert.deepEqual(service.problems().filter((p) => p.code === 'conflict'), []);
      assert.equal(service.analysis(uri)!.annotations.length, notes.length);
      assert.equal(await service.undo(), 0, 'not on the undo stack: git checkout -m brings the conflict back');
    });
  }

  it('resolves a conflict in the catalog: the version kept is the one in use, the problem gone', async () => {
    repo = gitCorpus();
    const catalog = repo.read(repo.catalog);
    for (const name of ['bob', 'alice']) {
      repo.git('checkout', '-q', '-B', name, 'main');
      repo.write(repo.catalog, catalog.replace('description: President of Syria', `description: President of Syria (${name})`));
      repo.commitAll(name);
    }
    assert.equal(repo.merge('bob').code, 1);
    const service = await repo.open({ seed: 9 });
    const problem = service.problems().find((p) => p.code === 'conflict');
    assert.deepEqual([problem?.uri, problem?.annotationId], [repo.catalog, 'bashar-al-assad']);
    assert.equal(service.catalog().entities.find((e) => e.id === 'bashar-al-assad')?.description, 'President of Syria (alice)');
    await service.resolveConflict(repo.catalog, 'bashar-al-assad', 'theirs');
    assert.equal(service.catalog().entities.find((e) => e.id === 'bashar-al-assad')?.description, 'President of Syria (bob)');
    assert.deepEqual(service.problems().filter((p) => p.code === 'conflict'), []);
    assert.equal(repo.read(repo.catalog), catalog.replace('description: President of Syria', 'description: President of Syria (bob)'));
  });

  it('refuses when the conflict is gone, and Keep both in the catalog', async () => {
    const { service, id } = await conflicted();
    await service.resolveConflict(repo.sidecar(0), id, 'ours');
    await assert.rejects(service.resolveConflict(repo.sidecar(0), id, 'theirs'), /no conflict/);
    await assert.rejects(service.resolveConflict(repo.catalog, 'faysal-mikdad', 'both'), /cannot share an id/);
  });
});
