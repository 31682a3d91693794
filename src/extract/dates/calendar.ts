// Calendar arithmetic on whole days (UTC day numbers), and FuzzyDate helpers built on it.
// Day numbers keep interval reasoning exact and cheap: no Date objects, no time zones.

import type { FuzzyDate, Precision } from "../../types.ts";
import { memoize } from "../../knowledge/memo.ts";

export type Day = number; // days since 1970-01-01

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

// The date readers call these millions of times (periodic clues enumerate every month of a
// wide window), so whole-number inputs in years 100..9999 use Gregorian arithmetic (Hinnant's
// days_from_civil / civil_from_days), which equals Date's proleptic Gregorian calendar there.
// Anything else goes through Date (which also maps years 0..99 to 1900..1999).
const FAST_YEAR = (y: number): boolean => Number.isInteger(y) && y >= 100 && y <= 9999;
const FAST_DAY_MIN = -682_000; // about 0103-01-01
const FAST_DAY_MAX = 2_900_000; // about 9909-12-31
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function dayOf(y: number, m: number, d: number): Day {
  if (FAST_YEAR(y) && Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(d) && Math.abs(d) < 100_000) {
    const yy = m <= 2 ? y - 1 : y; // the computing year starts in March
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
    return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
  }
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function ymdOf(day: Day): Ymd {
  if (Number.isInteger(day) && day >= FAST_DAY_MIN && day <= FAST_DAY_MAX) {
    const z = day + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
  }
  const dt = new Date(day * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  if (FAST_YEAR(y) && Number.isInteger(m) && m >= 1 && m <= 12) return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Sunday = 0 ... Saturday = 6 (as Date#getDay). */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

export function isoDay(day: Day): string {
  const { y, m, d } = ymdOf(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

type IsoRange = { from: Day; to: Day; precision: Exclude<Precision, "unknown"> };

// The same few dates are parsed again and again (bounds of every date compared): remember them.
const isoRangeOf = memoize((text: string): IsoRange | null => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    const day = dayOf(y, mo, d);
    return { from: day, to: day, precision: "day" };
  }
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { from: dayOf(y, mo, 1), to: dayOf(y, mo, daysInMonth(y, mo)), precision: "month" };
  }
  return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31), precision: "year" };
});

/** "YYYY-MM-DD" | "YYYY-MM" | "YYYY" -> the days it covers; null when malformed. */
export function parseIsoRange(text: string): IsoRange | null {
  const r = isoRangeOf(text);
  return r ? { ...r } : null; // a copy: the remembered one stays as parsed
}

/** parseIsoDay's answer for a plain "YYYY-MM-DD" read straight from its digits; undefined for any other text. */
function plainIsoDay(text: string): Day | null | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return undefined;
  return mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) ? null : dayOf(y, mo, d);
}

/** The number written by ASCII digits text[from, to); -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function parseIsoDay(text: string | null): Day | null {
  if (!text) return null;
  const plain = plainIsoDay(text); // the usual case, without a cache look-up
  if (plain !== undefined) return plain;
  const r = isoRangeOf(text);
  return r && r.precision === "day" ? r.from : null;
}

/**
 * The FuzzyDate for "somewhere in [from, to]": the value keeps only what all days in the range
 * share (same day, same month, same year), never more than `finest` allows.
 * A null bound means the evidence gives no bound on that side.
 */
export function fuzzyFromRange(from: Day | null, to: Day | null, evidence: string[], finest: Exclude<Precision, "unknown"> = "day"): FuzzyDate {
  const earliest = from === null ? null : isoDay(from);
  const latest = to === null ? null : isoDay(to);
  if (from === null || to === null) return { value: null, precision: "unknown", earliest, latest, evidence };
  const a = ymdOf(from);
  const b = ymdOf(to);
  let precision: Precision = "unknown";
  if (a.y === b.y) precision = "year";
  if (precision === "year" && finest !== "year" && a.m === b.m) precision = "month";
  if (precision === "month" && finest === "day" && a.d === b.d) precision = "day";
  const value = precision === "unknown" ? null : precision === "year" ? earliest!.slice(0, 4) : precision === "month" ? earliest!.slice(0, 7) : earliest;
  return { value, precision, earliest, latest, evidence };
}

export const UNKNOWN_DATE: FuzzyDate = { value: null, precision: "unknown", earliest: null, latest: null, evidence: [] };

/** The days a FuzzyDate allows: its bounds, else what its value covers; null sides are open. */
export function boundsOf(fd: FuzzyDate): { from: Day | null; to: Day | null } {
  const covered = fd.value ? isoRangeOf(fd.value) : null;
  const e = parseIsoDay(fd.earliest);
  const l = parseIsoDay(fd.latest);
  const from = e ?? covered?.from ?? null;
  const to = l ?? covered?.to ?? null;
  return {
    from: covered && from !== null ? Math.max(from, covered.from) : from,
    to: covered && to !== null ? Math.min(to, covered.to) : to,
  };
}

/**
 * Two readings of the same date combined: the days both allow. Null when they cannot be the
 * same date. The result is exactly as precise as the narrowed interval supports.
 */
export function intersectDates(a: FuzzyDate, b: FuzzyDate): FuzzyDate | null {
  const x = boundsOf(a);
  const y = boundsOf(b);
  const from = x.from === null ? y.from : y.from === null ? x.from : Math.max(x.from, y.from);
  const to = x.to === null ? y.to : y.to === null ? x.to : Math.min(x.to, y.to);
  if (from !== null && to !== null && from > to) return null;
  const evidence = [...a.evidence, ...b.evidence.filter((e) => !a.evidence.includes(e))];
  if (from === null || to === null) {
    // One side open: keep the value only if both readings agree on it.
    const value = a.value && a.value === b.value ? a.value : null;
    const precision = value ? a.precision : "unknown";
    return { value, precision, earliest: from === null ? null : isoDay(from), latest: to === null ? null : isoDay(to), evidence };
  }
  return fuzzyFromRange(from, to, evidence);
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function monthName(m: number): string {
  return MONTH_NAMES[m - 1] ?? String(m);
}

/** "12 November 2024" / "November 2024" / "2024" / "date unknown". */
export function formatFuzzyDate(fd: FuzzyDate): string {
  if (!fd.value) return "date unknown";
  const [y, m, d] = fd.value.split("-").map(Number);
  if (fd.precision === "day" && d && m) return `${d} ${monthName(m)} ${y}`;
  if (fd.precision === "month" && m) return `${monthName(m)} ${y}`;
  return String(y);
}

/** Sort order: by earliest possible day, then latest, then the more precise first; unknown last. */
export function compareFuzzy(a: FuzzyDate, b: FuzzyDate): number {
  const x = boundsOf(a);
  const y = boundsOf(b);
  return cmpOpen(x.from, y.from) || cmpOpen(x.to, y.to) || rank(a.precision) - rank(b.precision);
}

/** Null (no bound known) sorts after every day. */
function cmpOpen(a: Day | null, b: Day | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function rank(p: Precision): number {
  return p === "day" ? 0 : p === "month" ? 1 : p === "year" ? 2 : 3;
}
