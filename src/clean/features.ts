// Language-neutral measurements of one line: length (CJK characters weigh double, since one
// carries about as much as a short word), sentence punctuation, stop-word density, list
// markers, title case. Everything is computed once per line in time linear in its length.

import type { Line } from "./lines.ts";
import { CJK, classOfAstral, classOfUnit, HIGH_SURROGATE, LETTER, LOWER, NUMBER, pairAt, SPACE, UPPER } from "./chars.ts";
import { stopRatioOf, wordStats, type WordStats } from "./word-stats.ts";

export interface Features {
  /** Length in Latin-equivalent characters: each CJK/Hangul/Kana character counts 2. */
  length: number;
  /** Words (Latin/Cyrillic/Hangul runs); CJK text without spaces counts one word per 2 characters. */
  words: number;
  /** Share of words that are stop words of the page's language. */
  stopRatio: number;
  /** Sentence ends inside the line: . ! ? 。 ！ ？ followed by a space/quote/end. */
  sentenceEnds: number;
  /** The line ends like a sentence (punctuation, optionally a closing quote/bracket). */
  endsSentence: boolean;
  /** Starts with a list marker: •, *, -, □, ☆, "1." */
  bullet: boolean;
  /** Share of the words that start with a capital letter (only for cased scripts). */
  titleCase: number;
  /** Share of characters that are CJK/Hangul/Kana. */
  cjk: number;
  /** Share of characters that are letters. */
  letters: number;
  /** Gaps of 3+ spaces between text: the columns of a table row as a text browser draws it. */
  columnGaps: number;
}

const BULLET = /^(?:[•*·▪■□☆★◦○●►▶‣⁃–-](?:\s|$)|\d{1,3}[.)](?:\s|$)|\[\d{1,3}\]\s)/u;
const SENTENCE_END = /[.!?。！？…](?:["'”’»)\]]*)(?=\s|$)|[。！？]/gu;
const ENDS_SENTENCE = /(?:[.!?。！？…:;]|[.!?。！？…]["'”’»)\]]+|[다요죠까]\.?|[。！？])\s*$/u;

/** `stats` (wordStats(line.trimmed)) may be passed when the caller already has them. */
export function measure(line: Line, lang: string | null, stats: WordStats = wordStats(line.trimmed)): Features {
  const t = line.trimmed;
  // Shares come from a bounded prefix; lengths use the whole line.
  const scanned = Math.min(t.length, 4000);
  const { cjk, letters } = countLettersAndCjk(t, scanned);
  const cjkShare = cjk / Math.max(1, scanned);
  const length = t.length + Math.round(cjkShare * t.length);
  let wordCount = stats.count;
  if (cjkShare > 0.3 && !/\s/.test(t.slice(0, 200))) wordCount = Math.max(wordCount, Math.round(t.length / 2));
  const { cased, capitalised } = countCapitalised(t, 60);
  let sentenceEnds = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.exec(t)) sentenceEnds++;
  return {
    length,
    words: wordCount,
    stopRatio: stopRatioOf(stats, lang),
    sentenceEnds,
    endsSentence: ENDS_SENTENCE.test(t.length > 50 ? t.slice(-50) : t),
    bullet: BULLET.test(t),
    titleCase: cased ? capitalised / cased : 0,
    cjk: cjkShare,
    letters: letters / Math.max(1, scanned),
    columnGaps: countColumnGaps(t.slice(0, 600)),
  };
}

/** Runs of 3+ spaces between text; most lines have no three spaces in a row, and skip the pattern. */
function countColumnGaps(t: string): number {
  return t.includes("   ") ? (t.match(/\S {3,}(?=\S)/g) ?? []).length : 0;
}

/** Code points of t[0, end) that are letters (\p{L}) and CJK/Hangul/Kana, as /u regexes count them. */
function countLettersAndCjk(t: string, end: number): { cjk: number; letters: number } {
  let cjk = 0;
  let letters = 0;
  for (let i = 0; i < end; i++) {
    let bits = classOfUnit(t.charCodeAt(i));
    if (bits & HIGH_SURROGATE) {
      const cp = pairAt(t, i, end);
      if (cp) {
        bits = classOfAstral(cp);
        i++;
      }
    }
    if (bits & LETTER) letters++;
    if (bits & CJK) cjk++;
  }
  return { cjk, letters };
}

/**
 * Of the first `limit` pieces of `t.split(/\s+/, limit)`: how many hold a cased letter
 * (\p{Lu} or \p{Ll}), and how many of those start with \p{Lu} or \p{N}. Walks the pieces in
 * place rather than splitting, including the empty pieces split gives for leading/trailing spaces.
 */
function countCapitalised(t: string, limit: number): { cased: number; capitalised: number } {
  let cased = 0;
  let capitalised = 0;
  let start = 0;
  for (let pieces = 0; pieces < limit; pieces++) {
    let isCased = false;
    let first = 0;
    let i = start;
    for (; i < t.length; i++) {
      const at = i;
      let bits = classOfUnit(t.charCodeAt(i));
      if (bits & SPACE) break;
      if (bits & HIGH_SURROGATE) {
        const cp = pairAt(t, i, t.length);
        if (cp) {
          bits = classOfAstral(cp);
          i++;
        }
      }
      if (at === start) first = bits;
      if (bits & (UPPER | LOWER)) isCased = true;
    }
    if (isCased) {
      cased++;
      if (first & (UPPER | NUMBER)) capitalised++;
    }
    if (i >= t.length) break;
    while (i < t.length && classOfUnit(t.charCodeAt(i)) & SPACE) i++;
    start = i;
  }
  return { cased, capitalised };
}
