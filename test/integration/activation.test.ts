// The extension is installed in the test host, activates lazily (on an
// article, a catalog or a sidecar in the workspace, never on `*`) and hands
// back its API. What happened was observed before any suite ran
// (activation.ts), so the order of the suites does not matter.
import * as assert from 'assert';
import { activationObserved } from './activation';

describe('activation', () => {
  it('the extension is installed in the test host', () => {
    assert.ok(activationObserved()?.installed, 'extension not found');
  });

  it('activates lazily: on articles, the catalog or sidecars, never on *', () => {
    const events = activationObserved()?.activationEvents ?? [];
    assert.ok(events.includes('onLanguage:plaintext') && events.includes('workspaceContains:**/entities.yaml'), events.join());
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), events.join());
  });

  it('activates when an article is opened and returns its API', () => {
    const observed = activationObserved();
    assert.ok(observed, 'the entry point observed the activation');
    assert.notEqual(observed.activatedAfterMs, undefined, 'extension did not activate within 15 s of opening an article');
    const api = observed.exports as { whenIndexed?: unknown } | undefined;
    assert.equal(typeof api?.whenIndexed, 'function', 'activate() returned no API object');
  });
});
