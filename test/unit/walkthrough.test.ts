import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './support/corpus';

describe('package.json: first-run contributions', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('wraps plain-text articles by a language-specific default', () => {
    assert.equal(manifest.contributes.configurationDefaults['[plaintext]']['editor.wordWrap'], 'on');
  });

  it('has a walkthrough whose media files exist and whose Corpus Lens commands are declared', () => {
    const declared = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const steps = manifest.contributes.walkthroughs[0].steps as { id: string; description: string; media: Record<string, string> }[];
    assert.ok(steps.length >= 5);
    for (const step of steps) {
      const file = step.media.markdown ?? step.media.image;
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${step.id}: ${file}`);
      for (const [, id] of step.description.matchAll(/\(command:(corpusLens\.[\w.]+)\)/g)) assert.ok(declared.has(id), `${step.id}: ${id}`);
    }
  });
});
