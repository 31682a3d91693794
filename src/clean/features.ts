// Language-neutral measurements of one line: length (CJK characters weigh double, since one
// carries about as much as a short word), sentence punctuation, stop-word density, list
// markers, title case. Everything is computed once per line in time linear in its length.

import type { Line } from "./lines.ts";
import { stopWordRatio, wordsOf } from "./stopwords.ts";

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

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/gu;
const BULLET = /^(?:[•*·▪■□☆★◦○●►▶‣⁃–-](?:\s|$)|\d{1,3}[.)](?:\s|$)|\[\d{1,3}\]\s)/u;
const SENTENCE_END = /[.!?。！？…](?:["'”’»)\]]*)(?=\s|$)|[。！？]/gu;
const ENDS_SENTENCE = /(?:[.!?。！？…:;]|[.!?。！？…]["'”’»)\]]+|[다요죠까]\.?|[。！？])\s*$/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

export function measure(line: Line, lang: string | null): Features {
  const t = line.trimmed;
  // Shares come from a bounded prefix; lengths use the whole line.
  const scan = t.length > 4000 ? t.slice(0, 4000) : t;
  const cjk = scan.match(CJK)?.length ?? 0;
  const letters = scan.match(LETTER)?.length ?? 0;
  const scanned = Math.max(1, scan.length);
  const cjkShare = cjk / scanned;
  const length = t.length + Math.round(cjkShare * t.length);
  const words = wordsOf(t);
  let wordCount = words.length;
  if (cjkShare > 0.3 && !/\s/.test(t.slice(0, 200))) wordCount = Math.max(wordCount, Math.round(t.length / 2));
  let capitalised = 0;
  let cased = 0;
  const raw = t.split(/\s+/, 60);
  for (const w of raw) {
    if (!CASED.test(w)) continue;
    cased++;
    if (CAPITALISED.test(w)) capitalised++;
  }
  let sentenceEnds = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.exec(t)) sentenceEnds++;
  return {
    length,
    words: wordCount,
    stopRatio: stopWordRatio(words, lang),
    sentenceEnds,
    endsSentence: ENDS_SENTENCE.test(t.length > 50 ? t.slice(-50) : t),
    bullet: BULLET.test(t),
    titleCase: cased ? capitalised / cased : 0,
    cjk: cjkShare,
    letters: letters / scanned,
    columnGaps: (scan.slice(0, 600).match(/\S {3,}(?=\S)/g) ?? []).length,
  };
}
