// Where the search page and its files live in dist/, and how a page marks the region that
// search indexes. No Pagefind import here: render uses this and must stay pure and light.

import { html, type SafeHtml } from "../render/html.ts";

/** The search page, relative to the site root. */
export const SEARCH_PAGE = "search/";
/** The page's script (an external file: the CSP allows no inline script). */
export const SEARCH_SCRIPT = "assets/search.js";
/** The folder the index is written to; the script loads `pagefind.js` from it. */
export const SEARCH_BUNDLE = "pagefind/";

/**
 * Attributes that make an element the only indexed region of its page, with the kind of page
 * stored for the results list. Pages without such a region (home, timeline, 404, search, lists)
 * are left out of the index, and so is everything outside the region (navigation, footer).
 */
export function indexedRegion(kind: string): SafeHtml {
  return html` data-pagefind-body data-pagefind-meta="kind:${kind}"`;
}
