// One person however the texts name them: "Sergei Shoigu" = "Sergey Shoigu" (transliteration),
// with the gazetteer's aliases where it knows the person. Surname-only mentions were already
// tied to full names inside their own article by extract/; across articles only full names
// (and known aliases) are matched, so two people who share a surname stay two.

import type { ExtractedDoc, Person } from "../types.ts";
import { lookupOfficial, nameKey } from "../knowledge/index.ts";
import { slugify } from "../paths.ts";
import { uniqueIds } from "./ids.ts";

export { nameKey };

export interface PeopleIndex {
  people: Person[];
  /** (article id, name as the article gives it) -> person id */
  idOf(articleId: string, name: string): string | undefined;
}

interface Group {
  key: string;
  names: Map<string, number>; // full forms and how often they occur
  aliases: Set<string>;
  country: string | null;
  roles: Map<string, { title: string; sources: Set<string> }>;
  articles: Set<string>;
  official: string | null;
}

export function linkPeople(docs: ExtractedDoc[]): PeopleIndex {
  const groups = new Map<string, Group>();
  const local = new Map<string, string>(); // `${doc}\u0000${name}` -> group key
  for (const doc of docs) {
    for (const p of doc.people) {
      const official = lookupOfficial(p.name);
      const key = official ? nameKey(official.name) : nameKey(p.name);
      let g = groups.get(key);
      if (!g) {
        g = { key, names: new Map(), aliases: new Set(), country: null, roles: new Map(), articles: new Set(), official: official?.name ?? null };
        groups.set(key, g);
      }
      g.names.set(p.name, (g.names.get(p.name) ?? 0) + 1);
      for (const a of p.aliases) g.aliases.add(a);
      g.country ??= p.country ?? official?.country ?? null;
      for (const r of p.roles) {
        const rk = r.title.toLowerCase().replace(/\s+/g, " ").trim();
        const role = g.roles.get(rk) ?? { title: r.title, sources: new Set<string>() };
        role.sources.add(doc.id);
        g.roles.set(rk, role);
      }
      g.articles.add(doc.id);
      local.set(`${doc.id}\u0000${p.name}`, key);
      for (const a of p.aliases) local.set(`${doc.id}\u0000${a}`, key);
    }
  }

  const ordered = [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
  const ids = uniqueIds(ordered.map((g) => slugify(canonicalName(g))));
  const idByKey = new Map(ordered.map((g, i) => [g.key, ids[i]!]));
  const people: Person[] = ordered.map((g, i) => {
    const name = canonicalName(g);
    const official = g.official ? lookupOfficial(g.official) : null;
    const aliases = [...new Set([...g.names.keys(), ...g.aliases, ...(official?.aliases ?? [])])].filter((a) => a !== name).sort();
    return {
      id: ids[i]!,
      name,
      aliases,
      country: g.country,
      roles: [...g.roles.values()]
        .map((r) => ({ title: r.title, ...termDates(official, r.title), sources: [...r.sources].sort() }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      articles: [...g.articles].sort(),
    };
  });
  return {
    people,
    idOf: (articleId, name) => {
      const key = local.get(`${articleId}\u0000${name}`);
      return key ? idByKey.get(key) : undefined;
    },
  };
}

function canonicalName(g: Group): string {
  if (g.official) return g.official;
  return [...g.names.entries()].sort((a, b) => b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Dates for a role the texts name, when the gazetteer knows that term (e.g. a defence minister's). */
function termDates(official: ReturnType<typeof lookupOfficial>, title: string): { from?: string; to?: string } {
  if (!official) return {};
  const words = (s: string) => new Set(s.toLowerCase().replace(/defen[cs]e/g, "defence").split(/[^a-z]+/).filter((w) => w.length > 3 && !/^(russian|chinese|former|secretary|minister)$/.test(w)));
  const mine = words(title);
  const term = official.terms.find((t) => {
    const theirs = words(t.title);
    return [...theirs].length > 0 && [...theirs].every((w) => mine.has(w));
  });
  return term ? { from: term.from, ...(term.to ? { to: term.to } : {}) } : {};
}
