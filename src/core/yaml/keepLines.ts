// The `yaml` package rewrites a whole document when it prints it: spacing
// before a comment, flow lists and quoting of lines nobody touched come out
// normalised. Printing the document once before and once after an edit, the
// lines that differ between the two prints are the edit; every other line is
// taken from the user's own text, so `git diff` shows the edited lines only.

import { diffArrays } from 'diff';
import { parseDocument } from 'yaml';

/**
 * `original` is the file's text, `printedBefore` the unedited document
 * printed, `printedAfter` the edited one. Falls back to `printedAfter` when
 * the printer changed the number of lines (nothing to line up) or when the
 * result would not mean the same as `printedAfter`.
 */
export function keepUntouchedLines(original: string, printedBefore: string, printedAfter: string): string {
  const source = original.split('\n');
  const before = printedBefore.split('\n');
  if (source.length !== before.length) return printedAfter;
  const out: string[] = [];
  let at = 0;
  for (const part of diffArrays(before, printedAfter.split('\n'))) {
    if (part.removed) at += part.value.length;
    else if (part.added) out.push(...part.value);
    else {
      out.push(...source.slice(at, at + part.value.length));
      at += part.value.length;
    }
  }
  const merged = out.join('\n');
  return sameMeaning(merged, printedAfter) ? merged : printedAfter;
}

function sameMeaning(a: string, b: string): boolean {
  const docA = parseDocument(a);
  if (docA.errors.length > 0) return false;
  return JSON.stringify(docA.toJS()) === JSON.stringify(parseDocument(b).toJS());
}
