// Finds the name-shaped runs of capitalised words in one segment and what context says about
// each: a title before, appositive roles after, a speech verb, a meeting verb, the gazetteer,
// or Chinese/Korean name shape. Deciding which runs are people is resolve.ts's job.

import { familyNameFirst, lookupOfficial, lookupOrg, lookupPlace } from "../../knowledge/index.ts";
import { memoize } from "../../knowledge/memo.ts";
import type { Sentence } from "../sentences.ts";
import { appositiveRoles, isTitleText, meetingBefore, objectBefore, speechAfter, titleBefore } from "./context.ts";
import { isAcronym, joined, type Token } from "./tokens.ts";
import { MONTH_OR_NAME, NAME_PARTICLES, NOT_NAME, ORG_HEADS, TITLE_HEADS } from "./vocab.ts";

export type Evidence = "gazetteer" | "title" | "appositive" | "speech" | "meeting" | "name-shape";

export interface NameHit {
  segment: number;
  start: number; // offsets of the name itself (no title) in the segment text
  end: number;
  tokens: string[];
  title: string | null; // title phrase before the name
  roles: string[]; // title phrase + appositive roles
  evidence: Evidence[];
  sentence: string;
  headline: boolean; // read in a headline-case segment: only known names count
  subject: boolean; // not the object of a preposition or verb
}

const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{L}+)?(?:-\p{L}[\p{Ll}\p{M}]*)*|\p{Lu}\.|Jr\.|Sr\.|II|III)$/u;
const ALIAS_PREFIX_OK = /^\p{Lu}/u;

/** Capitalised runs that could hold a name, split wherever a word cannot be part of one. */
function runs(tokens: Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < to) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && !tokens[j - 1]!.poss) {
      const t = tokens[j]!;
      const link = joined(t.gap) || t.gap === "-";
      if (!link) break;
      if (t.cap) j++;
      else if (NAME_PARTICLES.has(t.text) && j + 1 < to && tokens[j + 1]!.cap && joined(tokens[j + 1]!.gap)) j += 2;
      else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

function nameWord(word: string): boolean {
  return NAME_TOKEN.test(word) && !NOT_NAME.has(word) && !ORG_HEADS.has(word.toLowerCase()) && !isAcronym(word);
}

/**
 * A word that may stand in a name: name-shaped, not a title word, not a country. Depends on
 * the word alone (isTitleWord's possessive case is a country, excluded anyway), so remembered.
 */
const mayBeNamePart = memoize((word: string): boolean => nameWord(word) && !isTitleText(word) && lookupPlace(word)?.kind !== "country");

/** Split a run into the pieces that may be names: title words and non-name words cut it. */
function namePieces(tokens: Token[], run: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let s = -1;
  for (let k = run[0]; k <= run[1]; k++) {
    const t = tokens[k];
    const ok =
      k < run[1] && t !== undefined &&
      (NAME_PARTICLES.has(t.text) ? s >= 0 : mayBeNamePart(t.text)) &&
      !(MONTH_OR_NAME.has(t.text) && /^\d/.test(tokens[k + 1]?.text ?? ""));
    if (ok && s < 0) s = k;
    if (!ok && s >= 0) {
      let e = k;
      while (e > s && NAME_PARTICLES.has(tokens[e - 1]!.text)) e--;
      out.push([s, e]);
      s = -1;
    }
  }
  return out;
}

export function findNames(segment: number, text: string, tokens: Token[], sentences: Sentence[], headline: boolean): NameHit[] {
  const hits: NameHit[] = [];
  let ti = 0;
  for (const s of sentences) {
    const from = ti;
    while (ti < tokens.length && tokens[ti]!.start < s.end) ti++;
    for (const run of runs(tokens, from, ti)) {
      for (const [a, b] of namePieces(tokens, run)) {
        const hit = readPiece(segment, text, tokens, a, b, s, headline);
        if (hit && (!headline || b - a === 1 || hit.evidence.includes("gazetteer"))) {
          hits.push(hit);
          continue;
        }
        // In title case "Putin Hosts Talks" is one run: offer each word as a possible surname.
        if (headline) for (let k = a; k < b; k++) {
          const single = readPiece(segment, text, tokens, k, k + 1, s, headline);
          if (single) hits.push(single);
        }
      }
    }
  }
  return hits;
}

function readPiece(segment: number, text: string, tokens: Token[], a: number, b: number, s: Sentence, headline: boolean): NameHit | null {
  if (b - a > 4) return null;
  const words = tokens.slice(a, b).map((t) => t.text);
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const surface = text.slice(start, end);
  if (lookupPlace(surface) || lookupOrg(surface)) return null;
  // A name is not preceded by an article or a quote mark ("the Golden Dome", "“Star Wars”").
  const before = text.slice(Math.max(0, start - 12), start);
  const quoted = /["“‘']\s*$/.test(before) && /^\s*[,.]?["”’']/.test(text.slice(end, end + 3));
  const title = titleBefore(text, tokens, a);
  if (!title && (/\b(?:the|a|an|this|its|our|their)\s+$/i.test(before) || quoted)) return null;

  const evidence: NameHit["evidence"] = [];
  const roles: string[] = [];
  if (words.length >= 2 && lookupOfficial(surface)) evidence.push("gazetteer");
  if (title) {
    evidence.push("title");
    roles.push(title.title);
  }
  const tail = tokens[b - 1]!.poss ? [] : appositiveRoles(text, end);
  if (tail.length) {
    evidence.push("appositive");
    roles.push(...tail);
  }
  if (!tokens[b - 1]!.poss && speechAfter(text, end)) evidence.push("speech");
  const leftEdge = title ? tokens[title.from]!.start : start;
  if (meetingBefore(text, leftEdge)) evidence.push("meeting");
  if (familyNameFirst(words)) evidence.push("name-shape");
  return {
    segment,
    start,
    end,
    tokens: words,
    title: title?.title ?? null,
    roles,
    evidence,
    sentence: s.text,
    headline,
    subject: !objectBefore(text, leftEdge),
  };
}

/** "Secretary Shoigu" from the title phrase "Russian Security Council Secretary" and "Shoigu". */
export function titledAlias(title: string | null, name: string): string | null {
  if (!title) return null;
  const last = title.split(/\s+/).at(-1) ?? "";
  return TITLE_HEADS.has(last.toLowerCase()) && ALIAS_PREFIX_OK.test(last) ? `${last} ${name}` : null;
}
