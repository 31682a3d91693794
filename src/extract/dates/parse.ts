// Date phrases of one segment: chrono (with the news extensions in chrono-setup.ts) finds
// them; this file turns each result into a Reading that says only what the text states.

import type { ParsedComponents, ParsedResult } from "chrono-node";
import { newsChrono, REFERENCE, TAG } from "./chrono-setup.ts";
import { dayOf } from "./calendar.ts";
import type { Mention, Reading } from "./reading.ts";
import { tenseAt } from "./tense.ts";

const REF_YEAR = REFERENCE.getFullYear();
const REF_DAY = dayOf(REF_YEAR, REFERENCE.getMonth() + 1, REFERENCE.getDate());
// Every phrase chrono or our parsers read contains one of these.
const MAY_HOLD_A_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|ago|yesterday|today|tomorrow|tonight|noon|midnight|morning|evening|night|weekend|now)/i;
const LEADING_PREPOSITION = /^(?:on|in|from|since|by|until|till|before|after|during|through|throughout|of|to|between|and|around)\s+/i;
const FROM_OTHER_EVENT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|before|earlier|on)\b/i;
const DURATION = /^(?:for|within|in|over|during|after)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a few|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b(?!\s+ago)/i;
const WEEKDAY_WORD = /\b(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i;

type Part = "year" | "month" | "day" | "weekday";

/** A stated component's value (0 when chrono has none). */
function num(c: ParsedComponents, k: Part): number {
  return c.get(k) ?? 0;
}

/** A reading of chrono's components, or null when they name no date (times of day, "this day"). */
export function readComponents(c: ParsedComponents, text: string): Reading | null {
  const tags = c.tags();
  const year = c.isCertain("year");
  const month = c.isCertain("month");
  const day = c.isCertain("day");

  if (tags.has(TAG.bareYear)) return { kind: "absolute", year: num(c, "year") };
  if (tags.has(TAG.dayOfMonth)) return { kind: "dayOfMonth", day: num(c, "day") };
  if (tags.has(TAG.namedMonthLast)) return { kind: "namedMonth", month: num(c, "month"), modifier: "last" };
  if (tags.has(TAG.namedMonthNext)) return { kind: "namedMonth", month: num(c, "month"), modifier: "next" };
  if (tags.has(TAG.thatYear)) return withParts({ kind: "thatYear" }, c);
  if (tags.has(TAG.relativeYear)) return withParts({ kind: "relativeYear", offset: num(c, "year") - REF_YEAR }, c);

  const relative = [...tags].some((t) => t.startsWith("result/relativeDate") || t.startsWith("casualReference/")) || /\b(?:ago|last|next|this|yesterday|today|tomorrow|later)\b/i.test(text);
  if (relative && !month && !day && year) return { kind: "relativeYear", offset: num(c, "year") - REF_YEAR };
  if (relative && year && month && !day) return { kind: "relativeMonth", offset: (num(c, "year") - REF_YEAR) * 12 + num(c, "month") - (REFERENCE.getMonth() + 1) };
  if (relative && year && month && day && !WEEKDAY_WORD.test(text)) return { kind: "relativeDay", offset: dayOf(num(c, "year"), num(c, "month"), num(c, "day")) - REF_DAY };

  if (WEEKDAY_WORD.test(text) && c.get("weekday") !== null && !month) {
    const mod = /\b(last|past|next|this)\b/i.exec(text)?.[1]?.toLowerCase();
    return { kind: "weekday", weekday: num(c, "weekday"), modifier: mod === "past" ? "last" : ((mod as "last" | "next" | "this" | undefined) ?? null) };
  }
  if (year && !relative) return withParts({ kind: "absolute", year: num(c, "year") }, c);
  if (month) return day ? { kind: "yearless", month: num(c, "month"), day: num(c, "day") } : { kind: "yearless", month: num(c, "month") };
  if (day) return { kind: "dayOfMonth", day: num(c, "day") };
  return null;
}

function withParts<R extends Reading & { month?: number; day?: number }>(r: R, c: ParsedComponents): R {
  if (c.isCertain("month")) r.month = c.get("month") ?? undefined;
  if (r.month !== undefined && c.isCertain("day")) r.day = c.get("day") ?? undefined;
  return r;
}

/** Readings that cannot be dates in news text: a "day" that no month has, a month out of range. */
function plausible(r: Reading): boolean {
  const day = "day" in r ? r.day : undefined;
  const month = "month" in r ? r.month : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (r.kind === "absolute" && (r.year < 1000 || r.year > 2999)) return false;
  return true;
}

/** All date phrases in one segment, with the tense of the clause each sits in. */
export function findMentions(text: string, segment: number, role: string): Mention[] {
  const out: Mention[] = [];
  if (!MAY_HOLD_A_DATE.test(text)) return out; // most sentences name no date; skip chrono for them
  for (const r of newsChrono.parse(text, REFERENCE) as ParsedResult[]) {
    const cut = r.end ? r.text.search(/\s(?:to|until|till|through|and)\s|\s*[-–]/i) : -1;
    // "for two days" is how long, not when; "two days later" counts from another event, not from writing.
    if (DURATION.test(r.text) || FROM_OTHER_EVENT.test(r.text)) continue;
    if (/^(?:past|last)\s+(?:year|month|week|decade)s?$/i.test(r.text) && /\b(?:over|in|during|for|throughout|within)\s+the\s+$/i.test(text.slice(Math.max(0, r.index - 20), r.index))) continue;
    const reading = readComponents(r.start, cut > 0 ? r.text.slice(0, cut) : r.text);
    if (!reading || !plausible(reading)) continue;
    const until = r.end ? readComponents(r.end, cut > 0 ? r.text.slice(cut) : r.text) : null;
    // The phrase without its leading preposition: "on 3 March 2019" -> "3 March 2019".
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    const trail = /[\s,.;:)（）(]+$/.exec(r.text)?.[0].length ?? 0;
    const start = r.index + lead;
    const end = r.index + r.text.length - trail;
    const phrase = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 12), start);
    const openStart = !r.end && /\b(?:until|till|through)\s+$/i.test(before);
    // Photo captions describe what was photographed: reported, not announced.
    const tense = tenseAt(text, start, end, role === "caption" ? "past" : "unknown");
    if (openStart) out.push({ segment, start, end, text: phrase, reading, until: reading, openStart, tense });
    else out.push({ segment, start, end, text: phrase, reading, until: until && plausible(until) ? until : null, openStart, tense });
  }
  return out;
}
