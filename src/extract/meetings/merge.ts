// Combining meeting mentions: within one article here, and across articles in link/.
// Two mentions are one meeting when they name the same mechanism and round, or share the
// people, and their dates and places can both be true.

import type { FuzzyDate, MeetingMention } from "../../types.ts";
import { intersectDates } from "../dates/index.ts";
import { boundsOf, fuzzyFromRange, isoDay, parseIsoDay } from "../dates/calendar.ts";

/** The FuzzyDate an interval of ISO days supports: a value only as precise as the interval is narrow. */
export function fromInterval(earliest: string | null, latest: string | null, evidence: string[]): FuzzyDate {
  return fuzzyFromRange(parseIsoDay(earliest), parseIsoDay(latest), evidence);
}

/** The ISO days a FuzzyDate allows, from its bounds or what its value covers; null sides are open. */
export function bounds(d: FuzzyDate): [string | null, string | null] {
  const { from, to } = boundsOf(d);
  return [from === null ? null : isoDay(from), to === null ? null : isoDay(to)];
}

/** "from the 11th to the 15th": a date somewhere between the two ends. */
export function hullDate(from: FuzzyDate, to: FuzzyDate): FuzzyDate {
  const [lo] = bounds(from);
  const [, hi] = bounds(to);
  return fromInterval(lo, hi, [...from.evidence, ...to.evidence]);
}

/** A reported event with no date of its own happened on or before the article was written. */
export function publishedBound(published: FuzzyDate): FuzzyDate {
  const [, hi] = bounds(published);
  const year = hi?.slice(0, 4);
  if (!hi || !year) return { value: null, precision: "unknown", earliest: null, latest: null, evidence: ["no date in the text"] };
  const [lo] = bounds(published);
  const sameYear = lo?.slice(0, 4) === year;
  return {
    value: sameYear ? year : null,
    precision: sameYear ? "year" : "unknown",
    earliest: sameYear ? `${year}-01-01` : null,
    latest: hi,
    evidence: [`no date of its own: on or before the article was written (${hi})`],
  };
}

/** intersectDates(a, b) !== null, without building the intersection. */
export function datesCompatible(a: FuzzyDate, b: FuzzyDate): boolean {
  const x = boundsOf(a);
  const y = boundsOf(b);
  const from = x.from === null ? y.from : y.from === null ? x.from : Math.max(x.from, y.from);
  const to = x.to === null ? y.to : y.to === null ? x.to : Math.min(x.to, y.to);
  return !(from !== null && to !== null && from > to);
}

function placesCompatible(a: MeetingMention["place"], b: MeetingMention["place"]): boolean {
  if (!a || !b) return true;
  if (a.city && b.city && a.city !== b.city) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  return true;
}

export function sameMeeting(a: MeetingMention, b: MeetingMention): boolean {
  // Three tests that must all pass; the cheap ones first (most pairs fail on who or which round).
  return sameOccasion(a, b) && placesCompatible(a.place, b.place) && datesCompatible(a.date, b.date);
}

function sameOccasion(a: MeetingMention, b: MeetingMention): boolean {
  if (a.series && b.series) {
    if (a.series !== b.series) return false;
    if (a.round !== null && b.round !== null) return a.round === b.round;
    return true;
  }
  // Without a named mechanism, only the same two (or more) people make the same meeting.
  return a.participants.filter((p) => b.participants.includes(p)).length >= 2;
}

/**
 * Across articles, people who meet often need more than compatible dates: without a named
 * round, both reports must date the meeting at least to its year, so that an undated report
 * is never folded into whichever meeting of the same people happens to be first.
 */
export function sameMeetingAcrossSources(a: MeetingMention, b: MeetingMention): boolean {
  // The same mechanism and round is one meeting even when the sources' dates disagree (link/ records the conflict).
  if (a.series && a.series === b.series && a.round !== null && a.round === b.round) return true;
  if (!sameMeeting(a, b)) return false;
  return a.date.precision !== "unknown" && b.date.precision !== "unknown";
}

export function combine(a: MeetingMention, b: MeetingMention): MeetingMention {
  const date = intersectDates(a.date, b.date) ?? a.date;
  return {
    participants: [...new Set([...a.participants, ...b.participants])],
    place: a.place?.city ? a.place : b.place?.city ? b.place : a.place ?? b.place,
    date,
    end: a.end ?? b.end,
    series: a.series ?? b.series,
    round: a.round ?? b.round,
    kind: a.kind === "reported" || b.kind === "reported" ? "reported" : "mentioned",
    evidence: a.evidence === b.evidence ? a.evidence : `${a.evidence}\n${b.evidence}`,
    ...(a.relative ?? b.relative ? { relative: (a.relative ?? b.relative)! } : {}),
    ...(a.visit && b.visit ? { visit: true } : {}),
    ...(a.visitEnd ?? b.visitEnd ? { visitEnd: (a.visitEnd ?? b.visitEnd)! } : {}),
  };
}

/** Folds repeats of one meeting within an article into one mention (first mention's order kept). */
export function mergeMentions(mentions: MeetingMention[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of mentions) {
    const i = out.findIndex((o) => sameMeeting(o, m));
    if (i >= 0) out[i] = combine(out[i]!, m);
    else out.push(m);
  }
  return out;
}
