// Recurring meeting mechanisms: how texts name them and how to read their round ("the 19th
// round of ..."). The known list is data; an unknown "Nth <...> meeting/dialogue" still yields
// a series named by its own words.

export interface SeriesMatch {
  series: string;
  round: number | null;
  /** True when the mechanism is, by its name or by the known list, between China and Russia. */
  bilateral: boolean;
  start: number;
  end: number;
}

interface KnownSeries {
  name: string;
  pattern: RegExp;
  bilateral: boolean;
}

export const KNOWN_SERIES: KnownSeries[] = [
  {
    name: "strategic security consultations",
    pattern: /strategic\s+(?:and\s+)?security\s+(?:consultations?|negotiations?|talks|dialogue)|(?:consultations?|talks|dialogue)\s+on\s+strategic\s+security/giu,
    bilateral: true,
  },
  {
    name: "law enforcement and security cooperation mechanism",
    pattern: /law[-\s]enforcement\s+(?:and\s+)?security\s+cooperation(?:\s+(?:mechanism|meeting|consultations?))?/giu,
    bilateral: true,
  },
];

// A generic "Nth <Capitalised or lower words> meeting|dialogue|..." when no known series matches.
const GENERIC =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+((?:[\p{L}-]+\s+){0,8}?(?:[Mm]eeting|[Dd]ialogue|[Cc]onsultations?|[Ss]ession|[Ss]ummit|[Ff]orum|[Tt]alks)(?:\s+(?:of|on|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|on|and|the)\s+)?\p{Lu}[\p{L}-]*){0,5})?)/gu;

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

// Words that may stand between an ordinal and the series' name: "the 9th Meeting of the China-Russia ...".
const FILLER = /^(?:round|of|the|annual|meeting|session|regular|china[-–]russia(?:n)?|russia[-–]china|sino[-–]russian|russian[-–]chinese|chinese[-–]russian|between|and|high-level|new|\s)*$/iu;

const BOTH_SIDES = /china[-–\s]russia|russia[-–\s]china|sino[-–]russian|russian[-–]chinese|chinese[-–]russian|between china and russia|between russia and china/iu;

// Every KNOWN_SERIES pattern spells "security" (same flags, so the same letters match).
const MAY_NAME_KNOWN_SERIES = /security/iu;
// GENERIC needs a digit right before st/nd/rd/th and a space; most sentences have none.
const MAY_HOLD_ORDINAL = /\d(?:st|nd|rd|th)\s/;
// \b next to a letter, written as a lookaround: the same test, but V8 runs \b slowly under /iu.
const DATE_PREPOSITION_BEFORE = /(?<!\w)(?:on|from|to|until|by|since)\s+the\s*$/iu;

export function findSeries(sentence: string): SeriesMatch[] {
  const found: SeriesMatch[] = [];
  for (const known of MAY_NAME_KNOWN_SERIES.test(sentence) ? KNOWN_SERIES : []) {
    known.pattern.lastIndex = 0;
    for (let m = known.pattern.exec(sentence); m; m = known.pattern.exec(sentence)) {
      const ordinal = ordinalBefore(sentence, m.index);
      found.push({
        series: known.name,
        round: ordinal?.round ?? null,
        bilateral: known.bilateral,
        start: ordinal?.start ?? m.index,
        end: m.index + m[0].length,
      });
    }
  }
  GENERIC.lastIndex = 0;
  for (let m = MAY_HOLD_ORDINAL.test(sentence) ? GENERIC.exec(sentence) : null; m; m = GENERIC.exec(sentence)) {
    const start = m.index;
    if (found.some((f) => f.start <= start + m![0].length && start <= f.end)) continue;
    const words = m[2]!.trim();
    if (!namesAMechanism(words) || DATE_PREPOSITION_BEFORE.test(sentence.slice(0, start))) continue;
    found.push({
      series: words.toLowerCase().replace(/^(?:round of |meeting of )?(?:the )?/, ""),
      round: Number(m[1]),
      bilateral: BOTH_SIDES.test(words) || BOTH_SIDES.test(sentence.slice(start, start + m[0].length + 40)),
      start,
      end: start + m[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "International Forum of ...", "round of talks": a name (capitalised) or the known fillers, not "and holds talks". */
function namesAMechanism(words: string): boolean {
  const head = words.split(/\s+(?:of|on|for)\s+/u)[0]!.split(/\s+/u);
  return head.every((w) => /^\p{Lu}/u.test(w) || FILLER.test(w));
}

const ORDINAL =
  /(?<!\w)(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))(?!\w)/giu;

function ordinalBefore(sentence: string, at: number): { round: number; start: number } | null {
  const before = sentence.slice(Math.max(0, at - 80), at);
  const re = ORDINAL;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) return null;
  const between = before.slice(last.index + last[0].length);
  if (!FILLER.test(between)) return null;
  const round = last[1] ? Number(last[1]) : ORDINAL_WORDS[last[2]!.toLowerCase()]!;
  return { round, start: at - before.length + last.index };
}
