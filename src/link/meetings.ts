// One meeting, many sources. Meeting mentions from all articles are clustered through an
// index (by mechanism + round, and by pairs of participants), so no pair of articles is ever
// compared wholesale; each cluster's dates are intersected (one source's "on the 11th" and
// another's "November 12" narrow each other), and disagreements are kept as conflicts.
// Only meetings between China and Russia reach the timeline.

import type { FuzzyDate, Meeting, MeetingMention, Person } from "../types.ts";
import { combine, sameMeetingAcrossSources } from "../extract/meetings/merge.ts";
import { KNOWN_SERIES } from "../extract/meetings/series.ts";
import { intersectDates } from "../extract/dates/index.ts";
import { slugify } from "../paths.ts";
import { surnameOf } from "../knowledge/index.ts";
import { uniqueIds } from "./ids.ts";

export interface SourcedMention {
  source: string; // article id
  mention: MeetingMention; // participants already replaced by person ids
  roles: Map<string, string[]>; // person id -> role titles that article gives
}

interface Cluster {
  merged: MeetingMention;
  parts: SourcedMention[];
  dateConflicts: { value: string; sources: string[] }[];
}

const SIDES = ["China", "Russia"] as const;
const BILATERAL_SERIES = new Set(KNOWN_SERIES.filter((s) => s.bilateral).map((s) => s.name));

export function isChinaRussia(m: MeetingMention, people: Map<string, Person>): boolean {
  if (m.visit) return false; // one person's trip is not a meeting
  const countries = new Set(m.participants.map((p) => people.get(p)?.country).filter(Boolean));
  if (SIDES.every((c) => countries.has(c))) return true;
  const others = [...countries].filter((c) => !SIDES.includes(c as (typeof SIDES)[number]));
  return !!m.series && BILATERAL_SERIES.has(m.series) && others.length === 0;
}

export function clusterMeetings(mentions: SourcedMention[], people: Map<string, Person>): Meeting[] {
  const clusters: Cluster[] = [];
  const index = new Map<string, Set<number>>(); // series+round / participant pair -> cluster numbers
  for (const sm of mentions) {
    if (!isChinaRussia(sm.mention, people)) continue;
    const candidates = new Set<number>();
    for (const k of eventKeys(sm.mention, true)) for (const c of index.get(k) ?? []) candidates.add(c);
    const hit = [...candidates].sort((a, b) => a - b).find((c) => sameMeetingAcrossSources(clusters[c]!.merged, sm.mention));
    let at: number;
    if (hit === undefined) {
      clusters.push({ merged: sm.mention, parts: [sm], dateConflicts: [] });
      at = clusters.length - 1;
    } else {
      const c = clusters[hit]!;
      if (!intersectDates(c.merged.date, sm.mention.date)) c.dateConflicts.push({ value: describe(sm.mention.date), sources: [sm.source] });
      c.merged = combine(c.merged, sm.mention);
      c.parts.push(sm);
      at = hit;
    }
    for (const k of eventKeys(clusters[at]!.merged, false)) (index.get(k) ?? index.set(k, new Set()).get(k)!).add(at);
  }
  const built = clusters.map((c) => toMeeting(c, people));
  const ids = uniqueIds(built.map((m) => m.id));
  return built.map((m, i) => ({ ...m, id: ids[i]! })).sort(byDate);
}

/**
 * Keys under which two mentions of the same meeting meet: a pair of its people, or its mechanism
 * and round. A round-less mention is filed under "?" and looks at every round ("*").
 */
export function eventKeys(m: MeetingMention, asQuery: boolean): string[] {
  if (m.visit) return [];
  const ps = [...m.participants].sort();
  const keys: string[] = [];
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) keys.push(`p:${ps[i]}|${ps[j]}`);
  if (m.series) {
    const round = m.round === null ? "?" : String(m.round);
    if (asQuery) keys.push(...(m.round === null ? [`s:${m.series}:*`] : [`s:${m.series}:${round}`, `s:${m.series}:?`]));
    else keys.push(`s:${m.series}:${round}`, `s:${m.series}:*`);
  }
  return keys;
}

function toMeeting(c: Cluster, people: Map<string, Person>): Meeting {
  const m = c.merged;
  const sources = [...new Set(c.parts.map((p) => p.source))].sort();
  const participants = m.participants
    .map((id) => {
      const p = people.get(id);
      const role = c.parts.flatMap((part) => part.roles.get(id) ?? [])[0];
      return { person: id, name: p?.name ?? id, ...(role ? { role } : {}), ...(p?.country ? { country: p.country } : {}) };
    })
    .sort((a, b) => (a.country ?? "").localeCompare(b.country ?? "") || a.name.localeCompare(b.name));
  const conflicts: Meeting["conflicts"] = [];
  if (c.dateConflicts.length) {
    const first = c.parts[0]!;
    conflicts.push({ field: "date", claims: [{ value: describe(first.mention.date), sources: [first.source] }, ...c.dateConflicts] });
  }
  conflicts.push(...visitEndConflicts(c));
  conflicts.push(...roleConflicts(c, people));
  const title = meetingTitle(m, participants.map((p) => p.name));
  return {
    id: slugify(`${m.date.value ?? "undated"} ${m.series ? `${m.series} ${m.round ?? ""}` : participants.map((p) => surnameOf(p.name)).join(" ")}`),
    title,
    date: m.date,
    end: m.end,
    place: m.place,
    participants,
    series: m.series,
    round: m.round,
    kind: m.kind,
    sources,
    conflicts,
    evidence: c.parts.map((p) => ({ source: p.source, text: p.mention.evidence })),
  };
}

/** Sources that end the same visit on days that cannot both be true ("December 15" against "the 15th" of November). */
function visitEndConflicts(c: Cluster): Meeting["conflicts"] {
  const claims: { value: string; sources: string[]; date: FuzzyDate }[] = [];
  for (const part of c.parts) {
    const end = part.mention.visitEnd;
    if (!end) continue;
    const same = claims.find((x) => intersectDates(x.date, end));
    if (same) same.sources.includes(part.source) || same.sources.push(part.source);
    else claims.push({ value: describe(end), sources: [part.source], date: end });
  }
  return claims.length > 1 ? [{ field: "end of visit", claims: claims.map(({ value, sources }) => ({ value, sources: sources.sort() })) }] : [];
}

// Role words that name different offices; one person given two of them for the same meeting by
// different sources is a disagreement worth showing.
const OFFICES: [string, RegExp][] = [
  ["defence minister", /defen[cs]e minister|minister of defen[cs]e|secretary of defen[cs]e/i],
  ["foreign minister", /foreign minister|minister of foreign affairs/i],
  ["security council secretary", /security council/i],
  ["president", /^(?:\w+\s)?president$/i],
];

function roleConflicts(c: Cluster, people: Map<string, Person>): Meeting["conflicts"] {
  const out: Meeting["conflicts"] = [];
  for (const id of c.merged.participants) {
    const claims = new Map<string, Set<string>>();
    for (const part of c.parts)
      for (const title of part.roles.get(id) ?? []) {
        if (/\bformer\b/i.test(title)) continue;
        const office = OFFICES.find(([, re]) => re.test(title))?.[0];
        if (office) (claims.get(office) ?? claims.set(office, new Set()).get(office)!).add(part.source);
      }
    if (claims.size > 1) {
      out.push({
        field: `role of ${people.get(id)?.name ?? id}`,
        claims: [...claims].map(([value, sources]) => ({ value, sources: [...sources].sort() })),
      });
    }
  }
  return out;
}

function meetingTitle(m: MeetingMention, names: string[]): string {
  if (m.series) {
    const round = m.round ? `${ordinal(m.round)} round of ` : "";
    return `${round}China–Russia ${m.series}`.replace(/^./, (c) => c.toUpperCase());
  }
  if (names.length === 2) return `${names[0]} meets ${names[1]}`;
  return `Meeting of ${names.join(", ")}`;
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${s}`;
}

function describe(d: FuzzyDate): string {
  return d.value ?? (d.earliest || d.latest ? `${d.earliest ?? "…"} to ${d.latest ?? "…"}` : "unknown");
}

function byDate(a: Meeting, b: Meeting): number {
  const ka = a.date.earliest ?? a.date.value ?? "9999";
  const kb = b.date.earliest ?? b.date.value ?? "9999";
  return ka.localeCompare(kb) || a.id.localeCompare(b.id);
}
