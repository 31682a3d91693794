// What a date phrase says, before we know when the article was written. Each kind is
// resolved against the writing date W later (resolve.ts); only "absolute" stands alone.

export type Reading =
  /** "December 28, 2020", "May 2024", "in 2021". */
  | { kind: "absolute"; year: number; month?: number; day?: number }
  /** "November 12", "in May": the year is W's, or next to it. */
  | { kind: "yearless"; month: number; day?: number }
  /** "on the 27th": the month is W's, or next to it. */
  | { kind: "dayOfMonth"; day: number }
  /** "on Tuesday", "last Tuesday" (0 = Sunday). */
  | { kind: "weekday"; weekday: number; modifier: "last" | "next" | "this" | null }
  /** "last year" (-1), "three years ago" (-3), "July of last year" (-1, month 7). */
  | { kind: "relativeYear"; offset: number; month?: number; day?: number }
  /** "last month" (-1), "next month" (+1). */
  | { kind: "relativeMonth"; offset: number }
  /** "yesterday" (-1), "two days ago" (-2), "next week" (+7). */
  | { kind: "relativeDay"; offset: number }
  /** "last May" / "next May": the nearest May strictly before / after W's month. */
  | { kind: "namedMonth"; month: number; modifier: "last" | "next" }
  /** "September of that year": the year of the date mentioned just before. */
  | { kind: "thatYear"; month?: number; day?: number };

export type Tense = "past" | "future" | "unknown";

/** A date phrase found in a segment, with its reading (and the range end, if any). */
export interface Mention {
  segment: number;
  start: number;
  end: number;
  text: string;
  reading: Reading;
  until: Reading | null;
  /** "until December 15": the start is open (not stated). */
  openStart: boolean;
  tense: Tense;
}

/** The finest unit a reading can name. */
export function finestOf(r: Reading): "day" | "month" | "year" {
  switch (r.kind) {
    case "absolute":
    case "relativeYear":
    case "thatYear":
      return r.day !== undefined ? "day" : r.month !== undefined ? "month" : "year";
    case "yearless":
      return r.day !== undefined ? "day" : "month";
    case "relativeMonth":
    case "namedMonth":
      return "month";
    default:
      return "day";
  }
}
