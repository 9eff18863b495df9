// Issue 14: two annotators on two branches, merged by real git with the
// driver that `corpus-lens git-setup` configures. Annotations are made
// through the service, as the editor makes them.

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { parseCatalog } from '../../src/core/catalog';
import type { Sidecar } from '../../src/core/model';
import { sha256Hex } from '../../src/core/text/sha256';
import { ROOT } from './support/corpus';
import { gitCorpus, type GitCorpus } from './support/gitRepo';
import { spanOf } from './support/realFolder';

describe('merge driver: two annotators merged by git', function () {
  this.timeout(60000);
  let repo: GitCorpus;

  before(() => execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT }));
  afterEach(() => repo?.remove());

  const saved = (n: number): Sidecar => {
    const parsed = parseSidecar(repo.read(repo.sidecar(n)));
    assert.ok(parsed.sidecar, `sidecar parses: ${JSON.stringify(parsed.problems)}`);
    return parsed.sidecar;
  };

  /** On a new branch from main, annotates as `edit` says with a fresh service, and commits. */
  async function onBranch(branch: string, seed: number, edit: (service: Awaited<ReturnType<GitCorpus['open']>>, uri: string) => Promise<unknown>) {
    repo.git('checkout', '-q', '-B', branch, 'main');
    const service = await repo.open({ seed });
    await edit(service, repo.article(0));
    repo.commitAll(branch);
  }

  async function annotatedBase(): Promise<string> {
    const service = await repo.open({ seed: 1 });
    const uri = repo.article(0);
    const a = await service.annotate({ uri, span: spanOf(service, uri, 'Natalia Nikonorova'), note: 'base', type: 'person', tags: ['minister'] });
    repo.commitAll('annotated base');
    return a.id;
  }

  it('git-setup writes .gitattributes and the driver entry, and says so; a second run adds nothing', () => {
    repo = gitCorpus();
    assert.equal(repo.read(path.join(repo.dir, '.gitattributes')), '*.annotations.yaml merge=corpus-lens\nentities.yaml merge=corpus-lens\n');
    assert.match(repo.git('config', 'merge.corpus-lens.driver'), /cli\.js'? merge-driver %O %A %B %P\n$/);
    const again = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'git-setup'], { cwd: repo.dir, encoding: 'utf8' });
    assert.match(again, /already in \.gitattributes: \*\.annotations\.yaml merge=corpus-lens/);
    assert.equal(repo.read(path.join(repo.dir, '.gitattributes')).split('\n').length, 3);
  });

  it('git-setup outside a git repository fails with exit 1 and writes nothing', () => {
    repo = gitCorpus({ setup: false });
    fs.rmSync(path.join(repo.dir, '.git'), { recursive: true, force: true });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'git-setup'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(repo.dir) } });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not inside a git repository/);
    assert.equal(fs.existsSync(path.join(repo.dir, '.gitattributes')), false);
  });

  it('without the driver, the two annotations appended to one sidecar conflict in git (the bug)', async () => {
    repo = gitCorpus({ setup: false });
    await onBranch('alice', 2, (s, uri) => s.annotate({ uri, span: spanOf(s, uri, 'Faysal Mikdad') }));
    await onBranch('bob', 3, (s, uri) => s.annotate({ uri, span: spanOf(s, uri, 'Denis Pushilin') }));
    repo.git('checkout', '-q', 'alice');
    assert.equal(repo.merge('bob').code, 1);
  });

  for (const base of [false, true]) {
    it(`alice and bob annotating the same article merge cleanly, sorted by start, anchored on the article (${base ? 'sidecar in the base' : 'sidecar new on both sides'})`, async () => {
      repo = gitCorpus();
      if (base) await annotatedBase();
      await onBranch('alice', 2, (s, uri) => s.annotate({ uri, span: spanOf(s, uri, 'Faysal Mikdad'), note: 'alice' }));
      await onBranch('bob', 3, (s, uri) => s.annotate({ uri, span: spanOf(s, uri, 'Denis Pushilin'), note: 'bob' }));
      repo.git('checkout', '-q', 'alice');
      const merged = repo.merge('bob');
      assert.equal(merged.code, 0, merged.output);
      const sidecar = saved(0);
      assert.deepEqual(sidecar.annotations.map((a) => a.exact).sort(), ['Denis Pushilin', 'Faysal Mikdad', ...(base ? ['Natalia Nikonorova'] : [])]);
    assert.deepEqual(sidecar.annotations.map((a) => a.start), [...sidecar.annotations.map((a) => a.start)].sort((x, y) => x - y));
      assert.equal(sidecar.sha256, sha256Hex(repo.read(repo.article(0))));
      assert.equal(repo.git('status', '--porcelain'), '');
    });
  }

  it('counts the offsets on the article as the merge leaves it, when their side changed the article too', async () => {
    repo = gitCorpus();
    await annotatedBase();
    await onBranch('alice', 2, (s, uri) => s.annotate({ uri, span: spanOf(s, uri, 'Faysal Mikdad'), note: 'alice' }));
    await onBranch('bob', 3, async (s, uri) => {
      repo.write(uri, 'Editor\'s note: updated.\n\n' + repo.read(uri));
      await s.fileChanged(uri);
      await s.annotate({ uri, span: spanOf(s, uri, 'Denis Pushilin'), note: 'bob' });
    });
    repo.git('checkout', '-q', 'alice');
    const merged = repo.merge('bob');
    assert.equal(merged.code, 0, merged.output);
    const article = repo.read(repo.article(0));
    assert.match(article, /^Editor's note/);
    const sidecar = saved(0);
    assert.equal(sidecar.sha256, sha256Hex(article));
    const codePoints = [...article];
    for (const a of sidecar.annotations) assert.equal(codePoints.slice(a.start, a.end).join(''), a.exact, `${a.exact} at ${a.start}`);
    assert.equal(sidecar.annotations.length, 3);
  });

  it('edits of different fields of one annotation are both kept', async () => {
    repo = gitCorpus();
    const id = await annotatedBase();
    await onBranch('alice', 2, (s, uri) => s.updateAnnotation(uri, id, { note: 'alice was here' }));
    await onBranch('bob', 3, (s, uri) => s.updateAnnotation(uri, id, { type: 'organization' }));
    repo.git('checkout', '-q', 'alice');
    assert.equal(repo.merge('bob').code, 0);
    const [a] = saved(0).annotations;
    assert.equal(a.note, 'alice was here');
    assert.equal(a.type, 'organization');
  });

  it('the same field edited two ways is a conflict: git stops, both versions are in a file that parses as YAML', async () => {
    repo = gitCorpus();
    const id = await annotatedBase();
    await onBranch('alice', 2, (s, uri) => s.updateAnnotation(uri, id, { note: 'alice' }));
    await onBranch('bob', 3, (s, uri) => s.updateAnnotation(uri, id, { note: 'bob' }));
    repo.git('checkout', '-q', 'alice');
    const merged = repo.merge('bob');
    assert.equal(merged.code, 1);
    assert.match(merged.output, /CONFLICT \(content\)/);
    assert.match(repo.git('status', '--porcelain'), /^UU .*annotations\.yaml/m);
    const text = repo.read(repo.sidecar(0));
    assert.doesNotMatch(text, /^<<<<<<<|^>>>>>>>/m);
    const parsed = parseSidecar(text);
    assert.equal(parsed.sidecar, undefined, 'an unresolved sidecar is not loaded, so never overwritten');
    const conflict = parsed.problems.filter((p) => p.conflict);
    assert.equal(conflict.length, 1);
    assert.equal(conflict[0].conflict?.id, id);
    assert.match(conflict[0].message, /`note`/);
    assert.match(text, /note: alice\n(.*\n)*? {4}status: conflict\n {4}side: ours\n/);
    assert.match(text, /note: bob\n(.*\n)*? {4}status: conflict\n {4}side: theirs\n/);
  });

  it('a delete on one side and no change on the other deletes; a delete against an edit is a conflict', async () => {
    repo = gitCorpus();
    const id = await annotatedBase();
    await onBranch('alice', 2, (s, uri) => s.deleteAnnotation(uri, id));
    await onBranch('bob', 3, (s, uri) => s.annotate({ uri, span: spanOf(s, uri, 'Denis Pushilin') }));
    repo.git('checkout', '-q', 'alice');
    assert.equal(repo.merge('bob').code, 0);
    assert.deepEqual(saved(0).annotations.map((a) => a.exact), ['Denis Pushilin']);

    await onBranch('carol', 4, (s, uri) => s.updateAnnotation(uri, id, { note: 'carol keeps it' }));
    repo.git('checkout', '-q', '-B', 'dave', 'main');
    await (await repo.open({ seed: 5 })).deleteAnnotation(repo.article(0), id);
    repo.commitAll('dave deletes');
    const merged = repo.merge('carol');
    assert.equal(merged.code, 1);
    assert.match(merged.output, /annotation '\w+' was deleted by us and edited by them/);
    const text = repo.read(repo.sidecar(0));
    assert.match(text, /note: carol keeps it\n(.*\n)*? {4}status: conflict\n {4}side: theirs\n/);
  });

  it('merges the catalog by id: entities added on both sides, aliases of one entity as a set', async () => {
    repo = gitCorpus();
    const catalog = repo.read(repo.catalog);
    repo.git('checkout', '-q', '-B', 'alice', 'main');
    repo.write(repo.catalog, catalog.replace('aliases: [Assad,', 'aliases: [Bashar Assad, Assad,').replace('\nignore:', '  - id: alice-entity\n    name: Alice Entity\n    type: person\n\nignore:'));
    repo.commitAll('alice');
    repo.git('checkout', '-q', '-B', 'bob', 'main');
    repo.write(repo.catalog, catalog.replace('aliases: [Assad,', 'aliases: [Assad, B. al-Assad,').replace('\nignore:', '  - id: bob-entity\n    name: Bob Entity\n    type: organization\n\nignore:'));
    repo.commitAll('bob');
    repo.git('checkout', '-q', 'alice');
    const merged = repo.merge('bob');
    assert.equal(merged.code, 0, merged.output);
    const text = repo.read(repo.catalog);
    const { catalog: parsed, problems } = parseCatalog(text);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    assert.deepEqual(parsed.entities.slice(-2).map((e) => e.id), ['alice-entity', 'bob-entity']);
    const assad = parsed.entities.find((e) => e.id === 'bashar-al-assad')!;
    assert.ok(assad.aliases.includes('Bashar Assad') && assad.aliases.includes('B. al-Assad'));
    // the comments of our side are all still there
    const comments = (t: string) => t.split('\n').filter((l) => l.includes('#')).length;
    assert.equal(comments(text), comments(catalog));
  });

  it('finds the article of a sidecar in a subfolder of the repository', () => {
    repo = gitCorpus();
    const dir = path.join(repo.dir, 'corpus');
    fs.mkdirSync(dir);
    const text = 'Denis Pushilin met Faysal Mikdad.\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const sidecar = path.join(dir, 'a.txt.annotations.yaml');
    const entry = (id: string, start: number, exact: string) => `  - id: ${id}\n    start: ${start}\n    end: ${start + exact.length}\n    exact: ${exact}\n    created: 2026-11-23T10:00:00Z\n`;
    fs.writeFileSync(sidecar, 'version: 1\nsource: a.txt\nannotations:\n');
    repo.commitAll('subfolder');
    repo.git('checkout', '-q', '-B', 'bob');
    fs.appendFileSync(sidecar, entry('bob', 0, 'Denis Pushilin'));
    repo.commitAll('bob');
    repo.git('checkout', '-q', '-B', 'alice', 'HEAD~1');
    fs.appendFileSync(sidecar, entry('alice', 19, 'Faysal Mikdad'));
    repo.commitAll('alice');
    assert.equal(repo.merge('bob').code, 0);
    const merged = parseSidecar(fs.readFileSync(sidecar, 'utf8')).sidecar!;
    assert.deepEqual(merged.annotations.map((a) => a.id), ['bob', 'alice']);
    assert.equal(merged.sha256, sha256Hex(text));
  });

  it('falls back to git\'s line merge, with markers, when a side does not parse', () => {
    repo = gitCorpus();
    const sidecar = repo.sidecar(1);
    repo.git('checkout', '-q', '-B', 'alice', 'main');
    repo.write(sidecar, 'version: 1\nsource: x\nannotations: [\n');
    repo.commitAll('alice');
    repo.git('checkout', '-q', '-B', 'bob', 'main');
    repo.write(sidecar, 'version: 1\nsource: y\nannotations: []\n');
    repo.commitAll('bob');
    repo.git('checkout', '-q', 'alice');
    const merged = repo.merge('bob');
    assert.equal(merged.code, 1);
    assert.match(merged.output, /cannot merge by id/);
    assert.match(fs.readFileSync(sidecar, 'utf8'), /^<<<<<<< ours/m);
  });
});
