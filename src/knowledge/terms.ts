// Date clues from terms of office: an article that calls Sergei Shoigu "Security Council
// Secretary" was written while he held that post. A role gives a clue only when its words name
// exactly one of the person's recorded titles; a person whose roles point to terms that do not
// overlap (the text contradicts itself) gives none.

import type { PersonMention } from "../types.ts";
import type { OfficialRecord, Term } from "./officials-data.ts";
import { COUNTRIES } from "./countries-data.ts";

export interface TermClue {
  earliest?: string;
  latest?: string;
  evidence: string;
}

// Words that do not distinguish one post from another: countries, articles, "national".
const NOISE = new Set(["the", "of", "for", "and", "s", "affairs", "national", "us", "u", "top"]);
for (const [name, adjectives, aliases] of COUNTRIES) {
  for (const w of [name, ...adjectives, ...aliases].flatMap((x) => x.toLowerCase().split(/[^a-z]+/))) if (w.length > 1) NOISE.add(w);
}
const PAST = /^\s*(?:former|ex-|then-?|one-time|erstwhile|late)\b/i;

/** The words that identify a post, order-free: "Russian Defence Minister" = "Minister of Defense". */
export function titleWords(title: string): string {
  return [
    ...new Set(
      title
        .toLowerCase()
        .replace(/defen[cs]e/g, "defense")
        .replace(/press secretary|spokes(?:man|woman|person)/g, "spokesperson")
        .replace(/[’']s\b/g, "")
        .split(/[^a-z]+/)
        .filter((w) => w && !NOISE.has(w)),
    ),
  ]
    .sort()
    .join(" ");
}

/** Widen a "YYYY-MM" bound to the day that keeps the clue honest. */
function dayBound(date: string, side: "first" | "last"): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [y, m] = date.split("-").map(Number) as [number, number];
  if (side === "first") return `${date}-01`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, "0")}`;
}

interface Window {
  earliest?: string;
  latest?: string;
}

function windowOf(role: string, terms: Term[]): { window: Window; matched: Term[] } | null {
  const past = PAST.test(role);
  const key = titleWords(role.replace(PAST, ""));
  if (!key) return null;
  const matched = terms.filter((t) => titleWords(t.title) === key);
  if (!matched.length) return null;
  if (past) {
    // "former X": written after the first of these terms ended.
    const ends = matched.map((t) => t.to).filter((t): t is string => !!t).map((t) => dayBound(t, "first"));
    if (!ends.length || /^\s*(?:then|late)/i.test(role)) return null;
    return { window: { earliest: ends.sort()[0]! }, matched };
  }
  const earliest = matched.map((t) => dayBound(t.from, "first")).sort()[0]!;
  const open = matched.some((t) => !t.to);
  const latest = open ? undefined : matched.map((t) => dayBound(t.to!, "last")).sort().at(-1);
  return { window: { earliest, ...(latest ? { latest } : {}) }, matched };
}

function describe(t: Term): string {
  return `${t.title} ${t.from}..${t.to ?? "present"}`;
}

export function cluesFor(person: PersonMention, official: OfficialRecord): TermClue[] {
  const clues: TermClue[] = [];
  const seen = new Set<string>();
  for (const role of person.roles) {
    const hit = windowOf(role.title, official.terms);
    if (!hit) continue;
    const id = `${hit.window.earliest ?? ""}|${hit.window.latest ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    clues.push({
      ...hit.window,
      evidence: `${person.name} is called "${role.title}"; the gazetteer records ${hit.matched.map(describe).join(", ")}`,
    });
  }
  // Terms that only touch or do not meet: the text names two posts that were never held at once.
  const from = clues.map((c) => c.earliest).filter((d): d is string => !!d).sort().at(-1);
  const to = clues.map((c) => c.latest).filter((d): d is string => !!d).sort()[0];
  if (from && to && from >= to) return [];
  return clues;
}
