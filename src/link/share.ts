// After the whole corpus is linked again in the dev loop (an edit to something linking reads, an
// added or removed article), what came out equal to last build's result is last build's object:
// every memo downstream is keyed by object (data text, home-page cards, summaries, search
// documents, sort orders, render's views of linking), so what did not change costs nothing there.

import type { Corpus } from "../types.ts";

/** Equal as data: the same primitives, arrays and plain objects, all the way down. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (!(k in y) || !sameValue(x[k], y[k])) return false;
  return true;
}

/** `now` with each item equal to last build's item of its id replaced by that one; `before` itself when all are. */
function shared<T extends { id: string }>(now: T[], before: T[]): T[] {
  const old = new Map(before.map((x) => [x.id, x]));
  let all = now.length === before.length;
  const out = now.map((x, i) => {
    const o = old.get(x.id);
    const kept = o !== undefined && sameValue(o, x) ? o : x;
    if (kept !== before[i]) all = false;
    return kept;
  });
  return all ? before : out;
}

/** `now` made of last build's objects wherever they are equal (`before` itself when everything is). */
export function sharedCorpus(now: Corpus, before: Corpus): Corpus {
  const articles = shared(now.articles, before.articles);
  const meetings = shared(now.meetings, before.meetings);
  const people = shared(now.entities.people, before.entities.people);
  const places = shared(now.entities.places, before.entities.places);
  const organizations = shared(now.entities.organizations, before.entities.organizations);
  const e = before.entities;
  const entities = people === e.people && places === e.places && organizations === e.organizations ? e : { people, places, organizations };
  return articles === before.articles && meetings === before.meetings && entities === e ? before : { articles, meetings, entities };
}
