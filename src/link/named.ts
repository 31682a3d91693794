// Places and organisations across the corpus: one entry per name (case- and
// punctuation-insensitive), with the articles that mention it.

import type { ExtractedDoc, Organization, Place } from "../types.ts";
import { slugify } from "../paths.ts";
import { uniqueIds } from "./ids.ts";
import { memoize } from "../knowledge/memo.ts";
import { countryOfAdjective } from "../knowledge/index.ts";

const plainKey = (name: string) => name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export interface NamedIndex<T> {
  items: T[];
  idOf(name: string): string | undefined;
}

export function linkPlaces(docs: readonly Pick<ExtractedDoc, "id" | "places">[]): NamedIndex<Place> {
  const key = memoize(plainKey);
  const groups = new Map<string, { name: string; kind: Place["kind"]; country: string | null; articles: Set<string> }>();
  for (const doc of docs)
    for (const p of doc.places) {
      const g = groups.get(key(p.name)) ?? { name: p.name, kind: p.kind, country: p.country, articles: new Set<string>() };
      g.country ??= p.country;
      g.articles.add(doc.id);
      groups.set(key(p.name), g);
    }
  const keys = [...groups.keys()].sort();
  const ids = uniqueIds(keys.map((k) => slugify(groups.get(k)!.name)));
  const idByKey = new Map(keys.map((k, i) => [k, ids[i]!]));
  const items = keys.map((k, i): Place => {
    const g = groups.get(k)!;
    return { id: ids[i]!, name: g.name, kind: g.kind, ...(g.country && g.country !== g.name ? { country: g.country } : {}), articles: [...g.articles].sort() };
  });
  return { items, idOf: (name) => idByKey.get(key(name)) };
}

/**
 * An organisation's key: its plain name; with a country, one key for the forms news gives a
 * country's body ("Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry" and, read
 * with its country, "Ministry of Foreign Affairs" are one), while a name without a country
 * ("Security Council") stays apart from a country's ("Russian Security Council").
 */
function orgKey(name: string, country: string | null, key: (s: string) => string): string {
  if (!country) return key(name);
  const plain = key(name);
  const words = plain.split(" ");
  if (words.length > 2 && opensWithCountry(plain, country, key)) words.shift();
  return `${key(country)}\0${words.join(" ").replace(/^ministry of (.+?)(?: affairs)?$/, "$1 ministry")}`;
}

/** Whether a plain name opens with its country: "chinese …", "china …" (a plain key has no possessive) for China. */
function opensWithCountry(plain: string, country: string, key: (s: string) => string): boolean {
  const first = plain.split(" ", 1)[0]!;
  return first === key(country) || countryOfAdjective(first) === country;
}

export interface OrganizationIndex {
  items: Organization[];
  /** The organisation a mention (its name and country, as extracted) was linked to. */
  idOf(name: string, country: string | null): string | undefined;
}

export function linkOrganizations(docs: readonly Pick<ExtractedDoc, "id" | "organizations">[]): OrganizationIndex {
  const key = memoize(plainKey);
  const keyOf = (name: string, country: string | null) => orgKey(name, country, key);
  const groups = new Map<string, { name: string; aliases: Set<string>; country: string | null; articles: Set<string> }>();
  const aliasTo = new Map<string, string>();
  for (const doc of docs)
    for (const o of doc.organizations) {
      const own = keyOf(o.name, o.country);
      const k = aliasTo.get(own) ?? own;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { name: o.name, aliases: new Set<string>(), country: o.country, articles: new Set<string>() }));
      // Of a country's body, the form that names the country is shown ("Russian Security Council").
      else if (o.country && g.country === o.country && o.name !== g.name && opensWithCountry(key(o.name), o.country, key) && !opensWithCountry(key(g.name), o.country, key)) {
        g.aliases.add(g.name);
        g.name = o.name;
      } else if (key(o.name) !== key(g.name)) g.aliases.add(o.name);
      for (const a of o.aliases) {
        g.aliases.add(a);
        if (!aliasTo.has(keyOf(a, o.country))) aliasTo.set(keyOf(a, o.country), k);
      }
      g.country ??= o.country;
      g.articles.add(doc.id);
      aliasTo.set(own, k);
    }
  // In name order (a country's key would sort them by country).
  const byName = (k: string) => key(groups.get(k)!.name);
  const keys = [...groups.keys()].sort((a, b) => (byName(a) < byName(b) ? -1 : byName(a) > byName(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const ids = uniqueIds(keys.map((k) => slugify(groups.get(k)!.name)));
  const idByKey = new Map(keys.map((k, i) => [k, ids[i]!]));
  const items = keys.map((k, i): Organization => {
    const g = groups.get(k)!;
    return { id: ids[i]!, name: g.name, aliases: [...g.aliases].filter((a) => a !== g.name).sort(), ...(g.country ? { country: g.country } : {}), articles: [...g.articles].sort() };
  });
  return {
    items,
    idOf: (name, country) => {
      const own = keyOf(name, country);
      return idByKey.get(aliasTo.get(own) ?? own);
    },
  };
}
