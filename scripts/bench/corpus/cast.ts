// The people and dates of the synthetic corpus. Officials come from one pool per corpus seed, so
// the same invented person recurs across articles (as real officials do), with a skew towards a
// few prominent names. Dates are written the many ways news prose writes them.

import type { Rng } from "./random.ts";
import { createRng } from "./random.ts";
import * as V from "./vocab.ts";

export type Country = "china" | "russia";

export interface Official {
  country: Country;
  /** Full name in the usual order: "Zhao Jianguo" (family first), "Nikolai Sokolov". */
  name: string;
  /** How later sentences refer to the person: "Zhao", "Sokolov". */
  short: string;
  post: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function chineseName(rng: Rng): { name: string; short: string } {
  const family = rng.pick(V.CHINESE_FAMILY);
  const given = rng.chance(0.75) ? cap(rng.pick(V.CHINESE_SYLLABLES)) + rng.pick(V.CHINESE_SYLLABLES) : cap(rng.pick(V.CHINESE_SYLLABLES));
  return { name: `${family} ${given}`, short: family };
}

export function russianName(rng: Rng): { name: string; short: string } {
  const surname = rng.pick(V.RUSSIAN_SURNAMES);
  if (rng.chance(0.2)) {
    const f = `${surname}a`;
    return { name: `${rng.pick(V.RUSSIAN_GIVEN_FEMALE)} ${f}`, short: f };
  }
  return { name: `${rng.pick(V.RUSSIAN_GIVEN_MALE)} ${surname}`, short: surname };
}

export function westernName(rng: Rng): string {
  return `${rng.pick(V.WESTERN_GIVEN)} ${rng.pick(V.WESTERN_FAMILY)}`;
}

export interface Pool {
  china: Official[];
  russia: Official[];
}

/** The recurring officials of a corpus: a fixed number per country, drawn from the seed. */
export function officialPool(seed: string, perCountry = 120): Pool {
  const rng = createRng(`${seed}/pool`);
  const make = (country: Country): Official[] => {
    const seen = new Set<string>();
    const out: Official[] = [];
    while (out.length < perCountry) {
      const n = country === "china" ? chineseName(rng) : russianName(rng);
      if (seen.has(n.name)) continue;
      seen.add(n.name);
      out.push({ country, ...n, post: rng.pick(country === "china" ? V.CHINESE_POSTS : V.RUSSIAN_POSTS) });
    }
    return out;
  };
  return { china: make("china"), russia: make("russia") };
}

/** A pool member, skewed so that the first few are named far more often (roughly Zipf). */
export function pickOfficial(rng: Rng, people: readonly Official[]): Official {
  const i = Math.floor(people.length * Math.pow(rng.next(), 2.2));
  return people[Math.min(i, people.length - 1)]!;
}

// ---------------------------------------------------------------- dates

export const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
};

const DAY = 86_400_000;
export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY);

/** A publication date between 2019-01-01 and 2025-06-30 (UTC). */
export function publicationDate(rng: Rng): Date {
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2025, 5, 30);
  return new Date(start + Math.floor(rng.next() * ((end - start) / DAY)) * DAY);
}

const month = (d: Date): string => V.MONTHS[d.getUTCMonth()]!;

/**
 * A phrase for an event `daysBefore` days before publication, in one of the forms news prose
 * uses; only forms the reader could resolve from the publication date are chosen.
 */
export function eventDatePhrase(rng: Rng, published: Date, daysBefore: number): string {
  const e = addDays(published, -daysBefore);
  const sameMonth = e.getUTCMonth() === published.getUTCMonth();
  const forms: string[] = [`on ${month(e)} ${e.getUTCDate()}`, `on ${e.getUTCDate()} ${month(e)}`, `on ${month(e)} ${e.getUTCDate()}, ${e.getUTCFullYear()}`];
  if (sameMonth) forms.push(`on the ${ordinal(e.getUTCDate())}`, `on the ${ordinal(e.getUTCDate())} (local time)`);
  if (daysBefore >= 1 && daysBefore <= 6) forms.push(`on ${V.WEEKDAYS[e.getUTCDay()]}`, `on ${V.WEEKDAYS[e.getUTCDay()]}`);
  if (daysBefore === 1) forms.push("yesterday");
  if (daysBefore === 0) forms.push("today", "on this day");
  return rng.pick(forms);
}

/** A phrase for a visit spanning several days, ending on or after publication. */
export function spanPhrase(rng: Rng, published: Date): string {
  const start = addDays(published, -rng.int(0, 2));
  const end = addDays(start, rng.int(2, 5));
  if (start.getUTCMonth() === end.getUTCMonth() && rng.chance(0.6)) return `from the ${ordinal(start.getUTCDate())} to the ${ordinal(end.getUTCDate())}`;
  return `from ${month(start)} ${start.getUTCDate()} to ${month(end)} ${end.getUTCDate()}`;
}

/** A vague phrase for an earlier event: "last May", "in early March", "late last year". */
export function backgroundDatePhrase(rng: Rng, published: Date): string {
  const back = addDays(published, -rng.int(40, 500));
  const y = back.getUTCFullYear();
  const forms = [
    `last ${month(back)}`,
    `in ${rng.pick(["early ", "mid-", "late "])}${month(back)}`,
    `in ${month(back)} ${y}`,
    y < published.getUTCFullYear() ? "late last year" : "earlier this year",
    `in ${y}`,
  ];
  return rng.pick(forms);
}

/** How a page prints its publication date: many sites, many formats. */
export function datelineText(rng: Rng, d: Date): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const hh = String(rng.int(0, 23)).padStart(2, "0");
  const mm = String(rng.int(0, 59)).padStart(2, "0");
  const pad = (n: number): string => String(n).padStart(2, "0");
  return rng.pick([
    `Published: ${day} ${month(d).slice(0, 3)} ${y} ${hh}:${mm}`,
    `${month(d)} ${day}, ${y} | ${hh}:${mm}`,
    `${y}.${pad(m)}.${pad(day)} ${hh}:${mm}`,
    `Updated ${month(d)} ${day}, ${y} ${hh}:${mm} GMT+8`,
    `${V.WEEKDAYS[d.getUTCDay()]}, ${day} ${month(d)} ${y}`,
    `${y}-${pad(m)}-${pad(day)}`,
    `Posted on ${month(d)} ${day}, ${y} by ${westernName(rng)}`,
  ]);
}
