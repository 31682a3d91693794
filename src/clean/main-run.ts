// Where the article is: the body is one dense run of prose. Each line gets a weight (prose
// positive, chrome negative, the headers that open related lists, comment threads and legal
// footers strongly negative) and the run with the largest total is the body (Kadane's
// maximum-sum segment, linear). Short lines inside the run are judged by their neighbours.

import type { Classified } from "./classify.ts";
import { dataTableRows } from "./tables.ts";

export interface Run {
  /** Index (into the classified lines) of the run's first and last line, inclusive. */
  start: number;
  end: number;
  score: number;
}

/** A short line that is not a sentence: a label, tag, title or name. Many of them make a teaser stream, not an article. */
const SHORT_PENALTY = -0.5;

/** Stop-word share above which a short complete sentence counts as prose by its length. */
const NEAR_GOOD_PROSE = 0.3;

/** Weight of a header that usually ends the article (related list, comments, copyright). */
const BARRIER = -12;
/** A related-list header may be a box inside the article: a weaker barrier. */
const RELATED_BARRIER = -4;

export function lineWeight(c: Classified, repeated: boolean): number {
  const { f } = c;
  let w: number;
  switch (c.quality) {
    case "good":
      w = 1 + Math.min(f.length, 600) / 150;
      break;
    case "near-good":
      // A complete sentence dense in stop words is prose however short; it counts by its length.
      w = f.endsSentence && f.stopRatio >= NEAR_GOOD_PROSE ? 0.5 + Math.min(f.length, 140) / 200 : 0.5;
      break;
    case "short":
      // A short sentence (dialogue, one-line paragraphs) is weak evidence of body text.
      w = f.endsSentence && f.words >= 3 && (f.stopRatio >= 0.2 || f.cjk > 0.3) ? 0.3 : f.endsSentence && f.words >= 3 ? 0.05 : SHORT_PENALTY;
      break;
    case "bad":
      // A header inside a list (a "• Leave a comment" link among post details) opens nothing.
      if (f.bullet) w = -1;
      else w = c.marker === "comments-header" || c.marker === "copyright" ? BARRIER : c.marker === "related-header" ? RELATED_BARRIER : -1;
      break;
  }
  // A table row (columns apart) neither makes nor breaks a body: it counts when the prose around it does.
  if (w < 0 && !c.marker && f.columnGaps > 0) w = 0;
  if (w > 0 && c.line.indent >= 4) w *= 0.35; // indented text is list or menu content more often than body
  if (w > 0 && repeated) w = -0.5; // a repeat elsewhere on the page (teaser, meta description) is not new body text
  return w;
}

/** Prose right after a related-list header (teasers with summaries) counts this much. */
const TEASER_DISCOUNT = 0.3;

/** A row of a data table (many rows, one column count) is content, if less telling than prose. */
const TABLE_ROW = 0.5;

/** Weight of each link in a related box that the article continues after. */
const BOX_ITEM = -0.25;

/**
 * Line weights for the whole page. A related-list header followed by a list of links and then
 * prose again is a box inside the article: its links cost little. A header followed directly by
 * prose opens teasers, which are discounted until a new headline-like line.
 */
export function pageWeights(cls: readonly Classified[], repeated: (i: number) => boolean): number[] {
  let state: "none" | "header" | "teasers" = "none";
  let items: number[] = [];
  const tableRows = dataTableRows(cls);
  const weights = cls.map((c, i) => (tableRows[i] ? TABLE_ROW : lineWeight(c, repeated(i))));
  cls.forEach((c, i) => {
    const w = weights[i]!;
    if (c.marker === "related-header") {
      state = "header";
      items = [];
    } else if (state === "header" && w > 0 && c.quality !== "short") {
      if (items.length >= 2) for (const j of items) weights[j] = Math.max(weights[j]!, BOX_ITEM);
      state = items.length >= 2 ? "none" : "teasers";
    } else if (state === "header") {
      if (c.marker !== "share" && c.marker !== "ui" && c.marker !== "symbols") items.push(i);
    } else if (state === "teasers" && startsNewArticle(c)) {
      state = "none";
    }
    if (state === "teasers" && w > 0) weights[i] = w * TEASER_DISCOUNT;
  });
  return weights;
}

/** A standalone title-like line: what a new article (or the page's own) starts with. */
function startsNewArticle(c: Classified): boolean {
  const { f, line } = c;
  return !c.marker && !f.bullet && line.blankBefore && line.blankAfter && line.indent < 4 && f.words >= 3 && f.words <= 30 && !f.endsSentence && f.titleCase >= 0.5;
}

/** The maximum-sum contiguous run of weights; null when no line has a positive weight. */
export function bestRun(weights: readonly number[]): Run | null {
  let best: Run | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i]!;
    if (sum > 0 && (!best || sum > best.score)) best = { start, end: i, score: sum };
  }
  return best;
}

/** A second run joins the body when it is this close (in lines) and at least this strong. */
const JOIN_GAP = 25;
const JOIN_SHARE = 0.3;
const JOIN_MIN = 3;

/**
 * The body run, grown by nearby runs of prose that chrome split from it (an ad block, a share
 * bar, a box of links), as long as no comment thread or copyright line lies between.
 */
export function bodyRun(cls: readonly Classified[], weights: readonly number[]): Run | null {
  const best = bestRun(weights);
  if (!best) return null;
  let { start, end } = best;
  const hardStop = (i: number) => {
    const c = cls[i]!;
    return !c.f.bullet && (c.marker === "comments-header" || c.marker === "copyright");
  };
  for (;;) {
    let stop = end + 1;
    while (stop < weights.length && stop <= end + JOIN_GAP + 200 && !hardStop(stop)) stop++;
    const next = bestRun(weights.slice(end + 1, stop));
    if (!next || next.start > JOIN_GAP || next.score < Math.max(JOIN_MIN, JOIN_SHARE * best.score)) break;
    end = end + 1 + next.end;
  }
  for (;;) {
    let stop = start - 1;
    while (stop >= 0 && stop >= start - JOIN_GAP - 200 && !hardStop(stop)) stop--;
    const from = stop + 1;
    const prev = bestRun(weights.slice(from, start));
    if (!prev || start - 1 - (from + prev.end) > JOIN_GAP || prev.score < Math.max(JOIN_MIN, JOIN_SHARE * best.score)) break;
    start = from + prev.start;
  }
  return { start, end, score: best.score };
}
