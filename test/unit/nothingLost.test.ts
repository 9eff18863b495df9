// Issue 9, "Nothing lost", through the façade over real files: each fault
// the issue lists, as a user meets it. Each test fails without its fix.

import * as assert from 'node:assert/strict';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import type { Sidecar } from '../../src/core/model';
import type { CorpusChange } from '../../src/core/service';
import { sha256Hex } from '../../src/core/text/sha256';
import { copySampleCorpus, spanOf, type CorpusFolder } from './support/realFolder';

describe('nothing lost: annotations through the service over a real folder', function () {
  this.timeout(30000);
  let folder: CorpusFolder;
  beforeEach(() => (folder = copySampleCorpus()));
  afterEach(() => folder.remove());

  const saved = (n: number): Sidecar => parseSidecar(folder.read(folder.sidecar(n))).sidecar!;

  describe('1. lost updates', () => {
    it('keeps all three of three annotate calls made at once', async () => {
      const service = await folder.open();
      const uri = folder.article(0);
      const names = ['Faysal Mikdad', 'Denis Pushilin', 'Natalia Nikonorova'];
      await Promise.all(names.map((name) => service.annotate({ uri, span: spanOf(service, uri, name), note: name })));
      assert.deepEqual(saved(0).annotations.map((a) => a.exact).sort(), [...names].sort());
    });

    it('keeps the annotation when annotate and setPublished run at once', async () => {
      const service = await folder.open();
      const uri = folder.article(2);
      await Promise.all([service.annotate({ uri, span: { start: 0, end: 4 } }), service.setPublished(uri, '2022-03-01')]);
      assert.equal(saved(2).annotations.length, 1);
      assert.equal(saved(2).published, '2022-03-01');
    });

    it('keeps both annotations of two windows on one folder', async () => {
      const [a, b] = [await folder.open(), await folder.open()];
      const uri = folder.article(0);
      await Promise.all([
        a.annotate({ uri, span: spanOf(a, uri, 'Faysal Mikdad'), note: 'window A' }),
        b.annotate({ uri, span: spanOf(b, uri, 'Denis Pushilin'), note: 'window B' }),
      ]);
      assert.deepEqual(saved(0).annotations.map((x) => x.note).sort(), ['window A', 'window B']);
    });

    it('merges with a sidecar another program rewrote since it was read, comments included', async () => {
      const service = await folder.open();
      const uri = folder.article(0);
      await service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad'), note: 'ours' });
      // a colleague's editor (or git pull) adds a comment and an annotation; we are not told yet
      const theirs = folder
        .read(folder.sidecar(0))
        .replace('version: 1', '# reviewed by Maria\nversion: 1')
        .replace(/annotations:\n/, 'annotations:\n  - id: zz9999\n    start: 0\n    end: 4\n    exact: "Syri"\n    created: 2026-11-20T09:00:00Z\n');
      folder.write(folder.sidecar(0), theirs);
      await service.annotate({ uri, span: spanOf(service, uri, 'Denis Pushilin'), note: 'ours too' });
      const text = folder.read(folder.sidecar(0));
      assert.match(text, /# reviewed by Maria/);
      assert.deepEqual(saved(0).annotations.map((x) => x.id).includes('zz9999'), true);
      assert.equal(saved(0).annotations.length, 3);
    });
  });

  describe('2. orphans stay orphans', () => {
    it('saves an orphan as orphaned, and a matching sha256 never anchors it on other text after a restart', async () => {
      let service = await folder.open();
      const uri = folder.article(4);
      const sentence = 'The Syrian president also welcomed the expansion of Russia’s military presence in his country.';
      const orphan = await service.annotate({ uri, span: spanOf(service, uri, 'welcomed the expansion'), note: 'gone' });
      folder.write(uri, folder.read(uri).replace(sentence + '\n', ''));
      await service.fileChanged(uri);
      await service.setPublished(uri, '2022-10-01');
      const stored = saved(4).annotations.find((a) => a.id === orphan.id)!;
      assert.equal(stored.status, 'orphaned');
      assert.equal(saved(4).sha256, sha256Hex(folder.read(uri)));

      service = await folder.open(); // restart
      const placed = service.analysis(uri)!.annotations.find((a) => a.annotation.id === orphan.id)!;
      assert.equal(placed.status, 'orphaned');
      assert.equal(placed.span, undefined);
      const hover = service.hover(uri, service.analysis(uri)!.text.positionAt(stored.start + 1));
      const notes = hover && 'annotations' in hover ? hover.annotations.map((a) => a.note) : [];
      assert.ok(!notes.includes('gone'), 'its note is not shown on the text now at its old place');
    });
  });

  describe('3. no silent moves', () => {
    it('keeps the second of two mentions orphaned when its sentence is deleted, offering the first as a candidate', async () => {
      const uri = folder.article(1);
      const extra = 'Separately, Denis Pushilin thanked Damascus for its support.\n';
      folder.write(uri, folder.read(uri).replace(/\n/, `\n${extra}`));
      const service = await folder.open();
      const second = spanOf(service, uri, 'Denis Pushilin', 1);
      const annotation = await service.annotate({ uri, span: second, note: 'the DPR head on Telegram' });
      const line = folder.read(uri).split('\n').find((l) => l.includes('said on Telegram'))!;
      folder.write(uri, folder.read(uri).replace(line + '\n', ''));
      await service.fileChanged(uri);
      const placed = service.analysis(uri)!.annotations.find((a) => a.annotation.id === annotation.id)!;
      assert.equal(placed.status, 'orphaned');
      const text = service.analysis(uri)!.text;
      assert.equal(placed.candidate && text.slice(placed.candidate.start, placed.candidate.end), 'Denis Pushilin');
      assert.equal(saved(1).annotations[0].status, 'orphaned');
      assert.ok(service.problems().some((p) => p.code === 'orphaned' && p.annotationId === annotation.id && p.uri === uri));

      const back = await service.reattachAnnotation(uri, annotation.id, placed.candidate!);
      assert.equal(back.status, undefined);
      assert.equal(saved(1).annotations[0].status, undefined);
      assert.equal(service.analysis(uri)!.annotations[0].status, 'anchored');
    });
  });

  describe('7. refused changes leave no traces', () => {
    it('writes no catalog entry when the sidecar of the article does not parse', async () => {
      const uri = folder.article(0);
      folder.write(folder.sidecar(0), 'version: 1\nannotations: [\n');
      const catalogBefore = folder.read(folder.catalog);
      const service = await folder.open();
      await assert.rejects(
        service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad'), newEntity: { name: 'Faisal Mekdad', type: 'person' } }),
        /could not be read/,
      );
      assert.equal(folder.read(folder.catalog), catalogBefore);
      assert.equal(folder.read(folder.sidecar(0)), 'version: 1\nannotations: [\n');
      assert.equal(await service.undo(), 0);
    });

    it('undoes an annotation with a new entity as one step: sidecar and catalog entry', async () => {
      const uri = folder.article(0);
      const catalogBefore = folder.read(folder.catalog);
      const service = await folder.open();
      await service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad'), newEntity: { name: 'Faisal Mekdad', type: 'person' } });
      assert.match(folder.read(folder.catalog), /Faisal Mekdad/);
      assert.equal(await service.undo(), 2);
      assert.equal(folder.read(folder.catalog), catalogBefore);
      assert.equal(saved(0).annotations.length, 0);
    });

    it('rejects delete and set-date on a sidecar that does not parse, leaving it untouched', async () => {
      const service = await folder.open();
      const uri = folder.article(0);
      const made = await service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad') });
      const broken = folder.read(folder.sidecar(0)).replace('annotations:', 'annotations: [');
      folder.write(folder.sidecar(0), broken);
      await assert.rejects(service.deleteAnnotation(uri, made.id));
      await assert.rejects(service.setPublished(uri, '2022-10-17'));
      assert.equal(folder.read(folder.sidecar(0)), broken);
    });
  });

  describe('8. sidecars follow their articles', () => {
    it('re-saves moved anchors and the sha256 when the article is saved', async () => {
      const service = await folder.open();
      const uri = folder.article(0);
      await service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad') });
      folder.write(uri, 'A new first line.\n' + folder.read(uri));
      await service.fileChanged(uri);
      const sidecar = saved(0);
      const text = service.analysis(uri)!.text;
      assert.equal(sidecar.sha256, sha256Hex(text.text));
      assert.equal(text.slice(sidecar.annotations[0].start, sidecar.annotations[0].end), 'Faysal Mikdad');
    });
  });

  describe('our own writes are applied once', () => {
    it('ignores the watcher echo of its own sidecar and catalog writes, and not a real change', async () => {
      const service = await folder.open();
      const uri = folder.article(0);
      await service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad'), newEntity: { name: 'Faisal Mekdad', type: 'person' } });
      const changes: CorpusChange[] = [];
      service.onDidChange((change) => changes.push(change));
      await service.fileChanged(folder.sidecar(0));
      await service.fileChanged(folder.catalog);
      assert.equal(changes.length, 0, 'the echo re-analysed nothing');
      folder.write(folder.sidecar(0), folder.read(folder.sidecar(0)).replace('version: 1', '# hand edit\nversion: 1'));
      await service.fileChanged(folder.sidecar(0));
      assert.deepEqual(changes.map((c) => [c.articles, c.all]), [[[uri], false]], 'a real change carries its article');
    });
  });

  describe('11. edits change only what they touch', () => {
    it('keeps the spacing of untouched lines of the catalog', async () => {
      const catalog = folder.read(folder.catalog).replace(/^(ignore: .*)$/m, '$1   # DRP is a typo of DPR');
      folder.write(folder.catalog, catalog);
      const service = await folder.open();
      const uri = folder.article(0);
      await service.annotate({ uri, span: spanOf(service, uri, 'Faysal Mikdad'), newEntity: { name: 'Faisal Mekdad', type: 'person' } });
      const after = folder.read(folder.catalog);
      const removed = catalog.split('\n').filter((l) => !after.split('\n').includes(l));
      assert.deepEqual(removed, [], 'no line of the old catalog changed');
      assert.match(after, /\] {3}# DRP is a typo of DPR/);
    });
  });
});
