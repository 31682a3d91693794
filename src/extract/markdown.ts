// The clean body as Markdown: one paragraph per block, in-body subheadings as "##". Article
// text is plain text, so every character Markdown would read as syntax is escaped: a line
// starting "1." or "#" stays text, and "<script>" shows as text instead of being dropped.

import type { Block } from "../types.ts";

export function toMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => {
      const text = escapeMarkdown(singleSpaced(b.text.trim()));
      return b.role === "subheading" ? `## ${text}` : text;
    })
    .filter((t) => t && t !== "## ")
    .join("\n\n");
}

/** text.replace(/\s+/g, " "), skipped when it would change nothing (only single spaces). */
function singleSpaced(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, " ") : text;
}

export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
  // The line-start rules below need "#", "-", "+", "=" or a digit first; most paragraphs start with a letter.
  if (!/^[#\-+=\d]/.test(escaped)) return escaped;
  return escaped
    .replace(/^(#{1,6})(?=\s|$)/, "\\$1")
    .replace(/^([-+=])(?=\s|$)/, "\\$1")
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}
