// Orders the site's lists share: the home page, the feeds and the search index list articles
// the same way. Text compares by code units, not locale, so the output is the same everywhere.
// `sorted` sorts again starting from last build's order (the dev loop's rebuilds).

import type { Article } from "../types.ts";
import { compareDatesNewestFirst } from "./dates.ts";
import { replacedAt } from "../replaced.ts";

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first (unknown dates last), then by title, then by id: a total order. */
export const newestFirst = (a: Article, b: Article): number =>
  compareDatesNewestFirst(a.published, b.published) || byText(a.title, b.title) || byText(a.id, b.id);

/** A list in order, and what a memo keeps to order the next build's quickly. */
export interface Ordered<T> {
  /** The items as given, and in order. */
  input: T[];
  output: T[];
  /** Where input[i] is in the output. */
  at: Int32Array;
  /** Each id's place in the output (when last made). */
  places: Map<string, number>;
}

/**
 * `items` sorted. From `last` (the memo's), two shortcuts, each taken only when it leads to an
 * arrangement strictly in order, which is then the one a sort gives (`order` must be total: with
 * no ties only one arrangement is sorted): the same objects as last time but a few
 * replaced, each new one in its old one's place (checked against its neighbours: an object
 * given to a memo'd build is not changed afterwards, so the others still are in order); or each
 * item where its id was last time (checked all along).
 */
export function sorted<T extends { id: string }>(items: T[], order: (a: T, b: T) => number, last: Ordered<T> | undefined): Ordered<T> {
  const n = items.length;
  const replaced = last ? replacedAt(items, last.input, 16) : null;
  if (last && replaced) {
    const output = last.output.slice();
    for (const i of replaced) output[last.at[i]!] = items[i]!;
    const ok = replaced.every((i) => {
      const k = last.at[i]!;
      return (k === 0 || order(output[k - 1]!, output[k]!) < 0) && (k === n - 1 || order(output[k]!, output[k + 1]!) < 0);
    });
    if (ok) return { input: items.slice(), output, at: last.at, places: last.places };
  }
  if (last && last.places.size === n) {
    const output: (T | undefined)[] = new Array<T | undefined>(n).fill(undefined);
    const at = new Int32Array(n);
    let ok = true;
    for (let i = 0; ok && i < n; i++) {
      const k = last.places.get(items[i]!.id);
      ok = k !== undefined && output[k] === undefined;
      if (ok) output[(at[i] = k!)] = items[i];
    }
    for (let k = 1; ok && k < n; k++) ok = order(output[k - 1]!, output[k]!) < 0;
    if (ok) return { input: items.slice(), output: output as T[], at, places: last.places };
  }
  const idx = Array.from(items.keys()).sort((a, b) => order(items[a]!, items[b]!));
  const at = new Int32Array(n);
  idx.forEach((i, k) => (at[i] = k));
  const output = idx.map((i) => items[i]!);
  return { input: items.slice(), output, at, places: new Map(output.map((x, k) => [x.id, k])) };
}
