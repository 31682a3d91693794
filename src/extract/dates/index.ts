// extract/dates: honest date reading for news text. Pass 1 bounds when the article was
// written from every clue in it; pass 2 reads each partial date inside that window. A date
// is never more precise than its evidence; what stays uncertain is said in `warnings`.

import type { FuzzyDate } from "../../types.ts";
import { findAnniversaries, type Anniversary } from "./anniversaries.ts";
import { fuzzyFromRange, isoDay, parseIsoRange, ymdOf, type Day } from "./calendar.ts";
import { insideAnniversary, writingConstraints } from "./clues.ts";
import { findMentions } from "./parse.ts";
import { finestOf, type Mention, type Reading } from "./reading.ts";
import { directionOf, rangeOver } from "./resolve.ts";
import { quote } from "./text.ts";
import { hullOf, MAX_DAY, MIN_DAY, OPEN_MARGIN, solve, type Interval } from "./window.ts";

export { intersectDates, formatFuzzyDate, compareFuzzy, fuzzyFromRange, boundsOf } from "./calendar.ts";

export interface DateSegment {
  text: string;
  role: "headline" | "dek" | "caption" | "body" | "dateline" | "byline";
}
/** Extra bounds on when the article was written (e.g. an official's term in office). */
export interface WindowClue {
  earliest?: string;
  latest?: string;
  evidence: string;
}
export interface DatedSpan {
  segment: number;
  start: number;
  end: number;
  text: string;
  date: FuzzyDate;
  until: FuzzyDate | null;
  tense: "past" | "future" | "unknown";
}
export interface DateReading {
  published: FuzzyDate;
  spans: DatedSpan[];
  warnings: string[];
}

export function readDates(segments: DateSegment[], opts: { published?: string; clues?: WindowClue[] } = {}): DateReading {
  const anniversaries = segments.map((s) => findAnniversaries(s.text));
  const mentions = withThatYear(segments.flatMap((s, i) => findMentions(s.text, i, s.role)).map((m) => datedByAnniversary(m, anniversaries)));
  const warnings: string[] = [];

  const front = opts.published ? parseIsoRange(opts.published) : null;
  if (opts.published && !front) warnings.push(`published date: front matter value '${opts.published}' is not YYYY-MM-DD, YYYY-MM or YYYY; inferred from the text instead`);

  let window: { lo: Day | null; hi: Day | null };
  let published: FuzzyDate;
  if (front) {
    window = { lo: front.from, hi: front.to };
    published = { ...fuzzyFromRange(front.from, front.to, [`front matter: published ${opts.published}`], front.precision) };
  } else {
    const solved = solve(writingConstraints({ segments, mentions, anniversaries, clues: opts.clues ?? [] }));
    const hull = hullOf(solved.days);
    window = { lo: hull.from <= MIN_DAY + OPEN_MARGIN ? null : hull.from, hi: hull.to >= MAX_DAY - OPEN_MARGIN ? null : hull.to };
    published = fuzzyFromRange(window.lo, window.hi, solved.used.map((c) => c.evidence));
    warnings.push(...publishedWarnings(published, solved.days));
    for (const c of solved.used) if (c.caveat) warnings.push(`published date: ${c.caveat}`);
    for (const c of solved.ignored) warnings.push(`published date: set aside a clue that contradicts stronger ones: ${c.evidence}`);
  }

  const spans = resolveSpans(mentions, segments, window);
  const vague = [...new Set(spans.filter((s, i) => coarserThanStated(s, mentions[i]!)).map((s) => quote(s.text)))];
  if (vague.length) warnings.push(`dates: ${vague.join(", ")}: stated more precisely than the text lets us place ${vague.length > 1 ? "them" : "it"}; kept at the precision the evidence supports`);
  return { published, spans, warnings };
}

/** "before the 20th anniversary of the 2001 treaty on July 16": the yearless date is in the anniversary year. */
function datedByAnniversary(m: Mention, anniversaries: Anniversary[][]): Mention {
  const a = insideAnniversary(m, { anniversaries });
  if (!a || m.reading.kind !== "yearless") return m;
  return { ...m, reading: { kind: "absolute", year: a.year, month: m.reading.month, ...(m.reading.day !== undefined ? { day: m.reading.day } : {}) } };
}

/** "in July of last year ... in September of that year": "that year" is the previous phrase's year. */
function withThatYear(mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const r = m.reading;
    const prev = mentions[i - 1];
    if (r.kind !== "thatYear" || !prev) return m;
    const p = prev.until ?? prev.reading;
    const parts = { ...(r.month !== undefined ? { month: r.month } : {}), ...(r.day !== undefined ? { day: r.day } : {}) };
    if (p.kind === "absolute") return { ...m, reading: { kind: "absolute", year: p.year, ...parts } };
    if (p.kind === "relativeYear") return { ...m, reading: { kind: "relativeYear", offset: p.offset, ...parts } };
    return m;
  });
}

function resolveSpans(mentions: Mention[], segments: DateSegment[], window: { lo: Day | null; hi: Day | null }): DatedSpan[] {
  let lastYear: number | null = null; // the previous phrase's year, for "September of that year"
  const where = window.lo === null && window.hi === null ? "no writing window" : `written ${window.lo === null ? "?" : isoDay(window.lo)} to ${window.hi === null ? "?" : isoDay(window.hi)}`;
  return mentions.map((m) => {
    const role = segments[m.segment]!.role;
    const until = m.until ? readAt(m, m.until, role, window, where, lastYear) : null;
    const date: FuzzyDate = m.openStart
      ? { value: null, precision: "unknown", earliest: null, latest: until?.latest ?? null, evidence: [`${quote(m.text)} (${role}): the start is not stated`] }
      : readAt(m, m.reading, role, window, where, lastYear);
    const known = until?.value ?? date.value ?? null;
    lastYear = known ? Number(known.slice(0, 4)) : null;
    return { segment: m.segment, start: m.start, end: m.end, text: m.text, date, until, tense: m.tense };
  });
}

/** One reading of a mention (its start or its end) placed in the writing window. */
function readAt(m: Mention, r: Reading, role: string, window: { lo: Day | null; hi: Day | null }, where: string, lastYear: number | null): FuzzyDate {
  const range = rangeOver(r, window.lo, window.hi, directionOf(m.tense), lastYear);
  const evidence = [`${quote(m.text)} (${role})`];
  if (r.kind !== "absolute") evidence.push(`read as ${m.tense === "unknown" ? "the nearest" : `a ${m.tense}`} date in the writing window (${where})`);
  if (!range) return { value: null, precision: "unknown", earliest: null, latest: null, evidence };
  return fuzzyFromRange(range.from, range.to, evidence, finestOf(r));
}

/** A phrase that names a day or month but could only be placed in a year, or not at all. */
function coarserThanStated(s: DatedSpan, m: Mention): boolean {
  const [date, reading] = m.openStart || !s.date.value ? [s.until ?? s.date, m.until ?? m.reading] : [s.date, m.reading];
  const rank = { day: 0, month: 1, year: 2, unknown: 3 } as const;
  return rank[date.precision] > rank[finestOf(reading)];
}

function publishedWarnings(p: FuzzyDate, days: Interval[]): string[] {
  const range = `between ${p.earliest ?? "?"} and ${p.latest ?? "?"}`;
  switch (p.precision) {
    case "day":
      return [];
    case "month":
      return [`published date: the text gives the month (${p.value}) but not the day; ${range}`];
    case "year":
      return [`published date: the text gives the year (${p.value}) but not the month; ${range}`];
    default: {
      if (p.earliest === null && p.latest === null) return ["published date: the text gives no clue to when it was written"];
      const span = days.length ? ymdOf(days[days.length - 1]!.to).y - ymdOf(days[0]!.from).y : 0;
      return [`published date: the text does not determine the year${span > 0 && p.earliest && p.latest ? ` (${p.earliest.slice(0, 4)} to ${p.latest.slice(0, 4)})` : ""}; ${range}`];
    }
  }
}
