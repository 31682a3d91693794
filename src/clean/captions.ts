// Photo captions and credits: a caption shown twice (image alt text + figure caption) is one
// caption and a duplicate; a caption glued to a repeated headline is split from it; a trailing
// credit ("Photo by AFP", "/ Reuters") becomes its own block.

import type { BlockRole } from "../types.ts";
import { assign, assignPieces, type Page } from "./page.ts";
import { hasNearRepeatBelow, isNearRepeat } from "./repeats.ts";
import { splitCredit, splitHeadlineRepeat } from "./split-caption.ts";

/** The caption pieces of a text: the caption and, when it ends in one, its credit. */
function captionPieces(text: string, why: string): { text: string; role: BlockRole; reason: string }[] {
  const split = splitCredit(text);
  if (!split) return [{ text, role: "caption", reason: why }];
  return [
    { text: split.before, role: "caption", reason: why },
    { text: split.credit, role: "credit", reason: "photo / wire credit at the end of a caption" },
  ];
}

/**
 * Assigns line i as caption / credit / duplicate when it looks like one; returns whether it did.
 * `headline` is the page's headline text (or null) for the glued "<headline> <caption>" case.
 */
export function tryCaption(page: Page, i: number, headline: string | null): boolean {
  const c = page.cls[i]!;
  const text = c.line.trimmed;
  if (isNearRepeat(page.repeats, i)) {
    const first = page.repeats.firstCopy[i]!;
    assign(page, i, "duplicate", `repeat of line ${page.cls[first]!.line.lineNo} (a caption shown twice)`);
    return true;
  }
  if (headline) {
    const glued = splitHeadlineRepeat(text, headline);
    if (glued) {
      assignPieces(page, i, [
        { text: headline, role: "duplicate", reason: "the headline repeated in front of a photo caption" },
        ...captionPieces(glued.rest, "photo caption after a repeat of the headline"),
      ]);
      return true;
    }
  }
  if (hasNearRepeatBelow(page.repeats, i)) {
    assignPieces(page, i, captionPieces(text, "the same text appears again right below (image text and its caption)"));
    return true;
  }
  if (c.marker === "caption") {
    assignPieces(page, i, captionPieces(text, "starts like a photo caption (\"In this photo …\", \"Pictured: …\")"));
    return true;
  }
  if (c.marker === "credit") {
    assign(page, i, "credit", "photo / wire credit line");
    return true;
  }
  if (c.marker === "markup") {
    const split = splitCredit(text);
    if (split) {
      assignPieces(page, i, [
        { text: split.before, role: "noise", reason: "leftover of an HTML attribute (image text) before a credit" },
        { text: split.credit, role: "credit", reason: "photo / wire credit inside a stray markup fragment" },
      ]);
    } else {
      assign(page, i, "noise", "stray markup fragment");
    }
    return true;
  }
  if (c.f.length < 500 && !c.f.bullet) {
    const split = splitCredit(text);
    if (split && !/^["“]/.test(split.before)) {
      assignPieces(page, i, captionPieces(text, "text followed by a photo credit"));
      return true;
    }
  }
  return false;
}
