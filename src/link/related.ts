// Related articles: those sharing a meeting (strong) or people (weaker), found through an
// inverted index from meeting/person to articles, so cost grows with shared mentions, not
// with the square of the corpus.

import type { Article } from "../types.ts";

const MEETING_WEIGHT = 3;
const PERSON_WEIGHT = 1;
const MAX_RELATED = 5;
// A person named in very many articles (a head of state) says little about relatedness.
const MAX_POSTINGS = 200;

export function relatedArticles(articles: Article[]): Map<string, string[]> {
  const postings = new Map<string, string[]>();
  const add = (key: string, id: string) => (postings.get(key) ?? postings.set(key, []).get(key)!).push(id);
  for (const a of articles) {
    for (const m of a.meetings) add(`m:${m}`, a.id);
    for (const p of a.people) add(`p:${p}`, a.id);
  }
  const out = new Map<string, string[]>();
  for (const a of articles) {
    const score = new Map<string, number>();
    const bump = (key: string, w: number) => {
      const list = postings.get(key) ?? [];
      if (list.length > MAX_POSTINGS) return;
      for (const other of list) if (other !== a.id) score.set(other, (score.get(other) ?? 0) + w);
    };
    for (const m of a.meetings) bump(`m:${m}`, MEETING_WEIGHT);
    for (const p of a.people) bump(`p:${p}`, PERSON_WEIGHT);
    const ranked = [...score].filter(([, s]) => s >= 2).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    out.set(a.id, ranked.slice(0, MAX_RELATED).map(([id]) => id));
  }
  return out;
}
