import { describe, expect, it } from "vitest";
import { compareFuzzy, formatFuzzyDate, intersectDates } from "../../src/extract/dates/index.ts";
import type { FuzzyDate } from "../../src/types.ts";

const fd = (value: string | null, precision: FuzzyDate["precision"], earliest: string | null, latest: string | null): FuzzyDate => ({ value, precision, earliest, latest, evidence: [value ?? "?"] });

describe("intersectDates", () => {
  it("narrows a day-of-month reading with a month-day reading of the same event", () => {
    // "on the 11th" read in a window Oct 11..Nov 11 and "November 11" of some year in 2023..2024
    const a = fd(null, "unknown", "2023-10-11", "2023-11-11");
    const b = fd("2023-11-11", "day", "2023-11-11", "2023-11-11");
    expect(intersectDates(a, b)).toMatchObject({ value: "2023-11-11", precision: "day" });
  });
  it("returns null for incompatible readings", () => {
    expect(intersectDates(fd("2020-05", "month", "2020-05-01", "2020-05-31"), fd("2020-06-02", "day", "2020-06-02", "2020-06-02"))).toBeNull();
  });
  it("a year and a month inside it give the month", () => {
    expect(intersectDates(fd("2019", "year", "2019-01-01", "2019-12-31"), fd("2019-03", "month", "2019-03-01", "2019-03-31"))).toMatchObject({ value: "2019-03", precision: "month" });
  });
  it("keeps the evidence of both", () => {
    const r = intersectDates(fd("2019", "year", "2019-01-01", "2019-12-31"), fd("2019-03", "month", "2019-03-01", "2019-03-31"))!;
    expect(r.evidence).toEqual(["2019", "2019-03"]);
  });
  it("an unknown date with no bounds takes the other", () => {
    expect(intersectDates(fd(null, "unknown", null, null), fd("2019-03", "month", "2019-03-01", "2019-03-31"))).toMatchObject({ value: "2019-03", earliest: "2019-03-01" });
  });
});

describe("formatFuzzyDate", () => {
  it("formats each precision", () => {
    expect(formatFuzzyDate(fd("2024-11-12", "day", null, null))).toBe("12 November 2024");
    expect(formatFuzzyDate(fd("2024-11", "month", null, null))).toBe("November 2024");
    expect(formatFuzzyDate(fd("2024", "year", null, null))).toBe("2024");
    expect(formatFuzzyDate(fd(null, "unknown", "2024-01-01", null))).toBe("date unknown");
  });
});

describe("compareFuzzy", () => {
  it("sorts by earliest day, then precision, unknown last", () => {
    const list = [fd(null, "unknown", null, null), fd("2020", "year", "2020-01-01", "2020-12-31"), fd("2020-01-01", "day", "2020-01-01", "2020-01-01"), fd("2019-12", "month", "2019-12-01", "2019-12-31")];
    expect([...list].sort(compareFuzzy).map((d) => d.value)).toEqual(["2019-12", "2020-01-01", "2020", null]);
  });
});
