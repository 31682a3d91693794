// One person however the texts name them: "Sergei Shoigu" = "Sergey Shoigu" (transliteration),
// with the gazetteer's aliases where it knows the person. Surname-only mentions were already
// tied to full names inside their own article by extract/; across articles only full names
// (and known aliases) are matched, so two people who share a surname stay two.

import type { ExtractedDoc, Person } from "../types.ts";
import { lookupOfficial, nameKey } from "../knowledge/index.ts";
import { slugify } from "../paths.ts";
import { uniqueIds } from "./ids.ts";
import { compareText } from "./fast.ts";
import { memoize } from "../knowledge/memo.ts";

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
  id?: string; // set once all groups are known
}

export function linkPeople(docs: readonly Pick<ExtractedDoc, "id" | "people">[]): PeopleIndex {
  const groups = new Map<string, Group>();
  const local = new Map<string, Map<string, Group>>(); // article id -> name there -> person
  const resolve = memoize((name: string) => {
    const official = lookupOfficial(name);
    return { official, key: nameKey(official ? official.name : name) };
  });
  const roleKey = memoize((title: string) => title.toLowerCase().replace(/\s+/g, " ").trim());
  for (const doc of docs) {
    const inArticle = local.get(doc.id) ?? local.set(doc.id, new Map()).get(doc.id)!;
    for (const p of doc.people) {
      const { official, key } = resolve(p.name);
      let g = groups.get(key);
      if (!g) {
        g = { key, names: new Map(), aliases: new Set(), country: null, roles: new Map(), articles: new Set(), official: official?.name ?? null };
        groups.set(key, g);
      }
      g.names.set(p.name, (g.names.get(p.name) ?? 0) + 1);
      for (const a of p.aliases) g.aliases.add(a);
      g.country ??= p.country ?? official?.country ?? null;
      for (const r of p.roles) {
        const rk = roleKey(r.title);
        const role = g.roles.get(rk) ?? { title: r.title, sources: new Set<string>() };
        role.sources.add(doc.id);
        g.roles.set(rk, role);
      }
      g.articles.add(doc.id);
      inArticle.set(p.name, g);
      for (const a of p.aliases) inArticle.set(a, g);
    }
  }

  const ordered = [...groups.values()].sort((a, b) => compareText(a.key, b.key));
  const canonical = ordered.map(canonicalName);
  const ids = uniqueIds(canonical.map((n) => slugify(n)));
  ordered.forEach((g, i) => (g.id = ids[i]!));
  const people: Person[] = ordered.map((g, i) => {
    const name = canonical[i]!;
    const official = g.official ? lookupOfficial(g.official) : null;
    const aliases = [...new Set([...g.names.keys(), ...g.aliases, ...(official?.aliases ?? [])])].filter((a) => a !== name).sort();
    return {
      id: ids[i]!,
      name,
      aliases,
      country: g.country,
      roles: [...g.roles.values()]
        .map((r) => ({ title: r.title, ...termDates(official, r.title), sources: [...r.sources].sort() }))
        .sort((a, b) => compareText(a.title, b.title)),
      articles: [...g.articles].sort(),
    };
  });
  return {
    people,
    // A name whose key is empty ("" from a name with no letters) gets no id, as before.
    idOf: (articleId, name) => {
      const g = local.get(articleId)?.get(name);
      return g?.key ? g.id : undefined;
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
