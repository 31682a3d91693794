// Inputs that must not crash or lose lines: empty, blank, huge lines, many lines, odd characters.
import { describe, expect, it } from "vitest";
import { cleanBodyText } from "../../src/clean/index.ts";
import { cleanText, nonBlankLines, P1 } from "./helpers.ts";

describe("unusual input", () => {
  it("gives no blocks for an empty or blank text", () => {
    expect(cleanText([""]).blocks).toEqual([]);
    expect(cleanText(["", "   ", "\t"]).blocks).toEqual([]);
  });

  it("covers every line of a page with no prose at all, and keeps no body", () => {
    const lines = ["  • Home", "  • News", "Menu", "Search", "Share", "© 2024 Example"];
    const doc = cleanText(lines);
    expect(doc.blocks.map((b) => b.line)).toEqual(nonBlankLines(lines.join("\n")));
    expect(cleanBodyText(doc)).toBe("");
  });

  it("handles a single very long line as one block", () => {
    const long = `${P1} `.repeat(2000);
    const doc = cleanText([long]);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]!.role).toBe("body");
  });

  it("handles many short lines, covering each one", () => {
    const lines = Array.from({ length: 20000 }, (_, i) => (i % 2 ? `Link ${i}` : ""));
    const doc = cleanText(lines);
    expect(doc.blocks).toHaveLength(10000);
  });

  it("survives control characters, emoji and lone markup", () => {
    const doc = cleanText(["\u0000\u0007", "🙂🙂🙂", "</div>", "*/?>", P1, P1]);
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.blocks[5]!.role).toBe("duplicate");
  });
});
