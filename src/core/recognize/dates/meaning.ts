// What a matched expression means before it is anchored in time. Matchers
// produce these; resolve.ts turns them into TIMEX3 values.

import type { DateType } from '../../model';

export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export type Meaning =
  /** Needs no anchor: explicit full dates, durations, sets, PAST_REF ... */
  | { readonly kind: 'fixed'; readonly value: string; readonly how: string }
  /**
   * A calendar position whose year may be missing. `yearShift` says the
   * year is given relative to the publication year ("February this year").
   * `tail` is appended to the date value ("T11:42", "TMO", "-SU", "-Q1").
   */
  | {
      readonly kind: 'calendar';
      readonly year?: number;
      readonly yearShift?: number;
      readonly month?: number;
      readonly day?: number;
      /** "the last week of March": the value is that week (1-4, or -1 for the last one) of the month. */
      readonly weekOfMonth?: number;
      /** "last September": the most recent one strictly before (-1) or after (1) the anchor. */
      readonly direction?: -1 | 1;
      readonly tail?: string;
    }
  /** n units from the anchor: "last month" (-1), "this week" (0), "two years ago" (-2). */
  | {
      readonly kind: 'shift';
      readonly unit: Granularity;
      readonly n: number;
      /**
       * `reported`: "a year ago" in a results story compares with the quarter just
       * mentioned ("the third quarter" -> the same quarter a year before), else it
       * counts from the publication date. A comparison with the year before anchors nothing after it.
       */
      readonly anchor: 'published' | 'previous' | 'reported';
      readonly tail?: string;
    }
  /**
   * The period a results story reports on: the quarter just mentioned, else the
   * last quarter ended before publication. `yearsBack` 1 is that period a year
   * before ("the year-ago quarter"); `quarter` and `year` override its parts.
   */
  | { readonly kind: 'reported'; readonly yearsBack: number; readonly quarter?: number; readonly year?: number }
  /** A day of the week (1 Monday ... 7 Sunday); direction 0 lets tense decide. */
  | { readonly kind: 'weekday'; readonly dow: number; readonly direction: -1 | 0 | 1; readonly tail?: string }
  /** A clock time on a date that is itself a Meaning (today when absent). */
  | { readonly kind: 'time'; readonly clock: string; readonly date?: Meaning };

/** Which modifiers may be taken in on the left of a match. */
export type ModifierClass = 'date' | 'duration' | 'none';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: DateType;
  readonly meaning: Meaning;
  readonly modifiers: ModifierClass;
  /** Whether a preceding "the" belongs to the expression ("the following day", not "the 1991 war"). */
  readonly takesThe: boolean;
}
