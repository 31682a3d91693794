// Article text is untrusted: markup in a body, a front-matter title or an image caption must show
// as text on every page that repeats it (article, index, people, meetings, search, feeds), never
// run. Each page also carries a Content-Security-Policy that forbids inline script.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import { build } from "../../src/pipeline.ts";
import type { Article } from "../../src/types.ts";
import { hashTree, put, tempDir } from "./helpers.ts";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const LINK = "[x](javascript:alert(1))";
const ENTITY = "&lt;b&gt;boldmarker&lt;/b&gt;";
const PAYLOAD = `${SCRIPT} ${IMG} ${LINK} ${ENTITY}`;

const HOSTILE = `---
title: "Port talks ${SCRIPT} ${IMG} ${ENTITY}"
---
Port Talks Open in the North

By Test Writer

VLADIVOSTOK, March 3, 2024 — Port officials from two neighbouring countries met on Tuesday to discuss customs rules ${PAYLOAD} for container traffic. The talks covered inspection times and shared data systems.

Officials walk along the quay ${SCRIPT} ${IMG} before the talks. Photo by Jane Roe / AFP

Sergei Petrov, the head of the port authority, said the delegations agreed to meet again in the autumn ${PAYLOAD}, according to a statement released after the meeting.

Read more: ${LINK} <a href="javascript:alert(2)">click</a> <iframe src="https://example.org"></iframe>
`;

let root: string;
let cleanup: () => Promise<void>;
let out: string;
let pages: { file: string; html: string }[];
let hostile: Article;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir("security"));
  out = path.join(root, "dist");
  await put(path.join(root, "seeds"), "hostile.txt", HOSTILE);
  await build({ root, seedsDir: path.join(root, "seeds"), outDir: out, config: { ...DEFAULT_CONFIG, url: "https://example.org/news/" } });
  const files = [...(await hashTree(out)).keys()].filter((f) => /\.(html|xml)$/.test(f));
  pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(path.join(out, file), "utf8") })));
  hostile = (JSON.parse(await readFile(path.join(out, "data/articles.json"), "utf8")) as Article[])[0]!;
});
afterAll(async () => cleanup?.());

describe("markup in article text", () => {
  it("reaches the title, the body and a caption (so every path is exercised)", () => {
    expect(hostile.title).toContain(SCRIPT);
    expect(hostile.body).toContain("alert(1)");
    expect(hostile.images.map((i) => i.caption).join("\n")).toContain(IMG);
  });

  it("never becomes a script: every <script> on every page is an external file of the site", () => {
    for (const { file, html } of pages) {
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi) ?? []) {
        expect(tag, file).toMatch(/^<script src="(?:\.\.\/|\.\/)*[\w./-]+\.js"( defer)?( type="module")?><\/script>$/);
      }
      expect(html, file).not.toMatch(/<script>alert/i);
    }
  });

  it("never becomes an event handler, a javascript: URL, an iframe or a real <b>", () => {
    for (const { file, html } of pages) {
      const attrs = attributes(html);
      expect(attrs.filter((a) => /^on/i.test(a.name)), file).toEqual([]);
      expect(attrs.filter((a) => /^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(decode(a.value))), file).toEqual([]);
      expect(html, file).not.toMatch(/<iframe/i);
      expect(html, file).not.toMatch(/<b>boldmarker/i);
    }
  });

  it("shows as text on the article page, escaped", () => {
    const page = pages.find((p) => p.file === `articles/${hostile.id}/index.html`)!.html;
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("boldmarker");
  });

  it("is escaped in the feeds too", () => {
    const feeds = pages.filter((p) => p.file.endsWith(".xml"));
    for (const { file, html } of feeds) expect(html, file).not.toMatch(/<script|<img/i);
  });

  it("cannot switch off the Content-Security-Policy: every page has one without inline script", () => {
    const html = pages.filter((p) => p.file.endsWith(".html"));
    expect(html.length).toBeGreaterThan(3);
    for (const { file, html: h } of html) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(h)?.[1];
      expect(csp, file).toBeDefined();
      expect(csp, file).toMatch(/script-src 'self'/);
      expect(csp, file).not.toMatch(/unsafe-inline/);
      expect(h.indexOf("Content-Security-Policy"), file).toBeLessThan(h.indexOf("<body"));
    }
  });
});

/** Every attribute of every start tag, quoted values kept whole (so text inside a value is not a tag). */
function attributes(html: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const text = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of text.matchAll(/<[a-zA-Z][\w:-]*((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    for (const a of tag[1]!.matchAll(/\s+([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      out.push({ name: a[1]!, value: a[2] ?? a[3] ?? a[4] ?? "" });
    }
  }
  return out;
}

const decode = (v: string) => v.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&colon;/gi, ":");
