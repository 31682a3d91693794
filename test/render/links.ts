// A small link checker over a rendered file map, as a static server would resolve links:
// relative to the page's folder, a folder link needing its index.html, a #fragment needing an
// element with that id on the target page.

import path from "node:path";

export function decodeEntities(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function idsIn(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? "")));
}

/** Every internal href/src that does not resolve, as "page: url". */
export function brokenLinks(files: Map<string, string | Uint8Array>): string[] {
  const broken: string[] = [];
  for (const [file, content] of files) {
    if (!file.endsWith(".html") || typeof content !== "string") continue;
    for (const m of content.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const url = decodeEntities(m[1] ?? "").trim();
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue; // external
      const [pathPart = "", fragment] = url.split("#");
      let target = pathPart === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart));
      if (pathPart.endsWith("/") || target === "." || target.endsWith("/")) target = path.posix.join(target, "index.html");
      if (target.startsWith("..") || !files.has(target)) {
        broken.push(`${file}: ${url}`);
        continue;
      }
      const page = files.get(target);
      if (fragment && typeof page === "string" && target.endsWith(".html") && !idsIn(page).has(fragment)) broken.push(`${file}: ${url} (no id)`);
    }
  }
  return broken;
}
