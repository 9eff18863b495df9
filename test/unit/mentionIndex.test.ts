// The mention index against the simplest model of it (a map from document
// to its mentions), through random sequences of documents set and removed.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EntityMention } from '../../src/core/model';
import { MentionIndex } from '../../src/core/index/mentionIndex';

const URIS = Array.from({ length: 6 }, (_, i) => `doc${i}`);
const KEYS = ['catalog:a', 'catalog:b', 'name:c', 'name:d'];
const order = (uri: string) => Number(uri.slice(3));

const mentionArb = fc.record({
  key: fc.constantFrom(...KEYS),
  text: fc.constantFrom('X', 'Y', 'Z'),
  type: fc.constantFrom('person' as const, 'location' as const),
});
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), uri: fc.constantFrom(...URIS), mentions: fc.array(mentionArb, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), uri: fc.constantFrom(...URIS) }),
);

describe('mention index', () => {
  it('answers like a plain map of documents after any sequence of changes (property, 300 runs)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 20, maxLength: 150 }), (steps) => {
        const model = new Map<string, EntityMention[]>();
        const index = new MentionIndex((uri) => ({
          entity: (position) => model.get(uri)![position],
          spansFrom: (first) => {
            const mentions = model.get(uri)!;
            return mentions.slice(first).filter((m) => m.key === mentions[first].key).map(({ start, end }) => ({ start, end }));
          },
        }));
        for (const step of steps) {
          if (step.kind === 'delete') {
            index.delete(step.uri);
            model.delete(step.uri);
          } else {
            const mentions = step.mentions.map((m, i): EntityMention => ({ start: i * 10, end: i * 10 + 1, entity: null, ...m }));
            index.set(step.uri, mentions.map((m) => m.key));
            model.set(step.uri, mentions);
          }
        }
        const docs = [...model.keys()].sort((a, b) => order(a) - order(b));
        for (const key of KEYS) {
          const expected = docs.flatMap((uri) => model.get(uri)!.filter((m) => m.key === key).map((mention) => ({ uri, mention })));
          assert.deepEqual(index.mentionsOf(key, order), expected);
          const byDocument = docs.flatMap((uri) => {
            const spans = model.get(uri)!.filter((m) => m.key === key).map(({ start, end }) => ({ start, end }));
            return spans.length === 0 ? [] : [{ uri, spans }];
          });
          assert.deepEqual(index.spansOf(key, order), byDocument);
          const withKey = docs.filter((uri) => model.get(uri)!.some((m) => m.key === key));
          assert.deepEqual(index.countOf(key), { mentions: expected.length, documents: withKey.length });
          const firsts = withKey.filter((uri) => uri !== 'doc3').slice(0, 3);
          assert.deepEqual(index.firstPerDocument(key, order, 3, 'doc3'), firsts.map((uri) => ({ uri, mention: model.get(uri)!.find((m) => m.key === key)! })));
          const counts = new Map<string, number>();
          for (const { mention } of expected) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
          const spellings = index.spellingsOf(key);
          assert.deepEqual(new Set(spellings), new Set(counts.keys()));
          assert.ok(spellings.every((s, i) => i === 0 || counts.get(spellings[i - 1])! >= counts.get(s)!), 'most frequent first');
        }
        assert.deepEqual(new Set(index.keys()), new Set(docs.flatMap((uri) => model.get(uri)!.map((m) => m.key))));
      }),
      { numRuns: 300 },
    );
  });
});
