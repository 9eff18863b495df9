// The Corpus Timeline page: its security policy, and the size of what it
// draws at 10,000 articles (every DOM node counted: elements and text).

import * as assert from 'node:assert/strict';
import { buildTimeline, queryTimeline, suggest } from '../../src/core/features/timeline';
import { contentSecurityPolicy, timelineHtml } from '../../src/extension/views/timeline/html';
import { nodeCount, renderSuggestions, renderView } from '../../src/extension/views/timeline/render';
import { generatedTimeline } from './support/generatedTimeline';

// VS Code's cspSource is an https origin with a wildcard, e.g. https://*.vscode-cdn.net
const resources = { cspSource: 'https://*.vscode-cdn.example', scriptUri: 'res:/timeline.js', styleUri: 'res:/timeline.css', nonce: 'n0nce+/AbC==' };
const MAX_DOM_NODES = 2000;

/** Elements and text nodes (whitespace between tags included) of an HTML page's body. */
function skeletonNodes(html: string): number {
  const body = html.slice(html.indexOf('<body>'));
  const elements = (body.match(/<[a-z][a-z0-9]*[\s>]/g) ?? []).length;
  const texts = (body.match(/>[^<]+</g) ?? []).length;
  return elements + texts;
}

describe('timeline page', () => {
  it('runs only its own nonce script and its own stylesheet: nothing remote, nothing inline', () => {
    const csp = contentSecurityPolicy(resources);
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, /script-src 'nonce-n0nce\+\/AbC=='(;|$)/);
    const others = csp.split(resources.cspSource).join('');
    assert.doesNotMatch(others, /unsafe-inline|unsafe-eval|\*|https?:|data:/, 'no source but the webview\'s own');
    const html = timelineHtml(resources).split(resources.cspSource).join('');
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="n0nce+/AbC==" src="res:/timeline.js">']);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=|https?:\/\//);
  });

  it('stays under 2,000 DOM nodes at 10,000 articles, whatever is shown', () => {
    const people = Array.from({ length: 500 }, (_, n) => ({ key: `name:person ${n}`, name: `Person ${n}`, type: 'person' as const, spellings: [], mentions: 100 }));
    const data = buildTimeline(generatedTimeline(10_000), people);
    const skeleton = skeletonNodes(timelineHtml(resources));
    const suggestions = nodeCount(renderSuggestions('entity', suggest(data, 'article', 'report'))) * 2;
    assert.ok(suggestions > 0);
    const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    const queries = [{}, { page: 7 }, { from: day(2005, 1, 1), to: day(2005, 12, 31) }, { from: day(2010, 3, 1), to: day(2010, 3, 31) }, { entity: 'name:person 7' }];
    for (const query of queries) {
      const view = queryTimeline(data, query);
      assert.ok(view.total > view.events.length, 'more events than one page');
      const regions = renderView(view, 0);
      const drawn = Object.values(regions).reduce((n, nodes) => n + nodeCount(nodes), 0);
      const total = skeleton + drawn + suggestions;
      assert.ok(total <= MAX_DOM_NODES, `${JSON.stringify(query)}: ${total} nodes`);
      assert.ok(drawn > 500, `${drawn} nodes drawn: the view is not empty`);
      if ('entity' in query) assert.equal(view.together.length, 15, 'a full list of entities in the same articles');
    }
  });
});
