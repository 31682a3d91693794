// Sentence splitting with character offsets, for news prose in English (and a fallback for
// CJK full stops). Abbreviations such as "U.S.", "Mr." and initials do not end a sentence.

export interface Sentence {
  text: string;
  start: number; // offset in the source text
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
  "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "ie", "eg", "al",
]);

// A candidate end: . ! ? … or CJK 。！？, then optional closing quotes/brackets.
const END = /[.!?…。！？]+["'”’»)\]]*/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const stop = m.index + m[0].length;
    const next = text.slice(stop, stop + 2);
    const cjk = /[。！？]/.test(m[0]);
    if (!cjk && next !== "" && !/^\s/.test(next)) continue; // "3.5", "U.S.-led"
    if (!cjk && m[0][0] === "." && isAbbreviation(text, m.index)) continue;
    if (!cjk && /^\s+[a-z]/.test(text.slice(stop, stop + 3)) && m[0] === ".") continue; // "... the U.S. and"
    push(out, text, start, stop);
    start = stop;
  }
  push(out, text, start, text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
