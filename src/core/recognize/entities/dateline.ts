// A wire story's dateline names the place it was filed from: "NEW YORK
// 1996-08-30", "NICE, France 1996-08-30", "WASHINGTON, Dec 3 (Reuters) -".
// The model types a name by what the rest of the article makes of it, so in a
// baseball story the dateline's "NEW YORK" took the team's type.

import type { Draft } from './coref';
import { flagsOf, ORGANIZATION } from './lexicon';
import type { Doc } from './names';
import { GAP_COMMA, GAP_NEWLINE } from './tokens';

/** After the dateline's names: its date, then the end of the line, a bracket or a dash. */
const DATE_AFTER = /[ \t]+(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d\d?)[ \t]*(?:$|\n|\(|[-\u2013\u2014])/y;

/**
 * Names that make up the start of a line up to a date (one, or a comma
 * list) are places. Run after types are propagated: the same name elsewhere
 * in the article (the team in a results table) keeps its own type. Catalog
 * entities and names known as organisations ("UNITED NATIONS") are left alone.
 */
export function typeDatelines(d: Doc, drafts: readonly Draft[], endOf: (b: number) => number): void {
  const { t } = d;
  for (let i = 0; i < drafts.length; i++) {
    if (drafts[i].a !== 0 && t.gap[drafts[i].a] !== GAP_NEWLINE) continue;
    let last = i;
    while (last + 1 < drafts.length && drafts[last + 1].a === drafts[last].b && t.gap[drafts[last].b] === GAP_COMMA) last++;
    DATE_AFTER.lastIndex = endOf(drafts[last].b);
    if (!DATE_AFTER.test(d.text)) continue;
    for (let k = i; k <= last; k++) {
      const m = drafts[k];
      if (m.entity === null && !(flagsOf(d.lex, m.form) & ORGANIZATION)) m.type = 'location';
    }
    i = last;
  }
}
