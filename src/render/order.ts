// Orders the site's lists share: the home page, the feeds and the search index list articles
// the same way. Text compares by code units, not locale, so the output is the same everywhere.

import type { Article } from "../types.ts";
import { compareDatesNewestFirst } from "./dates.ts";

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first (unknown dates last), then by title, then by id: a total order. */
export const newestFirst = (a: Article, b: Article): number =>
  compareDatesNewestFirst(a.published, b.published) || byText(a.title, b.title) || byText(a.id, b.id);
