import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.ts";
import { escapeMarkdown, toMarkdown } from "../../src/extract/markdown.ts";

describe("splitSentences", () => {
  it("does not end a sentence at U.S., Mr. or an initial", () => {
    const s = splitSentences("The U.S. envoy met Mr. Lee and J. Park in Seoul. They talked for hours.");
    expect(s.map((x) => x.text)).toEqual(["The U.S. envoy met Mr. Lee and J. Park in Seoul.", "They talked for hours."]);
  });
  it("keeps a closing quote with its sentence and gives offsets into the text", () => {
    const text = "He said, “We agree.” Then he left.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["He said, “We agree.”", "Then he left."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it("splits at CJK full stops", () => {
    expect(splitSentences("会谈在北京举行。双方同意合作。")).toHaveLength(2);
  });
  it("does not split decimals", () => {
    expect(splitSentences("Growth was 3.5 percent this year.")).toHaveLength(1);
  });
});

describe("Markdown from plain text", () => {
  it("keeps text that looks like markup as text", () => {
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(escapeMarkdown("1. yuri says")).toBe("1\\. yuri says");
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("a *b* c_d [e](f) &amp;")).toBe("a \\*b\\* c\\_d \\[e\\](f) \\&amp;");
  });
  it("renders subheadings as ## and paragraphs separated by blank lines", () => {
    const md = toMarkdown([
      { line: 1, text: "First paragraph.", role: "body", reason: "" },
      { line: 2, text: "A section", role: "subheading", reason: "" },
      { line: 3, text: "Second  paragraph.", role: "body", reason: "" },
    ]);
    expect(md).toBe("First paragraph.\n\n## A section\n\nSecond paragraph.");
  });
});
