// Places in one segment. A known place counts when it is the whole capitalised phrase ("in
// Beijing", "Russia’s", "Moscow-Beijing talks"), not a modifier inside a longer name ("China
// International Aerospace Exhibition", "US President"). An unknown name counts as a city when
// the text pins it to a known country: "in Astana, Kazakhstan", "from Zhuhai, China".

import { lookupPlace, type KnownPlace } from "../../knowledge/index.ts";
import { joined, type Token } from "./tokens.ts";
import { NOT_NAME, TITLE_HEADS } from "./vocab.ts";

export interface PlaceHit {
  segment: number;
  start: number;
  end: number;
  place: KnownPlace;
}

const PARTICLES = new Set(["de", "da", "do"]);
const LOCATING = /\b(?:in|at|from|to|near|visited|visit|visits|visiting|toured|outside|into|across)\s+$/i;
const KEEP = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Middle", "Upper", "Lower", "Greater", "New", "The"]);

/** Runs of capitalised words joined by single spaces; hyphens and possessives end them. */
function runs(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1]!.poss && joined(tokens[j]!.gap)) {
      if (tokens[j]!.cap) j++;
      else if (PARTICLES.has(tokens[j]!.text) && j + 1 < tokens.length && tokens[j + 1]!.cap && joined(tokens[j + 1]!.gap)) j += 2;
      else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

export function findPlaces(segment: number, text: string, tokens: Token[], headline: boolean, blocked: (s: number, e: number) => boolean): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const found: [number, number, KnownPlace][] = [];
  for (const [a, b] of runs(tokens)) {
    let s = a;
    // Sentence-initial and function words ("In Moscow", "The Hague" stays whole).
    while (s < b && NOT_NAME.has(tokens[s]!.text) && !KEEP.has(tokens[s]!.text)) s++;
    if (s >= b) continue;
    const whole = lookupPlace(text.slice(tokens[s]!.start, tokens[b - 1]!.end));
    if (whole) {
      found.push([s, b, whole]);
      continue;
    }
    if (headline) {
      found.push(...innerMatches(text, tokens, s, b));
      continue;
    }
    const pinned = pinnedCity(text, tokens, s, b);
    if (pinned) found.push([s, b, pinned]);
  }
  for (const [a, b, place] of found) {
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    if (!blocked(start, end)) hits.push({ segment, start, end, place });
  }
  return dedupe(hits);
}

/** Known places anywhere inside a headline-case run, longest first. */
function innerMatches(text: string, tokens: Token[], a: number, b: number): [number, number, KnownPlace][] {
  const out: [number, number, KnownPlace][] = [];
  let i = a;
  while (i < b) {
    let found: [number, number, KnownPlace] | null = null;
    for (let n = Math.min(4, b - i); n >= 1 && !found; n--) {
      const p = lookupPlace(text.slice(tokens[i]!.start, tokens[i + n - 1]!.end));
      if (p) found = [i, i + n, p];
    }
    if (found) {
      out.push(found);
      i = found[1];
    } else i++;
  }
  return out;
}

/** "in Astana, Kazakhstan": an unknown name after a locating word and before ", <known country>". */
function pinnedCity(text: string, tokens: Token[], a: number, b: number): KnownPlace | null {
  // All of these must hold; the cheapest (", " after the run) is tested first.
  const next = tokens[b];
  if (!next || tokens[b - 1]!.poss || !/^,\s+$/.test(next.gap)) return null;
  if (b - a > 3 || tokens.slice(a, b).some((t) => TITLE_HEADS.has(t.text.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(t.text))) return null;
  if (!LOCATING.test(text.slice(Math.max(0, tokens[a]!.start - 12), tokens[a]!.start))) return null;
  for (let n = 3; n >= 1; n--) {
    if (b + n > tokens.length) continue;
    const p = lookupPlace(text.slice(next.start, tokens[b + n - 1]!.end));
    if (p?.kind === "country") return { name: text.slice(tokens[a]!.start, tokens[b - 1]!.end), kind: "city", country: p.name };
  }
  return null;
}

function dedupe(hits: PlaceHit[]): PlaceHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const k = `${h.start}:${h.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
