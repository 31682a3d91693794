// End to end on the five seeds: the clean body (body + subheading blocks) against an editor's
// reading (test/fixtures/gold-seeds.json): token F1 >= 0.98 and no boilerplate line in the body.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clean, cleanBodyText, rawDocFromText } from "../../src/clean/index.ts";
import type { CleanDoc } from "../../src/types.ts";

interface GoldArticle {
  source: string;
  title: string | null;
  subtitle?: string | null;
  subtitle_lines?: string[];
  subtitle_or_lead?: string;
  caption: string | null;
  authors: string[];
  body: string[];
  boilerplate: string[];
}

const root = path.resolve(import.meta.dirname, "../..");
const gold = JSON.parse(readFileSync(path.join(root, "test/fixtures/gold-seeds.json"), "utf8")) as { articles: GoldArticle[] };

const norm = (s: string) =>
  s.normalize("NFKC").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
const tokens = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];

function tokenF1(pred: string[], truth: string[]): number {
  const left = new Map<string, number>();
  for (const t of truth) left.set(t, (left.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of pred) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      hit++;
      left.set(t, n - 1);
    }
  }
  const p = pred.length ? hit / pred.length : 0;
  const r = truth.length ? hit / truth.length : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function cleanSeed(source: string): CleanDoc {
  const text = readFileSync(path.join(root, "seeds", source), "utf8");
  return clean(rawDocFromText(source, text));
}

describe.each(gold.articles)("seed $source", (g) => {
  const doc = cleanSeed(g.source);
  const body = cleanBodyText(doc);
  // A lead that an editor may read as dek or as body is neutral, as in the shared scorer.
  const neutral = new Set([g.title, g.subtitle, g.caption, g.subtitle_or_lead, ...(g.subtitle_lines ?? [])].filter((x): x is string => !!x).map(norm));
  const paragraphs = body.split("\n\n").filter((p) => !neutral.has(norm(p)));

  it("keeps the body: token F1 >= 0.98", () => {
    expect(tokenF1(tokens(paragraphs.join(" ")), tokens(g.body.join(" ")))).toBeGreaterThanOrEqual(0.98);
  });

  it("keeps every gold paragraph, subheadings included, as a whole", () => {
    const kept = new Set(paragraphs.map(norm));
    expect(g.body.filter((p) => !kept.has(norm(p)))).toEqual([]);
  });

  it("leaks no boilerplate into the body", () => {
    const lines = new Set(body.split("\n\n").map(norm));
    const leaked = g.boilerplate.filter((b) => lines.has(norm(b).replace(/^\d+\.\s*/, "")) || lines.has(norm(b)));
    expect(leaked).toEqual([]);
  });

  it("covers every non-blank line with a block", () => {
    const covered = new Set(doc.blocks.map((b) => b.line));
    const lines = doc.raw.text.split("\n").flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(lines.filter((n) => !covered.has(n))).toEqual([]);
  });

  it("finds the headline when the page has one, and none when it does not", () => {
    const headline = doc.blocks.find((b) => b.role === "headline");
    expect(headline?.text ?? null).toBe(g.title);
  });

  it("keeps each caption once, out of the body", () => {
    const captions = doc.blocks.filter((b) => b.role === "caption").map((b) => norm(b.text));
    if (g.caption) expect(captions).toEqual([norm(g.caption)]);
    else expect(captions).toEqual([]);
  });
});
