// The Eleventy side: Eleventy 3 installed with npm into a scratch folder (never a project
// dependency), a site of the same articles' clean bodies as Markdown with a title in front
// matter, a minimal Nunjucks layout and a home page listing every article.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { measure, type Measured } from "./measure.ts";

export const ELEVENTY_SPEC = "@11ty/eleventy@3";

/** Installs Eleventy 3 into `dir` unless it is already there; returns its CLI and version. */
export function ensureEleventy(dir: string): { cli: string; version: string } {
  const pkg = path.join(dir, "node_modules/@11ty/eleventy/package.json");
  if (!existsSync(pkg)) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(path.join(dir, "package.json"))) writeFileSync(path.join(dir, "package.json"), '{"name":"eleventy-bench","private":true}\n');
    process.stderr.write(`installing ${ELEVENTY_SPEC} into ${dir} ...\n`);
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ELEVENTY_SPEC], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  }
  const { version } = JSON.parse(readFileSync(pkg, "utf8")) as { version: string };
  return { cli: path.join(dir, "node_modules/@11ty/eleventy/cmd.cjs"), version };
}

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>
{{ content | safe }}
</main></body>
</html>
`;

const INDEX = `---
layout: base.njk
title: Articles
---
<ul>
{%- for a in collections.article %}
<li><a href="{{ a.url }}">{{ a.data.title }}</a></li>
{%- endfor %}
</ul>
`;

/** Writes the Eleventy project for the clean bodies in `cleanDir` (`<name>.txt`), titled from `titles`. */
export async function writeEleventySite(siteDir: string, cleanDir: string, titles: Map<string, string>): Promise<number> {
  await rm(siteDir, { recursive: true, force: true });
  const articles = path.join(siteDir, "src/articles");
  await mkdir(articles, { recursive: true });
  await mkdir(path.join(siteDir, "src/_includes"), { recursive: true });
  await writeFile(path.join(siteDir, "src/_includes/base.njk"), LAYOUT);
  await writeFile(path.join(siteDir, "src/index.njk"), INDEX);
  await writeFile(path.join(articles, "articles.json"), JSON.stringify({ layout: "base.njk", tags: "article" }));
  const names = (await readdir(cleanDir)).filter((n) => n.endsWith(".txt"));
  for (const name of names) {
    const body = await readFile(path.join(cleanDir, name), "utf8");
    const title = titles.get(name) ?? name.slice(0, -4);
    // A JSON string is a valid YAML double-quoted scalar.
    await writeFile(path.join(articles, `${name.slice(0, -4)}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}`);
  }
  return names.length;
}

export interface EleventyRun extends Measured {
  /** "Wrote N files" from Eleventy's summary. */
  files: number | null;
}

/** One full Eleventy build of `siteDir` into a fresh `_site` (Eleventy has no build cache to warm). */
export async function eleventyBuild(siteDir: string, cli: string): Promise<EleventyRun> {
  await rm(path.join(siteDir, "_site"), { recursive: true, force: true });
  const m = await measure(process.execPath, [cli, "--input=src", "--output=_site", "--quiet"], { cwd: siteDir });
  const wrote = /Wrote (\d+) files?/.exec(m.stdout + m.stderr);
  return { ...m, files: wrote ? Number(wrote[1]) : null };
}
