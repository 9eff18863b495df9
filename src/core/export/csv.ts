// CSV, RFC 4180: a header row, one row per span, CRLF line ends, fields
// quoted when they hold a comma, a quote or a line break.

import type { ExportArticle } from './article';

const COLUMNS = ['article', 'start', 'end', 'text', 'type', 'entity', 'note', 'tags', 'created'] as const;

export function csvHeader(includeRecognized: boolean): string {
  return csvRow(includeRecognized ? [...COLUMNS, 'source'] : [...COLUMNS]);
}

export function csvRows(article: ExportArticle, includeRecognized: boolean): string {
  return article.spans
    .map((s) => {
      const fields = [article.path, String(s.start), String(s.end), s.text, s.type, s.entity ?? '', s.note ?? '', (s.tags ?? []).join(';'), s.created ?? ''];
      return csvRow(includeRecognized ? [...fields, s.source] : fields);
    })
    .join('');
}

function csvRow(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',') + '\r\n';
}
