// The plain-body shortcut (plainBodyHtml) must give exactly what remark gives, or step aside.

import fc from "fast-check";
import path from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkHtml from "remark-html";
import { describe, expect, it } from "vitest";
import { plainBodyHtml, remarkSelfContained, renderMarkdown } from "../../src/render/markdown.ts";
import { ingestDir } from "../../src/ingest/index.ts";
import { readDocuments } from "../../src/read/documents.ts";
import { writeCorpus } from "../../scripts/bench/corpus.ts";
import { repoRoot, tempDir } from "../robustness/helpers.ts";

// The processor renderMarkdown uses, without the shortcut.
const remarkOnly = unified().use(remarkParse).use(remarkSelfContained).use(remarkHtml).freeze();
const viaRemark = (md: string) => String(remarkOnly.processSync(md));

describe("plain bodies without remark", () => {
  it("agrees with remark on every body of the seeds and a generated corpus, and takes most of them", async () => {
    const { dir, cleanup } = await tempDir("markdown-fast");
    const bodies: string[] = [];
    try {
      await writeCorpus(dir, 150);
      for (const folder of [path.join(repoRoot, "seeds"), dir]) {
        const { docs } = await ingestDir(folder, repoRoot);
        bodies.push(...readDocuments(docs, []).read.map((r) => r.doc.body), ...docs.map((d) => d.text));
      }
    } finally {
      await cleanup();
    }
    let taken = 0;
    for (const body of bodies) {
      const fast = plainBodyHtml(body);
      if (fast !== null) {
        taken++;
        expect(fast).toBe(viaRemark(body));
      }
      expect(renderMarkdown(body)).toBe(viaRemark(body));
    }
    expect(taken).toBeGreaterThan(bodies.length / 3); // cleaned bodies mostly qualify; raw dumps rarely
  }, 60_000);

  it("agrees with remark on random text made of Markdown's own characters", () => {
    // Mostly plain characters, so that many strings take the shortcut; now and then one of
    // Markdown's, so that the shortcut's refusals are tested too.
    const plain = fc.constantFrom(..."ab Z9.,'\"()—1\u00a0".split(""), "\n", "\n\n", "## ");
    const syntax = fc.constantFrom(..."-+=*_#>&<[]!`|~:\\\t)".split(""), "1. ", "  \n", "&amp;", "\n\n\n", " ");
    const text = fc.array(fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: syntax, weight: 1 }), { maxLength: 30 }).map((xs) => xs.join(""));
    let taken = 0;
    fc.assert(
      fc.property(text, (md) => {
        const fast = plainBodyHtml(md);
        if (fast !== null) {
          taken++;
          expect(fast).toBe(viaRemark(md));
        }
      }),
      { numRuns: 4000 },
    );
    expect(taken).toBeGreaterThan(400);
  });

  it("leaves lists, links, emphasis and entities to remark", () => {
    for (const md of ["- one\n- two", "1. first", "see [this](https://example.org)", "an *emphasis*", "AT&T", "x < y", "    code", "Title\n==="]) {
      expect(plainBodyHtml(md)).toBeNull();
    }
    expect(plainBodyHtml("## Talks\n\nThe ministers met.")).toBe("<h2>Talks</h2>\n<p>The ministers met.</p>\n");
  });
});
