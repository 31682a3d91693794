import { describe, expect, it } from "vitest";
import { link } from "../../src/link/index.ts";
import type { ExtractedDoc, FuzzyDate, MeetingMention, PersonMention } from "../../src/types.ts";

const day = (d: string): FuzzyDate => ({ value: d, precision: "day", earliest: d, latest: d, evidence: [d] });
const unknown = (earliest: string | null = null): FuzzyDate => ({ value: null, precision: "unknown", earliest, latest: null, evidence: ["?"] });
const person = (name: string, country: string): PersonMention => ({ name, aliases: [], country, roles: [] });
const ru = person("Ivan Petrov", "Russia");
const cn = person("Zhou Ming", "China");
const mention = (date: FuzzyDate, extra: Partial<MeetingMention> = {}): MeetingMention => ({
  participants: ["Ivan Petrov", "Zhou Ming"], place: null, date, end: null, series: null, round: null, kind: "reported", evidence: "", ...extra,
});
function doc(id: string, published: FuzzyDate, meetings: MeetingMention[]): ExtractedDoc {
  return {
    id, source: `seeds/${id}.txt`, hash: id, title: id, title_inferred: false, subtitle: null, authors: [], publisher: null,
    original_publisher: null, via: [], credits: [], images: [], published, body: "", removed: [], people: [ru, cn],
    organizations: [], places: [], quotes: [], meetings, warnings: [],
  };
}
const SERIES = { series: "strategic security consultations", round: 7 };

describe("dates placed by another source", () => {
  it("reads bare days in the month another outlet gives the same meeting, and dates the article", () => {
    const c = link([
      doc("a", unknown("2030-01-01"), [
        mention(unknown("2030-01-01"), { ...SERIES, relative: { days: [11, 15] } }),
        mention(unknown("2030-01-01"), { participants: ["Ivan Petrov", "Zhou Ming"], relative: { days: [20, 20] }, series: "law enforcement and security cooperation mechanism", round: 2 }),
      ]),
      doc("b", day("2030-04-13"), [mention(day("2030-04-12"), SERIES)]),
    ]);
    const a = c.articles.find((x) => x.id === "a")!;
    expect(a.published).toMatchObject({ value: "2030-04", precision: "month" });
    expect(a.warnings.join(" ")).toMatch(/2030-04/);
    const round2 = c.meetings.find((m) => m.round === 2)!;
    expect(round2.date).toMatchObject({ value: "2030-04-20", precision: "day" });
    expect(c.meetings.find((m) => m.round === 7)!.sources).toEqual(["a", "b"]);
  });

  it("does not move a bare day to a month whose reported day lies outside it", () => {
    const c = link([
      doc("a", unknown("2030-01-01"), [mention(unknown("2030-01-01"), { ...SERIES, relative: { days: [11, 15] } })]),
      doc("b", day("2030-04-21"), [mention(day("2030-04-20"), SERIES)]),
    ]);
    expect(c.articles.find((x) => x.id === "a")!.published.precision).toBe("unknown");
  });

  it("fixes the year of writing from 'in November last year' and a dated November visit", () => {
    const visit = (date: FuzzyDate, relative?: MeetingMention["relative"]): MeetingMention =>
      mention(date, { participants: ["Ivan Petrov"], place: { country: "China" }, kind: "mentioned", visit: true, ...(relative ? { relative } : {}) });
    const c = link([
      doc("a", unknown("2030-02-01"), [visit(unknown("2029-11-01"), { month: 11, yearOffset: -1 }), mention(unknown(), { relative: { beforePublication: true } })]),
      doc("b", day("2030-11-12"), [visit(day("2030-11-11"))]),
    ]);
    const a = c.articles.find((x) => x.id === "a")!;
    expect(a.published).toMatchObject({ value: "2031", precision: "year" });
    // The undated meeting in "a" now lies in the year of writing, and visits never reach the timeline.
    expect(c.meetings).toHaveLength(1);
    expect(c.meetings[0]!.date).toMatchObject({ value: "2031", precision: "year" });
  });

  it("leaves an article alone when two sources would anchor it to different months", () => {
    const c = link([
      doc("a", unknown("2030-01-01"), [
        mention(unknown("2030-01-01"), { ...SERIES, relative: { days: [10, 20] } }),
        mention(unknown("2030-01-01"), { series: "law enforcement and security cooperation mechanism", round: 2, relative: { days: [10, 20] } }),
      ]),
      doc("b", day("2030-04-13"), [mention(day("2030-04-12"), SERIES)]),
      doc("c", day("2030-06-16"), [mention(day("2030-06-15"), { series: "law enforcement and security cooperation mechanism", round: 2 })]),
    ]);
    expect(c.articles.find((x) => x.id === "a")!.published.precision).toBe("unknown");
  });
});

describe("weekdays placed by another source", () => {
  it("dates an article from 'on Tuesday' when another outlet dates the same round on a Tuesday", () => {
    const c = link([
      doc("a", unknown("2020-01-01"), [mention(unknown("2020-01-01"), { ...SERIES, relative: { weekday: 2 } })]),
      doc("b", day("2030-04-17"), [mention(day("2030-04-16"), SERIES)]), // 2030-04-16 is a Tuesday
    ]);
    const a = c.articles.find((x) => x.id === "a")!;
    expect(a.published).toMatchObject({ earliest: "2030-04-16", latest: "2030-04-23", value: "2030-04", precision: "month" });
    expect(c.meetings).toHaveLength(1);
  });
  it("does nothing when the weekday does not match", () => {
    const c = link([
      doc("a", unknown("2020-01-01"), [mention(unknown("2020-01-01"), { ...SERIES, relative: { weekday: 3 } })]),
      doc("b", day("2030-04-17"), [mention(day("2030-04-16"), SERIES)]),
    ]);
    expect(c.articles.find((x) => x.id === "a")!.published.precision).toBe("unknown");
  });
});
