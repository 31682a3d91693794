// End to end: the five seeds through every stage into a temporary folder, read back as a user
// (and the shared scorer) would, and compared with an editor's reading (test/fixtures).
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/pipeline.ts";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import type { Article, Corpus } from "../../src/types.ts";
import { bodyF1, dateConsistent, gold, goldWindow, matchingMeetings, nameMatch, norm, personNames, stripMd } from "./gold.ts";

const root = path.resolve(import.meta.dirname, "../..");
let out: string;
let result: BuildResult;
let corpus: Corpus;

beforeAll(async () => {
  out = path.join(await mkdtemp(path.join(os.tmpdir(), "newsfold-e2e-")), "dist");
  result = await build({ root, seedsDir: path.join(root, "seeds"), outDir: out, config: DEFAULT_CONFIG });
  corpus = {
    articles: JSON.parse(await readFile(path.join(out, "data/articles.json"), "utf8")),
    meetings: JSON.parse(await readFile(path.join(out, "data/meetings.json"), "utf8")),
    entities: JSON.parse(await readFile(path.join(out, "data/entities.json"), "utf8")),
  };
});
afterAll(async () => {
  if (out) await rm(path.dirname(out), { recursive: true, force: true });
});

const article = (source: string): Article => {
  const a = corpus.articles.find((x) => path.basename(x.source) === source);
  if (!a) throw new Error(`no article for ${source}`);
  return a;
};

describe("building the seeds", () => {
  it("builds every seed without a problem", () => {
    expect(result.problems).toEqual([]);
    expect(corpus.articles.map((a) => a.source).sort()).toEqual(gold.articles.map((g) => `seeds/${g.source}`).sort());
  });

  it("writes a page for every article, and the index, timeline and 404 pages", async () => {
    for (const a of corpus.articles) expect((await stat(path.join(out, a.url, "index.html"))).isFile()).toBe(true);
    for (const f of ["index.html", "timeline/index.html", "404.html"]) expect((await stat(path.join(out, f))).isFile()).toBe(true);
    for (const m of corpus.meetings) expect((await stat(path.join(out, "meetings", m.id, "index.html"))).isFile()).toBe(true);
  });

  it("leaves no temporary folder beside the output", async () => {
    expect((await readdir(path.dirname(out))).filter((n) => n !== "dist")).toEqual([]);
  });
});

describe.each(gold.articles)("$source", (g) => {
  it("keeps the body (token F1 >= 0.98) and no boilerplate", () => {
    const a = article(g.source);
    expect(bodyF1(a.body, g)).toBeGreaterThanOrEqual(0.98);
    const body = norm(stripMd(a.body));
    const lines = new Set(stripMd(a.body).split("\n").map(norm));
    const leaked = g.boilerplate.filter((b) => {
      const n = norm(b).replace(/^\d+\.\s*/, "");
      return n.split(" ").length >= 3 ? body.includes(n) : lines.has(n);
    });
    expect(leaked).toEqual([]);
  });

  it("reads the title, or makes one from the lead when there is none", () => {
    const a = article(g.source);
    if (g.title_in_text) {
      expect(norm(a.title)).toBe(norm(g.title));
      expect(a.title_inferred).toBe(false);
    } else {
      expect(a.title_inferred).toBe(true);
      expect(a.title).not.toMatch(/\/>|reuters|yonhap/i);
      expect(a.title.length).toBeGreaterThan(10);
    }
  });

  it("reads the byline", () => {
    expect(article(g.source).authors.map((x) => norm(x.name)).sort()).toEqual(g.authors.map(norm).sort());
  });

  it("finds the people the text names, and no false ones", () => {
    const a = article(g.source);
    const names = a.people.flatMap((id) => personNames(corpus, id));
    expect(g.people_required.filter((n) => !names.some((m) => nameMatch(m, n)))).toEqual([]);
    expect((g.people_forbidden ?? []).filter((n) => names.some((m) => norm(m) === norm(n)))).toEqual([]);
  });

  it("dates the article without claiming a wrong date", () => {
    if (g.published_window) expect(dateConsistent(article(g.source).published, g.published_window)).toBe(true);
  });

  it("names the agencies it cites", () => {
    const via = article(g.source).via.map(norm);
    expect(g.via.filter((v) => !via.some((x) => x.includes(norm(v))))).toEqual([]);
  });
});

describe("the timeline", () => {
  const required = gold.meetings.filter((m) => m.kind === "required");
  it.each(required)("shows $key once, with its round, date and sources", (g) => {
    const ms = matchingMeetings(corpus, g);
    expect(ms.map((m) => m.id)).toHaveLength(1);
    const m = ms[0]!;
    if (g.round != null) expect(m.round).toBe(g.round);
    expect(dateConsistent(m.date, goldWindow(g))).toBe(true);
    const want = corpus.articles.filter((a) => g.sources?.includes(path.basename(a.source))).map((a) => a.id);
    expect(want.filter((id) => !m.sources.includes(id))).toEqual([]);
  });

  it.each(gold.meetings.filter((m) => m.kind === "forbidden"))("leaves out $key", (g) => {
    expect(matchingMeetings(corpus, g)).toEqual([]);
  });

  it.each(["Sergei Shoigu", "Wang Yi", "Xi Jinping"])("has one entity for %s", (who) => {
    expect(corpus.entities.people.filter((p) => [p.name, ...p.aliases].some((n) => nameMatch(n, who)))).toHaveLength(1);
  });
});
