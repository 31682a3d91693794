import { describe, expect, it } from "vitest";
import { link } from "../../src/link/index.ts";
import { nameKey } from "../../src/link/people.ts";
import type { ExtractedDoc, FuzzyDate, MeetingMention, PersonMention } from "../../src/types.ts";

const day = (d: string): FuzzyDate => ({ value: d, precision: "day", earliest: d, latest: d, evidence: [d] });
const month = (m: string, earliest: string, latest: string): FuzzyDate => ({ value: m, precision: "month", earliest, latest, evidence: [m] });
const person = (name: string, country: string, roles: string[] = [], aliases: string[] = []): PersonMention => ({
  name,
  aliases,
  country,
  roles: roles.map((title) => ({ title, evidence: title })),
});
const meeting = (participants: string[], date: FuzzyDate, extra: Partial<MeetingMention> = {}): MeetingMention => ({
  participants,
  place: null,
  date,
  end: null,
  series: null,
  round: null,
  kind: "reported",
  evidence: participants.join(" met "),
  ...extra,
});
function doc(id: string, people: PersonMention[], meetings: MeetingMention[] = []): ExtractedDoc {
  return {
    id, source: `seeds/${id}.txt`, hash: id, title: id, title_inferred: false, subtitle: null, authors: [], publisher: null,
    original_publisher: null, via: [], credits: [], images: [], published: day("2030-01-01"), body: "", removed: [],
    people, organizations: [], places: [], quotes: [], meetings, warnings: [],
  };
}

describe("entity resolution", () => {
  it("folds transliterations of Russian names", () => {
    expect(nameKey("Sergey Ivanov")).toBe(nameKey("Sergei Ivanov"));
    expect(nameKey("Dmitry Orlov")).toBe(nameKey("Dmitri Orlov"));
    expect(nameKey("Wang Yi")).not.toBe(nameKey("Wang Yu"));
  });

  it("makes one person of two spellings in two articles, with both roles", () => {
    const c = link([
      doc("a", [person("Sergey Ivanov", "Russia", ["Russian Defence Minister"], ["Ivanov"])]),
      doc("b", [person("Sergei Ivanov", "Russia", ["Security Council Secretary"], ["Secretary Ivanov"])]),
    ]);
    expect(c.entities.people).toHaveLength(1);
    const p = c.entities.people[0]!;
    expect(p.articles).toEqual(["a", "b"]);
    expect([p.name, ...p.aliases]).toEqual(expect.arrayContaining(["Sergey Ivanov", "Sergei Ivanov", "Secretary Ivanov"]));
    expect(p.roles.map((r) => r.title).sort()).toEqual(["Russian Defence Minister", "Security Council Secretary"]);
    expect(c.articles.map((a) => a.people)).toEqual([[p.id], [p.id]]);
  });

  it("keeps two people who share a surname apart", () => {
    const c = link([doc("a", [person("Wang Chen", "China"), person("Wang Lei", "China")]), doc("b", [person("Wang Lei", "China")])]);
    expect(c.entities.people.map((p) => p.name).sort()).toEqual(["Wang Chen", "Wang Lei"]);
  });
});

describe("meetings across the corpus", () => {
  const ru = person("Ivan Petrov", "Russia", ["Security Council Secretary"]);
  const cn = person("Zhou Ming", "China", ["Foreign Minister"]);
  const us = person("John Smith", "United States", ["President"]);

  it("merges the same meeting from two outlets and narrows its date", () => {
    const c = link([
      doc("a", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], month("2030-04", "2030-04-11", "2030-04-15"), { series: "strategic security consultations", round: 5 })]),
      doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"), { series: "strategic security consultations", round: 5, place: { city: "Harbin", country: "China" } })]),
    ]);
    expect(c.meetings).toHaveLength(1);
    const m = c.meetings[0]!;
    expect(m.sources).toEqual(["a", "b"]);
    expect(m.date.value).toBe("2030-04-12");
    expect(m.place).toEqual({ city: "Harbin", country: "China" });
    expect(m.title).toMatch(/5th round/);
    expect(c.articles[0]!.meetings).toEqual([m.id]);
  });

  it("keeps two meetings of the same people months apart as two", () => {
    const c = link([doc("a", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-02-01"))]), doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-09-01"))])]);
    expect(c.meetings).toHaveLength(2);
  });

  it("records a conflict when two sources date one round differently", () => {
    const c = link([
      doc("a", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"), { series: "strategic security consultations", round: 5 })]),
      doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-05-20"), { series: "strategic security consultations", round: 5 })]),
    ]);
    expect(c.meetings).toHaveLength(1);
    expect(c.meetings[0]!.conflicts.find((x) => x.field === "date")?.claims.map((cl) => cl.value)).toEqual(["2030-04-12", "2030-05-20"]);
  });

  it("records a conflict when sources give one participant different offices", () => {
    const c = link([
      doc("a", [person("Ivan Petrov", "Russia", ["Russian Defense Minister"]), cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"))]),
      doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"))]),
    ]);
    const conflict = c.meetings[0]!.conflicts.find((x) => x.field.startsWith("role of"));
    expect(conflict?.claims.map((cl) => cl.value).sort()).toEqual(["defence minister", "security council secretary"]);
  });

  it("keeps only meetings between China and Russia on the timeline", () => {
    const c = link([doc("a", [ru, cn, us], [meeting(["John Smith", "Ivan Petrov"], day("2030-06-16")), meeting(["Ivan Petrov"], day("2030-06-17")), meeting(["Zhou Ming", "Ivan Petrov"], day("2030-06-18"))])]);
    expect(c.meetings.map((m) => m.date.value)).toEqual(["2030-06-18"]);
  });

  it("keeps a bilateral mechanism's round even when only one side is named", () => {
    const c = link([doc("a", [ru], [meeting(["Ivan Petrov"], day("2030-06-17"), { series: "law enforcement and security cooperation mechanism", round: 2 })])]);
    expect(c.meetings).toHaveLength(1);
  });

  it("relates articles that share a meeting", () => {
    const m = meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"));
    const c = link([doc("a", [ru, cn], [m]), doc("b", [ru, cn], [m]), doc("c", [us])]);
    expect(c.articles.find((a) => a.id === "a")!.related).toEqual(["b"]);
    expect(c.articles.find((a) => a.id === "c")!.related).toEqual([]);
  });
});

describe("undated reports", () => {
  const ru = person("Ivan Petrov", "Russia");
  const cn = person("Zhou Ming", "China");
  const undated: FuzzyDate = { value: null, precision: "unknown", earliest: "2020-01-01", latest: null, evidence: ["?"] };
  it("are not folded into a dated meeting of the same people from another article", () => {
    const c = link([doc("a", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-02-01"))]), doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], undated)])]);
    expect(c.meetings).toHaveLength(2);
  });
  it("still join a meeting named by its mechanism and round", () => {
    const s = { series: "strategic security consultations", round: 9 };
    const c = link([doc("a", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-02-01"), s)]), doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], undated, s)])]);
    expect(c.meetings).toHaveLength(1);
    expect(c.meetings[0]!.sources).toEqual(["a", "b"]);
  });
});

describe("visit ends", () => {
  it("records sources that end the same visit on incompatible days", () => {
    const ru = person("Ivan Petrov", "Russia");
    const cn = person("Zhou Ming", "China");
    const s = { series: "law enforcement and security cooperation mechanism", round: 3 };
    const c = link([
      doc("a", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"), { ...s, visitEnd: day("2030-05-15") })]),
      doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"), { ...s, visitEnd: day("2030-04-15") })]),
    ]);
    const conflict = c.meetings[0]!.conflicts.find((x) => x.field === "end of visit");
    expect(conflict?.claims).toEqual([
      { value: "2030-05-15", sources: ["a"] },
      { value: "2030-04-15", sources: ["b"] },
    ]);
  });
  it("records nothing when the ends agree", () => {
    const ru = person("Ivan Petrov", "Russia");
    const cn = person("Zhou Ming", "China");
    const c = link([
      doc("a", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"), { visitEnd: day("2030-04-15") })]),
      doc("b", [ru, cn], [meeting(["Ivan Petrov", "Zhou Ming"], day("2030-04-12"), { visitEnd: day("2030-04-15") })]),
    ]);
    expect(c.meetings[0]!.conflicts).toEqual([]);
  });
});

describe("organisations across articles", () => {
  const withOrgs = (id: string, orgs: ExtractedDoc["organizations"]): ExtractedDoc => ({ ...doc(id, []), organizations: orgs });

  it("makes one entity of a country's body however it is named, and keeps a name without a country apart", () => {
    const corpus = link([
      withOrgs("a", [{ name: "Chinese Foreign Ministry", aliases: [], country: "China" }, { name: "Security Council", aliases: [], country: "Russia" }]),
      withOrgs("b", [{ name: "Chinese Ministry of Foreign Affairs", aliases: [], country: "China" }, { name: "Russian Security Council", aliases: [], country: "Russia" }]),
      withOrgs("c", [{ name: "Security Council", aliases: [], country: null }, { name: "Ministry of Foreign Affairs", aliases: [], country: "China" }]),
    ]);
    const orgs = corpus.entities.organizations;
    expect(orgs.map((o) => [o.name, o.aliases, o.country ?? null, o.articles])).toEqual([
      ["Chinese Foreign Ministry", ["Chinese Ministry of Foreign Affairs", "Ministry of Foreign Affairs"], "China", ["a", "b", "c"]],
      ["Russian Security Council", ["Security Council"], "Russia", ["a", "b"]],
      ["Security Council", [], null, ["c"]],
    ]);
    // Each article links the entity its own mention belongs to.
    const idOf = (name: string, country?: string) => orgs.find((o) => o.name === name && (o.country ?? null) === (country ?? null))!.id;
    expect(corpus.articles.find((x) => x.id === "a")!.organizations).toEqual([idOf("Chinese Foreign Ministry", "China"), idOf("Russian Security Council", "Russia")]);
    expect(corpus.articles.find((x) => x.id === "c")!.organizations).toEqual([idOf("Security Council"), idOf("Chinese Foreign Ministry", "China")]);
  });
});
