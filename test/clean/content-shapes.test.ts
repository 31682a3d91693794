// Content that is not paragraphs: a data table, a list of items with their links, short
// one-sentence paragraphs, and names with an inner capital that are not glued teasers.
import { describe, expect, it } from "vitest";
import { classify } from "../../src/clean/classify.ts";
import { measure } from "../../src/clean/features.ts";
import { splitLines } from "../../src/clean/lines.ts";
import { lineWeight } from "../../src/clean/main-run.ts";
import { dataTableRows } from "../../src/clean/tables.ts";
import { GLUED_TEASER } from "../../src/clean/vocabulary.ts";
import { cleanBodyText } from "../../src/clean/index.ts";
import { cleanText, roleOf } from "./helpers.ts";

const classifyAll = (text: string, lang: string | null = "en") => splitLines(text).map((l) => classify(l, measure(l, lang), lang));

/** A rowing league's standings: rank, crew, points, wins, losses — as a text browser lays them out. */
const STANDINGS = [
  "Rank   Crew                    Points   Wins   Losses",
  "",
  "1      Northbank Rowing Club       42      14        1",
  "",
  "2      Old Harbour Oars            39      13        2",
  "",
  "3      Riverside Scullers          31      10        5",
  "",
  "4      Eastgate Boat Club          27       9        6",
  "",
  "5      Millpond Crew               18       6        9",
];

describe("data tables", () => {
  it("marks a run of rows with one column count as a table, but not a two-column form or a short run", () => {
    const rows = dataTableRows(classifyAll(STANDINGS.join("\n")));
    expect([...rows].slice(1)).toEqual([1, 1, 1, 1, 1]);
    const form = dataTableRows(classifyAll(["Name      [          ]", "Email     [          ]", "City      [          ]", "Phone     [          ]"].join("\n")));
    expect([...form]).toEqual([0, 0, 0, 0]);
    expect([...dataTableRows(classifyAll(STANDINGS.slice(2, 7).join("\n")))]).toEqual([0, 0, 0]);
  });

  it("keeps a standings table that is the article, against a list of teasers with summaries below it", () => {
    const doc = cleanText([
      "Home  News  Results  Contact",
      "",
      "River League Standings",
      "",
      ...STANDINGS,
      "",
      "More Columns",
      "",
      "» Coach's Corner",
      "",
      "Click on the photo to read every column our coach has written about training, boats and races this season.",
      "",
      "» Regatta Preview",
      "",
      "Find out when the next regatta starts, where to watch it from the bank and which crews are the favourites.",
      "",
      "© 2024 River League. All rights reserved.",
    ]);
    const body = cleanBodyText(doc);
    expect(body).toContain("Northbank Rowing Club");
    expect(body).toContain("Millpond Crew");
    expect(body).not.toContain("Click on the photo");
    expect(body).not.toContain("Find out when the next regatta");
  });
});

describe("a list the body introduces, with a link under each item", () => {
  it("keeps the items and their links, glued or set apart, and stops at the next block", () => {
    const doc = cleanText([
      "The library has published the books its readers borrowed most this spring, and the shop across the road has them all in stock at a discount until the end of the month, which the owners say is a first for the town. Here is the list:",
      "",
      "1) The Lighthouse Keeper's Daughter",
      "http://example.org/b/1",
      "",
      "2) A Winter on the Canal",
      "",
      "http://example.org/b/2",
      "",
      "3) Maps of Forgotten Harbours",
      "http://example.org/b/3",
      "",
      "Tags: books, library",
    ]);
    const body = cleanBodyText(doc);
    for (const t of ["The Lighthouse Keeper's Daughter", "http://example.org/b/1", "A Winter on the Canal", "http://example.org/b/2", "http://example.org/b/3"]) {
      expect(body).toContain(t);
    }
    expect(body).not.toContain("Tags:");
  });
});

describe("short complete sentences", () => {
  it("weigh by their length when dense in stop words, so a few of them outweigh a short label", () => {
    const [short, longer, label] = classifyAll(
      ["It was late.", "Of the three routes, the northern one is the longest and is closed in winter.", "Boats and Harbours Weekly Guide"].join("\n"),
    );
    expect(lineWeight(longer!, false)).toBeGreaterThan(lineWeight(short!, false));
    expect(lineWeight(longer!, false)).toBeGreaterThan(0.5);
    expect(lineWeight(label!, false)).toBeLessThan(0);
  });
});

describe("glued teasers", () => {
  it("finds a headline glued to its summary", () => {
    expect(GLUED_TEASER.test("Ferry Fares Rise Again In HarbourtownThe council said on Monday that fares would rise")).toBe(true);
    expect(GLUED_TEASER.test("Record Crowds At The Regatta In 2024The organisers counted more visitors than ever")).toBe(true);
  });
  it("does not take a name or brand with an inner capital for a glue", () => {
    expect(GLUED_TEASER.test("Sen. Alan McDowell said on Monday that the harbour bill would pass")).toBe(false);
    expect(GLUED_TEASER.test("Coach Anna DiMarco and her crew won the final")).toBe(false);
    expect(GLUED_TEASER.test("New Apple iPhone goes on sale in the harbour shop")).toBe(false);
  });
  it("keeps a paragraph that opens with such a name in the body", () => {
    const para = "Sen. Alan McDowell said on Monday that the harbour bill would pass before the summer recess, and that the ferry operators had agreed to the new timetable after three weeks of talks with the council.";
    const doc = cleanText(["Harbour Bill Set To Pass", "", para, "", "He added that the vote would be held in June, after the committee had read the final text and heard from the pier owners."]);
    expect(roleOf(doc, "Sen. Alan McDowell")).toBe("body");
  });
});

describe("affiliate notices", () => {
  it("marks a commission disclosure as site notice, not prose", () => {
    const [notice, prose] = classifyAll(
      ["We may earn a commission when you buy through the links in this article.", "The ferry company will earn more from the new route than from the old one, its owners said."].join("\n"),
    );
    expect(notice!.marker).toBe("consent");
    expect(prose!.marker).toBeNull();
  });
});
