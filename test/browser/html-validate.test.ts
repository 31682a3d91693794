// Every page the seeds build gives is valid HTML by html-validate's recommended rules (with the
// project's .htmlvalidate.json). Needs no browser, so it runs everywhere.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HtmlValidate, type ConfigData } from "html-validate";
import { buildSeedsSite, htmlFiles, PROJECT_ROOT, type BuiltSite } from "./site.ts";
import { CSP } from "../../templates/layout.ts";

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

  it("gives every page, the search page too, the same strict CSP (no eval, no WebAssembly)", async () => {
    const policies = new Set<string>();
    for (const file of await htmlFiles(site.dir)) {
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(await readFile(path.join(site.dir, file), "utf8"))?.[1];
      expect(policy, file).toBeDefined();
      policies.add(policy!);
    }
    expect([...policies]).toEqual([CSP]);
    expect(CSP).not.toMatch(/unsafe|wasm/);
  });

  it("with the project's settings still catches broken markup", async () => {
    const hv = await validator();
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    expect(await errorsIn(hv, page("<main><h1>Fine</h1><p>Text</p></main>"), "ok.html")).toEqual([]);
    const errors = await errorsIn(hv, page('<p id="a">x</p><p id="a"><div>y</div></p><img src="x.png"><a href="#">z</a></p>'), "bad.html");
    for (const rule of ["no-dup-id", "wcag/h37", "close-order"]) expect(errors.join("\n")).toContain(rule);
  });
});
