// Repetition on the page: the same line twice (a caption under its image alt text, the
// headline in a breadcrumb, one list shown under two headings). Linear: one map of keys.

import type { Line } from "./lines.ts";
import { splitCredit } from "./split-caption.ts";

export interface Repeats {
  /** For each line, the index of the first earlier line with the same text, or -1. */
  firstCopy: Int32Array;
  /** For each line, whether the same text occurs anywhere else on the page. */
  hasCopy: Uint8Array;
}

/** Lines shorter than this are labels ("DEBATE", "Share"); their repeats say nothing. */
const MIN_KEY_LENGTH = 12;

/** The text compared for repeats: list markers, spacing, case and a trailing photo credit do not count. */
export function repeatKey(text: string): string {
  const credit = text.length <= 600 ? splitCredit(text) : null;
  const unlisted = (credit ? credit.before : text).replace(/^(?:[•*·▪■□☆★◦○●►▶‣⁃-]\s*|\d{1,3}[.)]\s+)+/u, "");
  return collapseSpaces(unlisted).trim().toLowerCase();
}

/** Whitespace that is not a lone space: without any, collapsing runs to one space changes nothing. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/** Each whitespace run made one space; most lines need no copy for that. */
function collapseSpaces(s: string): string {
  return IRREGULAR_SPACE.test(s) ? s.replace(/\s+/g, " ") : s;
}

export function findRepeats(lines: readonly Line[]): Repeats {
  const firstCopy = new Int32Array(lines.length).fill(-1);
  const hasCopy = new Uint8Array(lines.length);
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    if (line.trimmed.length < MIN_KEY_LENGTH) return;
    const key = repeatKey(line.trimmed);
    if (key.length < MIN_KEY_LENGTH) return;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    firstCopy[i] = first;
    hasCopy[i] = 1;
    hasCopy[first] = 1;
  });
  return { firstCopy, hasCopy };
}

/** How many lines apart two copies may be to count as one caption shown twice. */
export const CAPTION_PAIR_DISTANCE = 2;

/** Whether line i is a copy of a line just above it. */
export function isNearRepeat(repeats: Repeats, i: number): boolean {
  const first = repeats.firstCopy[i]!;
  return first >= 0 && i - first <= CAPTION_PAIR_DISTANCE;
}

/** Whether line i is the first of two copies close together. */
export function hasNearRepeatBelow(repeats: Repeats, i: number): boolean {
  const n = repeats.firstCopy.length;
  for (let j = i + 1; j <= i + CAPTION_PAIR_DISTANCE && j < n; j++) if (repeats.firstCopy[j] === i) return true;
  return false;
}

/** Either copy of a pair close together (image text and its caption). */
export function isCaptionPair(repeats: Repeats, i: number): boolean {
  return isNearRepeat(repeats, i) || hasNearRepeatBelow(repeats, i);
}
