// Pass 2: where a date phrase falls, given a writing day W. Every function here is
// non-decreasing in W, so the days a phrase can mean over a whole window [lo, hi] are
// [occurrence(lo).from, occurrence(hi).to].

import { dayOf, daysInMonth, weekdayOf, ymdOf, type Day } from "./calendar.ts";
import type { Reading, Tense } from "./reading.ts";
import type { Interval } from "./window.ts";

export type Direction = "past" | "future" | "nearest";

export function directionOf(tense: Tense): Direction {
  return tense === "unknown" ? "nearest" : tense;
}

/** The days a (year, month?, day?) names; null when no such day exists (February 30). */
export function spanOf(y: number, month?: number, day?: number): Interval | null {
  if (month === undefined) return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31) };
  if (day === undefined) return { from: dayOf(y, month, 1), to: dayOf(y, month, daysInMonth(y, month)) };
  if (day > daysInMonth(y, month)) return null;
  const d = dayOf(y, month, day);
  return { from: d, to: d };
}

/** Of the candidate spans (in time order), the one the direction picks relative to W. */
function pick(candidates: Interval[], w: Day, dir: Direction, halfPeriod: number): Interval | null {
  if (dir === "past") return [...candidates].reverse().find((c) => c.from <= w) ?? null;
  if (dir === "future") return candidates.find((c) => c.to >= w) ?? null;
  return candidates.find((c) => c.from > w - halfPeriod && c.from <= w + halfPeriod) ?? candidates.find((c) => c.from > w - halfPeriod) ?? null;
}

/** What the reading means if the article was written on day W; null when it cannot be placed. */
export function occurrence(r: Reading, w: Day, dir: Direction, thatYear: number | null): Interval | null {
  const now = ymdOf(w);
  switch (r.kind) {
    case "absolute":
      return spanOf(r.year, r.month, r.day);
    case "thatYear":
      return thatYear === null ? null : spanOf(thatYear, r.month, r.day);
    case "relativeYear":
      return spanOf(now.y + r.offset, r.month, r.day);
    case "relativeMonth": {
      const index = now.y * 12 + (now.m - 1) + r.offset;
      return spanOf(Math.floor(index / 12), (index % 12) + 1);
    }
    case "relativeDay":
      return { from: w + r.offset, to: w + r.offset };
    case "yearless": {
      const years = [-2, -1, 0, 1, 2].map((k) => spanOf(now.y + k, r.month, r.day)).filter((s): s is Interval => s !== null);
      return pick(years, w, dir, 183);
    }
    case "dayOfMonth": {
      const months: Interval[] = [];
      for (let k = -3; k <= 3; k++) {
        const index = now.y * 12 + (now.m - 1) + k;
        const s = spanOf(Math.floor(index / 12), (index % 12) + 1, r.day);
        if (s) months.push(s);
      }
      return pick(months, w, dir, 16);
    }
    case "weekday": {
      const back = (weekdayOf(w) - r.weekday + 7) % 7; // days since the last such weekday (0 = today)
      const last = w - back;
      if (r.modifier === "last") return one(back === 0 ? w - 7 : last);
      if (r.modifier === "next") return one(last + 7);
      if (dir === "past") return one(last);
      if (dir === "future") return one(back === 0 ? w : last + 7);
      return one(back <= 3 ? last : last + 7);
    }
    case "namedMonth": {
      const before = r.month < now.m ? now.y : now.y - 1;
      const after = r.month > now.m ? now.y : now.y + 1;
      return spanOf(r.modifier === "last" ? before : after, r.month);
    }
  }
}

function one(d: Day): Interval {
  return { from: d, to: d };
}

/** The days a reading can mean when W is anywhere in [lo, hi]; open sides stay null. */
export function rangeOver(r: Reading, lo: Day | null, hi: Day | null, dir: Direction, thatYear: number | null): { from: Day | null; to: Day | null } | null {
  if (r.kind === "absolute" || (r.kind === "thatYear" && thatYear !== null)) {
    const s = occurrence(r, 0, dir, thatYear);
    return s ? { from: s.from, to: s.to } : null;
  }
  if (r.kind === "thatYear") return null;
  const a = lo === null ? null : occurrence(r, lo, dir, thatYear);
  const b = hi === null ? null : occurrence(r, hi, dir, thatYear);
  if ((lo !== null && !a) || (hi !== null && !b)) return null;
  return { from: a?.from ?? null, to: b?.to ?? null };
}
