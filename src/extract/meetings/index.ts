// Meetings one article reports or mentions: "X met with Y in Z on D", "X and Y co-chaired the
// 19th round of ...", "during talks with Y", "will come to China to attend the 9th meeting of
// ...", "before meeting with X, he held talks with Y". Reads sentences with the people,
// places and dates the other extractors found in them; merges repeats within the article.

import type { FuzzyDate, MeetingMention, PersonMention, PlaceMention, RelativeDate } from "../../types.ts";
import { allMatches } from "../regex.ts";
import { splitSentences, type Sentence } from "../sentences.ts";
import type { DatedSpan } from "../dates/index.ts";
import type { EntitySpan } from "../entities/index.ts";
import { findSeries, type SeriesMatch } from "./series.ts";
import { bounds, hullDate, mergeMentions, publishedBound } from "./merge.ts";

/** A person, place or organisation the entity reader found, with its position. */
export type NamedSpan = EntitySpan;
/** A dated phrase the date reader found; tests may leave out its tense. */
export type DateSpan = Omit<DatedSpan, "tense"> & { tense?: DatedSpan["tense"] };
export interface MeetingInput {
  segments: { text: string; role: string }[];
  people: PersonMention[];
  places: PlaceMention[];
  spans: NamedSpan[];
  dates: DateSpan[];
  published: FuzzyDate;
}

// In the /iu patterns below, a \b that stands next to a letter of the pattern is written
// (?<!\w) before it or (?!\w) after it: the same test there, but V8 runs \b slowly under /iu.

// Verbs and nouns that put people in one room. Phone calls and letters are not meetings.
const TRIGGER =
  /(?<!\w)(?:met(?:\s+with)?|meets?(?:\s+with)?|meeting\s+(?:with|between)|(?:held|holds|hold|holding)\s+talks(?:\s+with)?|talks\s+with|co-?chair(?:ed|s)?|summit(?:\s+with)?|shak(?:e|es|ing)\s+hands|shook\s+hands|will\s+(?:meet|come\s+to\s+[\p{Lu}][\p{L}]+\s+to\s+attend)|to\s+meet(?:\s+with)?|received|hosted)(?!\w)/giu;
// Every TRIGGER match spells one of these (same flags, so the same letters match): a cheap test first.
const MAY_TRIGGER = /met|meet|talks|chair|summit|hands|attend|received|hosted/iu;
// Triggers whose object is the other side: "met with Y", "between Y and Z", "met Y", "received Y".
// "X visited China in November", "visits Beijing on the 11th": a visit, which may date other reports.
const VISIT = /\b(?:had\s+|has\s+)?visit(?:s|ed|ing)?\s+(?=\p{Lu})/gu;
const WITH_OBJECT = /\b(?:with|between|received|hosted|met|meets|meet)\s*$/iu;
const PRONOUN_SUBJECT = /(?<!\w)(?:he|she|they)\s+(?:also\s+|then\s+|later\s+)?$/iu;
const SPOKESPERSON = /spokes(?:person|man|woman)|press secretary/iu;
const SPEECH_AFTER = /^\W{0,3}(?:\s*\w+){0,1}\s*(?:said|says|stated|told|noted|added|announced|warned|stressed|emphasi[sz]ed|continued|responded)\b/iu;
const RESPECTIVELY = /(?<!\w)respectively(?!\w)/iu;
const VISIT_WORDS = /(?<!\w)(?:visit|itinerary|stay|trip|tour|come|came|arrive|arrived)(?!\w)/iu;
const THIS_DAY = /(?<!\w)(?:on\s+)?(?:this|that|the\s+same)\s+day(?!\w)/iu;
const PRONOUN_BEFORE_VISIT = /(?<!\w)(?:he|she)\s+(?:had\s+|has\s+)?$/iu;

interface Ctx {
  input: MeetingInput;
  byName: Map<string, PersonMention>;
  placeByName: Map<string, PlaceMention>;
  /** Names whose roles make them a spokesperson: they report meetings, they do not hold them. */
  spokespeople: Set<string>;
  lastSubject: string | null;
  lead: DateSpan | null;
  pending: MeetingMention[]; // series meetings of the previous sentence, for "respectively"
}

/** The people (in text order), places and dates of one segment. */
interface SegmentSpans {
  persons: NamedSpan[];
  places: NamedSpan[];
  dates: DateSpan[];
}

export function readMeetings(input: MeetingInput): MeetingMention[] {
  const byName = new Map(input.people.map((p) => [p.name, p]));
  const ctx: Ctx = {
    input,
    byName,
    placeByName: new Map(input.places.map((p) => [p.name, p])),
    spokespeople: new Set([...byName].filter(([, p]) => p.roles.some((r) => SPOKESPERSON.test(r.title))).map(([name]) => name)),
    lastSubject: null,
    lead: leadSpan(input),
    pending: [],
  };
  const bySegment = spansBySegment(input);
  const found: MeetingMention[] = [];
  input.segments.forEach((seg, si) => {
    if (seg.role !== "body" && seg.role !== "caption") return;
    const spans = bySegment.get(si) ?? { persons: [], places: [], dates: [] };
    for (const sentence of splitSentences(seg.text)) found.push(...readSentence(ctx, si, sentence, spans));
  });
  return mergeMentions(found);
}

/** Spans grouped by segment once, so each sentence looks only at its own segment's. */
function spansBySegment(input: MeetingInput): Map<number, SegmentSpans> {
  const out = new Map<number, SegmentSpans>();
  for (const x of input.spans) {
    if (x.kind === "person") groupOf(out, x.segment).persons.push(x);
    else if (x.kind === "place") groupOf(out, x.segment).places.push(x);
  }
  for (const d of input.dates) groupOf(out, d.segment).dates.push(d);
  for (const g of out.values()) g.persons.sort((a, b) => a.start - b.start);
  return out;
}

function groupOf(groups: Map<number, SegmentSpans>, segment: number): SegmentSpans {
  let g = groups.get(segment);
  if (!g) groups.set(segment, (g = { persons: [], places: [], dates: [] }));
  return g;
}

function within<T extends { start: number; end: number }>(xs: T[], s: Sentence): T[] {
  return xs.filter((x) => x.start >= s.start && x.end <= s.end);
}

/** Offset of a span in its sentence's text. */
function rel(s: Sentence, x: { start: number }): number {
  return x.start - s.start;
}

/** A name followed by a speech verb ("Wang said"): the speaker, not a participant. */
function isSpeaker(s: Sentence, p: NamedSpan): boolean {
  return SPEECH_AFTER.test(s.text.slice(p.end - s.start, p.end - s.start + 30));
}

function readSentence(ctx: Ctx, segment: number, s: Sentence, spans: SegmentSpans): MeetingMention[] {
  const persons = within(spans.persons, s);
  const places = within(spans.places, s);
  const dates = within(spans.dates, s);
  const principals = persons.filter((p) => !ctx.spokespeople.has(p.name)); // spokespeople report meetings, they do not hold them

  // "... Wang Yi, ..., and Chen Wenqing, ..., respectively": hand the names to the previous sentence's meetings in order.
  if (ctx.pending.length > 1 && RESPECTIVELY.test(s.text)) {
    const named = unique(principals.filter((p) => !isSpeaker(s, p)).map((p) => p.name));
    if (named.length === ctx.pending.length) {
      ctx.pending.forEach((m, i) => m.participants.includes(named[i]!) || m.participants.push(named[i]!));
      ctx.pending = [];
      return [];
    }
  }
  ctx.pending = [];

  const series = findSeries(s.text);
  const triggers = (MAY_TRIGGER.test(s.text) ? allMatches(TRIGGER, s.text) : []).map((m) => ({ at: m.index!, end: m.index! + m[0].length, text: m[0] }));
  if (!series.length && !triggers.length) {
    const visits = readVisit(ctx, s, segment, principals, places, dates);
    updateSubject(ctx, principals);
    return visits;
  }

  const quotes = quoteRanges(s.text);
  const anchorAt = Math.min(...[...series.map((x) => x.start), ...triggers.map((t) => t.at)]);
  const quoted = inQuotes(quotes, anchorAt);
  const candidates = principals.filter((p) => inQuotes(quotes, rel(s, p)) === quoted && !(quoted && isSpeaker(s, p)));

  const mentions: MeetingMention[] = [];
  const where: Where = { segment, s, places, dates };

  if (series.length) {
    const firstSeries = Math.min(...series.map((x) => x.start));
    // "X held talks with Y on Monday and co-chaired the 18th round ... with Z": the earlier talks are a meeting of their own.
    const earlier = triggers.filter((t) => t.end <= firstSeries && WITH_OBJECT.test(t.text) && /\band\b/.test(s.text.slice(t.end, firstSeries)) && !/\battend\b/.test(t.text));
    const first = Math.min(firstSeries, ...triggers.map((t) => t.at));
    const subjects = subjectGroup(ctx, s, candidates, first);
    for (const t of earlier) mentions.push(reported(ctx, where, [...subjects, ...objectGroup(s, candidates, t.end)], null, t.at));
    const objects = triggers.filter((t) => !earlier.includes(t)).flatMap((t) => (WITH_OBJECT.test(t.text) ? objectGroup(s, candidates, t.end) : []));
    for (const sm of series) {
      const withAfter = /^[^.;]{0,80}?\bwith\s/u.exec(s.text.slice(sm.end));
      const partners = withAfter ? objectGroup(s, candidates, sm.end + withAfter[0].length) : [];
      mentions.push(reported(ctx, where, [...subjects, ...objects, ...partners], sm, sm.start));
    }
    if (series.length > 1) ctx.pending = mentions.filter((m) => m.series);
  } else {
    for (const t of triggers) {
      const objects = WITH_OBJECT.test(t.text) ? objectGroup(s, candidates, t.end) : [];
      let subjects = subjectGroup(ctx, s, candidates.filter((p) => !objects.includes(p.name)), t.at);
      // "Before meeting with X, he held talks ...": the main clause's subject comes after.
      if (!subjects.length && /^[^.]*?,\s*(?:he|she)\b/iu.test(s.text.slice(t.end)) && ctx.lastSubject && !objects.includes(ctx.lastSubject)) subjects = [ctx.lastSubject];
      if (!subjects.length) subjects = candidates.filter((p) => rel(s, p) > t.end && !objects.includes(p.name)).slice(0, 1).map((p) => p.name);
      mentions.push(reported(ctx, where, [...subjects, ...objects], null, t.at));
    }
  }
  updateSubject(ctx, candidates.length ? candidates : principals);
  return mentions.filter((m) => m.participants.length > 0 || m.series);
}

/** The sentence a meeting is read from, with its places and dates. */
interface Where {
  segment: number;
  s: Sentence;
  places: NamedSpan[];
  dates: DateSpan[];
}

function reported(ctx: Ctx, w: Where, participants: string[], seriesMatch: SeriesMatch | null, at: number): MeetingMention {
  const { date, relative, visitEnd } = dateOf(ctx, w.dates, w.s, at, w.segment);
  return {
    participants: unique(participants),
    place: placeOf(ctx, w.places, w.s, at),
    date,
    end: null,
    series: seriesMatch?.series ?? null,
    round: seriesMatch?.round ?? null,
    kind: "reported",
    evidence: w.s.text,
    ...(relative ? { relative } : {}),
    ...(visitEnd ? { visitEnd } : {}),
  };
}

function inQuotes(quotes: [number, number][], at: number): boolean {
  return quotes.some(([a, b]) => at >= a && at < b);
}

/** People before `at` who do the meeting: the nearest name, and names joined to it by "and". */
function subjectGroup(ctx: Ctx, s: Sentence, candidates: NamedSpan[], at: number): string[] {
  const before = candidates.filter((p) => rel(s, p) < at);
  const lead = s.text.slice(0, at);
  if (PRONOUN_SUBJECT.test(lead) || !before.length) {
    if (PRONOUN_SUBJECT.test(lead) || /\b(?:he|she)\b/i.test(lead)) return ctx.lastSubject ? [ctx.lastSubject] : [];
    return [];
  }
  const group = [before[before.length - 1]!];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = s.text.slice(before[i]!.end - s.start, rel(s, group[0]!));
    if (/^(?:,[^,]{0,120},)?\s*(?:\([^)]*\)\s*)?(?:and|&)\s+(?:(?:\p{Lu}[\p{L}'’-]*|of|for|the|and)\s+){0,8}$/u.test(gap)) group.unshift(before[i]!);
    else break;
  }
  return group.map((p) => p.name);
}

/** People right after "with"/"between": the first name, and one joined to it by "and". */
function objectGroup(s: Sentence, candidates: NamedSpan[], after: number): string[] {
  const next = candidates.filter((p) => rel(s, p) >= after && rel(s, p) - after <= 90);
  if (!next.length) return [];
  const out = [next[0]!.name];
  const second = next[1];
  if (second && /^[^.;]{0,120}?\band\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,6}$/u.test(s.text.slice(next[0]!.end - s.start, rel(s, second)))) out.push(second.name);
  return out;
}

function updateSubject(ctx: Ctx, persons: NamedSpan[]): void {
  if (persons.length) ctx.lastSubject = persons[0]!.name;
}

function placeOf(ctx: Ctx, places: NamedSpan[], s: Sentence, at: number): MeetingMention["place"] {
  const scored = places
    .map((p) => ({ p, info: ctx.placeByName.get(p.name), pos: p.start - s.start }))
    .map((x) => ({ ...x, score: (x.info?.kind === "city" ? 2 : 0) + (x.pos > at ? 1 : 0) + (/\b(?:in|at|to|visits?|visited)\s+$/i.test(s.text.slice(0, x.pos)) ? 2 : 0) }))
    .sort((a, b) => b.score - a.score);
  // A place counts when the sentence puts the meeting there ("in X", "visited X") or names it
  // after the meeting; "BEIJING (AP) —" before it is where the story was filed.
  const best = scored.find((x) => x.pos > at || /\b(?:in|at|to|visits?|visited)\s+$/i.test(s.text.slice(0, x.pos)));
  if (!best || best.score < 2) return null;
  if (best.info?.kind === "country") return { country: best.p.name };
  return { city: best.p.name, ...(best.info?.country ? { country: best.info.country } : {}) };
}

function dateOf(ctx: Ctx, dates: DateSpan[], s: Sentence, at: number, segment: number): { date: FuzzyDate; relative: RelativeDate | null; visitEnd?: FuzzyDate } {
  const usable = dates.filter((d) => d.date.value || d.until?.value || relativeOf(d));
  const after = usable.filter((d) => d.start - s.start >= at);
  const pick = after[0] ?? usable[usable.length - 1];
  // "will stay until December 15, during which ...", "will come from the 11th to the 15th to attend ...": the visit's end.
  const visitEnd = pick?.until && VISIT_WORDS.test(s.text) ? pick.until : undefined;
  if (pick) return { date: spanDate(ctx, pick), relative: relativeOf(pick), ...(visitEnd ? { visitEnd } : {}) };
  if (ctx.lead && (THIS_DAY.test(s.text) || segment <= 1)) return { date: spanDate(ctx, ctx.lead), relative: relativeOf(ctx.lead) };
  return { date: publishedBound(ctx.input.published), relative: { beforePublication: true } };
}

/** A span's date; "until December 15" in the future tense runs from the writing to that day. */
function spanDate(ctx: Ctx, d: DateSpan): FuzzyDate {
  if (!d.until) return d.date;
  if (!d.date.value && !d.date.earliest && d.tense === "future") {
    const [from] = bounds(ctx.input.published);
    return hullDate({ ...d.date, earliest: from, value: null }, d.until);
  }
  return hullDate(d.date, d.until);
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_OF_LAST_YEAR = new RegExp(`\\b(${MONTHS.join("|")})\\s+(?:of\\s+)?last\\s+year\\b`);

/** What a date phrase says that its article alone cannot place: days without a month, a month of "last year". */
export function relativeOf(d: DateSpan): RelativeDate | null {
  const text = d.text.toLowerCase();
  const monthKnown = d.date.precision === "day" || d.date.precision === "month";
  if (!monthKnown) {
    const days = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+(?:to|until|through|and)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b)?/.exec(text);
    if (days) {
      const from = Number(days[1]);
      const to = days[2] ? Number(days[2]) : from;
      if (from >= 1 && to <= 31 && from <= to) return { days: [from, to] };
    }
  }
  if (d.date.precision !== "day") {
    const wd = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(text);
    if (wd) return { weekday: WEEKDAYS.indexOf(wd[1]!) };
  }
  const yearKnown = d.date.precision !== "unknown";
  if (!yearKnown) {
    const rel = MONTH_OF_LAST_YEAR.exec(text);
    if (rel) return { month: MONTHS.indexOf(rel[1]!) + 1, yearOffset: -1 };
  }
  return null;
}

/** "X (had) visited China in November last year": one person's visit, kept only to date other reports. */
function readVisit(ctx: Ctx, s: Sentence, segment: number, persons: NamedSpan[], places: NamedSpan[], dates: DateSpan[]): MeetingMention[] {
  VISIT.lastIndex = 0;
  const m = VISIT.exec(s.text);
  if (!m) return [];
  const at = m.index;
  const subject = persons.filter((p) => rel(s, p) < at).pop()?.name ?? (PRONOUN_BEFORE_VISIT.test(s.text.slice(0, at)) ? ctx.lastSubject : null);
  const place = placeOf(ctx, places, s, at);
  if (!subject || !place) return [];
  const { date, relative } = dateOf(ctx, dates, s, at, segment);
  return [{ participants: [subject], place, date, end: null, series: null, round: null, kind: "mentioned", evidence: s.text, visit: true, ...(relative ? { relative } : {}) }];
}

/** The first dated phrase of the lead paragraph: what "on this day" refers to. */
function leadSpan(input: MeetingInput): DateSpan | null {
  const firstBody = input.segments.findIndex((s) => s.role === "body");
  return input.dates.filter((d) => d.segment === firstBody && (d.date.value || relativeOf(d))).sort((a, b) => a.start - b.start)[0] ?? null;
}

function quoteRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*”?|"[^"]*"?|«[^»]*»?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
