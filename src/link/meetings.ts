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
import { compareText, dateOverlap } from "./fast.ts";
import { memoize } from "../knowledge/memo.ts";
import { ClusterIndex, eventKeys } from "./cluster-index.ts";

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
  const timeline = mentions.filter((sm) => isChinaRussia(sm.mention, people));
  const index = new ClusterIndex(timeline.map((sm) => sm.mention));
  const clusters: Cluster[] = [];
  const overlap = dateOverlap();
  // A cheap necessary condition for sameMeetingAcrossSources: the same numbered round, or two
  // dated readings whose days overlap. Most candidates of a busy pair of people fail it.
  const mayBeSame = (a: MeetingMention, b: MeetingMention) =>
    (!!a.series && a.series === b.series && a.round !== null && a.round === b.round) ||
    (a.date.precision !== "unknown" && b.date.precision !== "unknown" && overlap(a.date, b.date));
  for (const sm of timeline) {
    // The first (lowest-numbered) cluster under any of the mention's keys that is the same meeting.
    let hit: number | undefined;
    for (const k of eventKeys(sm.mention, true))
      for (const c of index.under(k)) {
        if (hit !== undefined && c >= hit) continue;
        const merged = clusters[c]!.merged;
        if (mayBeSame(merged, sm.mention) && sameMeetingAcrossSources(merged, sm.mention)) hit = c;
      }
    if (hit === undefined) {
      clusters.push({ merged: sm.mention, parts: [sm], dateConflicts: [] });
      index.file(clusters.length - 1, sm.mention);
    } else {
      const c = clusters[hit]!;
      if (!overlap(c.merged.date, sm.mention.date)) c.dateConflicts.push({ value: describe(sm.mention.date), sources: [sm.source] });
      c.merged = combine(c.merged, sm.mention);
      c.parts.push(sm);
      index.file(hit, c.merged);
    }
  }
  const officeOf = memoize(office);
  const built = clusters.map((c) => toMeeting(c, people, officeOf));
  const ids = uniqueIds(built.map((m) => m.id));
  return built.map((m, i) => ({ ...m, id: ids[i]! })).sort(byDate);
}

function toMeeting(c: Cluster, people: Map<string, Person>, officeOf: (title: string) => string | null): Meeting {
  const m = c.merged;
  const sources = [...new Set(c.parts.map((p) => p.source))].sort();
  const titles = titlesByPerson(c.parts);
  const participants = m.participants
    .map((id) => {
      const p = people.get(id);
      const role = titles.get(id)?.[0]?.title;
      return { person: id, name: p?.name ?? id, ...(role ? { role } : {}), ...(p?.country ? { country: p.country } : {}) };
    })
    .sort((a, b) => (a.country ?? "").localeCompare(b.country ?? "") || a.name.localeCompare(b.name));
  const conflicts: Meeting["conflicts"] = [];
  if (c.dateConflicts.length) {
    const first = c.parts[0]!;
    conflicts.push({ field: "date", claims: [{ value: describe(first.mention.date), sources: [first.source] }, ...c.dateConflicts] });
  }
  conflicts.push(...visitEndConflicts(c));
  conflicts.push(...roleConflicts(c.merged.participants, titles, people, officeOf));
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

/** The office a role title names, if any ("former" titles name none now). */
function office(title: string): string | null {
  if (/\bformer\b/i.test(title)) return null;
  return OFFICES.find(([, re]) => re.test(title))?.[0] ?? null;
}

type Titles = Map<string, { source: string; title: string }[]>;

/**
 * Per person, the role titles the cluster's sources give, in part order then title order. One
 * pass over each part's roles, rather than one per participant: big clusters have dozens of both.
 */
function titlesByPerson(parts: SourcedMention[]): Titles {
  const out: Titles = new Map();
  for (const part of parts)
    for (const [id, titles] of part.roles) {
      const list = out.get(id) ?? out.set(id, []).get(id)!;
      for (const title of titles) list.push({ source: part.source, title });
    }
  return out;
}

function roleConflicts(participants: string[], titles: Titles, people: Map<string, Person>, officeOf: (title: string) => string | null): Meeting["conflicts"] {
  const out: Meeting["conflicts"] = [];
  for (const id of participants) {
    const claims = new Map<string, Set<string>>();
    for (const { source, title } of titles.get(id) ?? []) {
      const named = officeOf(title);
      if (named) (claims.get(named) ?? claims.set(named, new Set()).get(named)!).add(source);
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
  return compareText(ka, kb) || compareText(a.id, b.id);
}
