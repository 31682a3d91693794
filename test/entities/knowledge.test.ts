import { describe, expect, it } from "vitest";
import { countryOfAdjective, isNewsAgency, lookupOfficial, lookupPlace, termClues } from "../../src/knowledge/index.ts";
import type { PersonMention } from "../../src/types.ts";

const mention = (name: string, ...titles: string[]): PersonMention => ({
  name,
  aliases: [],
  roles: titles.map((title) => ({ title, evidence: `${title} ${name} spoke.` })),
  country: null,
});

describe("lookupOfficial", () => {
  it("finds an official by a transliteration variant", () => {
    expect(lookupOfficial("Sergey Shoigu")?.name).toBe("Sergei Shoigu");
    expect(lookupOfficial("kim jong-un")?.name).toBe("Kim Jong Un");
  });
  it("answers null for unknown names", () => {
    expect(lookupOfficial("Ivan Petrovsky")).toBeNull();
  });
});

describe("termClues", () => {
  it("gives the term window when the role names one recorded post", () => {
    const [clue] = termClues([mention("Sergei Shoigu", "Secretary of Russia's Security Council")]);
    expect(clue).toMatchObject({ earliest: "2024-05-12" });
    expect(clue!.latest).toBeUndefined();
    expect(clue!.evidence).toContain("Secretary of Russia's Security Council");
  });

  it("bounds both ends for a finished term, in either word order", () => {
    expect(termClues([mention("Nikolai Patrushev", "Russian Security Council Secretary")])).toMatchObject([
      { earliest: "2008-05-12", latest: "2024-05-12" },
    ]);
  });

  it("reads 'former' as after the term ended", () => {
    expect(termClues([mention("Joe Biden", "former US President")])).toMatchObject([{ earliest: "2025-01-20" }]);
  });

  it("gives nothing for a role the gazetteer does not record, or an unknown person", () => {
    expect(termClues([mention("Wang Yi", "Chinese Defense Minister"), mention("Ivan Petrovsky", "President")])).toEqual([]);
  });

  it("gives nothing when the text names two posts never held together", () => {
    expect(termClues([mention("Sergei Shoigu", "Russian Defense Minister", "Security Council Secretary")])).toEqual([]);
  });

  it("widens month-precision records to the whole month", () => {
    expect(termClues([mention("Andrei Belousov", "Defence Minister")])).toMatchObject([{ earliest: "2024-05-01" }]);
  });
});

describe("places, agencies, adjectives", () => {
  it("looks up cities, countries and regions", () => {
    expect(lookupPlace("Astana")).toEqual({ name: "Astana", kind: "city", country: "Kazakhstan" });
    expect(lookupPlace("the Netherlands")).toEqual({ name: "Netherlands", kind: "country", country: "Netherlands" });
    expect(lookupPlace("Kiev")?.name).toBe("Kyiv");
    expect(lookupPlace("Central Asia")?.kind).toBe("region");
    expect(lookupPlace("Springfieldia")).toBeNull();
  });
  it("names news agencies canonically and rejects other words", () => {
    expect(isNewsAgency("Yonhap")).toBe("Yonhap News");
    expect(isNewsAgency("Associated Press")).toBe("AP");
    expect(isNewsAgency("Tass")).toBe("TASS");
    expect(isNewsAgency("Ap")).toBeNull();
    expect(isNewsAgency("Kremlin")).toBeNull();
  });
  it("maps adjectives and combining forms to countries", () => {
    expect(countryOfAdjective("Russian")).toBe("Russia");
    expect(countryOfAdjective("Sino-")).toBe("China");
    expect(countryOfAdjective("table")).toBeNull();
  });
});
