// Related articles: those sharing a meeting (strong) or people (weaker), found through an
// inverted index from meeting/person to articles, so cost grows with shared mentions, not
// with the square of the corpus.

import type { Article } from "../types.ts";

type Linkable = Pick<Article, "id" | "meetings" | "people">;
import { compareText } from "./fast.ts";

const MEETING_WEIGHT = 3;
const PERSON_WEIGHT = 1;
const MAX_RELATED = 5;
// A person named in very many articles (a head of state) says little about relatedness.
const MAX_POSTINGS = 200;

export function relatedArticles(articles: readonly Linkable[]): Map<string, string[]> {
  // Scores are kept per id in a typed array: ids are numbered (the first article with an id
  // gives its number), postings hold those numbers.
  const numberOf = new Map<string, number>();
  for (const a of articles) if (!numberOf.has(a.id)) numberOf.set(a.id, numberOf.size);
  const ids = [...numberOf.keys()];
  const num = articles.map((a) => numberOf.get(a.id)!);
  const meetingPostings = new Map<string, number[]>();
  const personPostings = new Map<string, number[]>();
  const post = (postings: Map<string, number[]>, key: string, n: number) => (postings.get(key) ?? postings.set(key, []).get(key)!).push(n);
  articles.forEach((a, i) => {
    for (const m of a.meetings) post(meetingPostings, m, num[i]!);
    for (const p of a.people) post(personPostings, p, num[i]!);
  });

  const rank = localeRanks(ids);
  const score = new Int32Array(ids.length); // zeroed again after each article
  const out = new Map<string, string[]>();
  articles.forEach((a, i) => {
    const self = num[i]!;
    const touched: number[] = []; // in order of first score: ties keep this order
    const bump = (list: number[] | undefined, w: number) => {
      if (!list || list.length > MAX_POSTINGS) return;
      for (const other of list) {
        if (other === self) continue;
        if (score[other] === 0) touched.push(other);
        score[other] = score[other]! + w;
      }
    };
    for (const m of a.meetings) bump(meetingPostings.get(m), MEETING_WEIGHT);
    for (const p of a.people) bump(personPostings.get(p), PERSON_WEIGHT);
    out.set(a.id, topRelated(touched, score, rank).map((n) => ids[n]!));
    for (const n of touched) score[n] = 0;
  });
  return out;
}

/**
 * The best MAX_RELATED of `touched` scoring at least 2: highest score first, then by id
 * (localeCompare rank); equal ones keep their order in `touched`, as a stable sort would.
 */
function topRelated(touched: number[], score: Int32Array, rank: number[]): number[] {
  const better = (x: number, y: number) => score[x]! > score[y]! || (score[x] === score[y] && rank[x]! < rank[y]!);
  const top: number[] = [];
  for (const n of touched) {
    if (score[n]! < 2) continue;
    let at = top.length;
    while (at > 0 && better(n, top[at - 1]!)) at--;
    if (at >= MAX_RELATED) continue;
    top.splice(at, 0, n);
    if (top.length > MAX_RELATED) top.pop();
  }
  return top;
}

/** Each id's place in localeCompare order; ids that compare equal share a place. */
function localeRanks(ids: string[]): number[] {
  const order = ids.map((_, n) => n).sort((x, y) => compareText(ids[x]!, ids[y]!));
  const rank = new Array<number>(ids.length);
  order.forEach((n, k) => {
    const prev = order[k - 1];
    rank[n] = prev !== undefined && compareText(ids[prev]!, ids[n]!) === 0 ? rank[prev]! : k;
  });
  return rank;
}
