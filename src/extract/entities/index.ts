// People, organisations, places and quotes in one article's clean text. Rule-based and cheap:
// one tokenisation per segment, look-ups in maps built at load time, no NLP library. See
// README.md for the signals used and what is deliberately left out.

import type { OrgMention, PersonMention, PlaceMention, QuoteMention } from "../../types.ts";
import { splitSentences } from "../sentences.ts";
import { findNames, type NameHit } from "./names.ts";
import { findOrgs, type OrgHit } from "./orgs.ts";
import { findPlaces, type PlaceHit } from "./places.ts";
import { findQuotes, type PersonRef } from "./quotes.ts";
import { resolvePeople } from "./resolve.ts";
import { headlineCase, tokenize } from "./tokens.ts";

export interface TextSegment {
  text: string;
  role: "headline" | "dek" | "caption" | "body" | "subheading";
}

export interface EntitySpan {
  segment: number;
  start: number;
  end: number;
  kind: "person" | "org" | "place";
  /** Canonical name within this article: PersonMention.name / OrgMention.name / PlaceMention.name. */
  name: string;
}

export interface EntityReading {
  people: PersonMention[];
  organizations: OrgMention[];
  places: PlaceMention[];
  quotes: QuoteMention[];
  spans: EntitySpan[];
}

export function readEntities(segments: TextSegment[]): EntityReading {
  const names: NameHit[] = [];
  const orgHits: OrgHit[] = [];
  const read = segments.map((seg, i) => {
    const tokens = tokenize(seg.text);
    const headline = headlineCase(tokens, seg.text);
    const orgs = findOrgs(i, seg.text, tokens, headline);
    orgHits.push(...orgs);
    names.push(...findNames(i, seg.text, tokens, splitSentences(seg.text), headline).filter((h) => !orgs.some((o) => h.start >= o.start && h.end <= o.end)));
    return { tokens, headline };
  });

  const { people, resolved } = resolvePeople(names);
  const personSpans: EntitySpan[] = resolved.map(({ hit, name }) => ({ segment: hit.segment, start: hit.start, end: hit.end, kind: "person", name }));

  const placeHits: PlaceHit[] = [];
  const taken = bySegment([...orgHits, ...personSpans]); // a place is not inside an organisation or a person
  segments.forEach((seg, i) => {
    const mine = taken.get(i) ?? [];
    placeHits.push(...findPlaces(i, seg.text, read[i]!.tokens, read[i]!.headline, (s, e) => mine.some((o) => s < o.end && e > o.start)));
  });

  const refs: PersonRef[] = resolved.map(({ hit, name }) => ({ segment: hit.segment, start: hit.start, end: hit.end, name, subject: hit.subject }));
  refs.sort((a, b) => a.segment - b.segment || a.start - b.start);
  const quotes = findQuotes(
    segments.map((s) => s.text),
    refs,
  );

  const spans = [
    ...personSpans,
    ...orgHits.map((o): EntitySpan => ({ segment: o.segment, start: o.start, end: o.end, kind: "org", name: o.name })),
    ...placeHits.map((p): EntitySpan => ({ segment: p.segment, start: p.start, end: p.end, kind: "place", name: p.place.name })),
  ].sort((a, b) => a.segment - b.segment || a.start - b.start || a.end - b.end);

  return { people, organizations: mergeOrgs(orgHits), places: mergePlaces(placeHits), quotes, spans };
}

function bySegment<T extends { segment: number }>(xs: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of xs) {
    const list = out.get(x.segment);
    if (list) list.push(x);
    else out.set(x.segment, [x]);
  }
  return out;
}

function mergeOrgs(hits: OrgHit[]): OrgMention[] {
  const byName = new Map<string, OrgMention>();
  for (const h of [...hits].sort((a, b) => a.segment - b.segment || a.start - b.start)) {
    const key = h.name.toLowerCase();
    const org = byName.get(key) ?? { name: h.name, aliases: [], country: h.country };
    for (const a of h.aliases) if (a !== org.name && !org.aliases.includes(a)) org.aliases.push(a);
    org.country ??= h.country;
    byName.set(key, org);
  }
  return [...byName.values()];
}

function mergePlaces(hits: PlaceHit[]): PlaceMention[] {
  const byName = new Map<string, PlaceMention>();
  for (const h of [...hits].sort((a, b) => a.segment - b.segment || a.start - b.start)) {
    if (!byName.has(h.place.name)) byName.set(h.place.name, { name: h.place.name, kind: h.place.kind, country: h.place.country });
  }
  return [...byName.values()];
}
