// Issue 9, item 9: writes are durable and a refused write leaves the old
// file intact, with a message. The faults are injected under the Node
// workspace adapter (tests run as root in CI, where permissions do not bite).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { nodeFileSystem, writeIfUnchanged, type FileSystemCalls } from '../../src/node/files';
import { copySampleCorpus, spanOf, type CorpusFolder } from './support/realFolder';

function failing(code: string, on: 'open' | 'write' | 'rename'): { calls: FileSystemCalls; hits: () => number } {
  let hits = 0;
  const fault = () => {
    hits++;
    return Object.assign(new Error(`${code}: injected`), { code });
  };
  const promises = {
    ...nodeFileSystem.promises,
    open: async (file: fs.PathLike, flags?: fs.OpenMode) => {
      if (on === 'open' && flags === 'wx') throw fault();
      const handle = await nodeFileSystem.promises.open(file, flags);
      if (on !== 'write') return handle;
      return Object.assign(Object.create(handle) as fs.promises.FileHandle, {
        writeFile: async () => {
          throw fault();
        },
      });
    },
    rename: async (from: fs.PathLike, to: fs.PathLike) => {
      if (on === 'rename') throw fault();
      return nodeFileSystem.promises.rename(from, to);
    },
  } as FileSystemCalls['promises'];
  return { calls: { ...nodeFileSystem, promises }, hits: () => hits };
}

describe('durable writes under faults', function () {
  this.timeout(30000);
  let folder: CorpusFolder;
  beforeEach(() => (folder = copySampleCorpus()));
  afterEach(() => folder.remove());

  for (const [code, on, says] of [
    ['ENOSPC', 'write', /disk is full/],
    ['EROFS', 'open', /read-only/],
    ['EACCES', 'open', /permission denied/],
    ['EIO', 'rename', /I\/O error/],
  ] as const) {
    it(`${code} (${on}): the old sidecar is intact, no temporary file is left, and the user is told`, async () => {
      const good = await folder.open();
      const uri = folder.article(0);
      await good.annotate({ uri, span: spanOf(good, uri, 'Faysal Mikdad'), note: 'kept' });
      const before = folder.read(folder.sidecar(0));
      const fault = failing(code, on);
      const service = await folder.open({ calls: fault.calls });
      await assert.rejects(service.annotate({ uri, span: spanOf(service, uri, 'Denis Pushilin') }), (e: Error) => says.test(e.message) && /unchanged/.test(e.message));
      assert.ok(fault.hits() > 0, 'the fault was produced');
      assert.equal(folder.read(folder.sidecar(0)), before);
      assert.deepEqual(fs.readdirSync(folder.dir).filter((f) => /\.(lock|tmp)$/.test(f)), []);
      assert.equal(service.analysis(uri)!.annotations.length, 1, 'the index still holds what is on disk');
    });
  }

  it('reports on the sidecar when the new places of its annotations cannot be saved, until they can', async () => {
    const good = await folder.open();
    const uri = folder.article(0);
    await good.annotate({ uri, span: spanOf(good, uri, 'Faysal Mikdad') });
    const before = folder.read(folder.sidecar(0));
    const service = await folder.open({ calls: failing('EROFS', 'open').calls });
    folder.write(uri, 'A new first line.\n' + folder.read(uri));
    await service.fileChanged(uri);
    const problem = service.problems().find((p) => p.uri === folder.sidecar(0) && p.code === 'not-saved');
    assert.match(problem?.message ?? '', /could not be saved.*read-only/);
    assert.equal(folder.read(folder.sidecar(0)), before);
    await good.fileChanged(uri);
    await service.fileChanged(folder.sidecar(0));
    await service.fileChanged(uri);
    assert.equal(service.problems().find((p) => p.code === 'not-saved'), undefined, 'cleared once the sidecar follows its article');
  });

  it('takes over a lock left by a killed write once it is stale, and never writes while a live one is held', async () => {
    const file = folder.sidecar(0);
    const lock = `${file}.lock`;
    fs.writeFileSync(lock, 'half of a killed write');
    await assert.rejects(writeIfUnchanged(file, Buffer.from('new'), undefined), /being written by another program/);
    assert.equal(fs.existsSync(file), false);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    assert.equal(await writeIfUnchanged(file, Buffer.from('new'), undefined), true);
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.equal(fs.existsSync(lock), false);
  });

  it('refuses to replace a file whose bytes are not the ones expected', async () => {
    const file = folder.sidecar(0);
    fs.writeFileSync(file, 'theirs');
    assert.equal(await writeIfUnchanged(file, Buffer.from('ours'), Buffer.from('what we read')), false);
    assert.equal(await writeIfUnchanged(file, Buffer.from('ours'), undefined), false, 'a file that appeared is not overwritten');
    assert.equal(fs.readFileSync(file, 'utf8'), 'theirs');
  });

  it('keeps the file mode of the file it replaces', async () => {
    const file = folder.sidecar(0);
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    assert.equal(await writeIfUnchanged(file, Buffer.from('new'), Buffer.from('old')), true);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });
});
