// Builds MeetingInput by hand: entity and date spans located by searching the test's own text.
import type { FuzzyDate, PersonMention, PlaceMention } from "../../src/types.ts";
import type { DateSpan, MeetingInput, NamedSpan } from "../../src/extract/meetings/index.ts";

export const day = (d: string, evidence = d): FuzzyDate => ({ value: d, precision: "day", earliest: d, latest: d, evidence: [evidence] });
export const year = (y: string, earliest = `${y}-01-01`, latest = `${y}-12-31`): FuzzyDate => ({ value: y, precision: "year", earliest, latest, evidence: [y] });

export interface Spec {
  segments: string[];
  people: { name: string; country: string; roles?: string[]; aliases?: string[] }[];
  places?: { name: string; kind: PlaceMention["kind"]; country: string | null }[];
  dates?: { text: string; date: FuzzyDate; until?: FuzzyDate }[];
  published?: FuzzyDate;
}

export function input(spec: Spec): MeetingInput {
  const spans: NamedSpan[] = [];
  const dates: DateSpan[] = [];
  const find = (needle: string, push: (segment: number, start: number) => void) =>
    spec.segments.forEach((text, segment) => {
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) push(segment, i);
    });
  const people: PersonMention[] = spec.people.map((p) => ({
    name: p.name,
    aliases: p.aliases ?? [],
    roles: (p.roles ?? []).map((title) => ({ title, evidence: title })),
    country: p.country,
  }));
  const taken: [number, number, number][] = [];
  for (const p of spec.people)
    for (const form of [p.name, ...(p.aliases ?? [])])
      find(form, (segment, start) => {
        const end = start + form.length;
        if (taken.some(([s, a, b]) => s === segment && start < b && a < end)) return;
        taken.push([segment, start, end]);
        spans.push({ segment, start, end, kind: "person", name: p.name });
      });
  for (const pl of spec.places ?? []) find(pl.name, (segment, start) => spans.push({ segment, start, end: start + pl.name.length, kind: "place", name: pl.name }));
  for (const d of spec.dates ?? [])
    find(d.text, (segment, start) => dates.push({ segment, start, end: start + d.text.length, text: d.text, date: d.date, until: d.until ?? null }));
  return {
    segments: spec.segments.map((text) => ({ text, role: "body" })),
    people,
    places: (spec.places ?? []).map((p) => ({ ...p })),
    spans,
    dates,
    published: spec.published ?? year("2030"),
  };
}
