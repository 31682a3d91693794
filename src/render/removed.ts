// The lines the cleaner left out, for "How this page was read". Their reasons go on the article
// page, grouped into runs; their texts go to a plain-text file beside it (articles/<id>/removed.txt),
// because they are exactly the page chrome the site promises to keep off its pages (the site
// check fails any page that shows a boilerplate line) — yet a reader can still audit every one.

import type { Article } from "../types.ts";

export interface RemovedRun {
  from: number;
  to: number;
  count: number;
  reason: string;
}

/** Consecutive lines removed for the same reason, as one run. */
export function removedRuns(removed: Article["removed"]): RemovedRun[] {
  const sorted = [...removed].sort((a, b) => a.line - b.line);
  const runs: RemovedRun[] = [];
  for (const r of sorted) {
    const last = runs.at(-1);
    if (last && last.reason === r.reason && r.line <= last.to + 1) {
      last.to = r.line;
      last.count++;
    } else runs.push({ from: r.line, to: r.line, count: 1, reason: r.reason });
  }
  return runs;
}

export const REMOVED_FILE = "removed.txt";

/** Every removed line with its number and reason, as UTF-8 text (BOM so browsers detect it). */
export function removedText(a: Article): string {
  const head = `Lines left out of "${a.title}" (${a.source}), with why.\n\n`;
  const body = [...a.removed]
    .sort((x, y) => x.line - y.line)
    .map((r) => `line ${r.line} — ${r.reason}\n    ${r.text}\n`)
    .join("");
  return `\uFEFF${head}${body || "Nothing was left out.\n"}`;
}
