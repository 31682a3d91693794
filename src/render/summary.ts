// A one-line summary for lists: the dek's first line when there is one, else the body's first
// sentence, as plain text (Markdown syntax and escapes removed).

import type { Article } from "../types.ts";

const MAX = 240;
// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Gov|Sen|Rep|Pres|Prof|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co)|\b\p{Lu}|\b\p{Lu}\.\p{Lu})\.$/u;

/** Markdown source -> the text a reader sees (enough for summaries, not a full renderer). */
export function markdownToText(md: string): string {
  return md
    .replace(/(?<!\\)!\[([^\]]*)\]\([^)]*\)/g, "$1") // escaped brackets are text, not a link
    .replace(/(?<!\\)\[([^\]]*?)(?<!\\)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/(^|[^\\])[*_`]+/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&|~=])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

export function firstSentence(text: string): string {
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (ABBREVIATIONS.test(text.slice(0, (m.index ?? 0) + 1))) continue;
    return text.slice(0, end);
  }
  return text;
}

function clip(text: string): string {
  if (text.length <= MAX) return text;
  const cut = text.slice(0, MAX).replace(/\s+\S*$/, "");
  return `${cut}…`;
}

export function summarize(article: Pick<Article, "subtitle" | "body">): string {
  const dek = article.subtitle?.split("\n").map((l) => l.trim()).find(Boolean);
  if (dek) return clip(dek);
  const paragraph = article.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !p.startsWith("#"));
  return paragraph ? clip(firstSentence(markdownToText(paragraph))) : "";
}
