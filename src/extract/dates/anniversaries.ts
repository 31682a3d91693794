// "the 20th anniversary of the signing of the 2001 treaty", "this year marks the 80th
// anniversary of the founding of the United Nations": the anniversary's year is the base
// event's year (given in the phrase, or from known events) plus the ordinal.

import { allMatches } from "../regex.ts";
import { eventsIn } from "./events.ts";
import type { Tense } from "./reading.ts";
import { tenseAt } from "./tense.ts";
import { sentenceAround } from "./text.ts";

export interface Anniversary {
  /** Offsets in the segment text of the whole phrase ("80th anniversary of ..." to sentence end). */
  start: number;
  end: number;
  ordinal: number;
  baseYear: number;
  year: number;
  /** Month and day of the base event, when known events give them. */
  month?: number;
  day?: number;
  /** "this year marks the ...": the writing year is the anniversary year. */
  thisYear: boolean;
  /** Tense of the clause naming it: a past anniversary means W is in or after its year. */
  tense: Tense;
  /** Where the base year came from, for evidence. */
  basis: string;
  fromKnowledge: boolean;
}

const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary\s+of\s+/gi;

export function findAnniversaries(text: string): Anniversary[] {
  const out: Anniversary[] = [];
  for (const m of allMatches(ANNIVERSARY, text)) {
    const ordinal = Number(m[1]);
    if (ordinal < 1) continue;
    const sentence = sentenceAround(text, m.index!);
    const phraseStart = m.index! + m[0].length;
    const phrase = text.slice(phraseStart, sentence.to);
    const before = text.slice(sentence.from, m.index!);
    const thisYear = /\bthis year\b/i.test(before) || /\bthis year\b/i.test(phrase.slice(0, 12));
    const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(phrase);
    // Only a verb that marks the anniversary itself dates it; reported speech around it may not.
    const tense: Tense = /\b(?:marked|celebrated|commemorated|observed)\s+(?:the\s+)?$/i.test(before) ? "past" : tenseAt(text, m.index!, phraseStart) === "future" ? "future" : "unknown";
    const event = eventsIn(phrase, true)[0];
    if (year && (!event || year.index < event.at)) {
      const baseYear = Number(year[1]);
      out.push({ start: m.index!, end: sentence.to, ordinal, baseYear, year: baseYear + ordinal, thisYear, tense, basis: `'${year[1]}' in the phrase`, fromKnowledge: false });
    } else if (event) {
      const [y, mo, d] = event.event.dates[0]!.split("-").map(Number) as [number, number, number];
      out.push({ start: m.index!, end: sentence.to, ordinal, baseYear: y, year: y + ordinal, month: mo, day: d, thisYear, tense, basis: `${event.event.name} (${event.event.dates[0]}, known events)`, fromKnowledge: true });
    }
  }
  return out;
}
