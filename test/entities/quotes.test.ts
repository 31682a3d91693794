import { describe, expect, it } from "vitest";
import { read } from "./helpers.ts";

const quotes = (...t: string[]) => read(...t).quotes;

describe("quotes and speakers", () => {
  it("takes the speaker before the quote", () => {
    expect(quotes("Foreign Minister Elena Sova stated, “Our doors remain open to dialogue.”")).toEqual([
      { speaker: "Elena Sova", text: "Our doors remain open to dialogue." },
    ]);
  });

  it("takes the speaker after the quote, with 'said X' order too", () => {
    const q = quotes("Mayor Tomas Brandt opened the hall. “We built this for everyone,” said Brandt.");
    expect(q).toEqual([{ speaker: "Tomas Brandt", text: "We built this for everyone" }]);
  });

  it("resolves he/she to the most recent named subject, not an object", () => {
    const q = quotes(
      "Minister Paulo Reis held talks with Ambassador Ines Duarte on Tuesday.",
      "“The relationship has never been stronger,” he said.",
    );
    expect(q[0]!.speaker).toBe("Paulo Reis");
  });

  it("carries the speaker into a second quote joined by 'and added'", () => {
    const q = quotes('Spokesperson Karl Weiss said, "The plan is a sovereign matter for them," and added, "We will watch it closely though."');
    expect(q.map((x) => x.speaker)).toEqual(["Karl Weiss", "Karl Weiss"]);
  });

  it("uses a title + surname speaker", () => {
    const q = quotes("Analyst Mei Fong joined later. Analyst Fong said, “Markets will calm down soon enough.”");
    expect(q[0]!.speaker).toBe("Mei Fong");
  });

  it("gives null when an organisation speaks, and skips short scare quotes", () => {
    const q = quotes("“We welcome every partner in this effort,” the ministry said. Critics call it the “Iron Shield” plan.");
    expect(q).toEqual([{ speaker: null, text: "We welcome every partner in this effort" }]);
  });

  it("reads a colon attribution", () => {
    const q = quotes("Governor Lia Marsh arrived.", "Marsh: “The storm damage is worse than we feared”");
    expect(q[0]).toEqual({ speaker: "Lia Marsh", text: "The storm damage is worse than we feared" });
  });
});
