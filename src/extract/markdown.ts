// The clean body as Markdown: one paragraph per block, in-body subheadings as "##". Article
// text is plain text, so every character Markdown would read as syntax is escaped: a line
// starting "1." or "#" stays text, and "<script>" shows as text instead of being dropped.

import type { Block } from "../types.ts";

export function toMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => {
      const text = escapeMarkdown(b.text.trim().replace(/\s+/g, " "));
      return b.role === "subheading" ? `## ${text}` : text;
    })
    .filter((t) => t && t !== "## ")
    .join("\n\n");
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(#{1,6})(?=\s|$)/, "\\$1")
    .replace(/^([-+=])(?=\s|$)/, "\\$1")
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}
