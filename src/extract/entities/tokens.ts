// Word tokens with offsets, and the small predicates every reader shares. Possessive "’s" is
// cut off a token and remembered; "China-Russia" splits into two tokens joined by a hyphen so
// each country is seen, while "Jae-myung" and "Su-57" stay whole.

export interface Token {
  text: string;
  start: number; // offset in the segment text
  end: number;
  cap: boolean; // starts with a capital letter (or is an acronym such as "U.S.")
  poss: boolean; // was followed by ’s / 's
  gap: string; // text between the previous token and this one
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+(?:['’][\p{L}]+)*)*/gu;
const ABBREV_DOT = /^(?:Jr|Sr|St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Prof|Gov|Sen|Rep|\p{Lu})$/u;
const CAP_PART = /^\p{Lu}\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    let poss = false;
    if (word.length > 2 && isPossessive(word)) {
      word = word.slice(0, -2);
      poss = true;
    }
    if (!poss && text[end] === "." && ABBREV_DOT.test(word)) {
      word += ".";
      end += 1;
      WORD.lastIndex = end;
    }
    const parts = word.includes("-") ? word.split("-") : null;
    if (parts && parts.every((p) => CAP_PART.test(p))) {
      let at = m.index;
      parts.forEach((p, i) => {
        const last = i === parts.length - 1;
        out.push(mk(p, at, at + p.length, last && poss, i === 0 ? text.slice(prevEnd, m!.index) : "-"));
        at += p.length + 1;
      });
    } else {
      out.push(mk(word, m.index, m.index + word.length, poss, text.slice(prevEnd, m.index)));
    }
    prevEnd = end;
  }
  return out;
}

/** /['’]s$/.test(word), without a regex call for every word. */
function isPossessive(word: string): boolean {
  const q = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (q === 39 || q === 0x2019);
}

function mk(text: string, start: number, end: number, poss: boolean, gap: string): Token {
  return { text, start, end, cap: startsUpper(text), poss, gap };
}

/** ASCII fast path; the Unicode test only for other scripts. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** True when the gap between two tokens keeps them in one phrase (a single space). */
export function joined(gap: string): boolean {
  return gap === " " || gap === "\u00a0";
}

export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word);
}

// Short words title case leaves in lower case ("in", "with", "from").
const TITLE_CASE_LOWER = new Set(["with", "from", "into", "over", "than", "that", "this", "amid", "after", "about", "upon", "onto", "near", "like", "says"]);

/**
 * A segment reads as a headline when (nearly) every content word is capitalised: in title
 * case "Security Chiefs Meet" capitals say nothing about names. Prose with many names still
 * has lower-case content words ("said", "briefing", "attend").
 */
export function headlineCase(tokens: Token[], text: string): boolean {
  if (tokens.length > 40) return false; // prose (tested first: most paragraphs are longer than any headline)
  if (/[.;]["”’)]?\s*$/.test(text) && tokens.length > 4) return false; // headlines do not end in a full stop
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3 && !TITLE_CASE_LOWER.has(t.text));
  if (!words.length) return false;
  const lower = words.filter((t) => !t.cap).length;
  return words.length >= 2 && lower / words.length < 0.2;
}
