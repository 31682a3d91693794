// The public JSON files (see the data contract): pretty-printed, with keys in the contract's
// order so the output does not depend on how the corpus objects were built. Fields the contract
// does not list are kept (it allows additions), after the known ones, alphabetically.

import type { Article, Corpus, Meeting } from "../types.ts";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const FUZZY = ["value", "precision", "earliest", "latest", "evidence"];
const PUBLISHER = ["name", "url"];

/** Key order per field path; "*" is an array element. */
const ORDER: Record<string, string[]> = {
  article: ["id", "source", "url", "title", "title_inferred", "subtitle", "authors", "publisher", "original_publisher", "via", "credits", "images", "published", "body", "removed", "people", "organizations", "places", "quotes", "meetings", "warnings", "related"],
  "article.authors.*": ["name", "email"],
  "article.publisher": PUBLISHER,
  "article.original_publisher": PUBLISHER,
  "article.images.*": ["caption", "credit"],
  "article.published": FUZZY,
  "article.removed.*": ["line", "text", "reason"],
  "article.quotes.*": ["speaker", "text"],
  meeting: ["id", "title", "date", "end", "place", "participants", "series", "round", "kind", "sources", "conflicts", "evidence"],
  "meeting.date": FUZZY,
  "meeting.end": FUZZY,
  "meeting.place": ["city", "country"],
  "meeting.participants.*": ["person", "name", "role", "country"],
  "meeting.conflicts.*": ["field", "claims"],
  "meeting.conflicts.*.claims.*": ["value", "sources"],
  "meeting.evidence.*": ["source", "text"],
  entities: ["people", "organizations", "places"],
  "entities.people.*": ["id", "name", "aliases", "country", "roles", "articles"],
  "entities.people.*.roles.*": ["title", "from", "to", "sources"],
  "entities.organizations.*": ["id", "name", "aliases", "country", "articles"],
  "entities.places.*": ["id", "name", "kind", "country", "articles"],
};

function ordered(value: unknown, path: string): Json {
  if (Array.isArray(value)) return value.map((v) => ordered(v, `${path}.*`));
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") return value as Json;
  const known = ORDER[path] ?? [];
  const obj = value as Record<string, unknown>;
  const keys = [...known.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !known.includes(k)).sort()];
  const out: { [k: string]: Json } = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = ordered(obj[k], `${path}.${k}`);
  return out;
}

const pretty = (v: Json) => `${JSON.stringify(v, null, 2)}\n`;

/**
 * `pretty(items.map(toJson))`, one item at a time: the same text, never held whole. (JSON text
 * has no raw line breaks inside strings, so indenting an item's lines by two spaces is exact.)
 */
export function* prettyArrayParts<T>(items: readonly T[], toJson: (item: T) => Json): Generator<string> {
  if (items.length === 0) return yield "[]\n";
  yield "[\n";
  for (let i = 0; i < items.length; i++) {
    yield `  ${JSON.stringify(toJson(items[i]!), null, 2).replace(/\n/g, "\n  ")}${i < items.length - 1 ? ",\n" : "\n"}`;
  }
  yield "]\n";
}

export const articlesJsonParts = (articles: Article[]) => prettyArrayParts(articles, (a) => ordered(a, "article"));
export const meetingsJsonParts = (meetings: Meeting[]) => prettyArrayParts(meetings, (m) => ordered(m, "meeting"));


export function entitiesJson(corpus: Corpus): string {
  return pretty(ordered(corpus.entities, "entities"));
}
