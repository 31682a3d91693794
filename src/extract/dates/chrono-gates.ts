// Speed only: most chrono parsers need a word that most paragraphs lack (a month name, a
// weekday, "ago"). Each gate below is a pattern that every match of its parser's pattern
// contains, tested with the same flags (/i, no /u), so a text without it cannot give that
// parser a result: the parser is skipped instead of scanning the text for nothing.
// Parsers without a gate run as before. The gates were read off chrono-node 2.10's patterns:
// recheck them (and the snapshot) when upgrading chrono.

import type { Parser, ParsingContext } from "chrono-node";

/** A necessary pattern, tested once per text however many parsers share it. */
export class Gate {
  private text = "";
  private open = false;
  private readonly needs: RegExp;
  constructor(needs: RegExp) {
    this.needs = needs;
  }

  passes(text: string): boolean {
    if (text !== this.text) {
      this.text = text;
      this.open = this.needs.test(text);
    }
    return this.open;
  }
}

export const DIGIT = new Gate(/\d/);
// Every month name and abbreviation chrono and our parsers accept starts with one of these.
export const MONTH_PREFIX = new Gate(/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i);

/** Gates of chrono's own parsers (casual English), by class name. */
const GATES: Record<string, Gate> = {
  ENYearMonthDayParser: DIGIT, // ([0-9]{4})...
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT, // (\d{1,4})...
  ENMonthNameLittleEndianParser: MONTH_PREFIX,
  ENMonthNameMiddleEndianParser: MONTH_PREFIX,
  ENYearMonthNameParser: MONTH_PREFIX,
  ENMonthNameParser: MONTH_PREFIX,
  ENWeekdayParser: new Gate(/sun|mon|tue|wed|thu|fri|sat|week/i), // weekday names, "weekend", "weekday"
  ENTimeUnitAgoFormatParser: new Gate(/ago|before|earlier/i),
  ENTimeUnitLaterFormatParser: new Gate(/later|after|from now|henceforth|forward|out/i),
  ENCasualDateParser: new Gate(/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i), // "last night"
  ENCasualTimeParser: new Gate(/morning|afternoon|evening|night|midday|noon/i), // "midnight"
  ENEndOfCurrentMonthParser: new Gate(/month/i),
  ENRelativeDateFormatParser: new Gate(/this|last|past|next|after/i),
};

// Fails at once: sticky, and nothing can match at position 0.
const NEVER = /(?!)/y;

/** `parser`, run only on texts that pass `gate`. */
export function gated(parser: Parser, gate: Gate): Parser {
  return {
    pattern: (context: ParsingContext) => (gate.passes(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** Chrono's parsers with the gates above put in front of the ones that have one. */
export function withGates(parsers: Parser[]): Parser[] {
  return parsers.map((p) => {
    const gate = GATES[p.constructor.name];
    return gate ? gated(p, gate) : p;
  });
}
