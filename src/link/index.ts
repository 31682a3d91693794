// link: ExtractedDoc[] -> Corpus. The only whole-corpus stage: one entity per person, place
// and organisation; one meeting per event with all its sources; related articles. Every step
// goes through an index (by name key, participant pair, series), never all pairs of articles.
// The corpus-wide part (linkCorpus) reads only what LinkInput names; each article's own text
// (body, quotes, images, ...) is copied onto it afterwards (articleOf). That split is what lets
// the dev loop relink a prose edit without linking the corpus again (see incremental.ts).

import type { Article, Corpus, ExtractedDoc, FuzzyDate, Meeting, MeetingMention } from "../types.ts";
import { pagePath } from "../paths.ts";
import { linkPeople } from "./people.ts";
import { linkOrganizations, linkPlaces } from "./named.ts";
import { clusterMeetings, type SourcedMention } from "./meetings.ts";
import { relatedArticles } from "./related.ts";
import { anchorRelativeDates } from "./anchor.ts";
import { compareText } from "./fast.ts";

/** The fields of an article that linking the corpus reads (relink's key is made of them too). */
export const LINK_FIELDS = ["id", "published", "people", "places", "organizations", "meetings"] as const satisfies readonly (keyof ExtractedDoc)[];

/** What linking the corpus reads of an article. */
export type LinkInput = Pick<ExtractedDoc, (typeof LINK_FIELDS)[number]>;

/** What linking gives one article, beyond its own text. */
export interface LinkedFields {
  people: string[];
  organizations: string[];
  places: string[];
  meetings: string[];
  published: FuzzyDate;
  /** Warnings linking adds (dates placed by another source). */
  notes: string[];
  related: string[];
}

/** The corpus-wide result of linking. */
export interface Linked {
  meetings: Meeting[];
  entities: Corpus["entities"];
  /** By article id. */
  fields: Map<string, LinkedFields>;
  /** A quote's speaker, by the name article `docId` gives, as a person id. */
  speakerOf(docId: string, name: string): string | undefined;
}

export function link(input: ExtractedDoc[]): Corpus {
  return linkDocs(input).corpus;
}

/** link(), with the documents in id order and the corpus-wide result (for relinking later). */
export function linkDocs(input: ExtractedDoc[]): { corpus: Corpus; docs: ExtractedDoc[]; linked: Linked } {
  const docs = [...input].sort((a, b) => compareText(a.id, b.id));
  const linked = linkCorpus(docs);
  return { corpus: { articles: docs.map((doc) => articleOf(doc, linked)), meetings: linked.meetings, entities: linked.entities }, docs, linked };
}

/** Links `docs` (sorted by id) across the corpus. */
export function linkCorpus(docs: readonly LinkInput[]): Linked {
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

  const fields = new Map<string, LinkedFields>();
  const list = docs.map((doc) => {
    const f: LinkedFields & { id: string } = {
      id: doc.id,
      people: unique(doc.people.map((p) => peopleIndex.idOf(doc.id, p.name))),
      organizations: unique(doc.organizations.map((o) => orgs.idOf(o.name, o.country))),
      places: unique(doc.places.map((p) => places.idOf(p.name))),
      meetings: meetingsOf.get(doc.id) ?? [],
      published: anchored.published.get(doc.id) ?? doc.published,
      notes: anchored.notes.get(doc.id) ?? [],
      related: [],
    };
    fields.set(doc.id, f);
    return f;
  });
  const related = relatedArticles(list);
  for (const f of list) f.related = related.get(f.id) ?? [];

  return {
    meetings,
    entities: { people: peopleIndex.people, organizations: orgs.items, places: places.items },
    fields,
    speakerOf: (docId, name) => peopleIndex.idOf(docId, name),
  };
}

/** The article as the site shows it: its own text, and what linking gave it. */
export function articleOf(doc: ExtractedDoc, linked: Linked): Article {
  const f = linked.fields.get(doc.id)!;
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
    published: f.published,
    body: doc.body,
    removed: doc.removed,
    people: f.people,
    organizations: f.organizations,
    places: f.places,
    quotes: doc.quotes.map((q) => ({ speaker: q.speaker ? linked.speakerOf(doc.id, q.speaker) ?? null : null, text: q.text })),
    meetings: f.meetings,
    warnings: [...doc.warnings, ...f.notes],
    related: f.related,
  };
}

function unique(xs: (string | undefined)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x))];
}
