import * as assert from 'node:assert/strict';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { sha256Hex } from '../../src/core/text/sha256';
import { createCorpusService, UndoStack } from '../../src/core/service';
import { ARTICLE, recognizerData, sampleService } from './support/corpus';
import type { InMemoryWorkspace } from './support/inMemoryWorkspace';

const sidecarOf = (uri: string) => `${uri}.annotations.yaml`;

describe('annotation changes through the service', () => {
  it('annotates every identical mention in one article, then in the corpus, in one undoable step each', async () => {
    const { service, workspace } = await sampleService();
    const inArticle = service.findIdentical('Assad', [ARTICLE(4)]);
    const count = inArticle.get(ARTICLE(4))!.length;
    assert.equal(count, service.analysis(ARTICLE(4))!.text.text.match(/\bAssad\b/g)!.length);
    const made = await service.annotateSpans(inArticle, { entity: 'bashar-al-assad', tags: ['bulk'] });
    assert.equal(made.length, count);
    assert.ok(made.every((a) => a.exact === 'Assad' && a.type === 'person'));
    const sidecar = parseSidecar(workspace.text(sidecarOf(ARTICLE(4)))!).sidecar!;
    assert.equal(sidecar.annotations.length, count);
    assert.deepEqual(sidecar.annotations.map((a) => a.start), [...sidecar.annotations.map((a) => a.start)].sort((a, b) => a - b));

    const corpus = service.findIdentical('Assad');
    assert.equal(corpus.get(ARTICLE(4)), undefined, 'already annotated mentions are not offered again');
    assert.ok(corpus.size >= 3);
    await service.annotateSpans(corpus, { entity: 'bashar-al-assad' });
    assert.equal(await service.undo(), corpus.size, 'one undo restores every sidecar of the bulk change');
    assert.equal(service.findIdentical('Assad').size, corpus.size);
    assert.equal(parseSidecar(workspace.text(sidecarOf(ARTICLE(4)))!).sidecar!.annotations.length, count);
  });

  it('keeps the undo history given to it, so a service rebuilt over the same files can undo what the old one did', async () => {
    const undoHistory = new UndoStack();
    const make = async (workspace: InMemoryWorkspace) => {
      const service = createCorpusService({ workspace, data: recognizerData, undoHistory });
      await service.indexAll();
      return service;
    };
    const { workspace } = await sampleService();
    const before = await make(workspace);
    const text = before.analysis(ARTICLE(0))!.text;
    const start = text.toCodePoint(text.text.indexOf('Faysal Mikdad'));
    await before.annotate({ uri: ARTICLE(0), span: { start, end: start + 'Faysal Mikdad'.length } });
    const after = await make(workspace);
    assert.equal(await after.undo(), 1, 'the rebuilt service undoes the change');
    assert.equal(parseSidecar(workspace.text(sidecarOf(ARTICLE(0)))!).sidecar!.annotations.length, 0);
  });

  it('offers no identical mention that an annotation already covers, even in part', async () => {
    const { service } = await sampleService();
    const uri = ARTICLE(4);
    const text = service.analysis(uri)!.text;
    const full = text.text.indexOf('Bashar al-Assad');
    await service.annotate({ uri, span: { start: text.toCodePoint(full), end: text.toCodePoint(full + 'Bashar al-Assad'.length) } });
    const offered = service.findIdentical('Assad', [uri]).get(uri) ?? [];
    const inside = text.toCodePoint(full + 'Bashar al-'.length);
    assert.ok(!offered.some((s) => s.start === inside), 'the Assad inside the annotated Bashar al-Assad is covered');
    assert.ok(offered.length > 0, 'other mentions are still offered');
  });

  it('edits and deletes an annotation, and undoes the deletion', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(0);
    const mention = service.analysis(uri)!.entities.find((m) => m.text === 'Natalia Nikonorova')!;
    const created = await service.annotate({ uri, span: mention, note: 'first' });
    const edited = await service.updateAnnotation(uri, created.id, { note: 'second', tags: ['dpr'], entity: 'natalia-nikonorova' });
    assert.equal(edited.note, 'second');
    assert.deepEqual(edited.tags, ['dpr']);
    const cleared = await service.updateAnnotation(uri, created.id, { note: null });
    assert.equal(cleared.note, undefined);
    assert.doesNotMatch(workspace.text(sidecarOf(uri))!, /note:/);

    await service.deleteAnnotation(uri, created.id);
    assert.equal(service.analysis(uri)!.annotations.length, 0);
    await service.undo();
    assert.equal(service.analysis(uri)!.annotations[0].annotation.id, created.id);
    await assert.rejects(service.deleteAnnotation(uri, 'nope00'), /No annotation/);
  });

  it('refuses to undo over an annotation changed on disk since, and keeps the step', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(1);
    await service.annotate({ uri, span: { start: 0, end: 5 }, note: 'mine' });
    const edited = workspace.text(sidecarOf(uri))!.replace('note: mine', 'note: theirs');
    workspace.set(sidecarOf(uri), edited);
    await service.fileChanged(sidecarOf(uri));
    await assert.rejects(service.undo(), /changed since/);
    assert.equal(workspace.text(sidecarOf(uri)), edited);
    // put back as it was, the same undo goes through: it was not dropped by the refusal
    workspace.set(sidecarOf(uri), edited.replace('note: theirs', 'note: mine'));
    await service.fileChanged(sidecarOf(uri));
    assert.equal(await service.undo(), 1);
    assert.equal(parseSidecar(workspace.text(sidecarOf(uri))!).sidecar!.annotations.length, 0);
  });

  it('undoes its own change and keeps what others changed in the same sidecar since', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(1);
    await service.annotate({ uri, span: { start: 0, end: 5 } });
    const edited = workspace.text(sidecarOf(uri))!.replace('version: 1', '# reviewed by hand\nversion: 1');
    workspace.set(sidecarOf(uri), edited);
    await service.fileChanged(sidecarOf(uri));
    assert.equal(await service.undo(), 1);
    const after = workspace.text(sidecarOf(uri))!;
    assert.match(after, /# reviewed by hand/);
    assert.equal(parseSidecar(after).sidecar!.annotations.length, 0);
  });

  it('resolves relative dates against a publication date set by the user', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(2);
    const thursday = () => service.analysis(uri)!.dates.find((d) => d.text === 'Thursday')!.value;
    assert.equal(thursday(), 'XXXX-WXX-4');
    await service.setPublished(uri, '2022-06-11');
    assert.equal(service.analysis(uri)!.published?.source, 'sidecar');
    assert.equal(thursday(), '2022-06-09');
    assert.match(workspace.text(sidecarOf(uri))!, /published: "?2022-06-11"?/);
    await assert.rejects(service.setPublished(uri, '2022-02-30'), /not a date/);
  });

  it('skips re-anchoring when the sidecar was saved against this very text (same sha256)', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(4);
    const text = service.analysis(uri)!.text.text;
    const at = text.indexOf('Sputnik');
    const sidecar = (sha256: string) =>
      `version: 1\nsource: x.txt\nsha256: ${sha256}\nannotations:\n  - id: s1\n    start: 0\n    end: 7\n    exact: Sputnik\n    created: "2026-11-23T10:00:00Z"\n`;
    workspace.set(sidecarOf(uri), sidecar(sha256Hex(text)));
    await service.fileChanged(sidecarOf(uri));
    assert.deepEqual(service.analysis(uri)!.annotations[0].span, { start: 0, end: 7 }, 'trusted as saved');
    workspace.set(sidecarOf(uri), sidecar('0'.repeat(64)));
    await service.fileChanged(sidecarOf(uri));
    assert.deepEqual(service.analysis(uri)!.annotations[0].span, { start: at, end: at + 7 }, 're-anchored by its quote');
  });

  it('keeps an annotation whose text was deleted as orphaned, in the file and in the index', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(4);
    const text = service.analysis(uri)!.text.text;
    const sentence = 'The Syrian president also welcomed the expansion of Russia’s military presence in his country.';
    const start = [...text.slice(0, text.indexOf('welcomed the expansion'))].length;
    const orphan = await service.annotate({ uri, span: { start, end: start + 'welcomed the expansion'.length }, note: 'to be orphaned' });
    const later = text.indexOf('Sputnik');
    const kept = await service.annotate({ uri, span: { start: later, end: later + 7 }, note: 'moves' });

    const edited = text.replace(sentence + '\n', '');
    workspace.set(uri, edited);
    await service.fileChanged(uri);
    const anchored = service.analysis(uri)!.annotations;
    assert.equal(anchored.find((a) => a.annotation.id === orphan.id)?.status, 'orphaned');
    // the article's change on disk re-saved the sidecar at once: the moved one at its new place, now anchored there
    const moved = anchored.find((a) => a.annotation.id === kept.id)!;
    assert.equal(moved.status, 'anchored');
    assert.equal(edited.slice(moved.span!.start, moved.span!.end), 'Sputnik');
    const resaved = parseSidecar(workspace.text(sidecarOf(uri))!).sidecar!;
    assert.equal(resaved.sha256, sha256Hex(edited));
    assert.equal(resaved.annotations.find((a) => a.id === kept.id)?.start, moved.span!.start);
    assert.equal(resaved.annotations.find((a) => a.id === orphan.id)?.status, 'orphaned');

    // a later write keeps the orphan, its last place a hint only
    await service.annotate({ uri, span: { start: 0, end: 6 } });
    const saved = parseSidecar(workspace.text(sidecarOf(uri))!).sidecar!;
    assert.deepEqual(
      { start: saved.annotations.find((a) => a.id === orphan.id)?.start, status: saved.annotations.find((a) => a.id === orphan.id)?.status },
      { start, status: 'orphaned' },
    );
  });
});
