// Tense of the clause a date phrase sits in: does the text report it (past) or announce it
// (future)? Reads the verb group nearest before the phrase in its clause, else the first after.

import { memoize } from "../../knowledge/memo.ts";
import { allMatches } from "../regex.ts";
import type { Tense } from "./reading.ts";

const FUTURE_WORDS = new Set([
  "will", "shall", "'ll", "’ll", "wo", "would", "might", "could", "plans", "plan", "planned", "planning", "scheduled", "expected",
  "upcoming", "next", "intends", "intend", "due", "ahead", "forthcoming", "coming",
]);
const PAST_WORDS = new Set([
  "was", "were", "had", "did", "met", "held", "said", "told", "spoke", "took", "made", "went", "came", "gave", "saw", "began", "became",
  "won", "sent", "left", "led", "ran", "paid", "got", "kept", "brought", "thought", "sought", "fought", "wrote", "broke", "chose",
  "stood", "felt", "heard", "meant", "set", "put", "hit", "shook", "ago", "since", "earlier", "previously", "last", "former", "formerly",
]);
// "-ed" words that are not past-tense verbs.
const NOT_PAST = new Set(["need", "speed", "indeed", "red", "bed", "wed", "feed", "seed", "breed", "shed", "hundred", "united", "embed", "proceed", "exceed", "succeed", "creed", "steed", "greed", "weed", "deed", "reed", "led"]);

type Mark = "past" | "future" | "planned-to" | null;

function markOf(word: string, next: string | undefined): Mark {
  if (word === "may") return "future"; // modal, not the month
  const w = word.toLowerCase();
  if ((w === "set" || w === "going") && next?.toLowerCase() === "to") return "future";
  return wordMark(word);
}

/** The rest of markOf, which depends on the word alone (remembered: the same words recur). */
const wordMark = memoize((word: string): Mark => {
  const w = word.toLowerCase();
  if (FUTURE_WORDS.has(w)) return "future";
  if (PAST_WORDS.has(w)) return "past";
  if (/^[a-z]{2,}ed$/.test(w) && !NOT_PAST.has(w) && word[0] === word[0]!.toLowerCase()) return "past";
  return null;
});

/** Clause boundaries: quotes switch speakers and times; semicolons join independent clauses. */
const BOUNDARY = /[“”"«»;]|[.!?](?=\s+[A-Z“"]|\s*$)|\n/g;

// Every date phrase of a segment asks for the same text's boundaries: keep the last text's.
let boundaryText: string | null = null;
let boundaryAt: number[] = [];

function boundariesOf(text: string): number[] {
  if (text !== boundaryText) {
    boundaryAt = allMatches(BOUNDARY, text).map((m) => m.index!);
    boundaryText = text;
  }
  return boundaryAt;
}

const WORD = /[A-Za-z’']+/g;

function words(s: string): { w: string; at: number }[] {
  return allMatches(WORD, s).map((m) => ({ w: m[0], at: m.index! }));
}

export function tenseAt(text: string, start: number, end: number, fallback: Tense = "unknown"): Tense {
  let from = 0;
  let to = text.length;
  for (const at of boundariesOf(text)) {
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  const before = words(text.slice(from, start));
  for (let i = before.length - 1; i >= 0; i--) {
    const mark = markOf(before[i]!.w, before[i + 1]?.w);
    if (!mark) continue;
    // "will be held", "is expected to be signed": a future word just before a participle rules.
    if (mark === "past") {
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (markOf(before[j]!.w, before[j + 1]?.w) === "future") return "future";
    }
    return mark === "planned-to" ? "future" : mark;
  }
  const after = words(text.slice(end, to));
  for (let i = 0; i < after.length; i++) {
    const mark = markOf(after[i]!.w, after[i + 1]?.w);
    if (mark === "future") return "future";
    if (mark === "past") {
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (markOf(after[j]!.w, after[j + 1]?.w) === "future") return "future";
      return "past";
    }
  }
  return fallback;
}
