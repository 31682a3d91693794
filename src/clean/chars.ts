// Character classes by code point, from a table instead of a \p{…} regex per question: counting
// letters with `match(/\p{L}/gu)` builds one string per character, and the per-line features ask
// such questions of every character on the page. Each class is still decided by the same \p{…}
// test, once per code point, so the answers are the regexes' answers.

export const LETTER = 1; // \p{L}
export const NUMBER = 2; // \p{N}
export const CJK = 4; // \p{Script=Han}, Hangul, Hiragana, Katakana
export const UPPER = 8; // \p{Lu}
export const LOWER = 16; // \p{Ll}
export const SPACE = 32; // \s

const TESTS: [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{N}$/u, NUMBER],
  [/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u, CJK],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\s$/u, SPACE],
];

function classify(cp: number): number {
  // A lone surrogate is a code point of its own to a /u regex, and matches none of the classes.
  const ch = String.fromCodePoint(cp);
  let bits = 0;
  for (const [re, bit] of TESTS) if (re.test(ch)) bits |= bit;
  return bits;
}

/** The bit a high surrogate gets instead of a class: the pair it may start decides (see pairAt). */
export const HIGH_SURROGATE = 64;
const KNOWN = 128;

const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

/** Class bits of a UTF-16 code unit: of its code point, or HIGH_SURROGATE. Loops over units test that bit, then pairAt. */
export function classOfUnit(c: number): number {
  let bits = BMP[c]!;
  if (bits === 0) BMP[c] = bits = (c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE : classify(c)) | KNOWN;
  return bits;
}

/** The code point of the surrogate pair at s[i] when its low half lies before `end` (as a /u regex on s[0, end) reads it), else 0. */
export function pairAt(s: string, i: number, end: number): number {
  if (i + 1 >= end) return 0;
  const lo = s.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? ((s.charCodeAt(i) - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 : 0;
}

/** Class bits of a code point above U+FFFF. */
export function classOfAstral(cp: number): number {
  let bits = ASTRAL.get(cp);
  if (bits === undefined) ASTRAL.set(cp, (bits = classify(cp)));
  return bits;
}
