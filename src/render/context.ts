// What every template needs besides its own data: where the page is (for relative links),
// the site settings, and lookups from ids to the things they name. Built once per site.

import type { Article, Corpus, Meeting, Organization, Person, Place, SiteConfig } from "../types.ts";
import { pagePath, relativeUrl } from "../paths.ts";

/** A link target as a template shows it: a label, and an href when the target has a page. */
export interface Ref {
  label: string;
  href: string | null;
}

export interface SiteIndex {
  articles: Map<string, Article>;
  meetings: Map<string, Meeting>;
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  places: Map<string, Place>;
  placesByName: Map<string, Place>;
  /** Meetings each person took part in, in timeline order. */
  meetingsByPerson: Map<string, Meeting[]>;
}

export function indexCorpus(corpus: Corpus, meetingsInOrder: Meeting[]): SiteIndex {
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const placesByName = new Map<string, Place>();
  for (const p of corpus.entities.places) if (!placesByName.has(p.name.toLowerCase())) placesByName.set(p.name.toLowerCase(), p);
  const meetingsByPerson = new Map<string, Meeting[]>();
  for (const m of meetingsInOrder)
    for (const id of new Set(m.participants.map((p) => p.person))) {
      const list = meetingsByPerson.get(id) ?? [];
      list.push(m);
      meetingsByPerson.set(id, list);
    }
  return {
    articles: byId(corpus.articles),
    meetings: byId(corpus.meetings),
    people: byId(corpus.entities.people),
    organizations: byId(corpus.entities.organizations),
    places: byId(corpus.entities.places),
    placesByName,
    meetingsByPerson,
  };
}

export interface PageContext {
  /** This page's path relative to the site root ("articles/x/", "", "404.html"). */
  path: string;
  site: SiteConfig;
  index: SiteIndex;
  /** Link to another site path from this page. */
  href(to: string): string;
  article(id: string): Ref;
  meeting(id: string): Ref;
  person(id: string): Ref;
  organization(id: string): Ref;
  place(id: string): Ref;
  /** A place named in free text (a meeting's city), linked when the corpus knows it. */
  placeNamed(name: string): Ref;
}

/** What a link to each kind of thing shows (a Ref's label). The dev loop's page memo compares these too. */
export const LABEL = {
  articles: (a: Article) => a.title,
  meetings: (m: Meeting) => m.title,
  people: (p: Person) => p.name,
  organizations: (o: Organization) => o.name,
  places: (p: Place) => p.name,
};

export function pageContext(path: string, site: SiteConfig, index: SiteIndex, absolute = false): PageContext {
  // Absolute links are for the 404 page, which a server may show at any depth.
  // A page links to many others: work out its way back to the root once, not per link.
  const up = relativeUrl(path, "");
  const href = absolute && site.url ? (to: string) => site.url + to : (to: string) => (up === "./" ? (to === "" ? "./" : to) : up + to);
  const ref = <T>(map: Map<string, T>, id: string, label: (x: T) => string, page: (id: string) => string): Ref => {
    const x = map.get(id);
    return x ? { label: label(x), href: href(page(id)) } : { label: id, href: null };
  };
  return {
    path,
    site,
    index,
    href,
    article: (id) => ref(index.articles, id, LABEL.articles, pagePath.article),
    meeting: (id) => ref(index.meetings, id, LABEL.meetings, pagePath.meeting),
    person: (id) => ref(index.people, id, LABEL.people, pagePath.person),
    organization: (id) => ref(index.organizations, id, LABEL.organizations, pagePath.organization),
    place: (id) => ref(index.places, id, LABEL.places, pagePath.place),
    placeNamed: (name) => {
      const p = index.placesByName.get(name.toLowerCase());
      return p ? { label: name, href: href(pagePath.place(p.id)) } : { label: name, href: null };
    },
  };
}
