// Three-way merge of plain values: one annotation (or catalog entry) as
// the common ancestor, our side and their side wrote it. Fields are merged
// one by one, so two people who change different fields of one annotation
// both keep their change; only the same field changed two ways is a
// conflict.

export type Fields = Readonly<Record<string, unknown>>;

export interface FieldRules {
  /** Keys merged as one (an annotation's place: start, end, quote, context, status). */
  readonly groups: readonly (readonly string[])[];
  /** Lists merged as sets: what either side added is kept, what either side removed goes. */
  readonly sets: readonly string[];
  /**
   * For a group changed differently on both sides: true when the two are
   * the same thing said twice (the same quote at offsets of two versions
   * of the article), so ours is taken and no conflict is raised.
   */
  readonly same?: (group: readonly string[], ours: Fields, theirs: Fields) => boolean;
}

export type FieldMerge =
  | { readonly kind: 'merged'; readonly fields: Fields }
  /** `ours`/`theirs`: the merged fields with each side's values where they disagree. */
  | { readonly kind: 'conflict'; readonly ours: Fields; readonly theirs: Fields; readonly keys: readonly string[] };

/** Same value, whatever the key order of nested objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Ours, with what they added and without what they removed; their additions in their order. */
export function mergeSets(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const has = (list: readonly unknown[], v: unknown): boolean => list.some((w) => sameValue(v, w));
  const kept = ours.filter((v) => has(theirs, v) || !has(base, v));
  const added = theirs.filter((v) => !has(base, v) && !has(kept, v));
  return [...kept, ...added];
}

/** `base` is undefined when both sides added the same id. */
export function mergeFields(base: Fields | undefined, ours: Fields, theirs: Fields, rules: FieldRules): FieldMerge {
  const b = base ?? {};
  const keys = unionKeys(ours, theirs, b);
  const grouped = new Set(rules.groups.flat());
  const units: (readonly string[])[] = [...rules.groups, ...keys.filter((k) => !grouped.has(k)).map((k) => [k])];
  const merged: Record<string, unknown> = {};
  const oursPick: Record<string, unknown> = {};
  const theirsPick: Record<string, unknown> = {};
  const conflicting: string[] = [];
  for (const unit of units) {
    const [gb, go, gt] = [pick(b, unit), pick(ours, unit), pick(theirs, unit)];
    let value: Fields | undefined;
    if (sameValue(go, gt) || sameValue(gt, gb)) value = go;
    else if (sameValue(go, gb)) value = gt;
    else if (unit.length === 1 && rules.sets.includes(unit[0]) && [gb, go, gt].every((f) => isListOrAbsent(f[unit[0]]))) {
      const set = mergeSets(listOf(gb, unit[0]), listOf(go, unit[0]), listOf(gt, unit[0]));
      // an empty set where we have no such key stays absent, as we wrote it
      value = set.length > 0 || go[unit[0]] !== undefined ? { [unit[0]]: set } : {};
    } else if (rules.groups.includes(unit) && rules.same?.(unit, go, gt)) value = go;
    if (value) {
      Object.assign(merged, value);
      continue;
    }
    Object.assign(oursPick, go);
    Object.assign(theirsPick, gt);
    conflicting.push(...unit.filter((k) => !sameValue(go[k], gt[k])));
  }
  if (conflicting.length === 0) return { kind: 'merged', fields: inOrder(merged, keys) };
  return {
    kind: 'conflict',
    ours: inOrder({ ...merged, ...oursPick }, keys),
    theirs: inOrder({ ...merged, ...theirsPick }, keys),
    keys: conflicting,
  };
}

/** Our keys in our order, then keys only they have. */
function unionKeys(ours: Fields, theirs: Fields, base: Fields): string[] {
  return [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])];
}

function inOrder(fields: Record<string, unknown>, keys: readonly string[]): Fields {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (fields[k] !== undefined) out[k] = fields[k];
  return out;
}

function pick(fields: Fields, keys: readonly string[]): Fields {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (fields[k] !== undefined) out[k] = fields[k];
  return out;
}

function isListOrAbsent(value: unknown): boolean {
  return value === undefined || Array.isArray(value);
}

function listOf(fields: Fields, key: string): unknown[] {
  const v = fields[key];
  return Array.isArray(v) ? v : [];
}
