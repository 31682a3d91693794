// One chrono instance for news English, built once at module load: chrono's casual parsers
// plus the phrases news uses that chrono misses ("on the 27th", "last May", "July of last
// year", "September of that year", "in 2021") and a refiner for "between A and B".
// Custom results carry tags (TAG.*) so the classifier knows what they mean.

import * as chrono from "chrono-node";
import type { ParsingContext, ParsingResult, Parser, Refiner } from "chrono-node";
import { DIGIT, gated, MONTH_PREFIX, withGates } from "./chrono-gates.ts";

export const TAG = {
  dayOfMonth: "newsfold/dayOfMonth",
  namedMonthLast: "newsfold/namedMonth/last",
  namedMonthNext: "newsfold/namedMonth/next",
  relativeYear: "newsfold/relativeYear",
  thatYear: "newsfold/thatYear",
  bareYear: "newsfold/bareYear",
} as const;

/** The fixed reference instant handed to chrono; relative results are read as offsets from it. */
export const REFERENCE = new Date(2000, 5, 15, 12); // local time, mid-year, mid-month

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR: Record<string, number> = Object.fromEntries(
  MONTHS.flatMap((m, i) => [[m, i + 1], [m.slice(0, 3), i + 1], ...(m === "september" ? [["sept", 9]] : [])]),
);
const MONTH_RE = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
const ORD = "(\\d{1,2})(?:st|nd|rd|th)";

export function monthNumber(word: string): number | undefined {
  return MONTH_ABBR[word.toLowerCase().replace(/\.$/, "")];
}

// Words that may follow a day ordinal; anything else ("the 15th China ...", "the 19th annual")
// makes it the ordinal of an event, not a date.
const AFTER_DAY = "(?=\\s*(?:$|[,.;:!?)(\\]\"”'’–—-]|(?:and|or|to|until|till|through|in|at|on|when|while|as|after|before|with|local|this|that|of\\s+this|of\\s+that|of\\s+the\\s+month|he|she|they|it|we|the|a|an|[Ll]ocal)\\b))";

// The patterns are compiled once; chrono only calls exec on them (no /g state).

/** "on the 27th", "from the 11th" (text kept: "the 27th"), day of an unnamed month. */
const DAY_OF_MONTH = new RegExp(`\\b(?:on|from|since|until|till|by|before|after|between|to|through|and|or|of)\\s+(the\\s+${ORD})${AFTER_DAY}`, "i");
const dayOfMonthParser: Parser = {
  pattern: () => DAY_OF_MONTH,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    const offset = match[0].length - match[1]!.length;
    const result = context.createParsingResult(match.index! + offset, match[1]!);
    result.start.assign("day", day).addTag(TAG.dayOfMonth);
    return result;
  },
};

/** "last May", "next March". */
const NAMED_MONTH = new RegExp(`\\b(last|next|past)\\s+${MONTH_RE}(?!\\s*\\d)\\b`, "i");
const namedMonthParser: Parser = {
  pattern: () => NAMED_MONTH,
  extract: (context, match) => {
    const month = monthNumber(match[2]!);
    if (!month) return null;
    const tag = match[1]!.toLowerCase() === "next" ? TAG.namedMonthNext : TAG.namedMonthLast;
    return context.createParsingComponents({ month }).addTag(tag);
  },
};

/** "July of last year", "November last year", "July 3 of last year", "September of that year". */
const MONTH_OF_YEAR = new RegExp(`\\b${MONTH_RE}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(last|this|next|that|the\\s+same|the\\s+previous|the\\s+following)\\s+year\\b`, "i");
const monthOfYearParser: Parser = {
  pattern: () => MONTH_OF_YEAR,
  extract: (context, match) => {
    const month = monthNumber(match[1]!);
    if (!month) return null;
    const day = match[2] ? Number(match[2]) : undefined;
    const which = match[3]!.toLowerCase().replace(/\s+/g, " ");
    const parts: { month: number; day?: number; year?: number } = day ? { month, day } : { month };
    if (which === "that" || which === "the same") return context.createParsingComponents(parts).addTag(TAG.thatYear);
    const offset = which === "last" ? -1 : which === "next" ? 1 : which === "this" ? 0 : null;
    if (offset === null) return null; // "the previous year" of an unknown year: not a date we can place
    return context.createParsingComponents({ ...parts, year: REFERENCE.getFullYear() + offset }).addTag(TAG.relativeYear);
  },
};

/**
 * "in 2021", "since 2012", "from 2012 to ...": a year after a preposition. The preposition stays
 * in the text because chrono drops results that are a bare number.
 */
const BARE_YEAR =
  /\b(?:in|since|from|by|until|till|before|after|during|through|throughout|of|to|between|and|around|early|late|mid-|end\s+of|beginning\s+of)\s+((?:19|20)\d\d)\b(?![-–\/.]\d|\s*(?:%|percent|people|troops|soldiers|km|kilometers|miles|tons|tonnes|units|cases|times|members|dollars|yuan|rubles|won|euros|delegations|countries))/i;
const bareYearParser: Parser = {
  pattern: () => BARE_YEAR,
  extract: (context, match) => context.createParsingComponents({ year: Number(match[1]) }).addTag(TAG.bareYear),
};

const RANGE_WORD = /^\s*(?:to|until|till|through|-|–)\s*$/i;
const LEADING_CONNECTOR = /^(to|until|till|through|and)\s+/i;

/**
 * Ranges chrono does not merge: "between the 11th and the 15th", "between 2012 and 2014", and
 * "from 2012 to 2014" (the second year's result starts with its "to").
 */
const rangeRefiner: Refiner = {
  refine: (context, results) => {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (prev && !prev.end && !r.end) {
        const gap = context.text.slice(prev.index + prev.text.length, r.index);
        const joined = gap + (LEADING_CONNECTOR.exec(r.text)?.[0] ?? "");
        const before = context.text.slice(Math.max(0, prev.index - 9), prev.index + prev.text.length);
        const between = /^\s*and\s*$/i.test(joined) && /\bbetween\s/i.test(before);
        if (between || RANGE_WORD.test(joined)) {
          prev.end = r.start;
          prev.text = context.text.slice(prev.index, r.index + r.text.length);
          continue;
        }
      }
      out.push(r);
    }
    return out;
  },
};

/** Chrono with our parsers and refiner; `gates: false` (tests) runs every parser on every text. */
export function buildNewsChrono({ gates = true } = {}): chrono.Chrono {
  const c = chrono.casual.clone();
  if (gates) {
    c.parsers = withGates(c.parsers);
    // Gates as in chrono-gates.ts: "the 27th" and "in 2021" need a digit, the others a month name.
    c.parsers.push(gated(dayOfMonthParser, DIGIT), gated(namedMonthParser, MONTH_PREFIX), gated(monthOfYearParser, MONTH_PREFIX), gated(bareYearParser, DIGIT));
  } else {
    c.parsers.push(dayOfMonthParser, namedMonthParser, monthOfYearParser, bareYearParser);
  }
  c.refiners.push(rangeRefiner);
  return c;
}

export const newsChrono = buildNewsChrono();
