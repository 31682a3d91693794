// Name keys and name order. A key folds case, diacritics, punctuation and the common
// variants of Russian romanisation ("Sergey" = "Sergei", "Dmitriy" = "Dmitry"), so that one
// person's spellings meet. Chinese and Korean names put the family name first.

import { CHINESE_SURNAMES, KOREAN_SURNAMES } from "./surnames-data.ts";
import { memoize } from "./memo.ts";

/** The spelling-insensitive key of a name (pure, so remembered per string). */
export const nameKey: (name: string) => string = memoize(computeNameKey);

function computeNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\s'-]/gu, " ")
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(foldToken)
    .join(" ");
}

function foldToken(t: string): string {
  if (t.length <= 3) return t;
  return t
    .replace(/iy$|yy$|ii$/, "i") // Dmitriy / Dmitrii -> dmitri
    .replace(/([aeo])y$/, "$1i") // Sergey -> sergei, Nikolay -> nikolai
    .replace(/([^aeiouy])y$/, "$1i") // Dmitry, Yury -> dmitri, yuri
    .replace(/^yu/, "iu")
    .replace(/^ya/, "ia")
    .replace(/kh/g, "h");
}

const CHINESE = new Set(CHINESE_SURNAMES);
const KOREAN = new Set(KOREAN_SURNAMES);
// One or more pinyin syllables (initial + final), for given names such as "Jinping", "Wenqing".
const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v|ü))+$/i;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

export function isChineseSurname(token: string): boolean {
  return CHINESE.has(token);
}

/** True when a full name's tokens read family-name first ("Wang Yi", "Kim Jong Un"). */
export function familyNameFirst(tokens: readonly string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  const [first, ...given] = tokens as [string, ...string[]];
  if (CHINESE.has(first) && given.every((g) => g.split(/[-'’]/).every((s) => s !== "" && PINYIN.test(s)))) {
    return tokens.length === 2 || given.every((g) => g.length <= 4);
  }
  if (KOREAN.has(first)) return tokens.length === 3 || given[0]!.includes("-");
  return false;
}

/** The family name of a full name: the first token of Chinese/Korean names, else the last (before "Jr."). */
export const surnameOf: (name: string) => string = memoize(computeSurnameOf);

function computeSurnameOf(name: string): string {
  const tokens = name.split(/\s+/).filter(Boolean);
  if (familyNameFirst(tokens)) return tokens[0]!;
  while (tokens.length > 1 && SUFFIX.test(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens[tokens.length - 1] ?? name;
}
