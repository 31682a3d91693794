// The gold reading of the seeds (test/fixtures/gold-seeds.json, a copy of ../shared/gold) and
// the comparisons an editor would make: the same rules as the shared scorer, in TypeScript.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Corpus, FuzzyDate, Meeting, Person } from "../../src/types.ts";

export interface GoldArticle {
  source: string; title: string | null; title_in_text: boolean; subtitle?: string | null; subtitle_lines?: string[];
  subtitle_or_lead?: string; caption: string | null; authors: string[]; publisher_any_of: string[]; via: string[];
  credits: string[]; body: string[]; boilerplate: string[]; people_required: string[]; people_forbidden?: string[];
  published_window?: [string, string];
}
export interface GoldMeeting {
  key: string; kind: "required" | "optional" | "forbidden"; date: string; window?: [string, string]; place: string | null;
  participants: string[]; round?: number | null; sources?: string[];
}
export const gold = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/gold-seeds.json"), "utf8")) as {
  articles: GoldArticle[];
  meetings: GoldMeeting[];
};

export const norm = (s: unknown) =>
  String(s ?? "").normalize("NFKC").replace(/[‘’ʼ`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/[–—‒]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();
export const tokens = (s: string) => norm(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
export const stripMd = (s: string) =>
  s.split("\n").map((l) => l.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/, "").replace(/[*_`]/g, "")).join("\n");

export function bagF1(pred: string[], truth: string[]): number {
  const count = new Map<string, number>();
  for (const t of truth) count.set(t, (count.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of pred) {
    const c = count.get(t) ?? 0;
    if (c > 0) { hit++; count.set(t, c - 1); }
  }
  const p = pred.length ? hit / pred.length : 0;
  const r = truth.length ? hit / truth.length : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Body tokens as the scorer sees them: Markdown stripped, headline/dek/caption lines left out. */
export function bodyF1(body: string, g: GoldArticle): number {
  const neutral = new Set([g.title, g.subtitle, g.caption, g.subtitle_or_lead, ...(g.subtitle_lines ?? [])].filter(Boolean).map(norm));
  const lines = stripMd(body).split("\n").filter((l) => l.trim() && !neutral.has(norm(l)));
  return bagF1(tokens(lines.join(" ")), tokens(g.body.join(" ")));
}

export function nameMatch(pred: string, truth: string): boolean {
  const a = tokens(pred), b = tokens(truth);
  if (!a.length || !b.length) return false;
  if (a.join(" ") === b.join(" ")) return true;
  const chineseLike = b.length === 2 && b[0]!.length <= 4 && /^(xi|wang|chen|yang|liu|li|zhang|mao|lin|dong|he|guo|zhao|wei|han|cai|hu)$/.test(b[0]!);
  if (chineseLike) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length > 1 && b.length > 1 && a[0]![0] !== b[0]![0]) return false;
  return true;
}

export function interval(fd: FuzzyDate | null | undefined): [string, string] | null {
  if (!fd) return null;
  let lo = fd.earliest, hi = fd.latest;
  if (fd.value) {
    const [y, m, d] = fd.value.split("-").map(Number) as [number, number?, number?];
    if (d) { lo ??= fd.value; hi ??= fd.value; }
    else if (m) { lo ??= `${fd.value}-01`; hi ??= `${fd.value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`; }
    else { lo ??= `${y}-01-01`; hi ??= `${y}-12-31`; }
  }
  if (!lo && !hi) return null;
  return [lo ?? "0000-01-01", hi ?? "9999-12-31"];
}

/** "consistent": the claimed interval holds the truth, or lies inside the true window. */
export function dateConsistent(fd: FuzzyDate, window: [string, string]): boolean {
  const iv = interval(fd);
  if (!iv) return false;
  return (iv[0] <= window[0] && iv[1] >= window[1]) || (iv[0] >= window[0] && iv[1] <= window[1]);
}

export function goldWindow(g: GoldMeeting): [string, string] {
  return g.window ?? (interval({ value: g.date, precision: "day", earliest: null, latest: null, evidence: [] }) as [string, string]);
}

export function personNames(corpus: Corpus, id: string): string[] {
  const p = corpus.entities.people.find((x: Person) => x.id === id);
  return p ? [p.name, ...p.aliases] : [id];
}

/** The timeline entries a gold meeting matches: two of its people, and its date (or its place and year). */
export function matchingMeetings(corpus: Corpus, g: GoldMeeting): Meeting[] {
  return corpus.meetings.filter((m) => {
    const names = m.participants.flatMap((p) => [...personNames(corpus, p.person), p.name]);
    const hits = g.participants.filter((n) => names.some((x) => nameMatch(x, n))).length;
    if (hits < Math.min(2, g.participants.length)) return false;
    let iv = interval(m.date);
    if (iv && (iv[0] === "0000-01-01" || iv[1] === "9999-12-31")) iv = null;
    const [glo, ghi] = goldWindow(g);
    const dateOk = !!iv && iv[0] <= ghi && iv[1] >= glo;
    const sameYear = !!iv && iv[0].slice(0, 4) <= ghi.slice(0, 4) && iv[1].slice(0, 4) >= glo.slice(0, 4);
    const placeOk = !!g.place && norm([m.place?.city, m.place?.country].filter(Boolean).join(" ")).includes(norm(g.place));
    return dateOk || (placeOk && (sameYear || !iv));
  });
}
