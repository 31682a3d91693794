// First pass, one line at a time (after jusText): every line is "good" (prose), "near-good"
// (prose-like but short or thin in stop words), "short" (too short to judge alone) or "bad"
// (chrome vocabulary, list links, markup). Context decides the short and near-good ones later.

import { classOfUnit, SPACE } from "./chars.ts";
import type { Features } from "./features.ts";
import type { Line } from "./lines.ts";
import {
  CAPTION_START, COMMENTS_HEADER, COMMENT_LINE, CONSENT, CONSENT_HINT, COPYRIGHT, CUT_OFF, GLUED_TEASER, CREDIT_WHOLE, FORM_LINE, LEGAL_LINK, MARKUP_FRAGMENT, RELATED_HEADER,
  SHARE_PROMPT, SHARE_WORDS, UI_LABEL, URL_ONLY, VOCAB_MAX, hasEmail, hasNewsletterWord, mayBeCommentLine, mayBeConsent, mayBeMarkup,
} from "./vocabulary.ts";

export type Quality = "good" | "near-good" | "short" | "bad";

/** What a line's own words say it is, before any context. */
export type Marker =
  | "ui" | "related-header" | "comments-header" | "comment-line" | "copyright" | "legal" | "share" | "form"
  | "caption" | "credit" | "markup" | "email" | "url" | "list-item" | "symbols" | "consent" | "teaser";

export interface Classified {
  line: Line;
  f: Features;
  quality: Quality;
  marker: Marker | null;
  reason: string;
}

/** Lines shorter than this (Latin-equivalent characters) are "short" (jusText's length_low). */
export const LENGTH_LOW = 70;
/** Lines at least this long with enough stop words are "good". */
export const LENGTH_HIGH = 140;
export const STOP_HIGH = 0.3;
export const STOP_LOW = 0.18;

const LEGAL_NOTICE = /\b(?:19|20)\d{2}\b|rights|reserved|reproduction|redistribution|무단|無断|права/iu;

export function markerOf(line: Line, f: Features): Marker | null {
  const t = line.trimmed;
  if (f.letters === 0 && !/\d/.test(t)) return "symbols";
  if (t.length <= VOCAB_MAX) {
    const plain = t.replace(/^(?:[•*·▪■□☆★◦○●►▶‣⁃-]\s*)+/u, "");
    if (COMMENTS_HEADER.test(plain)) return "comments-header";
    if (UI_LABEL.test(plain)) return "ui";
    if (RELATED_HEADER.test(plain) && f.words <= (f.bullet ? 3 : 8) && !/[^.][.!?]$/.test(plain)) return "related-header";
    const copyright = COPYRIGHT.test(t);
    // "© 2024 Example. All rights reserved." is the site's; "© Reuters" under a photo is a credit.
    if (copyright && LEGAL_NOTICE.test(t)) return "copyright";
    if (CREDIT_WHOLE.test(plain)) return "credit";
    if (copyright) return "copyright";
    if (LEGAL_LINK.test(plain)) return "legal";
    if (SHARE_PROMPT.test(plain) || isShareRow(plain)) return "share";
    if (FORM_LINE.test(t) || hasNewsletterWord(t)) return "form";
    if (mayBeCommentLine(plain) && COMMENT_LINE.test(plain)) return "comment-line";
    if (URL_ONLY.test(plain)) return "url";
    if (hasEmail(t) && f.words <= 8) return "email";
  } else if (COPYRIGHT.test(t.slice(0, 200)) && f.length < 400) {
    return "copyright";
  }
  if (t.length <= 400 && mayBeMarkup(t) && MARKUP_FRAGMENT.test(t)) return "markup";
  if (t.length <= 600 && CAPTION_START.test(t)) return "caption";
  if (t.length <= 1000 && mayBeConsent(t) && CONSENT_HINT.test(t) && CONSENT.test(t)) return "consent";
  if (GLUED_TEASER.test(t.slice(0, 200))) return "teaser";
  if (t.length <= 400 && f.words >= 6 && endsInEllipsis(t) && CUT_OFF.test(t)) return "teaser";
  if (f.bullet && f.length < 100 && !(f.endsSentence && f.stopRatio >= STOP_HIGH && f.words >= 8)) return "list-item";
  return null;
}

export function classify(line: Line, f: Features, lang: string | null): Classified {
  const marker = markerOf(line, f);
  const { quality, reason } = marker ? verdict("bad", MARKER_REASON[marker]) : judge(line, f, lang);
  return { line, f, quality, marker, reason };
}

type Verdict = { quality: Quality; reason: string };

// A module function, not a closure made per line: under tsx each closure also gets its name set.
function verdict(quality: Quality, reason: string): Verdict {
  return { quality, reason };
}

/** The quality of a line without a marker: length, stop words, sentence punctuation. */
function judge(line: Line, f: Features, lang: string | null): Verdict {
  const size = `${f.words} word${f.words === 1 ? "" : "s"}`;
  if (f.length < LENGTH_LOW) return verdict("short", `short line (${size})`);

  const byStopWords = lang !== null && f.cjk < 0.3;
  if (byStopWords) {
    const pct = `${Math.round(f.stopRatio * 100)}% stop words`;
    const titleLike = f.titleCase > 0.75 && !f.endsSentence && f.words < 25;
    if (titleLike) return verdict("short", `title-case line without a sentence end (${size})`);
    if (f.stopRatio >= STOP_HIGH) {
      return f.length >= LENGTH_HIGH || f.sentenceEnds >= 2
        ? verdict("good", `prose: ${size}, ${pct}`)
        : verdict("near-good", `short prose: ${size}, ${pct}`);
    }
    const sentence = f.endsSentence || f.sentenceEnds > 0;
    if (sentence && (f.stopRatio >= STOP_LOW || (f.stopRatio >= STOP_LOW / 2 && f.words >= 8))) return verdict("near-good", `sentence with few stop words: ${size}, ${pct}`);
    return verdict("bad", `few stop words (${pct}, ${size}): a list, names or links`);
  }
  // No stop-word list (CJK, unlisted languages): sentence punctuation stands in for stop words.
  if (f.sentenceEnds >= 1 && (f.length >= LENGTH_HIGH || f.sentenceEnds >= 2)) return verdict("good", `prose: ${f.sentenceEnds} sentence end(s), length ${f.length}`);
  if (f.endsSentence || f.sentenceEnds > 0 || (f.length >= LENGTH_HIGH * 2 && /[,、，]/.test(line.trimmed))) {
    return verdict("near-good", `sentence-like text, length ${f.length}`);
  }
  return verdict("bad", `no sentence punctuation in ${f.length} characters: a list, names or links`);
}

const MARKER_REASON: Record<Marker, string> = {
  ui: "interface label",
  "related-header": "header of a related/latest/popular list",
  "comments-header": "header or marker of a comment thread",
  "comment-line": "comment-thread line (\"… says\", \"Reply\")",
  copyright: "copyright or legal notice",
  legal: "legal / site link",
  share: "share or follow prompt",
  form: "form field or sign-up prompt",
  caption: "starts like a photo caption (\"In this photo …\")",
  credit: "photo / wire credit",
  markup: "stray markup fragment",
  email: "e-mail address",
  url: "bare URL",
  "list-item": "short list item (list marker, no sentence)",
  symbols: "no letters or digits",
  consent: "cookie / privacy / affiliate notice",
  teaser: "a teaser: a summary glued to its headline or cut off with \"…\"",
};

/** CUT_OFF ends in "..." or "…" before blanks: checked first, since the pattern is tried at every letter of the line. */
function endsInEllipsis(t: string): boolean {
  const end = t.trimEnd();
  return end.endsWith("...") || end.endsWith("…");
}

/** A row of share buttons: two to twelve words, at least two and 60% of them share/social words. */
function isShareRow(text: string): boolean {
  const lower = text.toLowerCase();
  let words = 0;
  let social = 0;
  // The words are what splitting at /[\s|/·•,]+/ leaves; read one at a time to stop early.
  for (let start = 0, i = 0; i <= lower.length; i++) {
    if (i < lower.length && !isRowSeparator(lower.charCodeAt(i))) continue;
    if (i > start) {
      words++;
      if (i - start <= SHARE_WORD_MAX && SHARE_WORDS.has(lower.slice(start, i))) social++;
      // Past 12 words, or past 4 others (40% of at most 12), the answer is no.
      if (words > 12 || words - social > 4) return false;
    }
    start = i + 1;
  }
  return words >= 2 && social >= 2 && social / words >= 0.6;
}

/** Longest share word: a longer word is not looked up. */
const SHARE_WORD_MAX = Math.max(...[...SHARE_WORDS].map((w) => w.length));

/** A separator of /[\s|/·•,]+/. */
function isRowSeparator(c: number): boolean {
  return c === 0x7c || c === 0x2f || c === 0xb7 || c === 0x2022 || c === 0x2c || (classOfUnit(c) & SPACE) !== 0;
}
