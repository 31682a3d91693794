// link: ExtractedDoc[] -> Corpus. The only whole-corpus stage: one entity per person, place
// and organisation; one meeting per event with all its sources; related articles. Every step
// goes through an index (by name key, participant pair, series), never all pairs of articles.

import type { Article, Corpus, ExtractedDoc, MeetingMention } from "../types.ts";
import { pagePath } from "../paths.ts";
import { linkPeople } from "./people.ts";
import { linkOrganizations, linkPlaces } from "./named.ts";
import { clusterMeetings, type SourcedMention } from "./meetings.ts";
import { relatedArticles } from "./related.ts";
import { anchorRelativeDates } from "./anchor.ts";
import { compareText } from "./fast.ts";

export function link(input: ExtractedDoc[]): Corpus {
  const docs = [...input].sort((a, b) => compareText(a.id, b.id));
  const peopleIndex = linkPeople(docs);
  const places = linkPlaces(docs);
  const orgs = linkOrganizations(docs);
  const personById = new Map(peopleIndex.people.map((p) => [p.id, p]));

  const mentions: SourcedMention[] = docs.flatMap((doc) => {
    // Every meeting of an article sees the same roles (read-only), so they are built once per article.
    const roles = new Map<string, string[]>();
    for (const p of doc.people) {
      const id = peopleIndex.idOf(doc.id, p.name);
      if (id) roles.set(id, p.roles.map((r) => r.title));
    }
    return doc.meetings.map((m): SourcedMention => {
      const participants = m.participants.map((n) => peopleIndex.idOf(doc.id, n)).filter((id): id is string => !!id);
      const mention: MeetingMention = { ...m, participants: [...new Set(participants)] };
      return { source: doc.id, mention, roles };
    });
  });
  const anchored = anchorRelativeDates(mentions, new Map(docs.map((d) => [d.id, d.published])));
  const meetings = clusterMeetings(anchored.mentions, personById);

  const meetingsOf = new Map<string, string[]>();
  for (const m of meetings) for (const s of m.sources) (meetingsOf.get(s) ?? meetingsOf.set(s, []).get(s)!).push(m.id);

  const articles: Article[] = docs.map((doc) => {
    const people = unique(doc.people.map((p) => peopleIndex.idOf(doc.id, p.name)));
    return {
      id: doc.id,
      source: doc.source,
      url: pagePath.article(doc.id),
      title: doc.title,
      title_inferred: doc.title_inferred,
      subtitle: doc.subtitle,
      authors: doc.authors,
      publisher: doc.publisher,
      original_publisher: doc.original_publisher,
      via: doc.via,
      credits: doc.credits,
      images: doc.images,
      published: anchored.published.get(doc.id) ?? doc.published,
      body: doc.body,
      removed: doc.removed,
      people,
      organizations: unique(doc.organizations.map((o) => orgs.idOf(o.name))),
      places: unique(doc.places.map((p) => places.idOf(p.name))),
      quotes: doc.quotes.map((q) => ({ speaker: q.speaker ? peopleIndex.idOf(doc.id, q.speaker) ?? null : null, text: q.text })),
      meetings: meetingsOf.get(doc.id) ?? [],
      warnings: [...doc.warnings, ...(anchored.notes.get(doc.id) ?? [])],
      related: [],
    };
  });
  const related = relatedArticles(articles);
  for (const a of articles) a.related = related.get(a.id) ?? [];

  return { articles, meetings, entities: { people: peopleIndex.people, organizations: orgs.items, places: places.items } };
}

function unique(xs: (string | undefined)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x))];
}
