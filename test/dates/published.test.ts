// Pass 1: when was the article written? Each case is a small article written for the test.
import { describe, expect, it } from "vitest";
import { readDates, type DateSegment } from "../../src/extract/dates/index.ts";

const seg = (role: DateSegment["role"], text: string): DateSegment => ({ text, role });

describe("published date inference", () => {
  it("front matter wins over the text", () => {
    const r = readDates([seg("body", "The fair closed on March 3, 2011.")], { published: "2024-02" });
    expect(r.published).toMatchObject({ value: "2024-02", precision: "month", earliest: "2024-02-01", latest: "2024-02-29" });
  });

  it("is after reported dates and before announced ones", () => {
    const r = readDates([seg("body", "The ministers met on February 2, 2018. They will meet again on April 10, 2018.")]);
    expect(r.published).toMatchObject({ value: "2018", precision: "year", earliest: "2018-02-02", latest: "2018-04-09" });
    expect(r.warnings.some((w) => w.includes("gives the year (2018) but not the month"))).toBe(true);
    expect(r.published.evidence.length).toBe(2);
  });

  it("stays unknown when nothing bounds it, and says so", () => {
    const r = readDates([seg("body", "The ministers met on Friday and agreed to talk again.")]);
    expect(r.published).toMatchObject({ value: null, precision: "unknown", earliest: null, latest: null });
    expect(r.warnings.join(" ")).toContain("published date");
  });

  it("uses a caller clue (a term in office) as a bound", () => {
    const r = readDates([seg("body", "The council secretary said the treaty of 1998 still stands.")], { clues: [{ earliest: "2016-03-01", latest: "2016-09-30", evidence: "secretary in office 2016-03-01..2016-09-30" }] });
    expect(r.published).toMatchObject({ value: "2016", earliest: "2016-03-01", latest: "2016-09-30" });
    expect(r.published.evidence).toContain("secretary in office 2016-03-01..2016-09-30");
  });

  it("sets aside a caller clue that contradicts the text, with a warning", () => {
    const r = readDates([seg("body", "The ministers met on May 4, 2012 and will meet again on June 1, 2012.")], { clues: [{ earliest: "2020-01-01", evidence: "in office since 2020" }] });
    expect(r.published.earliest).toBe("2012-05-04");
    expect(r.warnings.some((w) => w.includes("set aside") && w.includes("in office since 2020"))).toBe(true);
  });

  it("a yearless reported date plus the writing year gives the month (news is recent)", () => {
    const r = readDates([seg("body", "The two envoys met in Lima on October 21. The visit ends next month."), seg("body", "Earlier, on March 9, 2015, they signed a pact.")], {
      clues: [{ earliest: "2015-06-01", latest: "2015-12-31", evidence: "envoy in post from June 2015" }],
    });
    expect(r.published).toMatchObject({ value: "2015-10", precision: "month", earliest: "2015-10-21", latest: "2015-10-28" });
    expect(r.warnings.some((w) => w.includes("within 7 days"))).toBe(true);
    expect(r.spans[0]!.date.value).toBe("2015-10-21");
  });

  it("'last year' beside a dated event fixes the writing year", () => {
    const r = readDates([seg("body", "Last year, exports rose and on August 14, 2016, the board approved a plan.")]);
    expect(r.published).toMatchObject({ value: "2017", precision: "year", earliest: "2017-01-01", latest: "2017-12-31" });
    expect(r.warnings.some((w) => w.includes("refer to the same time"))).toBe(true);
  });

  it("'this year marks the Nth anniversary of' an event of a stated year fixes the writing year", () => {
    const r = readDates([seg("body", "This year marks the 30th anniversary of the 1989 reform, officials said.")]);
    expect(r.published).toMatchObject({ value: "2019", precision: "year" });
  });

  it("a known event gives the year of an anniversary when the text does not", () => {
    const r = readDates([seg("body", "This year marks the 75th anniversary of the founding of the United Nations.")]);
    expect(r.published.value).toBe("2020");
    expect(r.published.evidence.join(" ")).toContain("known events");
  });

  it("a known recurring event gives the year of an undated mention", () => {
    const r = readDates([seg("body", "It was their first call since the U.S. presidential election on November 8. They spoke on November 10.")]);
    expect(r.published).toMatchObject({ value: "2016-11", precision: "month", earliest: "2016-11-10", latest: "2016-11-17" });
  });

  it("a reported weekday inside a bounded year keeps year precision", () => {
    const r = readDates([seg("body", "Envoys met on Thursday in Rome. Last year, on October 2, 2012, they first met. They will meet again on May 20, 2013.")]);
    expect(r.published).toMatchObject({ value: "2013", precision: "year", earliest: "2013-01-01", latest: "2013-05-19" });
    const thursday = r.spans.find((s) => s.text === "Thursday")!;
    expect(thursday.date.latest).toBe("2013-05-16");
    expect(thursday.date.precision).toBe("unknown"); // could be 27 December 2012 if written on 1 January
  });

  it("a dateline date is the writing date", () => {
    const r = readDates([seg("dateline", "GENEVA, June 3, 2014"), seg("body", "Delegates met on Tuesday.")]);
    expect(r.published).toMatchObject({ earliest: "2014-06-03", latest: "2014-06-04", precision: "month", value: "2014-06" });
  });

  it("an anniversary date in a future clause bounds the writing date", () => {
    const r = readDates([seg("body", "Leaders may meet before the 10th anniversary of the 2008 accord on May 2. The accord was signed on May 2, 2008.")]);
    expect(r.published).toMatchObject({ earliest: "2008-05-02", latest: "2018-05-01" });
    expect(r.spans.find((s) => s.text === "May 2")!.date.value).toBe("2018-05-02");
  });
});
