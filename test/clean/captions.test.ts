// Captions and credits glued to other text, stray markup, source notes, repeated lists.
import { describe, expect, it } from "vitest";
import { cleanBodyText } from "../../src/clean/index.ts";
import { P1, P2, P3, P4, cleanText, roleOf, rolesOf } from "./helpers.ts";

const HEADLINE = "Harbour City Opens New Floating Library";

describe("a caption glued to a repeat of the headline", () => {
  const doc = cleanText([
    HEADLINE,
    "",
    `${HEADLINE} Children wave from the deck of the barge on its first morning at the north pier. Photo by Example Wire`,
    "",
    P1,
    "",
    P2,
    "",
    P3,
  ]);

  it("splits the line into the headline repeat, the caption and the credit", () => {
    const pieces = doc.blocks.filter((b) => b.line === 3);
    expect(pieces.map((b) => [b.role, b.text])).toEqual([
      ["duplicate", HEADLINE],
      ["caption", "Children wave from the deck of the barge on its first morning at the north pier."],
      ["credit", "Photo by Example Wire"],
    ]);
  });

  it("keeps the headline once and the caption out of the body", () => {
    expect(rolesOf(doc, "headline")).toEqual([HEADLINE]);
    expect(cleanBodyText(doc)).not.toContain("Children wave");
  });
});

describe("a caption with a slash credit, shown twice", () => {
  const caption = "The mayor cuts the ribbon at the first pier on Monday morning. / Example Wire News";
  const doc = cleanText([HEADLINE, "", caption, caption, "", P1, "", P2, "", P3]);

  it("is one caption, one credit and one duplicate", () => {
    expect(rolesOf(doc, "caption")).toEqual(["The mayor cuts the ribbon at the first pier on Monday morning."]);
    expect(rolesOf(doc, "credit")).toEqual(["/ Example Wire News"]);
    expect(doc.blocks.filter((b) => b.line === 4).map((b) => b.role)).toEqual(["duplicate"]);
  });
});

describe("a page whose body starts at once", () => {
  const doc = cleanText(["Harbour pier at dawn. /Example Wire News”/>", P1, P2, P3, P4]);

  it("emits no headline block", () => {
    expect(rolesOf(doc, "headline")).toEqual([]);
  });

  it("takes a stray attribute fragment at the top as noise and credit, not body", () => {
    const first = doc.blocks.filter((b) => b.line === 1);
    expect(first.map((b) => b.role).sort()).toEqual(["credit", "noise"]);
    expect(rolesOf(doc, "body")).toEqual([P1, P2, P3, P4]);
  });
});

describe("the end of an article", () => {
  const doc = cleanText([HEADLINE, "", P1, "", P2, "", P3, "", "Source: Example Times", "", "Popular Now", "  • Ferry Timetable Changes Again", "  • Bike Lanes Planned", "", "Most Read", "  • Ferry Timetable Changes Again", "  • Bike Lanes Planned"]);

  it("reads a source note as a source-note block", () => {
    expect(roleOf(doc, "Source: Example Times")).toBe("source-note");
    expect(cleanBodyText(doc)).not.toContain("Example Times");
  });

  it("marks the same list under a second heading as duplicates", () => {
    expect(roleOf(doc, "Popular Now")).toBe("related");
    expect(doc.blocks.filter((b) => b.line === 12).map((b) => b.role)).toEqual(["related"]);
    expect(doc.blocks.filter((b) => b.line === 16).map((b) => b.role)).toEqual(["duplicate"]);
  });
});

describe("bylines", () => {
  it("reads a name followed by a view counter under the headline as a byline", () => {
    const doc = cleanText([HEADLINE, "", "Jane Doe Views", "", P1, "", P2, "", P3]);
    expect(roleOf(doc, "Jane Doe Views")).toBe("byline");
  });

  it("does not take a title-case sub-headline for a byline", () => {
    const doc = cleanText([HEADLINE, "", "Council Pledges Three New Barges by Next Year", "", P1, "", P2, "", P3]);
    expect(roleOf(doc, "Council Pledges")).toBe("dek");
  });
});

describe("interface labels around the body", () => {
  const doc = cleanText(["Text Size", "Close", "", HEADLINE, "", P1, "", P2, "", P3, "", "Join us on social!", "", "Top"]);

  it("never lets UI vocabulary into the body", () => {
    const body = cleanBodyText(doc);
    for (const label of ["Text Size", "Close", "Join us", "Top"]) expect(body).not.toContain(label);
    expect(roleOf(doc, "Join us on social!")).toBe("share");
  });
});
