// Orphaned annotations as problems on their article, so they show where
// the user looks (Problems, a marker in the editor) and not only in a view.

import type { Problem } from '../model';
import type { DocumentAnalysis } from './documentAnalysis';

const QUOTE_SHOWN = 40;

export function orphanProblems(analysis: Pick<DocumentAnalysis, 'uri' | 'text' | 'annotations'>): Problem[] {
  const problems: Problem[] = [];
  for (const { annotation, status, candidate } of analysis.annotations) {
    if (status !== 'orphaned') continue;
    const quote = annotation.exact.length > QUOTE_SHOWN ? `${annotation.exact.slice(0, QUOTE_SHOWN)}…` : annotation.exact;
    const range = candidate && analysis.text.rangeOf(candidate);
    const where = range
      ? ` The same words are on line ${range.start.line + 1}, but not in their old context: re-attach it there if it belongs there.`
      : ' Select its text and run "Re-attach Orphaned Annotation" to place it again.';
    problems.push({
      uri: analysis.uri,
      line: range?.start.line ?? 0,
      column: candidate ? codePointColumn(analysis, candidate.start) : 0,
      message: `Orphaned annotation “${quote}” (${annotation.id}): its text is no longer in the article; it is kept in the sidecar.${where}`,
      severity: 'warning',
      code: 'orphaned',
      annotationId: annotation.id,
      ...(range ? { range } : {}),
    });
  }
  return problems;
}

function codePointColumn({ text }: Pick<DocumentAnalysis, 'text'>, offset: number): number {
  const lineStart = text.text.lastIndexOf('\n', text.toUtf16(offset) - 1) + 1;
  return offset - text.toCodePoint(lineStart);
}
