// The dev loop's rebuild after an edit (relink + renderChanges + writeChanged) must leave the
// output folder exactly as a fresh build of the same seeds, whether the edit was prose (the
// short way) or something linking reads (the long way), and the short way writes few files.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type BuildOptions, type DocCache, type LastBuild } from "../../src/pipeline.ts";
import type { WrittenFiles } from "../../src/write-changed.ts";
import type { IngestCache } from "../../src/ingest/index.ts";
import type { SiteConfig } from "../../src/types.ts";
import { tempProject, type TempProject } from "./helpers.ts";

const config: SiteConfig = { title: "Dev test", url: "https://example.org/", language: "en" };

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const file = path.join(e.parentPath, e.name);
      out.set(path.relative(dir, file), await readFile(file));
    }
  return out;
}

describe("rebuilding after an edit, as the dev loop does", () => {
  let project: TempProject;
  let dev: BuildOptions;
  const seedFile = async () => path.join(project.seeds, (await readdir(project.seeds)).filter((n) => n.endsWith(".txt")).sort()[0]!);

  beforeAll(async () => {
    project = await tempProject("prose-edit");
    const cache: DocCache = new Map();
    const written: WrittenFiles = new Map();
    const ingestCache: IngestCache = new Map();
    const last: LastBuild = {};
    dev = { root: project.root, seedsDir: project.seeds, outDir: project.out, config, cache, written, ingestCache, last };
    await build(dev);
  });
  afterAll(() => project.cleanup());

  const freshBuild = async () => {
    const out = path.join(project.root, "fresh");
    await build({ root: project.root, seedsDir: project.seeds, outDir: out, config });
    return tree(out);
  };

  it("a sentence of prose added rewrites a few files, and the folder equals a fresh build", async () => {
    const file = await seedFile();
    const text = await readFile(file, "utf8");
    const paragraphs = text.split("\n\n");
    const at = Math.floor(paragraphs.length / 2); // in the body, not in the page chrome
    paragraphs[at] = `${paragraphs[at]} It was a quiet afternoon.`;
    await writeFile(file, paragraphs.join("\n\n"));
    const r = await build(dev);
    expect(r.fresh).toBe(1);
    expect(r.made).toBeGreaterThan(0); // the short way was taken
    expect(r.made!).toBeLessThan(r.files / 2);
    expect(r.rewritten).toBeGreaterThan(0);
    expect(r.rewritten!).toBeLessThan(r.files / 4);
    expect(await tree(project.out)).toEqual(await freshBuild());
  });

  it("a changed title (other pages show it) rebuilds the long way, and the folder equals a fresh build", async () => {
    const file = await seedFile();
    const text = await readFile(file, "utf8");
    await writeFile(file, `---\ntitle: A title set by the editor\n---\n${text.replace(/^---\n[\s\S]*?\n---\n/, "")}`);
    const r = await build(dev);
    expect(r.fresh).toBe(1);
    expect(r.made).toBeUndefined(); // the long way
    expect(await tree(project.out)).toEqual(await freshBuild());
    const home = await readFile(path.join(project.out, "index.html"), "utf8");
    expect(home).toContain("A title set by the editor");
  });

  it("after a failed rebuild, the next one still ends equal to a fresh build", async () => {
    const failing: BuildOptions = { ...dev, config: { ...config, get title(): string { throw new Error("settings broke"); } } as SiteConfig };
    await expect(build(failing)).rejects.toThrow();
    const file = await seedFile();
    await writeFile(file, `${await readFile(file, "utf8")}\nOne closing line of prose.\n`);
    await build(dev);
    expect(await tree(project.out)).toEqual(await freshBuild());
  });
});
