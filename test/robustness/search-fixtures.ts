// Small corpus builders shared by the search index tests.

import type { Article, FuzzyDate, Meeting, Person } from "../../src/types.ts";

export const day = (v: string): FuzzyDate => ({ value: v, precision: "day", earliest: v, latest: v, evidence: [] });

export function article(id: string, title: string, body: string, over: Partial<Article> = {}): Article {
  return {
    id, source: `seeds/${id}.txt`, url: `articles/${id}/`, title, title_inferred: false, subtitle: null, authors: [], publisher: null,
    original_publisher: null, via: [], credits: [], images: [], published: day("2024-05-01"), body, removed: [], people: [],
    organizations: [], places: [], quotes: [], meetings: [], warnings: [], related: [], ...over,
  };
}
export const person = (id: string, name: string, over: Partial<Person> = {}): Person => ({ id, name, aliases: [], country: null, roles: [], articles: [], ...over });
export function meeting(id: string, title: string, names: string[], over: Partial<Meeting> = {}): Meeting {
  return {
    id, title, date: day("2024-04-30"), end: null, place: { city: "Velgrad", country: "Orvania" },
    participants: names.map((name) => ({ person: name.toLowerCase().replace(/ /g, "-"), name })), series: null, round: null,
    kind: "reported", sources: [], conflicts: [], evidence: [], ...over,
  };
}
