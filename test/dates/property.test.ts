// Property: for any writing window a caller gives and any partial date phrase, every date we
// resolve stays inside what that window allows, and every FuzzyDate is well formed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDates } from "../../src/extract/dates/index.ts";
import type { FuzzyDate } from "../../src/types.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A phrase, and how many days before the window / after it its date may fall at most. */
const phrase = fc.oneof(
  fc.integer({ min: 1, max: 28 }).map((d) => ({ text: `on the ${ord(d)}`, slack: 62 })),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 8 })).map(([d, k]) => ({ text: `from the ${ord(d)} to the ${ord(d + k)}`, slack: 62 })),
  fc.constantFrom(...WEEKDAYS).map((w) => ({ text: `on ${w}`, slack: 8 })),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 })).map(([m, d]) => ({ text: `on ${m} ${d}`, slack: 367 })),
  fc.constantFrom(...MONTHS).map((m) => ({ text: `last ${m}`, slack: 400 })),
  fc.constantFrom(...MONTHS).map((m) => ({ text: `in ${m} of last year`, slack: 731 })),
  fc.integer({ min: 1, max: 9 }).map((n) => ({ text: `${["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][n - 1]} years ago`, slack: 366 * (n + 1) })),
);

function wellFormed(d: FuzzyDate): void {
  const forms = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ } as const;
  if (d.precision === "unknown") expect(d.value).toBeNull();
  else {
    expect(d.value).toMatch(forms[d.precision]);
    // the value is what every allowed day shares
    if (d.earliest) expect(d.earliest.startsWith(d.value!)).toBe(true);
    if (d.latest) expect(d.latest.startsWith(d.value!)).toBe(true);
  }
  if (d.earliest && d.latest) expect(d.earliest <= d.latest).toBe(true);
}

describe("resolved dates stay inside the window their evidence allows", () => {
  it("holds for random windows and phrases", () => {
    const base = Date.UTC(1995, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 35 * 365 }), fc.integer({ min: 0, max: 3 * 365 }), phrase, fc.boolean(), (from, length, p, future) => {
        const earliest = iso(base + from * DAY);
        const latest = iso(base + (from + length) * DAY);
        const text = future && !/ago|last/.test(p.text) ? `The envoys will meet ${p.text}.` : `The envoys met ${p.text}.`;
        const r = readDates([{ text, role: "body" }], { clues: [{ earliest, latest, evidence: "test window" }] });
        wellFormed(r.published);
        expect(r.published.earliest! >= earliest).toBe(true);
        expect(r.published.latest! <= latest).toBe(true);
        expect(r.spans).toHaveLength(1);
        const s = r.spans[0]!;
        for (const d of [s.date, s.until]) {
          if (!d) continue;
          wellFormed(d);
          if (d.earliest) expect(d.earliest >= iso(base + (from - p.slack) * DAY)).toBe(true);
          if (d.latest) expect(d.latest <= iso(base + (from + length + p.slack) * DAY)).toBe(true);
          // reported events are not after writing; announced ones are not before it
          if (s.tense === "past" && d.latest) expect(d.latest <= r.published.latest!).toBe(true);
          if (s.tense === "future" && d.earliest) expect(d.earliest >= r.published.earliest!).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
