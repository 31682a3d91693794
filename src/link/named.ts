// Places and organisations across the corpus: one entry per name (case- and
// punctuation-insensitive), with the articles that mention it.

import type { ExtractedDoc, Organization, Place } from "../types.ts";
import { slugify } from "../paths.ts";
import { uniqueIds } from "./ids.ts";
import { memoize } from "../knowledge/memo.ts";

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

export function linkOrganizations(docs: readonly Pick<ExtractedDoc, "id" | "organizations">[]): NamedIndex<Organization> {
  const key = memoize(plainKey);
  const groups = new Map<string, { name: string; aliases: Set<string>; country: string | null; articles: Set<string> }>();
  const aliasTo = new Map<string, string>();
  for (const doc of docs)
    for (const o of doc.organizations) {
      const k = aliasTo.get(key(o.name)) ?? key(o.name);
      const g = groups.get(k) ?? { name: o.name, aliases: new Set<string>(), country: o.country, articles: new Set<string>() };
      for (const a of o.aliases) {
        g.aliases.add(a);
        if (!aliasTo.has(key(a))) aliasTo.set(key(a), k);
      }
      g.country ??= o.country;
      g.articles.add(doc.id);
      groups.set(k, g);
      aliasTo.set(key(o.name), k);
    }
  const keys = [...groups.keys()].sort();
  const ids = uniqueIds(keys.map((k) => slugify(groups.get(k)!.name)));
  const idByKey = new Map(keys.map((k, i) => [k, ids[i]!]));
  const items = keys.map((k, i): Organization => {
    const g = groups.get(k)!;
    return { id: ids[i]!, name: g.name, aliases: [...g.aliases].filter((a) => a !== g.name).sort(), ...(g.country ? { country: g.country } : {}), articles: [...g.articles].sort() };
  });
  return { items, idOf: (name) => { const k = aliasTo.get(key(name)) ?? key(name); return idByKey.get(k); } };
}
