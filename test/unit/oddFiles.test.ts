// Issue 9, items 5 and 6, in the core over a real folder: one odd file is a
// problem on that file and the rest of the corpus goes on; one typo in the
// catalog does not drop the catalog.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { nodeFileSystem, type FileSystemCalls } from '../../src/node/files';
import { NodeWorkspace } from '../../src/node/nodeWorkspace';
import { createCorpusService } from '../../src/core/service';
import { recognizerData } from './support/corpus';
import { copySampleCorpus, spanOf, type CorpusFolder } from './support/realFolder';

/** Reads of these files fail as they would for files the user may not read. */
function unreadable(...files: string[]): FileSystemCalls {
  return {
    ...nodeFileSystem,
    openSync: (path, flags) => {
      if (files.includes(path)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      return nodeFileSystem.openSync(path, flags);
    },
  };
}

describe('odd files', function () {
  this.timeout(30000);
  let folder: CorpusFolder;
  beforeEach(() => (folder = copySampleCorpus()));
  afterEach(() => folder.remove());

  it('reports an unreadable sidecar and an unreadable catalog, and indexes the rest', async () => {
    fs.writeFileSync(folder.sidecar(1), 'version: 1\nannotations: []\n');
    const service = await folder.open({ calls: unreadable(folder.sidecar(1), folder.catalog) });
    const byUri = new Map(service.problems().map((p) => [p.uri, p]));
    assert.match(byUri.get(folder.sidecar(1))!.message, /permission denied/);
    assert.equal(byUri.get(folder.sidecar(1))!.code, 'unreadable');
    assert.match(byUri.get(folder.catalog)!.message, /permission denied/);
    assert.equal(service.articles().length, 5);
    assert.ok(service.analysis(folder.article(4))!.entities.length > 0);
    await assert.rejects(service.annotate({ uri: folder.article(1), span: { start: 0, end: 4 } }), /could not be read/);
  });

  it('reports folders with a sidecar’s or the catalog’s name', async () => {
    fs.mkdirSync(folder.sidecar(2));
    fs.rmSync(folder.catalog);
    fs.mkdirSync(folder.catalog);
    const service = await folder.open();
    const messages = service.problems().map((p) => `${p.uri}: ${p.message}`);
    assert.ok(messages.some((m) => m.startsWith(`${folder.sidecar(2)}:`) && /folder/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith(`${folder.catalog}:`) && /folder/.test(m)), messages.join('\n'));
    assert.equal(service.articles().length, 5);
  });

  it('skips a FIFO and a huge sparse article without reading them', async () => {
    const fifo = `${folder.dir}/fifo.txt`;
    execFileSync('mkfifo', [fifo]);
    const sparse = `${folder.dir}/sparse.txt`;
    fs.writeFileSync(sparse, '');
    fs.truncateSync(sparse, 1.5 * 1024 ** 3);
    const reads: string[] = [];
    const calls: FileSystemCalls = {
      ...nodeFileSystem,
      readSync: (fd, buffer, offset, length, position) => {
        reads.push(String(length));
        return nodeFileSystem.readSync(fd, buffer, offset, length, position);
      },
    };
    const workspace = new NodeWorkspace([...folder.articles, fifo, sparse].sort(), folder.catalog, calls);
    const service = createCorpusService({ workspace, data: recognizerData });
    await service.indexAll();
    const problem = (file: string) => service.problems().find((p) => p.uri === file);
    assert.match(problem(fifo)!.message, /not a regular file/);
    assert.match(problem(sparse)!.message, /larger than the size limit/);
    assert.equal(problem(sparse)!.code, 'too-large');
    assert.ok(reads.every((n) => Number(n) <= 5 * 1024 * 1024 + 1), 'no read was sized for the sparse file');
    assert.ok(service.analysis(folder.article(0))!.entities.length > 0);
  });

  describe('a catalog with a syntax error', () => {
    it('keeps the last catalog that parsed in use, reports the first errors only, and refuses to write it', async () => {
      const service = await folder.open();
      const good = folder.read(folder.catalog);
      const typo = good.replace(/aliases: \[/, 'aliases: [[');
      folder.write(folder.catalog, typo);
      await service.fileChanged(folder.catalog);
      const problems = service.problems().filter((p) => p.uri === folder.catalog);
      assert.ok(problems.length >= 1 && problems.length <= 3, `${problems.length} problems`);
      assert.equal(problems[0].code, 'syntax');
      assert.equal(service.catalogHealth(), 'lastGood');
      const assad = service.analysis(folder.article(4))!.entities.find((m) => m.text === 'Bashar al-Assad')!;
      assert.equal(assad.entity, 'bashar-al-assad', 'names still resolve to the catalog');
      const position = service.analysis(folder.article(4))!.text.positionAt(assad.start);
      assert.equal(service.definition(folder.article(4), position)[0]?.uri, folder.catalog, 'F12 still reaches the catalog');

      const uri = folder.article(0);
      await assert.rejects(
        service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad'), newEntity: { name: 'Faisal Mekdad', type: 'person' } }),
        /does not parse/,
      );
      assert.equal(folder.read(folder.catalog), typo);
      assert.equal(fs.existsSync(folder.sidecar(0)), false, 'nor the annotation that needed the entry');

      folder.write(folder.catalog, good);
      await service.fileChanged(folder.catalog);
      assert.equal(service.catalogHealth(), 'ok');
      assert.deepEqual(service.problems().filter((p) => p.uri === folder.catalog), []);
    });
  });
});
