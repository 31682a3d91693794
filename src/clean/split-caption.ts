// Splitting one line into the pieces a page glued together: a repeated headline followed by a
// photo caption ("<headline> <caption> Photo by AFP"), and a caption followed by its credit
// ("… on November 12. / AFP Yonhap News").

import { CREDIT_TAIL, MARKUP_FRAGMENT, mayBeMarkup, mayEndInCredit } from "./vocabulary.ts";

export interface Piece {
  text: string;
  kind: "headline-repeat" | "text" | "credit";
}

/** The credit at the end of a line, if the line has text before it. Only tried on lines up to 600 characters. */
export function splitCredit(text: string): { before: string; credit: string } | null {
  if (text.length > 600 || !mayEndInCredit(text)) return null;
  const m = CREDIT_TAIL.exec(text);
  if (!m || m.index === undefined) return null;
  const before = text.slice(0, m.index).trim();
  const credit = m[1]!.trim();
  if (!before || before.split(/\s+/).length < 2) return null;
  return { before, credit };
}

/** "<headline><rest>": the headline repeated at the start of a longer line. */
export function splitHeadlineRepeat(text: string, headline: string): { rest: string } | null {
  const h = headline.trim();
  if (h.length < 12 || text.length <= h.length + 8) return null;
  if (!text.startsWith(h)) return null;
  const rest = text.slice(h.length).trim();
  if (!/^[\p{L}\p{N}"“'‘(]/u.test(rest)) return null;
  return { rest };
}

/** Whether a line ends in a stray attribute/tag fragment (`…News”/>`). */
export function endsInMarkup(text: string): boolean {
  return text.length <= 400 && mayBeMarkup(text) && MARKUP_FRAGMENT.test(text);
}
