// Roles inside the body run. Prose is body; a short title-like line set apart right before a
// paragraph is a subheading; a short line that ends a sentence is a short paragraph; captions,
// repeats, inline "Related:" links and chrome labels inside the run are taken out.

import type { Classified } from "./classify.ts";
import { tryCaption } from "./captions.ts";
import { assign, isAssigned, type Page } from "./page.ts";
import type { Run } from "./main-run.ts";

const INLINE_LINK = /^(?:related|read more|read also|also read|see also|more|watch|listen|recommended|читайте также|関連|관련기사)\s*[:：]\s*\S/iu;

const isProse = (c: Classified | undefined) => !!c && (c.quality === "good" || c.quality === "near-good") && !c.marker;

/** A short line set apart like a heading: no sentence end, few words, mostly letters. */
export function isHeadingLike(c: Classified): boolean {
  const { f } = c;
  if (c.marker || f.bullet || f.endsSentence) return false;
  if (f.letters < 0.5 || f.length > 160) return false;
  return f.cjk > 0.3 ? f.length >= 4 : f.words >= 1 && f.words <= 20;
}

export function readBody(page: Page, run: Run, headline: string | null): void {
  const { cls } = page;
  for (let i = run.start; i <= run.end; i++) {
    if (isAssigned(page, i)) continue;
    const c = cls[i]!;
    const prev = cls[i - 1];
    const next = cls[i + 1];
    if (c.f.length < 500 && tryCaption(page, i, headline)) continue;
    const first = page.repeats.firstCopy[i]!;
    if (first >= 0) {
      assign(page, i, "duplicate", `repeat of line ${cls[first]!.line.lineNo}`);
      continue;
    }
    if (c.f.length < 300 && INLINE_LINK.test(c.line.trimmed)) {
      assign(page, i, "related", "inline link to another article (\"Related: …\") inside the body");
      continue;
    }
    if (c.marker === "list-item") {
      if (c.f.titleCase < 0.5 && c.f.words >= 4) assign(page, i, "body", "list item in sentence case inside the body");
      else if (introducesList(page, i)) assign(page, i, "body", "item of a list the body introduces with \":\"");
      continue; // other list items are links: the chrome pass names them
    }
    if (c.marker) continue;
    if (c.f.columnGaps > 0 && c.quality !== "good") {
      assign(page, i, "body", `table row inside the body (${c.f.columnGaps + 1} columns)`);
      continue;
    }
    if (isHeadingLike(c) && c.line.blankBefore && isProse(next) && i < run.end) {
      assign(page, i, "subheading", `${c.f.words} words without a sentence end, set apart right before a paragraph`);
    } else if (isProse(c)) {
      assign(page, i, "body", c.reason);
    } else if (c.quality === "short" && c.f.endsSentence && c.f.words >= 2) {
      assign(page, i, "body", `short paragraph ending a sentence, inside the body (${c.f.words} words)`);
    } else if (c.quality === "bad" && isProse(prev) && isProse(next)) {
      assign(page, i, "body", `between two body paragraphs (${c.reason})`);
    }
  }
}

/** Whether the list line i belongs to a list that a body paragraph introduces ("… as follows:"). */
function introducesList(page: Page, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 40; j--) {
    const c = page.cls[j]!;
    if (c.f.bullet) continue;
    return /[:：]\s*$/.test(c.line.trimmed) && (page.assigned[j]?.[0]?.role === "body" || isProse(c));
  }
  return false;
}

/** A list right after the body's last paragraph, when that paragraph ends with ":". */
export function readTrailingList(page: Page, run: Run): void {
  const last = page.cls[run.end]!;
  if (!/[:：]\s*$/.test(last.line.trimmed)) return;
  for (let i = run.end + 1; i < page.cls.length; i++) {
    const c = page.cls[i]!;
    if (isAssigned(page, i)) break;
    if (c.f.bullet && c.f.letters >= 0.3) assign(page, i, "body", "item of a list the body's last paragraph introduces with \":\"");
    else if (i > run.end + 1 && continuesItem(c, page.cls[i - 1]!)) assign(page, i, "body", "a line set directly under an item of the list (its link or detail)");
    else break;
  }
}

/**
 * A list item's link or detail: a line glued under the line above (no blank line between), or
 * a bare URL right under an item.
 */
function continuesItem(c: Classified, above: Classified): boolean {
  if (c.marker === "url") return !c.line.blankBefore || above.f.bullet;
  return !c.line.blankBefore && c.f.length <= 300 && c.marker === null;
}
