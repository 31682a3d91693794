// Pass 1: every clue in the text (and from the caller) about WHEN THE ARTICLE WAS WRITTEN,
// as constraints on the writing day W. See README.md for the conventions and their caveats.

import { dayOf, isoDay, parseIsoDay, ymdOf, type Day } from "./calendar.ts";
import type { Anniversary } from "./anniversaries.ts";
import { eventsIn } from "./events.ts";
import type { Mention, Reading } from "./reading.ts";
import { spanOf } from "./resolve.ts";
import { quote, sentenceAround } from "./text.ts";
import { atLeast, atMost, intersect, MAX_DAY, MIN_DAY, normalize, type Constraint, type Interval } from "./window.ts";

/** News reports recent events: the newest one it dates without a year is at most this old. */
export const FRESH_DAYS = 7;

export interface ClueInput {
  segments: { text: string; role: string }[];
  mentions: Mention[];
  /** Anniversaries per segment. */
  anniversaries: Anniversary[][];
  clues: { earliest?: string; latest?: string; evidence: string }[];
}

export function writingConstraints(input: ClueInput): Constraint[] {
  return [
    ...input.mentions.filter((m) => !isAnniversaryBase(m, input)).flatMap((m) => statedBounds(m, input.segments[m.segment]!.role)),
    ...input.clues.flatMap(callerBound),
    ...input.anniversaries.flatMap((list) => list.flatMap(anniversaryBound)),
    ...input.mentions.flatMap((m) => yearLink(m, input)),
    ...input.mentions.flatMap((m) => knownEventYear(m, input)),
    ...freshness(input),
    ...recency(input),
  ];
}

/** A date with its year, reported (W on/after it) or announced (W before it); datelines fix W. */
function statedBounds(m: Mention, role: string): Constraint[] {
  const out: Constraint[] = [];
  const start = m.openStart ? null : absolute(m.reading);
  const end = absolute(m.until);
  const first = start ?? end;
  const last = end ?? start;
  if (!first || !last) return out;
  if (role === "dateline" || role === "byline") {
    out.push({ strength: "stated", allowed: () => [{ from: first.from, to: last.to + 1 }], evidence: `${role} gives ${quote(m.text)}` });
  } else if (m.tense === "past") {
    out.push({ strength: "stated", allowed: () => atLeast(first.from), evidence: `${quote(m.text)} is reported as past (${role}): written on or after ${isoDay(first.from)}` });
  } else if (m.tense === "future") {
    const before = last.from === last.to ? last.from - 1 : last.to;
    out.push({ strength: "stated", allowed: () => atMost(before), evidence: `${quote(m.text)} is announced as future (${role}): written by ${isoDay(before)}` });
  }
  return out;
}

function absolute(r: Reading | null): Interval | null {
  return r && r.kind === "absolute" ? spanOf(r.year, r.month, r.day) : null;
}

function callerBound(c: { earliest?: string; latest?: string; evidence: string }): Constraint[] {
  const from = parseIsoDay(c.earliest ?? null);
  const to = parseIsoDay(c.latest ?? null);
  if (from === null && to === null) return [];
  return [{ strength: "caller", allowed: () => normalize([{ from: from ?? -Infinity, to: to ?? Infinity }]), evidence: c.evidence }];
}

function anniversaryBound(a: Anniversary): Constraint[] {
  const strength = a.fromKnowledge ? "knowledge" : "stated";
  const what = `the ${a.ordinal}th anniversary of ${a.basis} falls in ${a.year}`;
  if (a.thisYear) {
    return [{ strength, allowed: () => [{ from: dayOf(a.year, 1, 1), to: dayOf(a.year, 12, 31) }], evidence: `"this year" is ${a.year}: ${what}` }];
  }
  // Otherwise the anniversary is an event of year a.year (its exact date, when given, is read as a mention).
  const year = { from: dayOf(a.year, 1, 1), to: dayOf(a.year, 12, 31) };
  if (a.tense === "past") return [{ strength, allowed: () => atLeast(year.from), evidence: `${what}, reported as past: written in ${a.year} or later` }];
  if (a.tense === "future") return [{ strength, allowed: () => atMost(year.to), evidence: `${what}, announced as future: written in ${a.year} or earlier` }];
  return [];
}

const NOT_SAME_TIME = /\b(?:since|before|after|until|till|by|from|to|through)\s+$/i;

/** "Last year ... on December 28, 2020": a relative year beside a dated one in one sentence. */
function yearLink(m: Mention, input: ClueInput): Constraint[] {
  if (m.reading.kind !== "relativeYear" || m.until) return [];
  const offset = m.reading.offset;
  const text = input.segments[m.segment]!.text;
  const sentence = sentenceAround(text, m.start);
  // "this year marks the 80th anniversary of ...": the anniversary rule reads that sentence.
  if (input.anniversaries[m.segment]?.some((a) => a.thisYear && a.start >= sentence.from && a.start < sentence.to)) return [];
  const anchors: { year: number; at: number; label: string; knowledge: boolean }[] = [];
  for (const other of input.mentions) {
    if (other === m || other.segment !== m.segment || other.start < sentence.from || other.end > sentence.to) continue;
    if (other.reading.kind !== "absolute" || other.until || insideAnniversary(other, input) || NOT_SAME_TIME.test(text.slice(Math.max(0, other.start - 10), other.start))) continue;
    anchors.push({ year: other.reading.year, at: other.start, label: quote(other.text), knowledge: false });
  }
  for (const e of eventsIn(text.slice(sentence.from, sentence.to))) {
    const at = sentence.from + e.at;
    if (input.anniversaries[m.segment]?.some((a) => at >= a.start && at < a.end) ||NOT_SAME_TIME.test(text.slice(Math.max(0, at - 10), at)) || e.event.dates.length > 1) continue;
    anchors.push({ year: Number(e.event.dates[0]!.slice(0, 4)), at, label: `${e.event.name} (${e.event.dates[0]}, known events)`, knowledge: true });
  }
  const nearest = anchors.sort((a, b) => Math.abs(a.at - m.start) - Math.abs(b.at - m.start))[0];
  if (!nearest) return [];
  const year = nearest.year - offset;
  return [
    {
      strength: "convention",
      allowed: () => [{ from: dayOf(year, 1, 1), to: dayOf(year, 12, 31) }],
      evidence: `${quote(m.text)} read as ${nearest.year} from ${nearest.label} in the same sentence: written in ${year}`,
      caveat: `assumed ${quote(m.text)} and ${nearest.label} refer to the same time`,
    },
  ];
}

/** "the U.S. presidential election on November 5": the known events give the year(s). */
function knownEventYear(m: Mention, input: ClueInput): Constraint[] {
  const r = m.reading;
  if (r.kind !== "yearless" || r.day === undefined || m.tense === "unknown") return [];
  const text = input.segments[m.segment]!.text;
  const from = Math.max(sentenceAround(text, m.start).from, m.start - 100);
  const md = `-${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`;
  for (const e of eventsIn(text.slice(from, m.start))) {
    const years = e.event.dates.filter((d) => d.endsWith(md)).map((d) => parseIsoDay(d)!);
    if (!years.length) continue;
    const past = m.tense === "past";
    return [
      {
        strength: "knowledge",
        allowed: () => normalize(years.map((d) => (past ? { from: d, to: d + 364 } : { from: d - 364, to: d - 1 }))),
        evidence: `${quote(m.text)} is the ${e.event.name} of ${years.map(isoDay).join(" or ")} (known events)`,
      },
    ];
  }
  return [];
}

/**
 * News reports recent events: W is within FRESH_DAYS of the newest event the article reports
 * with a date but no year ("on November 12", "on the 27th"). An undated weekday or "yesterday"
 * is always that recent, so with one of those the convention says nothing more.
 */
function freshness(input: ClueInput): Constraint[] {
  const anchors = input.mentions.filter((m) => m.tense === "past" && !m.openStart && !insideAnniversary(m, input));
  const readings = anchors.map((m) => m.until ?? m.reading);
  if (readings.some((r) => r.kind === "weekday" || r.kind === "relativeDay")) return [];
  const periodic = anchors.filter((_, i) => {
    const r = readings[i]!;
    return (r.kind === "yearless" && r.day !== undefined) || r.kind === "dayOfMonth";
  });
  if (!periodic.length) return [];
  const texts = periodic.map((m) => quote(m.text)).join(", ");
  return [
    {
      strength: "convention",
      allowed: (hull) => normalize(periodic.flatMap((m) => occurrencesIn(m.until ?? m.reading, hull).map((d) => ({ from: d, to: d + FRESH_DAYS })))),
      evidence: `news reports recent events: written within ${FRESH_DAYS} days after the newest of ${texts}`,
      caveat: `assumed the article was written within ${FRESH_DAYS} days of the newest event it dates without a year (${texts})`,
    },
  ];
}

/**
 * A month and day without a year ("on November 12") is recent: within about half a year of
 * writing, before it if reported, after it if announced. Writers add the year beyond that.
 */
function recency(input: ClueInput): Constraint[] {
  const parts: { r: Reading; past: boolean; text: string }[] = [];
  for (const m of input.mentions) {
    if (m.tense === "unknown" || insideAnniversary(m, input)) continue;
    for (const r of [m.openStart ? null : m.reading, m.until]) {
      if (r && r.kind === "yearless" && r.day !== undefined) parts.push({ r, past: m.tense === "past", text: quote(m.text) });
    }
  }
  if (!parts.length) return [];
  const texts = [...new Set(parts.map((p) => p.text))].join(", ");
  return [
    {
      strength: "convention",
      allowed: (hull) =>
        parts
          .map((p) => normalize(occurrencesIn(p.r, hull, RECENT_DAYS).map((d) => (p.past ? { from: d, to: d + RECENT_DAYS } : { from: d - RECENT_DAYS, to: d - 1 }))))
          .reduce((acc, set) => intersect(acc, set)),
      evidence: `${texts} ${parts.length > 1 ? "have" : "has"} no year, so within ${RECENT_DAYS} days of writing`,
      caveat: `assumed dates given without a year (${texts}) are within about six months of writing`,
    },
  ];
}

/** Dates without a year are at most this far from the writing day. */
export const RECENT_DAYS = 183;

/** Every day a yearless or month-less reading can name, within `margin` days of the hull. */
function occurrencesIn(r: Reading, hull: Interval, margin = FRESH_DAYS): Day[] {
  const out: Day[] = [];
  const a = ymdOf(Math.max(hull.from - margin, MIN_DAY));
  const b = ymdOf(Math.min(hull.to + margin, MAX_DAY));
  for (let y = a.y; y <= b.y; y++) {
    if (r.kind === "yearless" && r.day !== undefined) {
      const s = spanOf(y, r.month, r.day);
      if (s) out.push(s.from);
    } else if (r.kind === "dayOfMonth") {
      for (let mo = 1; mo <= 12; mo++) {
        const s = spanOf(y, mo, r.day);
        if (s) out.push(s.from);
      }
    }
  }
  return out;
}

/** "the 20th anniversary of the 2001 treaty": 2001 dates the treaty, not anything near the writing. */
function isAnniversaryBase(m: Mention, input: ClueInput): boolean {
  const a = insideAnniversary(m, input);
  return a !== null && m.reading.kind === "absolute" && m.reading.year !== a.year;
}

export function insideAnniversary(m: Mention, input: Pick<ClueInput, "anniversaries">): Anniversary | null {
  return input.anniversaries[m.segment]?.find((a) => m.start >= a.start && m.end <= a.end) ?? null;
}
