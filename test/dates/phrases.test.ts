// One group per kind of date phrase, read inside a writing window fixed by front matter, so
// each test isolates how a phrase is placed. Sentences are written for these tests.
import { describe, expect, it } from "vitest";
import { readDates, type DateSegment } from "../../src/extract/dates/index.ts";

const body = (...texts: string[]): DateSegment[] => texts.map((text) => ({ text, role: "body" }));
const spansOf = (text: string, published?: string) => readDates(body(text), published ? { published } : {}).spans;
const only = (text: string, published?: string) => {
  const spans = spansOf(text, published);
  expect(spans).toHaveLength(1);
  return spans[0]!;
};

describe("full dates", () => {
  it("reads a month-day-year date at day precision with its offsets", () => {
    const text = "The accord was signed on March 3, 2019 in Oslo.";
    const s = only(text);
    expect(s.date).toMatchObject({ value: "2019-03-03", precision: "day", earliest: "2019-03-03", latest: "2019-03-03" });
    expect(text.slice(s.start, s.end)).toBe("March 3, 2019");
    expect(s.tense).toBe("past");
  });
  it("reads day-month-year and month-year", () => {
    expect(only("Talks opened on 4 October 2018.").date.value).toBe("2018-10-04");
    expect(only("The plant closed in August 2016.").date).toMatchObject({ value: "2016-08", precision: "month" });
  });
  it("reads a bare year after a preposition at year precision", () => {
    expect(only("The port was expanded in 2009.").date).toMatchObject({ value: "2009", precision: "year", earliest: "2009-01-01", latest: "2009-12-31" });
  });
});

describe("month and day without a year", () => {
  it("takes the year of the writing window for a reported date", () => {
    expect(only("The envoys met in Hanoi on April 9.", "2023-04-20").date).toMatchObject({ value: "2023-04-09", precision: "day" });
  });
  it("takes the previous year when the reported date would be after writing", () => {
    expect(only("The envoys met in Hanoi on December 30.", "2023-01-05").date.value).toBe("2022-12-30");
  });
  it("takes the next year for an announced date past the year end", () => {
    expect(only("The forum will open on January 8.", "2023-12-20").date.value).toBe("2024-01-08");
  });
  it("keeps year precision when the writing window spans the turn of the date", () => {
    const s = only("The envoys met on March 2.", "2023");
    expect(s.date.precision).toBe("unknown"); // March 2 of 2022 or 2023
    expect(s.date.earliest).toBe("2022-03-02");
    expect(s.date.latest).toBe("2023-03-02");
  });
});

describe("day of month alone", () => {
  it("places 'on the 14th' in the month of writing when the day has passed", () => {
    expect(only("The minister said on the 14th that talks went well.", "2022-09-18").date).toMatchObject({ value: "2022-09-14", precision: "day" });
  });
  it("places it in the previous month when the day is later than the writing day", () => {
    expect(only("The minister said on the 28th that talks went well.", "2022-09-03").date.value).toBe("2022-08-28");
  });
  it("reads a range 'from the 11th to the 15th' with an until date", () => {
    const s = only("The delegation will stay from the 21st to the 24th to tour factories.", "2022-06-19");
    expect(s.date.value).toBe("2022-06-21");
    expect(s.until?.value).toBe("2022-06-24");
    expect(s.tense).toBe("future");
  });
  it("keeps year precision when only the year of writing is known", () => {
    const s = only("The minister said on the 14th that talks went well.", "2022-05");
    expect(s.date).toMatchObject({ value: "2022", precision: "year", earliest: "2022-04-14", latest: "2022-05-14" });
  });
});

describe("weekdays", () => {
  it("reads a reported weekday as the latest one on or before writing", () => {
    // 2021-03-12 is a Friday; the Tuesday before is 2021-03-09
    expect(only("Officials met on Tuesday in Minsk.", "2021-03-12").date.value).toBe("2021-03-09");
  });
  it("reads an announced weekday as the next one", () => {
    expect(only("Officials will meet on Tuesday in Minsk.", "2021-03-12").date.value).toBe("2021-03-16");
  });
  it("keeps a weekday at year precision inside a year-wide window", () => {
    const s = only("Officials met on Tuesday in Minsk.", "2021-07");
    expect(s.date).toMatchObject({ value: "2021", precision: "year" });
    expect(s.date.earliest! >= "2021-06-29" && s.date.latest! <= "2021-07-31").toBe(true);
  });
});

describe("relative years and months", () => {
  it("reads 'last year' and 'three years ago' from the writing year", () => {
    expect(only("Trade fell last year.", "2019-06").date).toMatchObject({ value: "2018", precision: "year" });
    expect(only("Three years ago, the bridge collapsed.", "2019-06").date.value).toBe("2016");
  });
  it("reads 'July of last year' and 'November last year' at month precision", () => {
    expect(only("He toured the region in July of last year.", "2019-03-01").date).toMatchObject({ value: "2018-07", precision: "month" });
    expect(only("He toured the region in November last year.", "2019-03-01").date.value).toBe("2018-11");
  });
  it("reads 'last May' as the latest May before the month of writing", () => {
    expect(only("She led the ministry until last May.", "2019-03-01").until?.value).toBe("2018-05");
    expect(only("She led the ministry until last May.", "2019-08-01").until?.value).toBe("2019-05");
  });
  it("reads 'September of that year' in the year of the phrase before it", () => {
    const spans = spansOf("He flew to Seoul in July of last year, ahead of a summit in September of that year.", "2019-03-01");
    expect(spans.map((s) => s.date.value)).toEqual(["2018-07", "2018-09"]);
  });
  it("reads 'from 2012 to last May' as a range from a year to a month", () => {
    const s = only("She ran the agency from 2012 to last May.", "2019-08-01");
    expect(s.date.value).toBe("2012");
    expect(s.until?.value).toBe("2019-05");
  });
});

describe("open ranges", () => {
  it("reads 'until December 15' as an unknown start and a known end", () => {
    const s = only("The exhibition will run until December 15.", "2020-11-02");
    expect(s.date).toMatchObject({ value: null, precision: "unknown", earliest: null, latest: "2020-12-15" });
    expect(s.until?.value).toBe("2020-12-15");
  });
});

describe("things that are not dates", () => {
  it.each([
    "The Su-57 flew over the G20 venue.",
    "He will attend the 15th International Shipbuilding Exhibition.",
    "The 19th annual dialogue drew 125 delegations from over 100 countries.",
    "The COVID-19 outbreak slowed trade.",
    "Ministers marked the 7th round of talks.",
    "The convoy stayed for two days.",
    "It happened in the 21st century.",
  ])("%s", (text) => {
    expect(spansOf(text, "2020-01-01")).toEqual([]);
  });
});
