// Organisations in one segment: known ones and news agencies from the knowledge lists
// ("BRICS", "the Kremlin", "Xinhua News Agency"), acronym definitions ("Shanghai Cooperation
// Organization (SCO)"), and capitalised phrases that end in an organisation word ("Russian
// Security Council", "Chinese Ministry of Foreign Affairs", "External Liaison Department").

import { lookupOrg, lookupPlace, mayStartOrg } from "../../knowledge/index.ts";
import { countryOfRole } from "./context.ts";
import { joined, type Token } from "./tokens.ts";
import { NAME_POSSESSIVES, NOT_NAME, ORG_CONNECTORS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from "./vocab.ts";

export interface OrgHit {
  segment: number;
  start: number;
  end: number;
  name: string;
  aliases: string[];
  country: string | null;
}

// Capitalised words that may open an organisation's name though they are not names.
const ORG_OPENERS = new Set(["International", "National", "Central", "Global", "World", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Middle", "Joint", "Supreme", "Federal", "State", "New"]);
const ACRONYM = /\(([\p{Lu}][\p{L}\p{N}&.-]{1,9})\)/gu;

export function findOrgs(segment: number, text: string, tokens: Token[], headline: boolean): OrgHit[] {
  const hits: OrgHit[] = [];
  // A phrase already read (or inside one already read) is skipped; a longer name around a
  // known one ("Commission of the Chinese Communist Party") is kept as well.
  for (const h of acronymDefinitions(segment, text, tokens)) if (!taken(hits, h)) hits.push(h);
  for (const h of knownOrgs(segment, text, tokens)) if (!taken(hits, h)) hits.push(h);
  if (!headline) for (const h of headedOrgs(segment, text, tokens)) if (!taken(hits, h) && !padded(hits, tokens, h)) hits.push(h);
  return hits.sort((a, b) => a.start - b.start);
}

/** A possessive that names an owner ("Russia's"), which ends a name; not one inside a name ("People's"). */
function ownerPossessive(t: Token): boolean {
  return t.poss && !NAME_POSSESSIVES.has(t.text.toLowerCase());
}

/** A capitalised organisation word ("Ministry", "Council"). */
function isOrgHead(t: Token): boolean {
  return t.cap && ORG_HEADS.has(t.text.toLowerCase());
}

/** Inside a phrase already read. */
function taken(hits: OrgHit[], h: OrgHit): boolean {
  return hits.some((k) => k.start <= h.start && h.end <= k.end);
}

/**
 * "Delegates of the Arctic Council (AC)": a longer phrase ending in a name already read adds
 * only words that are not an organisation ("Delegates of the"), unless they hold one.
 */
function padded(hits: OrgHit[], tokens: Token[], h: OrgHit): boolean {
  return hits.some((k) => k.end === h.end && k.start > h.start && !tokensIn(tokens, h.start, k.start).some((t) => ORG_HEADS.has(t.text.toLowerCase())));
}

function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  return tokens.filter((t) => t.start >= start && t.end <= end);
}

function known(segment: number, start: number, end: number, surface: string): OrgHit | null {
  const org = lookupOrg(surface);
  if (!org) return null;
  const aliases = surface.replace(/^the\s+/i, "") === org.name ? [] : [surface.replace(/^the\s+/i, "")];
  return { segment, start, end, name: org.name, aliases, country: org.country };
}

/** The longest known name starting at each capitalised token (up to five words). */
function knownOrgs(segment: number, text: string, tokens: Token[]): OrgHit[] {
  const out: OrgHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Every phrase tried below is this token and more words after a space or hyphen.
    if (!tokens[i]!.cap || !mayStartOrg(tokens[i]!.text)) continue;
    let best: OrgHit | null = null;
    let j = i;
    for (let n = 1; n <= 5 && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      if (n > 1 && !joined(last.gap) && last.gap !== "-") break;
      const hit = known(segment, tokens[i]!.start, last.end, text.slice(tokens[i]!.start, last.end));
      if (hit) {
        best = hit;
        j = i + n;
      }
      if (ownerPossessive(last)) break;
    }
    if (best) {
      out.push(best);
      i = j - 1;
    }
  }
  return out;
}

/** "Long Name (LN)": the shortest capitalised phrase before the parenthesis whose initials spell it. */
function acronymDefinitions(segment: number, text: string, tokens: Token[]): OrgHit[] {
  const out: OrgHit[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const acr = m[1]!;
    const letters = acr.replace(/[^\p{Lu}]/gu, "");
    if (letters.length < 2 || letters.length < acr.replace(/[^\p{L}]/gu, "").length - 1) continue;
    let k = tokens.findIndex((t) => t.start >= m!.index) - 1;
    if (k < 0) k = tokens.length - 1;
    if (!/^\s*$/.test(text.slice(tokens[k]?.end ?? 0, m.index))) continue;
    let initials = "";
    for (let i = k; i >= 0 && k - i < 9; i--) {
      const t = tokens[i]!;
      if (i < k && !joined(tokens[i + 1]!.gap) && tokens[i + 1]!.gap !== "-") break;
      if (ORG_CONNECTORS.has(t.text)) continue;
      if (!t.cap) break;
      initials = t.text[0]!.toUpperCase() + initials;
      if (initials === letters) {
        const start = t.start;
        const long = text.slice(start, tokens[k]!.end);
        if (lookupPlace(long)) break;
        const knownOrg = lookupOrg(long) ?? lookupOrg(acr);
        const name = knownOrg?.name ?? long;
        out.push({ segment, start, end: tokens[k]!.end, name, aliases: [...new Set([long, acr])].filter((a) => a !== name), country: knownOrg?.country ?? countryOfRole(long) });
        break;
      }
      if (initials.length >= letters.length) break;
    }
  }
  return out;
}

/** Capitalised phrases ending in an organisation word; title words ("Secretary") cut them. */
function headedOrgs(segment: number, text: string, tokens: Token[]): OrgHit[] {
  const out: OrgHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !ownerPossessive(tokens[j - 1]!) && joined(tokens[j]!.gap)) {
      const t = tokens[j]!;
      if (t.cap && !TITLE_HEADS.has(t.text.toLowerCase())) j++;
      else if (ORG_CONNECTORS.has(t.text) && j + 1 < tokens.length && joined(tokens[j + 1]!.gap) && (tokens[j + 1]!.cap || tokens[j + 1]!.text === "the")) j++;
      else break;
    }
    for (const [a, b] of splitAtAnd(tokens, i, j)) {
      const hit = headedPiece(segment, text, tokens, a, b);
      if (hit) out.push(hit);
    }
    i = j;
  }
  return out;
}

/**
 * A run of capitalised words cut at each "and" with an organisation word on both sides: two
 * names ("the Workers' Party of Korea and the Armed Police"), where an "and" before the only
 * organisation word is part of one ("Political and Legal Affairs Commission").
 */
function splitAtAnd(tokens: Token[], a: number, b: number): [number, number][] {
  const isHead = (k: number) => isOrgHead(tokens[k]!);
  const out: [number, number][] = [];
  let from = a;
  let headBefore = false;
  for (let k = a; k < b; k++) {
    if (isHead(k)) headBefore = true;
    else if (tokens[k]!.text === "and" && headBefore) {
      let headAfter = false;
      for (let m = k + 1; m < b && !headAfter; m++) headAfter = isHead(m);
      if (headAfter) {
        out.push([from, k]);
        from = k + 1;
        headBefore = false;
      }
    }
  }
  out.push([from, b]);
  return out;
}

/**
 * "Ministry of National Defense Bai Hai", "Ministry of Foreign Affairs Spokesperson Mao Ning":
 * after a portfolio word, a post or the last two or three plain capitalised words of the run
 * are not the organisation's name but the person it introduces.
 */
function personAfterPortfolio(tokens: Token[], e: number, b: number): boolean {
  if (e === 0 || !TITLE_MODIFIERS.has(tokens[e - 1]!.text.toLowerCase())) return false;
  const word = tokens[e]!.text;
  if (TITLE_HEADS.has(word.toLowerCase())) return true;
  if (b - e < 2 || b - e > 3) return false;
  for (let k = e; k < b; k++) {
    const w = tokens[k]!.text;
    if (!tokens[k]!.cap || TITLE_MODIFIERS.has(w.toLowerCase()) || TITLE_HEADS.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()) || ORG_OPENERS.has(w) || lookupPlace(w)) return false;
  }
  return true;
}

function headedPiece(segment: number, text: string, tokens: Token[], a: number, b: number): OrgHit | null {
  let s = a;
  while (s < b && (TITLE_HEADS.has(tokens[s]!.text.toLowerCase()) || ORG_CONNECTORS.has(tokens[s]!.text.toLowerCase()) || (NOT_NAME.has(tokens[s]!.text) && !ORG_OPENERS.has(tokens[s]!.text)))) s++;
  const heads = [];
  for (let k = s; k < b; k++) if (isOrgHead(tokens[k]!)) heads.push(k);
  if (!heads.length) return null;
  // "Yang Jiechi and Russian Security Council": "and" joins two names unless the word before
  // it belongs to the organisation's own name ("Political and Legal Affairs Commission").
  for (let k = s; k < heads[0]!; k++) {
    const prev = tokens[k - 1]?.text.toLowerCase() ?? "";
    if (tokens[k]!.text === "and" && !TITLE_MODIFIERS.has(prev) && !ORG_HEADS.has(prev)) s = k + 1;
  }
  while (s < b && ORG_CONNECTORS.has(tokens[s]!.text.toLowerCase())) s++;
  let e = heads.at(-1)! + 1;
  // "... Party of China" continues the name; "and", dates and names after it ("Council Ana Lima") end it.
  if (e < b && /^(?:of|for)$/.test(tokens[e]!.text)) {
    while (
      e < b && tokens[e]!.text !== "and" && !(NOT_NAME.has(tokens[e]!.text) && !ORG_OPENERS.has(tokens[e]!.text)) &&
      (ORG_CONNECTORS.has(tokens[e]!.text) ? e + 1 < b : true) && !personAfterPortfolio(tokens, e, b)
    ) e++;
  }
  while (e > s && ORG_CONNECTORS.has(tokens[e - 1]!.text)) e--;
  if (e - s < 2) return null;
  const name = text.slice(tokens[s]!.start, tokens[e - 1]!.end);
  if (lookupPlace(name)) return null;
  const knownOrg = lookupOrg(name);
  // "Russia's Security Council": the possessive before the name gives the country.
  const owner = s > 0 && tokens[s - 1]!.poss && joined(tokens[s]!.gap) ? lookupPlace(tokens[s - 1]!.text) : null;
  const country = knownOrg?.country ?? countryOfRole(name) ?? (owner?.kind === "country" ? owner.name : null);
  return { segment, start: tokens[s]!.start, end: tokens[e - 1]!.end, name: knownOrg?.name ?? name, aliases: knownOrg && knownOrg.name !== name ? [name] : [], country };
}
