// Roles on a made-up news page: the article's parts are found and every kind of chrome is named.
import { describe, expect, it } from "vitest";
import { cleanBodyText } from "../../src/clean/index.ts";
import { NEWS_PAGE, P1, P2, P3, P4, cleanText, nonBlankLines, roleOf, rolesOf } from "./helpers.ts";

const doc = cleanText(NEWS_PAGE);
const body = cleanBodyText(doc);

describe("the article on a page full of chrome", () => {
  it("keeps the body paragraphs, in order, separated by blank lines", () => {
    expect(rolesOf(doc, "body")).toEqual([P1, P2, P3, P4]);
    expect(body.split("\n\n")).toEqual([P1, P2, "How the barge was built", P3, P4]);
  });

  it("keeps an in-body section heading as a subheading, in the body text", () => {
    expect(roleOf(doc, "How the barge was built")).toBe("subheading");
    expect(body).toContain("How the barge was built");
  });

  it("finds the headline, the dek, the byline and the dateline above the body", () => {
    expect(rolesOf(doc, "headline")).toEqual(["Harbour City Opens New Floating Library"]);
    expect(rolesOf(doc, "dek")).toEqual(["A barge of books will dock at three piers each week this summer"]);
    expect(roleOf(doc, "By Maria Lindqvist")).toBe("byline");
    expect(roleOf(doc, "June 3, 2024")).toBe("dateline");
  });

  it("keeps a caption shown twice once, with its credit split off", () => {
    expect(rolesOf(doc, "caption")).toEqual(["Readers browse shelves aboard the library barge on Monday."]);
    expect(rolesOf(doc, "credit")).toEqual(["Photo by Harbour Daily"]);
    const second = doc.blocks.filter((b) => b.line === 17);
    expect(second.map((b) => b.role)).toEqual(["duplicate"]);
  });

  it("takes the author's name and e-mail at the end as a signature, not body", () => {
    expect(roleOf(doc, "Maria Lindqvist")).toBe("signature");
    expect(roleOf(doc, "maria.lindqvist@example.org")).toBe("signature");
    expect(body).not.toContain("example.org");
  });

  it("names the chrome: nav, form, share, related, comments, footer", () => {
    expect(roleOf(doc, "Skip to content")).toBe("nav");
    expect(roleOf(doc, "• Home")).toBe("nav");
    expect(roleOf(doc, "Search [")).toBe("form");
    expect(roleOf(doc, "Share this article")).toBe("share");
    expect(roleOf(doc, "Facebook Twitter Email")).toBe("share");
    expect(roleOf(doc, "Related Stories")).toBe("related");
    expect(roleOf(doc, "• Council Approves Summer Ferry Timetable")).toBe("related");
    expect(roleOf(doc, "12 Comments")).toBe("comments");
    expect(roleOf(doc, "1. boatfan says")).toBe("comments");
    expect(roleOf(doc, "What a wonderful idea")).toBe("comments");
    expect(roleOf(doc, "Leave a Reply")).toBe("comments");
    expect(roleOf(doc, "© 2024 Harbour Daily")).toBe("footer");
    expect(roleOf(doc, "• Privacy Policy")).toBe("footer");
  });

  it("leaves comments, related links and the caption out of the body text", () => {
    for (const text of ["wonderful idea", "waste of money", "Ferry Timetable", "Readers browse", "Share this", "All rights reserved"]) {
      expect(body).not.toContain(text);
    }
  });

  it("covers every non-blank line, with its 1-based line number and a reason", () => {
    const text = NEWS_PAGE.join("\n");
    expect([...new Set(doc.blocks.map((b) => b.line))]).toEqual(nonBlankLines(text));
    for (const b of doc.blocks) {
      expect(b.reason.length).toBeGreaterThan(3);
      expect(text.split("\n")[b.line - 1]).toContain(b.text.trim().slice(0, 20));
    }
  });
});

describe("menus are not headlines", () => {
  const STORY = [
    "Dock workers in the northern port returned to work on Friday after union leaders accepted a pay offer that had been rejected twice before, ending a walkout that lasted eleven days.",
    "The agreement raises wages by six percent over two years and adds a safety review, the union said in a statement on its website.",
  ];
  const headlineOf = async (lines: string[]) => {
    const { clean, rawDocFromText } = await import("../../src/clean/index.ts");
    return clean(rawDocFromText("menu.txt", [...lines, "", ...STORY].join("\n"))).blocks.find((b) => b.role === "headline")?.text;
  };

  it("skips a pipe-separated menu above the real headline", async () => {
    expect(await headlineOf(["Home | Politics | Business | Sport", "Harbour workers end strike after pay deal"])).toBe("Harbour workers end strike after pay deal");
  });

  it("skips a menu whose items are apart by runs of spaces or tabs, as a nav bar copies out", async () => {
    for (const menu of ["Podcasts  Opinion  World  Politics", "Europe\tAsia\tVideo\tDefense"])
      expect(await headlineOf(["Search", menu, "", "Harbour workers end strike after pay deal"]), menu).toBe("Harbour workers end strike after pay deal");
  });

  it("still takes a headline with one stray double space", async () => {
    expect(await headlineOf(["Harbour workers end  strike after pay deal"])).toBe("Harbour workers end  strike after pay deal");
  });
});
