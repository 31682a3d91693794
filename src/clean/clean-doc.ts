// clean: RawDoc -> CleanDoc. Every non-blank line of a page dump gets a role and a reason:
// classify each line on its own (length, punctuation, stop words, chrome vocabulary), find the
// body as the densest run of prose, then name the header above it, the tail below it and the
// chrome around it. See README.md for the design.
// (index.ts re-exports this with the file command.)

import type { Block, CleanDoc, RawDoc } from "../types.ts";
import { readBody, readTrailingList } from "./body.ts";
import { readChrome } from "./chrome.ts";
import { classify } from "./classify.ts";
import { measure } from "./features.ts";
import { readHeader } from "./header.ts";
import { splitLines, type Line } from "./lines.ts";
import { bodyRun, pageWeights } from "./main-run.ts";
import type { Page } from "./page.ts";
import { findRepeats, isCaptionPair } from "./repeats.ts";
import { pickLanguageOf, wordStats, type WordStats } from "./word-stats.ts";
import { readTail } from "./tail.ts";

export function clean(raw: RawDoc): CleanDoc {
  const lines = splitLines(raw.text);
  const stats = lines.map((line) => wordStats(line.trimmed)); // once per line: for the language and the features
  const lang = pickLanguageOf(languageSample(lines, stats));
  const cls = lines.map((line, i) => classify(line, measure(line, lang, stats[i]), lang));
  const repeats = findRepeats(lines);
  const page: Page = { cls, repeats, lang, assigned: new Array(lines.length) };

  const weights = pageWeights(cls, (i) => repeats.hasCopy[i] === 1 && !isCaptionPair(repeats, i));
  const run = bodyRun(cls, weights);
  if (run) {
    const headline = readHeader(page, run.start);
    readBody(page, run, headline);
    readTrailingList(page, run);
    readTail(page, run.end);
  }
  readChrome(page, run?.start ?? -1, run?.end ?? -1);
  const blocks: Block[] = [];
  for (const b of page.assigned) if (b) blocks.push(...b);
  return { raw, blocks };
}

/** The clean body as plain text: body and subheading blocks, one paragraph each, blank lines between. */
export function cleanBodyText(doc: CleanDoc): string {
  return doc.blocks
    .filter((b) => b.role === "body" || b.role === "subheading")
    .map((b) => b.text.trim())
    .filter(Boolean)
    .join("\n\n");
}

/** Words from the longest lines: enough to tell the page's language, bounded in size. */
function languageSample(lines: readonly Line[], stats: readonly WordStats[]): WordStats[] {
  const sample: WordStats[] = [];
  let words = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (t.length < 60) continue;
    // Up to 1,000 characters the line's words are those of its first 1,000 characters.
    const s = t.length <= 1000 ? stats[i]! : wordStats(t.slice(0, 1000));
    sample.push(s);
    words += s.count;
    if (words > 5000) break;
  }
  return sample;
}
