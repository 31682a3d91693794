// Where the search page, its script and the index files live in dist/ (all relative to the site
// root). The script names the same paths (src/render/assets/search-js.ts).

/** The search page, relative to the site root. */
export const SEARCH_PAGE = "search/";
/** The page's script (an external file: the CSP allows no inline script). */
export const SEARCH_SCRIPT = "assets/search.js";
/** The index's table of contents: version, document count, shard keys. */
export const SEARCH_MANIFEST = "search/manifest.json";
/** The k-th file of document records (title, URL, kind, date, line). */
export const SEARCH_DOCS = (k: number) => `search/docs-${k}.json`;

/** The i-th shard of the term index (the manifest lists the first term of each). */
export const shardFile = (i: number) => `search/index/${i}.json`;
