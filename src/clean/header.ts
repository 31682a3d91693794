// The article's header, between the page chrome and the body: headline, dek (standfirst),
// byline, dateline and lead photo caption. The headline is the most prominent title-like line
// shortly before the body: repeated elsewhere on the page (title, breadcrumb, glued to a
// caption), set apart by blank lines, in title case, close to the body.

import type { Classified } from "./classify.ts";
import { tryCaption } from "./captions.ts";
import { isCaptionPair } from "./repeats.ts";
import { assign, isAssigned, type Page } from "./page.ts";
import { BYLINE_PREFIX, hasDateShape, hasEmail } from "./vocabulary.ts";
import { isStopWord } from "./stopwords.ts";

/** How far above the body the headline is looked for (in non-blank lines). */
const HEADER_WINDOW = 40;

const NOISE_AFTER_NAME = /^(?:views?|comments?|\d[\d,.]*)$/iu;

/** "Daniel Kim", "Jane Doe Views", "By Jane Doe", "홍길동 기자". */
export function looksLikeByline(c: Classified, lang: string | null): boolean {
  const t = c.line.trimmed;
  if (t.length > 120) return false;
  if (BYLINE_PREFIX.test(t)) return true;
  if (/^[\p{Script=Hangul}]{2,4}\s*(?:기자|특파원|칼럼니스트)\b/u.test(t)) return true;
  const words = t.split(/\s+/);
  while (words.length > 2 && NOISE_AFTER_NAME.test(words[words.length - 1]!)) words.pop();
  if (words.length < 2 || words.length > 3) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !isStopWord(w.toLowerCase(), lang));
}

export function looksLikeDateline(c: Classified): boolean {
  let answer = datelines.get(c);
  if (answer === undefined) {
    answer = c.f.length <= 120 && !c.f.endsSentence && hasDateShape(c.line.trimmed);
    datelines.set(c, answer);
  }
  return answer;
}

/** looksLikeDateline by line: the header passes ask it of the same few lines again and again (DATE_SHAPE is slow). */
const datelines = new WeakMap<Classified, boolean>();

/** A standfirst has at most this many lines. */
const MAX_DEK_LINES = 4;

/** A sub-headline line (no sentence end), or as the first line under the headline, one or two sentences. */
function looksLikeDek(c: Classified, first: boolean): boolean {
  if (c.marker || c.f.bullet || c.line.indent >= 8) return false;
  if (!c.f.endsSentence) return c.f.length <= 400;
  return first && c.f.length <= 300 && c.f.sentenceEnds <= 2;
}

/** A line shaped like a headline: a few words, no full stop at the end, no chrome marker. */
export function isTitleLike(c: Classified): boolean {
  const { f } = c;
  if (c.marker || f.bullet || c.line.indent >= 8) return false;
  if (f.length > 300 || f.letters < 0.5) return false;
  if (f.cjk > 0.3 ? f.length < 16 : f.words < 2 || f.words > 40) return false;
  if (/[.。:;,]\s*$/.test(c.line.trimmed)) return false;
  if (looksLikeDateline(c) || hasEmail(c.line.trimmed) || looksLikeMenu(c.line.trimmed)) return false;
  return true;
}

/**
 * "Home | World | Asia | Opinion", or the same items apart by tabs or runs of spaces (how a
 * navigation bar copies out of a browser): three or more short items between separators is a menu.
 */
export function looksLikeMenu(t: string): boolean {
  const items = t.split(/\s+[|•·»›]\s+|\s*\t\s*| {2,}/u);
  return items.length >= 3 && items.every((x) => x.trim().split(/\s+/).length <= 3);
}

function headlineScore(page: Page, i: number, bodyStart: number): number {
  const c = page.cls[i]!;
  let score = 0;
  if (page.repeats.hasCopy[i] || gluedBelow(page, i, bodyStart)) score += 3;
  if (c.f.cjk > 0.3 || c.f.titleCase >= 0.6) score += 1;
  if (c.line.blankBefore && c.line.blankAfter) score += 1;
  if (c.f.words >= 4) score += 0.5;
  // A headline comes first in a stack of title-like lines; the ones under it are its dek.
  const next = page.cls[i + 1];
  if (next && i + 1 < bodyStart && isTitleLike(next) && !looksLikeByline(next, page.lang)) score += 0.6;
  // A byline or dateline sits right under the headline, whatever its case.
  if (next && i + 1 < bodyStart && (looksLikeByline(next, page.lang) || looksLikeDateline(next))) score += 1;
  // The line just above the body (blank lines aside) with a few words is most likely its headline.
  if (c.f.words >= 4 && page.cls.slice(i + 1, bodyStart).every((x) => !x.line.trimmed)) score += 0.5;
  return score - (bodyStart - i) / 15;
}

/** Whether a line shortly below starts with this line's text (a headline glued to a caption). */
function gluedBelow(page: Page, i: number, bodyStart: number): boolean {
  const t = page.cls[i]!.line.trimmed;
  if (t.length < 12) return false;
  const last = Math.min(page.cls.length - 1, bodyStart + 10);
  for (let j = i + 1; j <= last; j++) {
    const other = page.cls[j]!.line.trimmed;
    if (other.length > t.length + 8 && other.startsWith(t)) return true;
  }
  return false;
}

export function findHeadline(page: Page, bodyStart: number): number | null {
  let best: number | null = null;
  let bestScore = 0.5;
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - HEADER_WINDOW; i--) {
    const c = page.cls[i]!;
    if (isAssigned(page, i) || !isTitleLike(c) || looksLikeByline(c, page.lang)) continue;
    if (isCaptionPair(page.repeats, i)) continue; // a caption shown twice
    const score = headlineScore(page, i, bodyStart);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Assigns the header lines before the body run starting at `bodyStart`; returns the headline's
 * text (or null) for the later passes.
 */
export function readHeader(page: Page, bodyStart: number): string | null {
  const h = findHeadline(page, bodyStart);
  const headline = h === null ? null : page.cls[h]!.line.trimmed;
  if (h !== null) assign(page, h, "headline", "the most prominent title-like line above the body");
  const from = h === null ? Math.max(0, bodyStart - 8) : h + 1;
  let dekOpen = h !== null;
  let deks = 0;
  for (let i = from; i < bodyStart; i++) {
    if (isAssigned(page, i)) continue;
    const c = page.cls[i]!;
    if (tryCaption(page, i, headline)) {
      dekOpen = false;
      continue;
    }
    if (looksLikeByline(c, page.lang)) {
      assign(page, i, "byline", "a name (or \"By …\") between the headline and the body");
      dekOpen = false;
    } else if (looksLikeDateline(c)) {
      assign(page, i, "dateline", "a date/time line next to the headline");
      dekOpen = false;
    } else if (dekOpen && deks < MAX_DEK_LINES && looksLikeDek(c, deks === 0)) {
      assign(page, i, "dek", "standfirst right under the headline");
      deks++;
    } else if (!c.marker && (c.quality === "good" || c.quality === "near-good")) {
      assign(page, i, "body", `prose between the headline and the body (${c.reason})`);
      dekOpen = false;
    } else {
      dekOpen = false;
    }
  }
  // A date or byline just above the headline belongs to the header too.
  if (h !== null) {
    for (let i = h - 1; i >= 0 && i >= h - 3; i--) {
      const c = page.cls[i]!;
      if (isAssigned(page, i) || c.marker) break;
      if (looksLikeDateline(c)) assign(page, i, "dateline", "a date/time line next to the headline");
      else if (looksLikeByline(c, page.lang) && /^by\s/i.test(c.line.trimmed)) assign(page, i, "byline", "a \"By …\" line next to the headline");
      else break;
    }
  }
  return headline;
}
