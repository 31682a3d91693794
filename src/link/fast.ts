// Cheap stand-ins, with identical answers, for the checks link/ repeats most.

import type { FuzzyDate } from "../types.ts";
import { boundsOf, type Day } from "../extract/dates/calendar.ts";

// Ids and keys are mostly lowercase ASCII slugs. For the characters below the root collation
// (which English uses untailored) equals code-unit order (space < hyphen < digits < letters), so
// `<` gives localeCompare's answer far cheaper; anything else still goes through localeCompare.
// Other default locales may tailor these letters (Danish sorts "aa" after "z"): there, always localeCompare.
const PLAIN = /^[a-z0-9 -]*$/;
const ROOT_ORDER = /^(?:en|und)(?:-|$)/.test(new Intl.Collator().resolvedOptions().locale);

/** Same sign as `a.localeCompare(b)`. */
export function compareText(a: string, b: string): number {
  if (ROOT_ORDER && PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

type Span = { from: Day | null; to: Day | null };

/**
 * `overlap(a, b)` is `intersectDates(a, b) !== null` without building the intersection, with
 * each date's bounds parsed once. Scoped to one call of a stage, so no date is cached across runs.
 */
export function dateOverlap(): (a: FuzzyDate, b: FuzzyDate) => boolean {
  const spans = new WeakMap<FuzzyDate, Span>();
  const span = (d: FuzzyDate): Span => {
    let s = spans.get(d);
    if (!s) spans.set(d, (s = boundsOf(d)));
    return s;
  };
  return (a, b) => {
    const x = span(a);
    const y = span(b);
    const from = x.from === null ? y.from : y.from === null ? x.from : Math.max(x.from, y.from);
    const to = x.to === null ? y.to : y.to === null ? x.to : Math.min(x.to, y.to);
    return from === null || to === null || from <= to;
  };
}
