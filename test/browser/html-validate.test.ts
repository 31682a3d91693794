// Every page the seeds build gives is valid HTML by html-validate's recommended rules (with the
// project's .htmlvalidate.json). Needs no browser, so it runs everywhere.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HtmlValidate, type ConfigData } from "html-validate";
import { buildSeedsSite, htmlFiles, PROJECT_ROOT, type BuiltSite } from "./site.ts";

async function validator(): Promise<HtmlValidate> {
  const config = JSON.parse(await readFile(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
  return new HtmlValidate(config);
}

async function errorsIn(hv: HtmlValidate, markup: string, name: string): Promise<string[]> {
  const report = await hv.validateString(markup, name);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe("html-validate", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSeedsSite();
  });
  afterAll(async () => {
    await site?.remove();
  });

  it("reports no error on any generated page", async () => {
    const hv = await validator();
    const files = await htmlFiles(site.dir);
    for (const kind of ["index.html", "404.html", "search/index.html", "timeline/index.html", "articles/", "meetings/", "people/", "places/", "organizations/"])
      expect(files.some((f) => f.startsWith(kind)), `a ${kind} page`).toBe(true);
    const errors: string[] = [];
    for (const file of files) errors.push(...(await errorsIn(hv, await readFile(path.join(site.dir, file), "utf8"), file)));
    expect(errors).toEqual([]);
  });

  it("allows WebAssembly ('wasm-unsafe-eval') in the CSP of the search page only", async () => {
    const files = await htmlFiles(site.dir);
    const allowing: string[] = [];
    for (const file of files) if ((await readFile(path.join(site.dir, file), "utf8")).includes("'wasm-unsafe-eval'")) allowing.push(file);
    expect(allowing).toEqual(["search/index.html"]);
  });

  it("with the project's settings still catches broken markup", async () => {
    const hv = await validator();
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    expect(await errorsIn(hv, page("<main><h1>Fine</h1><p>Text</p></main>"), "ok.html")).toEqual([]);
    const errors = await errorsIn(hv, page('<p id="a">x</p><p id="a"><div>y</div></p><img src="x.png"><a href="#">z</a></p>'), "bad.html");
    for (const rule of ["no-dup-id", "wcag/h37", "close-order"]) expect(errors.join("\n")).toContain(rule);
  });
});
