// Right after the body: the author's signature (a name line and an e-mail line) and a source
// note ("Source: …", "Originally published on …"). Anything else there is left to the chrome pass.

import { looksLikeByline } from "./header.ts";
import { assign, isAssigned, type Page } from "./page.ts";
import { BYLINE_PREFIX, hasEmail, SOURCE_NOTE, VOCAB_MAX } from "./vocabulary.ts";

/** How many non-blank lines after the body are searched for a signature or source note. */
const TAIL_WINDOW = 8;

export function readTail(page: Page, bodyEnd: number): void {
  const { cls } = page;
  const last = Math.min(cls.length - 1, bodyEnd + TAIL_WINDOW);
  for (let i = bodyEnd + 1; i <= last; i++) {
    const c = cls[i]!;
    if (c.marker === "related-header" || c.marker === "comments-header") break;
    if (isAssigned(page, i) || c.line.trimmed.length > VOCAB_MAX) continue;
    const t = c.line.trimmed;
    if (hasEmail(t) && c.f.words <= 10) {
      assign(page, i, "signature", "author e-mail right after the body");
      const prev = i - 1;
      if (prev > bodyEnd && !isAssigned(page, prev) && looksLikeByline(cls[prev]!, page.lang)) {
        assign(page, prev, "signature", "author name above an e-mail, right after the body");
      }
    } else if (SOURCE_NOTE.test(t) && c.f.words <= 16) {
      assign(page, i, "source-note", "names where the article was first published");
    } else if (BYLINE_PREFIX.test(t) || (i === bodyEnd + 1 && looksLikeByline(c, page.lang) && nextIsEmail(page, i))) {
      assign(page, i, "signature", "author line right after the body");
    }
  }
}

function nextIsEmail(page: Page, i: number): boolean {
  const next = page.cls[i + 1];
  return !!next && hasEmail(next.line.trimmed) && next.f.words <= 10;
}
