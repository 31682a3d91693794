// The search tokeniser. The build indexes with it and the browser splits queries with the same
// rules, written a second time in plain ES2017 in CLIENT_TOKENIZER
// (src/render/assets/search-js.ts); test/robustness/search-tokenize.test.ts runs both on the
// same strings, so the two cannot drift apart.
//
// Rules: words are runs of letters, digits and combining marks in the lower-cased text; a word
// is folded (NFKD, combining marks dropped, NFC, lower case again, final sigma as sigma:
// "Émile" = "emile", "ﬁ" = "fi", "οδός" = "οδοσ") and split again where the folding left
// anything but a letter or digit. Han, kana and Hangul runs give each character and each pair
// of neighbours (no spaces to split on, so "王毅" is found by "王毅", "王" or "毅"). Other
// one-character tokens are dropped ("s" of "Lavrov's"), and tokens are cut to MAX_TOKEN
// characters.

/** Longest token, in code points; longer ones are cut (the same on both sides). */
export const MAX_TOKEN = 40;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const PART = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const FINAL_SIGMA = /ς/g;
const CJK_CLASS = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}";
const SEGMENT = new RegExp(`[${CJK_CLASS}]+|[^${CJK_CLASS}]+`, "gu");
const CJK = new RegExp(`[${CJK_CLASS}]`, "u");

/** True when a token is Han, kana or Hangul (indexed as characters and pairs, never as a prefix). */
export function isCjk(token: string): boolean {
  return CJK.test(token);
}

/** The tokens of a text, in order, repeats kept (the index counts them). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (t) => out.push(t));
  return out;
}

// Whether a UTF-16 unit is a letter, digit or mark: ASCII from a table, the rest asked of the
// regular expression once and remembered (the index reads megabytes of text; a scan over
// character codes is several times faster than matching /[\p{L}\p{N}\p{M}]+/gu).
const UNIT = new Uint8Array(65536); // 0 not asked yet, 1 word, 2 not
for (let c = 0; c < 128; c++) UNIT[c] = /[a-zA-Z0-9]/.test(String.fromCharCode(c)) ? 1 : 2;

/** Calls `emit` with each token of `text`, in order (what `tokenize` returns, without the array). */
export function forEachToken(text: string, emit: (token: string) => void): void {
  scanTokens(text, (s, from, to) => emit(s.slice(from, to).toLowerCase()), emit);
}

/**
 * The tokeniser's loop, for the index. A token of plain ASCII letters and digits is given as a
 * range of `text` itself, in whatever case, with the FNV-1a hash of its lower-cased units
 * (`ascii`), so the caller can look it up without making a string or reading it again; any
 * other token as a string (`other`). Tokens come in order. The text is not lower-cased whole
 * (megabytes of copies): words are found in it as it is, since lower-casing turns letters,
 * digits and marks into letters, digits and marks and nothing else into them (a test checks
 * every code point), and a word that is not plain ASCII is lower-cased by itself, which differs
 * from lower-casing the whole text only in where Greek final sigma falls: folding makes ς σ.
 */
export function scanTokens(text: string, ascii: (s: string, from: number, to: number, hash: number) => void, other: (token: string) => void): void {
  const s = text;
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c < 128 ? UNIT[c] !== 1 : wordWidth(s, i, c) === 0) {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    let plain = true;
    let hash = 0x811c9dc5;
    for (;;) {
      while (i < n && (c = s.charCodeAt(i)) < 128 && UNIT[c] === 1) {
        hash = Math.imul(hash ^ (c | 32), 0x01000193); // | 32: "A" -> "a", digits unchanged
        i++;
      }
      if (i >= n || c < 128) break;
      const w = wordWidth(s, i, c);
      if (w === 0) break;
      plain = false;
      i += w;
    }
    if (!plain) foldedTokens(s.slice(start, i).toLowerCase(), other);
    else if (i - start > MAX_TOKEN) ascii(s, start, start + MAX_TOKEN, unitsHash(s.slice(start, start + MAX_TOKEN).toLowerCase()));
    else if (i - start > 1) ascii(s, start, i, hash);
  }
}

/** FNV-1a of a string's UTF-16 units: what scanTokens gives with a range. */
export function unitsHash(s: string, from = 0, to = s.length): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  return hash;
}

/** 1 or 2 (a pair of surrogates) when the unit at `i` (not ASCII) starts a letter, digit or mark, else 0. */
function wordWidth(s: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0; // outside the BMP: rare, not cached
  let k = UNIT[c]!;
  if (k === 0) k = UNIT[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** The tokens of one word that is not plain ASCII letters and digits. */
function foldedTokens(word: string, emit: (token: string) => void): void {
  const folded = word.normalize("NFKD").replace(MARKS, "").normalize("NFC").toLowerCase().replace(FINAL_SIGMA, "σ");
  for (const part of folded.match(PART) ?? [])
    for (const seg of part.match(SEGMENT) ?? []) {
      const chars = Array.from(seg);
      if (CJK.test(seg)) {
        for (let i = 0; i < chars.length; i++) {
          emit(chars[i]!);
          if (i + 1 < chars.length) emit(chars[i]! + chars[i + 1]!);
        }
      } else if (chars.length > 1) emit(chars.length > MAX_TOKEN ? chars.slice(0, MAX_TOKEN).join("") : seg);
    }
}
