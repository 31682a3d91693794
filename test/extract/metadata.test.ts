import { describe, expect, it } from "vitest";
import { parseByline, parseCredit, readAgencies, readMetadata, titleFromLead } from "../../src/extract/metadata.ts";
import type { Block, CleanDoc } from "../../src/types.ts";

const doc = (blocks: [Block["role"], string][], frontMatter: CleanDoc["raw"]["frontMatter"] = {}): CleanDoc => ({
  raw: { source: "seeds/x.txt", id: "x", text: "", firstLine: 1, frontMatter, hash: "", warnings: [] },
  blocks: blocks.map(([role, text], i) => ({ line: i + 1, text, role, reason: "test" })),
});

describe("bylines", () => {
  it("reads names and drops counters and UI words", () => {
    expect(parseByline("By Jane Doe and John Roe")).toEqual(["Jane Doe", "John Roe"]);
    expect(parseByline("Maria Lopez Views 1,234")).toEqual(["Maria Lopez"]);
    expect(parseByline("Ahmed Karim | Staff Reporter")).toEqual(["Ahmed Karim"]);
  });
  it("yields nothing for a line that is not a name", () => {
    expect(parseByline("Share this story")).toEqual([]);
  });
  it("takes the e-mail of a signature for its one author, and the outlet from its domain", () => {
    const m = readMetadata(doc([["headline", "A headline"], ["body", "Text."], ["signature", "Lena Berg"], ["signature", "lena@northwire.example"]]), "Text.");
    expect(m.authors).toEqual([{ name: "Lena Berg", email: "lena@northwire.example" }]);
    expect(m.publisher).toEqual({ name: "northwire.example", url: "northwire.example" });
  });
});

describe("publisher and reposts", () => {
  it("reads the outlet and its site from a copyright line", () => {
    const m = readMetadata(doc([["body", "Text."], ["footer", "© The Harbour Post(www.harbourpost.example). All rights reserved."]]), "Text.");
    expect(m.publisher).toEqual({ name: "The Harbour Post", url: "www.harbourpost.example" });
  });
  it("reads a repost's original publisher from 'Source:'", () => {
    const m = readMetadata(doc([["body", "Text."], ["source-note", "Source: Coastal Times"]]), "Text.");
    expect(m.original_publisher).toEqual({ name: "Coastal Times" });
  });
  it("lets front matter win", () => {
    const m = readMetadata(doc([["headline", "Inferred"], ["body", "Text."]], { title: "Given", publisher: "Given Outlet" }), "Text.");
    expect(m.title).toBe("Given");
    expect(m.title_inferred).toBe(false);
    expect(m.publisher).toEqual({ name: "Given Outlet" });
  });
});

describe("titles made from the lead", () => {
  it("uses the first sentence and says so", () => {
    const m = readMetadata(doc([["body", "Officials met in Minsk on Monday. They agreed on trade."]]), "Officials met in Minsk on Monday. They agreed on trade.");
    expect(m.title).toBe("Officials met in Minsk on Monday");
    expect(m.title_inferred).toBe(true);
    expect(m.warnings.join(" ")).toMatch(/no headline/);
  });
  it("cuts a long lead at a clause boundary", () => {
    const t = titleFromLead("The delegation, which included ministers of finance, trade, energy and transport from four countries, arrived in the capital late on Sunday evening after a long delay.");
    expect(t.length).toBeLessThanOrEqual(111);
    expect(t.endsWith("…")).toBe(true);
  });
});

describe("agencies and credits", () => {
  it("finds agencies cited as sources", () => {
    expect(readAgencies("According to Reuters, the talks ended. Kyodo News reported that ...")).toEqual(expect.arrayContaining(["Reuters"]));
    expect(readAgencies("According to state news agency Xinhua, the talks ended.")).toEqual(["Xinhua"]);
  });
  it("does not take a ministry or a person for an agency", () => {
    expect(readAgencies("According to the Foreign Ministry, talks ended. According to John Smith, they did.")).toEqual([]);
  });
  it("splits photo credits into agencies", () => {
    expect(parseCredit("Photo by AFP Yonhap News")).toEqual(["AFP", "Yonhap News"]);
    expect(parseCredit("/ Reuters Yonhap News”/>")).toEqual(["Reuters", "Yonhap News"]);
  });
  it("keeps an unknown short credit as written", () => {
    expect(parseCredit("Photo: Anna Field")).toEqual(["Anna Field"]);
  });
});

describe("bylines and wire datelines", () => {
  it("leaves a job title out of the authors", () => {
    expect(parseByline("By Anna Reiter, Staff Writer")).toEqual(["Anna Reiter"]);
  });
  it("reads the agency of a wire dateline", () => {
    expect(readAgencies("OSLO, March 3 (Reuters) - Ministers met on Monday.")).toEqual(["Reuters"]);
  });
});

describe("copyright lines with two markers", () => {
  it("reads 'Copyright © 2023 Name' as the outlet's name", () => {
    const m = readMetadata(doc([["body", "Text."], ["footer", "Copyright © 2023 Harbour Wire Service. All rights reserved."]]), "Text.");
    expect(m.publisher?.name).toBe("Harbour Wire Service");
  });
});

describe("agency datelines and correspondents", () => {
  it("reads /TASS/-style datelines and 'a TASS correspondent reported'", () => {
    expect(readAgencies("BEIJING, November 12. /TASS/. Talks were held.")).toEqual(["TASS"]);
    expect(readAgencies("The talks lasted three hours, a Xinhua correspondent reported.")).toEqual(["Xinhua"]);
  });
});

describe("bylines and copyright in other house styles", () => {
  it("reads 'Reporter Name e-mail' as the author", () => {
    expect(parseByline("Reporter Kim Min-ji kmj@example.co.kr")).toEqual(["Kim Min-ji"]);
  });
  it("reads the circled-c mark and drops the reproduction notice", () => {
    const m = readMetadata(doc([["body", "Text."], ["footer", "ⓒ Harbour Daily. Unauthorized reproduction prohibited."]]), "Text.");
    expect(m.publisher?.name).toBe("Harbour Daily");
  });
});

describe("shouted bylines", () => {
  it("writes all-capital names in title case", () => {
    expect(parseByline("By JANE DOE and JOHN O'ROE")).toEqual(["Jane Doe", "John O'Roe"]);
  });
});
