// A line's word count and stop words per language, in one walk over its characters and without
// building its words: the same numbers as wordsOf + stopWordRatio / pickLanguage, which spend
// most of their time making a string of each word and hashing it. The stop words sit in a trie
// the walk follows letter by letter; a word that leaves the trie is no stop word.

import { classOfAstral, classOfUnit, HIGH_SURROGATE, LETTER, NUMBER, pairAt } from "./chars.ts";
import { SETS } from "./stopwords.ts";

export interface WordStats {
  /** wordsOf(text).length */
  count: number;
  /** For each of LANGS, how many of the words are its stop words. */
  hits: number[];
}

const LANGS = [...SETS.keys()];

// ---------------------------------------------------------------- the trie

/** Index of each character that occurs in a stop word (-1: none does). */
const LETTER_INDEX = new Int16Array(0x10000).fill(-1);
let alphabet = 0;
for (const set of SETS.values()) {
  for (const w of set) {
    for (let i = 0; i < w.length; i++) if (LETTER_INDEX[w.charCodeAt(i)] === -1) LETTER_INDEX[w.charCodeAt(i)] = alphabet++;
  }
}

/** Child of node n by letter l at n * alphabet + l (0: none; node 0 is the root). */
const children: number[] = [];
/** Per node, one bit per language (LANGS order) whose list has the word that ends there. */
const langsAt: number[] = [0];
LANGS.forEach((lang, bit) => {
  for (const w of SETS.get(lang)!) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const slot = node * alphabet + LETTER_INDEX[w.charCodeAt(i)]!;
      if (!children[slot]) {
        children[slot] = langsAt.length;
        langsAt.push(0);
      }
      node = children[slot]!;
    }
    langsAt[node]! |= 1 << bit;
  }
});
const CHILDREN = Int32Array.from({ length: langsAt.length * alphabet }, (_, i) => children[i] ?? 0);

/** The trie node after `node` reads character c, or -1 once the word is no stop word's beginning. */
function step(node: number, c: number): number {
  const letter = LETTER_INDEX[c]!;
  return letter < 0 ? -1 : CHILDREN[node * alphabet + letter]! || -1;
}

// ---------------------------------------------------------------- counting

/** Word count and stop-word hits of a text; its words are those of wordsOf (lowercased runs of letters, digits, ' ’ -). */
export function wordStats(text: string): WordStats {
  const s = text.toLowerCase();
  const hits = new Array<number>(LANGS.length).fill(0);
  let count = 0;
  let inWord = false;
  let node = 0; // where the word so far is in the trie; -1 when off it
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let bits = classOfUnit(c);
    let astral = false;
    if (bits & HIGH_SURROGATE) {
      const cp = pairAt(s, i, s.length);
      if (cp) {
        bits = classOfAstral(cp);
        astral = true;
        i++;
      }
    }
    if (bits & (LETTER | NUMBER) || c === 0x27 || c === 0x2019 || c === 0x2d) {
      if (!inWord) {
        inWord = true;
        count++;
        node = 0;
      }
      if (node >= 0) node = astral ? -1 : step(node, c); // no stop word has astral letters
    } else if (inWord) {
      inWord = false;
      if (node > 0) addHits(hits, langsAt[node]!);
    }
  }
  if (inWord && node > 0) addHits(hits, langsAt[node]!);
  return { count, hits };
}

function addHits(hits: number[], langs: number): void {
  for (let k = 0; langs !== 0; k++, langs >>= 1) if (langs & 1) hits[k]!++;
}

/** stopWordRatio(wordsOf(text), lang) from the text's stats. */
export function stopRatioOf(stats: WordStats, lang: string | null): number {
  const k = lang === null ? -1 : LANGS.indexOf(lang);
  return k < 0 || stats.count === 0 ? 0 : stats.hits[k]! / stats.count;
}

/** pickLanguage of the words of several texts, from their stats. */
export function pickLanguageOf(stats: readonly WordStats[]): string | null {
  const hits = new Array<number>(LANGS.length).fill(0);
  let total = 0;
  for (const s of stats) {
    total += s.count;
    for (let k = 0; k < LANGS.length; k++) hits[k]! += s.hits[k]!;
  }
  let best: string | null = null;
  let bestHits = 0;
  for (let k = 0; k < LANGS.length; k++) {
    if (hits[k]! > bestHits) {
      best = LANGS[k]!;
      bestHits = hits[k]!;
    }
  }
  return total > 0 && bestHits / total >= 0.1 ? best : null;
}
