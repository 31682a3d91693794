// General knowledge as data: officials and their terms, places, news agencies, well-known
// organisations and country adjectives. Every lookup answers null when it does not know a
// name, so callers must (and do) work without it. Maps are built once, at module load.

import type { PersonMention } from "../types.ts";
import { OFFICIALS, type OfficialRecord } from "./officials-data.ts";
import { COUNTRIES } from "./countries-data.ts";
import { CITIES, REGIONS } from "./places-data.ts";
import { KNOWN_ORGS, NEWS_AGENCIES } from "./orgs-data.ts";
import { nameKey, surnameOf } from "./names.ts";
import { cluesFor, type TermClue } from "./terms.ts";
import { memoize } from "./memo.ts";

export { nameKey, surnameOf, familyNameFirst, isChineseSurname } from "./names.ts";
export { titleWords } from "./terms.ts";

export interface Official {
  name: string;
  aliases: string[];
  country: string;
  terms: { title: string; from: string; to?: string }[];
}

export interface KnownPlace {
  name: string;
  kind: "city" | "country" | "region";
  country: string | null;
}

export interface KnownOrg {
  name: string;
  aliases: string[];
  country: string | null;
  agency: boolean;
}

// ---------------------------------------------------------------- fast rejection
// Look-ups run for every capitalised phrase of every article; most phrases are not in the
// lists, so the first word is checked against a set before the full key is built.

function firstWord(name: string): string {
  let w = name.trimStart().toLowerCase();
  if (w.startsWith("the ")) w = w.slice(4).trimStart();
  const cut = w.search(/[\s'’-]/);
  if (cut >= 0) w = w.slice(0, cut);
  return /[^\x00-\x7f]/.test(w) ? w.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : w;
}

function firstWords(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) out.add(firstWord(n));
  return out;
}

// ---------------------------------------------------------------- officials

const officialByKey = new Map<string, OfficialRecord>();
const officialsBySurname = new Map<string, OfficialRecord[]>();
for (const o of OFFICIALS) {
  for (const n of [o.name, ...o.aliases]) officialByKey.set(nameKey(n), o);
  const s = nameKey(surnameOf(o.name));
  officialsBySurname.set(s, [...(officialsBySurname.get(s) ?? []), o]);
}

function toOfficial(o: OfficialRecord): Official {
  return { name: o.name, aliases: [...o.aliases], country: o.country, terms: o.terms.map((t) => ({ ...t })) };
}

const officialFirst = new Set([...officialByKey.keys()].map((k) => k.split(" ")[0]!));

/** An official by full name or a known spelling ("Sergey Shoigu" finds Sergei Shoigu). */
export function lookupOfficial(name: string): Official | null {
  const o = officialRecord(name);
  return o ? toOfficial(o) : null;
}

// Remembered per name; callers get a fresh copy (toOfficial) each time.
const officialRecord = memoize((name: string): OfficialRecord | null => {
  if (!officialFirst.has(nameKey(name.trimStart().split(/[\s-]/, 1)[0]!).split(" ")[0]!)) return null;
  return officialByKey.get(nameKey(name)) ?? null;
});

/** Officials whose family name this is ("Shoigu" -> [Sergei Shoigu]); several when it is shared. */
export function officialsWithSurname(surname: string): Official[] {
  return (officialsBySurname.get(nameKey(surname)) ?? []).map(toOfficial);
}

/** For each person whose role in the text names a recorded term: the article was written within it. */
export function termClues(people: PersonMention[]): TermClue[] {
  const out: TermClue[] = [];
  for (const p of people) {
    const o = officialByKey.get(nameKey(p.name));
    if (o && p.roles.length) out.push(...cluesFor(p, o));
  }
  return out;
}

// ---------------------------------------------------------------- places

const placeByKey = new Map<string, KnownPlace>();
const countryByAdjective = new Map<string, string>();
function placeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’]/g, "'")
    .replace(/^the\s+/i, "")
    .replace(/'s$/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
for (const [name, country, aliases] of REGIONS) {
  for (const n of [name, ...(aliases ?? [])]) placeByKey.set(placeKey(n), { name, kind: "region", country });
}
for (const [name, country, aliases] of CITIES) {
  for (const n of [name, ...(aliases ?? [])]) placeByKey.set(placeKey(n), { name, kind: "city", country });
}
for (const [name, adjectives, aliases] of COUNTRIES) {
  for (const n of [name, ...aliases]) placeByKey.set(placeKey(n), { name, kind: "country", country: name });
  for (const a of adjectives) countryByAdjective.set(a.toLowerCase(), name);
}

const placeFirst = firstWords([...REGIONS, ...CITIES].flatMap(([n, , a]) => [n, ...(a ?? [])]).concat(COUNTRIES.flatMap(([n, , a]) => [n, ...a])));

/** A capital, major city, country or region by name or common alias; null when unknown. */
export function lookupPlace(name: string): KnownPlace | null {
  const p = placeRecord(name);
  return p ? { ...p } : null;
}

// Remembered per name; callers get a fresh copy each time.
const placeRecord = memoize((name: string): KnownPlace | null => (placeFirst.has(firstWord(name)) ? placeByKey.get(placeKey(name)) ?? null : null));

/** "Russian" -> "Russia", "Sino-" -> "China", "U.S." -> "United States"; null for other words. */
export const countryOfAdjective: (word: string) => string | null = memoize((word: string): string | null => {
  const w = word.trim().replace(/[’']s$/i, "").replace(/-$/, "").toLowerCase();
  return countryByAdjective.get(w) ?? null;
});

// ---------------------------------------------------------------- organisations

const orgByKey = new Map<string, KnownOrg>();
const orgByAcronym = new Map<string, KnownOrg>(); // short all-caps forms match case-sensitively
function orgKey(name: string): string {
  return name.replace(/[’]/g, "'").replace(/^the\s+/i, "").replace(/\s+/g, " ").trim().toLowerCase();
}
function addOrg(rows: typeof KNOWN_ORGS, agency: boolean): void {
  for (const [name, aliases, country] of rows) {
    const org: KnownOrg = { name, aliases: [...aliases], country, agency };
    for (const n of [name, ...aliases]) {
      if (n.replace(/[^\p{L}]/gu, "").length <= 3) orgByAcronym.set(n, org);
      else orgByKey.set(orgKey(n), org);
    }
  }
}
addOrg(KNOWN_ORGS, false);
addOrg(NEWS_AGENCIES, true);

const orgFirst = firstWords([...KNOWN_ORGS, ...NEWS_AGENCIES].flatMap(([n, a]) => [n, ...a]));

/** A well-known organisation or news agency by name or alias ("SCO", "the Kremlin", "Xinhua"). */
export function lookupOrg(name: string): KnownOrg | null {
  if (!orgFirst.has(firstWord(name))) return null;
  const o = orgRecord(name);
  return o ? { ...o, aliases: [...o.aliases] } : null;
}

// Remembered per name (only names that pass the first-word check get here); callers get copies.
const orgRecord = memoize((name: string): KnownOrg | null => {
  const trimmed = name.trim().replace(/^the\s+/i, "");
  return orgByAcronym.get(trimmed) ?? orgByKey.get(orgKey(trimmed)) ?? null;
});

/**
 * False when lookupOrg finds nothing for any phrase made of this token followed by a space,
 * no-break space or hyphen and more words: the first word it checks is then this token's own.
 * Only "the" differs ("the Kremlin" is checked by "Kremlin"), so it always passes.
 */
export const mayStartOrg: (token: string) => boolean = memoize((token: string): boolean => token.toLowerCase() === "the" || orgFirst.has(firstWord(token)));

/** The canonical name of a news agency or broadcaster ("Yonhap" -> "Yonhap News"), else null. */
export function isNewsAgency(name: string): string | null {
  const o = lookupOrg(name.replace(/[’']s$/i, ""));
  return o?.agency ? o.name : null;
}
