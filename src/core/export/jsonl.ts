// JSONL in the spaCy / Prodigy shape: one line per article,
// {"text", "spans": [{"start", "end", "label", ...}], "meta": {"file"}}.
// Offsets are code points, as Python's str counts them.

import type { ExportArticle } from './article';
import { NER_LABEL } from './labels';

export function jsonlLine(article: ExportArticle): string {
  const spans = article.spans.flatMap((s) => {
    const label = NER_LABEL[s.type];
    if (label === undefined) return [];
    return [{
      start: s.start,
      end: s.end,
      label,
      ...(s.id !== undefined ? { id: s.id } : {}),
      ...(s.entity !== undefined ? { entity: s.entity } : {}),
      ...(s.note !== undefined ? { note: s.note } : {}),
      ...(s.tags !== undefined ? { tags: s.tags } : {}),
      ...(s.created !== undefined ? { created: s.created } : {}),
      ...(s.source === 'recognized' ? { source: 'recognized' } : {}),
    }];
  });
  return JSON.stringify({ text: article.text, spans, meta: { file: article.path } });
}
