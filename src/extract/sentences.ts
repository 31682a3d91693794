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
const CJK_END = /[。！？]/;

// The entity and meeting readers split the same paragraphs: remember the last few.
const recent = new Map<string, Sentence[]>();
const RECENT_LIMIT = 256;

export function splitSentences(text: string): Sentence[] {
  let sentences = recent.get(text);
  if (!sentences) {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    sentences = split(text);
    recent.set(text, sentences);
  }
  return sentences.map((s) => ({ ...s })); // callers get their own copies
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const stop = m.index + m[0].length;
    const cjk = CJK_END.test(m[0]);
    if (!cjk && stop < text.length && !isSpace(text.charCodeAt(stop))) continue; // "3.5", "U.S.-led"
    if (!cjk && m[0][0] === "." && isAbbreviation(text, m.index)) continue;
    if (!cjk && m[0] === "." && /^\s+[a-z]/.test(text.slice(stop, stop + 3))) continue; // "... the U.S. and"
    push(out, text, start, stop);
    start = stop;
  }
  push(out, text, start, text.length);
  return out;
}

/** /\s/ for one UTF-16 unit (ASCII answered directly). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

const ASCII = /^[\x00-\x7f]*$/;

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = ASCII.test(before) ? asciiWordAtEnd(before) : (/([\p{L}.]+)$/u.exec(before)?.[1] ?? "");
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** For ASCII text, what /([\p{L}.]+)$/u finds: the trailing run of letters and dots. */
function asciiWordAtEnd(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i--;
    else break;
  }
  return s.slice(i);
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
