import { chmod, open } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestDir, readSeedFile, type SeedReader } from "../../src/ingest/index.ts";
import { put, tempProject } from "./helpers.ts";

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => void (project = await tempProject()));
afterEach(async () => project.cleanup());

const idsBySource = (docs: { source: string; id: string }[]) => Object.fromEntries(docs.map((d) => [d.source, d.id]));

describe("ingestDir", () => {
  it("derives ids from names with spaces, capitals and non-ASCII letters", async () => {
    await put(project.seeds, "Border Talks.txt", "a");
    await put(project.seeds, "Café Étude.md", "b");
    await put(project.seeds, "Встреча в Казани.txt", "c");
    const { docs, problems } = await ingestDir(project.seeds, project.root);
    expect(problems).toEqual([]);
    expect(idsBySource(docs)).toEqual({
      "seeds/Border Talks.txt": "border-talks",
      "seeds/Café Étude.md": "cafe-etude",
      "seeds/Встреча в Казани.txt": "встреча-в-казани",
    });
  });

  it("gives colliding seeds distinct ids with a warning, and keeps them when more seeds arrive", async () => {
    await put(project.seeds, "Border Talks.txt", "first");
    await put(project.seeds, "border_talks.md", "second");
    const before = await ingestDir(project.seeds, project.root);
    const ids = idsBySource(before.docs);
    expect(ids["seeds/Border Talks.txt"]).toBe("border-talks");
    expect(ids["seeds/border_talks.md"]).toMatch(/^border-talks-[0-9a-f]{6}$/);
    expect(before.problems).toEqual([
      {
        source: "seeds/border_talks.md",
        severity: "warning",
        message: `id "border-talks" is also claimed by seeds/Border Talks.txt; this article's id is "${ids["seeds/border_talks.md"]}"`,
      },
    ]);
    expect(before.docs[1]!.warnings).toEqual([before.problems[0]!.message]);

    // A third claimant that sorts after the others changes neither existing id.
    await put(project.seeds, "border-talks!.txt", "third");
    const after = idsBySource((await ingestDir(project.seeds, project.root)).docs);
    expect(after["seeds/Border Talks.txt"]).toBe(ids["seeds/Border Talks.txt"]);
    expect(after["seeds/border_talks.md"]).toBe(ids["seeds/border_talks.md"]);
    expect(new Set(Object.values(after)).size).toBe(3);
  });

  it("lets an explicit front-matter slug, then a file already named as its slug, win a collision", async () => {
    await put(project.seeds, "a/Envoys.txt", "plain name");
    await put(project.seeds, "b/envoys.txt", "canonical name");
    await put(project.seeds, "c/other.txt", "---\nslug: envoys\n---\nasked for it\n");
    const ids = idsBySource((await ingestDir(project.seeds, project.root)).docs);
    expect(ids["seeds/c/other.txt"]).toBe("envoys");
    expect(ids["seeds/a/Envoys.txt"]).toMatch(/^envoys-[0-9a-f]{6}$/);
    expect(ids["seeds/b/envoys.txt"]).toMatch(/^envoys-[0-9a-f]{6}$/);
  });

  it("reports each bad file and still ingests every good one", async () => {
    await put(project.seeds, "good.txt", "Ministers met.\n");
    await put(project.seeds, "empty.txt", "");
    await put(project.seeds, "picture.txt", Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0));
    await put(project.seeds, "big.txt", "x".repeat(5000));
    const { docs, problems } = await ingestDir(project.seeds, project.root, { maxBytes: 4096 });
    expect(docs.map((d) => d.source)).toEqual(["seeds/good.txt"]);
    expect(problems).toEqual([
      { source: "seeds/big.txt", severity: "error", message: "file too large (4.9 KiB > 4.0 KiB limit)" },
      { source: "seeds/empty.txt", severity: "error", message: "empty file" },
      { source: "seeds/picture.txt", severity: "error", message: "binary file (PNG image) — not an article" },
    ]);
  });

  it("flags a seed whose bytes duplicate another's", async () => {
    await put(project.seeds, "one.txt", "Same article.\n");
    await put(project.seeds, "two.txt", "Same article.\n");
    const { problems } = await ingestDir(project.seeds, project.root);
    expect(problems).toEqual([{ source: "seeds/two.txt", severity: "warning", message: "same bytes as seeds/one.txt (a duplicate seed?)" }]);
  });

  it("reports a read error by file and carries on (injected reader)", async () => {
    await put(project.seeds, "locked.txt", "secret");
    await put(project.seeds, "open.txt", "Public text.\n");
    const denyLocked: SeedReader = async (file, max) => {
      if (file.endsWith("locked.txt")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return readSeedFile(file, max);
    };
    const { docs, problems } = await ingestDir(project.seeds, project.root, {}, denyLocked);
    expect(docs.map((d) => d.source)).toEqual(["seeds/open.txt"]);
    expect(problems).toEqual([{ source: "seeds/locked.txt", severity: "error", message: "cannot read file: permission denied (EACCES)" }]);
  });

  // chmod 000 does not stop root (CAP_DAC_OVERRIDE), so the real-permission case can only run as
  // an ordinary user; the injected-reader case above covers the same path everywhere.
  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)("reports a chmod 000 file as unreadable (skipped as root: root can read it anyway)", async () => {
    const locked = await put(project.seeds, "locked.txt", "secret");
    await put(project.seeds, "open.txt", "Public text.\n");
    await chmod(locked, 0o000);
    try {
      const { docs, problems } = await ingestDir(project.seeds, project.root);
      expect(docs.map((d) => d.source)).toEqual(["seeds/open.txt"]);
      expect(problems).toEqual([{ source: "seeds/locked.txt", severity: "error", message: "cannot read file: permission denied (EACCES)" }]);
    } finally {
      await chmod(locked, 0o600);
    }
  });
});

describe("readSeedFile", () => {
  it("refuses a sparse 50 MB file from its size alone", async () => {
    const file = path.join(project.seeds, "huge.txt");
    const handle = await open(file, "w");
    await handle.truncate(50 * 1024 * 1024); // sparse: no 50 MB written to disk
    await handle.close();
    expect(await readSeedFile(file, 10 * 1024 * 1024)).toEqual({ kind: "too-large", size: 50 * 1024 * 1024 });
  });

  it("reads a file in full when under the limit", async () => {
    const file = await put(project.seeds, "small.txt", "abc");
    const r = await readSeedFile(file, 3);
    expect(r.kind === "ok" && new TextDecoder().decode(r.bytes)).toBe("abc");
  });
});
