// Dates one article cannot place alone, placed by another article about the same event.
// "Shoigu will come to China from the 11th to the 15th to attend the 19th round" names no
// month; another outlet dates that round 12 November 2024, so the first article's days are
// November 2024, and so is every other bare day in it (news gives a bare day for the month
// of writing). Likewise "visited China in November last year" plus a dated November visit
// of the same person to the same country fixes the year of writing.
// Candidates come from an index by participant and by series: no pair of articles is compared
// wholesale.

import type { FuzzyDate, MeetingMention } from "../types.ts";
import { bounds, fromInterval, publishedBound } from "../extract/meetings/merge.ts";
import { intersectDates } from "../extract/dates/index.ts";
import { ordinal, type SourcedMention } from "./meetings.ts";
import { eventKeys } from "./cluster-index.ts";
import { dateOverlap } from "./fast.ts";
import { daysInMonth, isoDay, monthName, pad2, parseIsoDay } from "../extract/dates/calendar.ts";

export interface Anchored {
  mentions: SourcedMention[];
  published: Map<string, FuzzyDate>; // article id -> narrowed published date (only where narrowed)
  notes: Map<string, string[]>; // article id -> what was narrowed and why
}

const monthKnown = (d: FuzzyDate) => d.precision === "day" || d.precision === "month";
const lastDay = (ym: string) => {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  return daysInMonth(y, m);
};

export function anchorRelativeDates(input: SourcedMention[], published: Map<string, FuzzyDate>): Anchored {
  let mentions = input;
  const out = new Map<string, FuzzyDate>();
  const notes = new Map<string, string[]>();
  const note = (id: string, text: string) => (notes.get(id) ?? notes.set(id, []).get(id)!).push(text);
  const pub = (id: string) => out.get(id) ?? published.get(id)!;

  const overlap = dateOverlap();
  const dayPrecise = (o: SourcedMention) => o.mention.date.precision === "day";

  // 1. Bare days ("the 11th") take the month of a dated report of the same meeting.
  const months = findAnchors(mentions, {
    keys: (sm, q) => eventKeys(sm.mention, q),
    asks: (m) => !!m.mention.relative?.days && !monthKnown(m.mention.date),
    answers: dayPrecise,
    match: (m, o) => {
      const days = m.mention.relative!.days!;
      if (!sameEvent(m.mention, o.mention)) return null;
      const day = Number(o.mention.date.value!.slice(8, 10));
      if (day < days[0] || day > days[1] || !overlap(m.mention.date, o.mention.date)) return null;
      return { value: o.mention.date.value!.slice(0, 7), why: `the ${ordinal(days[0])}${days[1] !== days[0] ? `–${ordinal(days[1])}` : ""} matches ${o.source}'s ${o.mention.date.value} report of the same meeting` };
    },
  });
  for (const [id, a] of months) {
    const monthRange = fromInterval(`${a.value}-01`, `${a.value}-${pad2(lastDay(a.value))}`, [`month from ${a.why}`]);
    const narrowed = intersectDates(pub(id), monthRange);
    if (narrowed) out.set(id, withEvidence(narrowed, `month of writing: ${a.why}`));
    note(id, `dates: bare days read as ${a.value} because ${a.why}`);
  }
  mentions = mentions.map((sm) => {
    const ym = months.get(sm.source)?.value;
    const days = sm.mention.relative?.days;
    if (!ym || !days || monthKnown(sm.mention.date)) return sm;
    const to = Math.min(days[1], lastDay(ym));
    const date = fromInterval(`${ym}-${pad2(Math.min(days[0], to))}`, `${ym}-${pad2(to)}`, [...sm.mention.date.evidence, `month ${ym} from another source of the same meeting`]);
    // The visit's end was the same bare day ("to the 15th"): it is in that month too.
    const end = sm.mention.visitEnd && !monthKnown(sm.mention.visitEnd) ? fromInterval(`${ym}-${pad2(to)}`, `${ym}-${pad2(to)}`, [...sm.mention.visitEnd.evidence, `month ${ym} from another source`]) : sm.mention.visitEnd;
    return { ...sm, mention: { ...sm.mention, date, ...(end ? { visitEnd: end } : {}) } };
  });

  // 1b. "On Tuesday" in an article with no year: a report of the same meeting dated on a Tuesday
  // gives the day, and a weekday in news names a day of the week before writing.
  const weekdays = findAnchors(mentions, {
    keys: (sm, q) => eventKeys(sm.mention, q),
    asks: (m) => m.mention.relative?.weekday !== undefined && m.mention.date.precision !== "day",
    answers: dayPrecise,
    match: (m, o) => {
      const wd = m.mention.relative!.weekday!;
      if (!sameEvent(m.mention, o.mention)) return null;
      if (new Date(`${o.mention.date.value}T00:00:00Z`).getUTCDay() !== wd || !overlap(m.mention.date, o.mention.date)) return null;
      return { value: o.mention.date.value!, why: `'${WEEKDAY_NAMES[wd]}' matches ${o.source}'s ${o.mention.date.value} report of the same meeting` };
    },
  });
  for (const [id, a] of weekdays) {
    if (months.has(id)) continue;
    const narrowed = intersectDates(pub(id), fromInterval(a.value, addDays(a.value, 7), []));
    if (!narrowed) continue;
    out.set(id, withEvidence(narrowed, `written within a week after ${a.value}: ${a.why}`));
    note(id, `dates: written within a week after ${a.value} because ${a.why}`);
  }

  // 2. "In November last year" + a dated November visit of the same person to the same place fixes the year.
  const years = findAnchors(mentions, {
    keys: visitKeys,
    asks: (m) => !!m.mention.relative?.month && m.mention.relative.yearOffset !== undefined && m.mention.date.precision === "unknown",
    answers: (o) => monthKnown(o.mention.date),
    match: (m, o) => {
      const rel = m.mention.relative!;
      const month = rel.month!;
      const yearOffset = rel.yearOffset!;
      if (Number(o.mention.date.value!.slice(5, 7)) !== month) return null;
      if (!m.mention.participants.some((p) => o.mention.participants.includes(p)) || !samePlace(m.mention, o.mention)) return null;
      const year = Number(o.mention.date.value!.slice(0, 4)) - yearOffset;
      return { value: String(year), why: `'${monthName(month)} last year' matches ${o.source}'s ${o.mention.date.value!.slice(0, 7)} report of the same visit` };
    },
  });
  for (const [id, a] of years) {
    const narrowed = intersectDates(pub(id), fromInterval(`${a.value}-01-01`, `${a.value}-12-31`, []));
    if (!narrowed) continue;
    out.set(id, withEvidence(narrowed, `year of writing: ${a.why}`));
    note(id, `dates: year of writing read as ${a.value} because ${a.why}`);
  }
  mentions = mentions.map((sm) => {
    const y = years.get(sm.source)?.value;
    if (!y || !out.has(sm.source)) return sm;
    const rel = sm.mention.relative;
    let date: FuzzyDate | null = null;
    if (rel?.days && !monthKnown(sm.mention.date)) {
      const [, hi] = bounds(out.get(sm.source)!);
      date = fromInterval(`${y}-01-${pad2(rel.days[0])}`, hi && hi < `${y}-12-${pad2(rel.days[1])}` ? hi : `${y}-12-${pad2(rel.days[1])}`, [...sm.mention.date.evidence, `year ${y} from another source`]);
    } else if (rel?.month && rel.yearOffset !== undefined) {
      const ym = `${Number(y) + rel.yearOffset}-${pad2(rel.month)}`;
      date = fromInterval(`${ym}-01`, `${ym}-${pad2(lastDay(ym))}`, [...sm.mention.date.evidence, `year from another source`]);
    }
    return date ? { ...sm, mention: { ...sm.mention, date } } : sm;
  });
  // 3. Meetings dated only "on or before writing" follow the narrowed date of writing.
  mentions = mentions.map((sm) => {
    const narrowed = out.get(sm.source);
    return narrowed && sm.mention.relative?.beforePublication ? { ...sm, mention: { ...sm.mention, date: publishedBound(narrowed) } } : sm;
  });
  return { mentions, published: out, notes };
}

/** Keys under which a relative visit meets dated reports: person, country and month. */
function visitKeys(sm: SourcedMention, asQuery: boolean): string[] {
  const m = sm.mention;
  const country = m.place?.country;
  if (!country) return [];
  const month = asQuery ? m.relative?.month : monthKnown(m.date) ? Number(m.date.value!.slice(5, 7)) : undefined;
  if (!month) return [];
  return m.participants.map((p) => `v:${p}|${country}|${month}`);
}

interface Anchor {
  value: string;
  why: string;
}

/**
 * One way of anchoring a relative date. `asks` and `answers` are the parts of the test that look
 * at one side only: checked once per mention, they keep most mentions out of the pairwise loop.
 */
interface AnchorRule {
  keys(sm: SourcedMention, asQuery: boolean): string[];
  asks(m: SourcedMention): boolean; // this mention needs an anchor of this kind
  answers(o: SourcedMention): boolean; // this report can give one
  match(m: SourcedMention, o: SourcedMention): Anchor | null; // m asks, o answers
}

/** Per article, the one anchor its mentions agree on (none when they disagree). */
function findAnchors(mentions: SourcedMention[], rule: AnchorRule): Map<string, Anchor> {
  const askers = mentions.filter((m) => m.mention.relative && rule.asks(m));
  const byKey = new Map<string, SourcedMention[]>();
  const mayMeet = sharesPersonOrSeries(askers);
  for (const sm of mentions) if (rule.answers(sm) && mayMeet(sm)) for (const k of rule.keys(sm, false)) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(sm);
  const found = new Map<string, Anchor | false>();
  for (const m of askers) {
    if (found.get(m.source) === false) continue;
    const seen = new Set<SourcedMention>();
    for (const k of rule.keys(m, true))
      for (const o of byKey.get(k) ?? []) {
        if (o.source === m.source || seen.has(o)) continue;
        seen.add(o);
        const a = rule.match(m, o);
        if (!a) continue;
        const prev = found.get(m.source);
        if (prev && prev.value !== a.value) found.set(m.source, false);
        else if (!prev) found.set(m.source, a);
      }
  }
  return new Map([...found].filter((e): e is [string, Anchor] => e[1] !== false));
}

/**
 * Whether a mention shares a person or the series with any of `askers`. Every key (eventKeys,
 * visitKeys) names its mention's people or series, and person ids are slugs (no "|"), so a
 * report sharing neither has no key any asker looks up: its keys need not be built at all.
 */
function sharesPersonOrSeries(askers: SourcedMention[]): (sm: SourcedMention) => boolean {
  const people = new Set(askers.flatMap((m) => m.mention.participants));
  const series = new Set(askers.map((m) => m.mention.series).filter(Boolean));
  return (sm) => sm.mention.participants.some((p) => people.has(p)) || (!!sm.mention.series && series.has(sm.mention.series));
}

function sameEvent(a: MeetingMention, b: MeetingMention): boolean {
  if (a.visit || b.visit) return false;
  if (a.series && b.series) return a.series === b.series && (a.round === null || b.round === null || a.round === b.round);
  return a.participants.filter((p) => b.participants.includes(p)).length >= 2;
}

function samePlace(a: MeetingMention, b: MeetingMention): boolean {
  if (!a.place || !b.place) return false;
  if (a.place.city && b.place.city) return a.place.city === b.place.city;
  return !!a.place.country && a.place.country === b.place.country;
}

function withEvidence(d: FuzzyDate, evidence: string): FuzzyDate {
  return { ...d, evidence: [...d.evidence, evidence] };
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const addDays = (day: string, n: number): string => isoDay(parseIsoDay(day)! + n);
