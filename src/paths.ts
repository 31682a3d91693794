// Where each kind of page lives in dist/, relative to the site root. Every internal link is
// made relative from these, so the site works from any static server and any sub-path.

export const pagePath = {
  home: () => "",
  article: (id: string) => `articles/${id}/`,
  meeting: (id: string) => `meetings/${id}/`,
  person: (id: string) => `people/${id}/`,
  place: (id: string) => `places/${id}/`,
  organization: (id: string) => `organizations/${id}/`,
  timeline: () => "timeline/",
} as const;

/** The file a page path is written to: "articles/x/" -> "articles/x/index.html". */
export function fileForPage(page: string): string {
  return page === "" || page.endsWith("/") ? `${page}index.html` : page;
}

/** A relative URL from the page at `from` to the page or file at `to` (both site-root relative). */
export function relativeUrl(from: string, to: string): string {
  const depth = from.split("/").length - 1; // "articles/x/" -> 2, "" -> 0, "404.html" -> 0
  const up = "../".repeat(depth);
  const url = up + to;
  return url === "" ? "./" : url;
}

/** A URL-safe slug: lowercase ASCII letters, digits and hyphens (non-Latin text is kept as is). */
export function slugify(text: string, max = 80): string {
  const s = text
    .normalize("NFKD")
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, "$1") // "é" -> "e"; "й" keeps its breve
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = s.length > max ? s.slice(0, max).replace(/-[^-]*$/, "") : s;
  return cut || "untitled";
}
