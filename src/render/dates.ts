// Showing FuzzyDates as people read them, never more precise than the evidence:
// "12 November 2024", "November 2024", "2024", "date unknown"; and ordering by them.

import type { FuzzyDate } from "../types.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parts(value: string): { year: string; month?: number; day?: number } {
  const [year = "", month, day] = value.split("-");
  return { year, month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

/** The date in words, at its precision. */
export function formatDate(date: FuzzyDate): string {
  if (!date.value || date.precision === "unknown") return "date unknown";
  const { year, month, day } = parts(date.value);
  const monthName = month ? MONTHS[month - 1] : undefined;
  if (date.precision === "day" && day && monthName) return `${day} ${monthName} ${year}`;
  if ((date.precision === "day" || date.precision === "month") && monthName) return `${monthName} ${year}`;
  return year;
}

/** A plain ISO day in words: "2024-11-12" -> "12 November 2024". */
export function formatDay(iso: string): string {
  return formatDate({ value: iso, precision: "day", earliest: iso, latest: iso, evidence: [] });
}

/** The window the evidence allows, when it is narrower or wider than the value says. */
export function dateWindow(date: FuzzyDate): string | null {
  const { earliest, latest } = date;
  if (!earliest && !latest) return null;
  if (earliest && latest && earliest === latest) return date.precision === "day" ? null : `on ${formatDay(earliest)}`;
  if (earliest && latest) return `between ${formatDay(earliest)} and ${formatDay(latest)}`;
  return earliest ? `on or after ${formatDay(earliest)}` : `on or before ${formatDay(latest as string)}`;
}

/** A start date with an optional last day: "11–15 March 2024" style kept simple and explicit. */
export function formatSpan(start: FuzzyDate, end: FuzzyDate | null): string {
  if (!end || !end.value || end.value === start.value) return formatDate(start);
  return `${formatDate(start)} to ${formatDate(end)}`;
}

/** The machine-readable form for <time datetime>: the value itself is valid at every precision. */
export function datetimeAttr(date: FuzzyDate): string | null {
  return date.value && date.precision !== "unknown" ? date.value : null;
}

/** True when a date is not pinned to one known day. */
export function isUncertain(date: FuzzyDate): boolean {
  return date.precision !== "day" || !date.earliest || date.earliest !== date.latest;
}

/** Chronological order; unknown dates last; a less precise date sorts before its refinements. */
export function compareDates(a: FuzzyDate, b: FuzzyDate): number {
  const ka = a.precision === "unknown" ? null : a.value ?? a.earliest;
  const kb = b.precision === "unknown" ? null : b.value ?? b.earliest;
  if (ka === kb) return 0;
  if (ka === null) return 1;
  if (kb === null) return -1;
  return ka < kb ? -1 : 1;
}

/** Newest first; unknown dates still last. */
export function compareDatesNewestFirst(a: FuzzyDate, b: FuzzyDate): number {
  const unknownA = a.precision === "unknown" || !a.value;
  const unknownB = b.precision === "unknown" || !b.value;
  if (unknownA || unknownB) return unknownA === unknownB ? 0 : unknownA ? 1 : -1;
  return -compareDates(a, b);
}

/** The year a date belongs to, when known (for filters and the timeline axis). */
export function yearOf(date: FuzzyDate): string | null {
  if (date.value && date.precision !== "unknown") return date.value.slice(0, 4);
  if (date.earliest && date.latest && date.earliest.slice(0, 4) === date.latest.slice(0, 4)) return date.earliest.slice(0, 4);
  return null;
}

/** An ISO date of any precision ("2022", "2022-05", "2022-05-03") in words; other text unchanged. */
export function formatIsoText(text: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return text;
  const precision = m[3] ? "day" : m[2] ? "month" : "year";
  return formatDate({ value: text.trim(), precision, earliest: null, latest: null, evidence: [] });
}
