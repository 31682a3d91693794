// The writing-date window: a set of days, as sorted disjoint intervals, narrowed by
// constraints from strongest to weakest. A constraint that would empty the set is set aside
// (and reported), so one misread clue cannot wipe out the others.

import { dayOf, type Day } from "./calendar.ts";

export interface Interval {
  from: Day;
  to: Day;
}

/** Bounds of the search: far enough for any news text, small enough to enumerate periods. */
export const MIN_DAY = dayOf(1900, 1, 1);
export const MAX_DAY = dayOf(2100, 12, 31);

/** How much a constraint can be trusted; weaker ones give way when clues disagree. */
export type Strength = "stated" | "caller" | "knowledge" | "convention";
const ORDER: Strength[] = ["stated", "caller", "knowledge", "convention"];

export interface Constraint {
  strength: Strength;
  /** The days this clue allows, given the current hull (periodic clues enumerate inside it). */
  allowed(hull: Interval): Interval[];
  evidence: string;
  /** Set when the clue rests on a convention the reader should know about. */
  caveat?: string;
}

export interface Solved {
  days: Interval[];
  used: Constraint[];
  ignored: Constraint[];
}

export function hullOf(set: Interval[]): Interval {
  return { from: set[0]!.from, to: set[set.length - 1]!.to };
}

/** Sorted, merged union of intervals. */
export function normalize(list: Interval[]): Interval[] {
  const sorted = list.filter((i) => i.from <= i.to).sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to + 1) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}

export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const from = Math.max(x[i]!.from, y[j]!.from);
    const to = Math.min(x[i]!.to, y[j]!.to);
    if (from <= to) out.push({ from, to });
    if (x[i]!.to < y[j]!.to) i++;
    else j++;
  }
  return out;
}

export function solve(constraints: Constraint[], start: Interval[] = [{ from: MIN_DAY, to: MAX_DAY }]): Solved {
  let days = start;
  const used: Constraint[] = [];
  const ignored: Constraint[] = [];
  const ordered = [...constraints].sort((a, b) => ORDER.indexOf(a.strength) - ORDER.indexOf(b.strength));
  for (const c of ordered) {
    const next = intersect(days, c.allowed(hullOf(days)));
    if (next.length === 0) ignored.push(c);
    else {
      days = next;
      used.push(c);
    }
  }
  return { days, used, ignored };
}

/** A bound this close to the search limits was not set by any clue (periodic clues only trim it). */
export const OPEN_MARGIN = 400;

/** Constraint helpers for the common shapes. */
export const atLeast = (from: Day): Interval[] => [{ from, to: MAX_DAY }];
export const atMost = (to: Day): Interval[] => [{ from: MIN_DAY, to }];
