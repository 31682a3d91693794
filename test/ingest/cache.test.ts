// ingestDir with a cache (the dev loop's): unchanged files are not read again and give the same
// documents; an edit — even one that keeps the size — is read; a deleted file leaves the cache.

import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestDir, readSeedFile, type IngestCache, type SeedReader } from "../../src/ingest/index.ts";
import { tempDir } from "../robustness/helpers.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("ingest-cache"));
  await writeFile(path.join(dir, "a.txt"), "Alpha talks\n\nThe first story.\n");
  await writeFile(path.join(dir, "b.txt"), "Beta talks\n\nThe second story.\n");
  await writeFile(path.join(dir, "empty.txt"), "");
});
afterEach(() => cleanup());

/** The real reader, counting which files it read. */
function countingReader(): { read: SeedReader; files: string[] } {
  const files: string[] = [];
  return { files, read: (file, max) => (files.push(path.basename(file)), readSeedFile(file, max)) };
}

describe("ingesting with a cache", () => {
  it("reads each file once, then only what changed, with the same results as no cache", async () => {
    const cache: IngestCache = new Map();
    const first = countingReader();
    const fresh = await ingestDir(dir, dir, { cache }, first.read);
    expect(first.files.sort()).toEqual(["a.txt", "b.txt", "empty.txt"]);

    const second = countingReader();
    const again = await ingestDir(dir, dir, { cache }, second.read);
    expect(second.files).toEqual([]);
    expect(again).toEqual(fresh); // documents and problems (the empty file's error) alike

    await writeFile(path.join(dir, "a.txt"), "Gamma talks\n\nThe first story.\n"); // same length
    const third = countingReader();
    const edited = await ingestDir(dir, dir, { cache }, third.read);
    expect(third.files).toEqual(["a.txt"]);
    expect(edited.docs.find((d) => d.source === "a.txt")?.text).toContain("Gamma");
    expect(edited).toEqual(await ingestDir(dir, dir));
  });

  it("forgets files that are gone", async () => {
    const cache: IngestCache = new Map();
    await ingestDir(dir, dir, { cache });
    await rm(path.join(dir, "b.txt"));
    const after = await ingestDir(dir, dir, { cache });
    expect(after.docs.map((d) => d.source)).toEqual(["a.txt"]);
    expect([...cache.keys()].map((f) => path.basename(f)).sort()).toEqual(["a.txt", "empty.txt"]);
  });

  it("told which files changed (and that none came or went), reads only those, without listing the folder", async () => {
    const cache: IngestCache = new Map();
    const fresh = await ingestDir(dir, dir, { cache });
    await writeFile(path.join(dir, "a.txt"), "Gamma talks\n\nThe first story, edited.\n");
    await writeFile(path.join(dir, "b.txt"), "Delta talks\n\nNot announced to the cache.\n");
    await writeFile(path.join(dir, "c.txt"), "Epsilon talks\n\nA new file, not announced either.\n");
    const reader = countingReader();
    const hinted = await ingestDir(dir, dir, { cache, changed: new Set([path.join(dir, "a.txt")]) }, reader.read);
    expect(reader.files).toEqual(["a.txt"]);
    expect(hinted.docs.map((d) => d.source)).toEqual(fresh.docs.map((d) => d.source)); // the last listing
    expect(hinted.docs.find((d) => d.source === "a.txt")?.text).toContain("Gamma");
    expect(hinted.docs.find((d) => d.source === "b.txt")?.text).toContain("Beta");
    // Without the hint, everything is checked again.
    const full = await ingestDir(dir, dir, { cache });
    expect(full).toEqual(await ingestDir(dir, dir));
  });

  it("checks everything when the hint names a file the cache does not know", async () => {
    const cache: IngestCache = new Map();
    await ingestDir(dir, dir, { cache });
    await writeFile(path.join(dir, "b.txt"), "Delta talks\n\nEdited.\n");
    const r = await ingestDir(dir, dir, { cache, changed: new Set([path.join(dir, "elsewhere", "b.txt")]) });
    expect(r.docs.find((d) => d.source === "b.txt")?.text).toContain("Delta");
  });

  it("lists the folder when the cache has no listing for it yet, whatever the hint says", async () => {
    const cache: IngestCache = new Map();
    const hinted = await ingestDir(dir, dir, { cache, changed: new Set() });
    expect(hinted).toEqual(await ingestDir(dir, dir));
  });

  it("told of edits one after another, gives what ingesting afresh gives, whatever the edit does to ids, twins and problems", async () => {
    await writeFile(path.join(dir, "c.txt"), "---\nslug: shared\n---\nGamma talks\n\nThird.\n");
    await writeFile(path.join(dir, "d.txt"), "---\nslug: shared\n---\nDelta talks\n\nFourth.\n"); // loses "shared" to c.txt
    const cache: IngestCache = new Map();
    await ingestDir(dir, dir, { cache });
    const edits: [file: string, text: string][] = [
      ["a.txt", "Alpha talks\n\nThe first story, edited.\n"], // content only
      ["a.txt", "Alpha talks\n\nThe first story, edited again.\n"],
      ["c.txt", "---\nslug: shared\n---\nGamma talks\n\nThird, edited.\n"], // the winner of a contested id
      ["d.txt", "---\nslug: shared\n---\nDelta talks\n\nFourth, edited.\n"], // the one given another id
      ["a.txt", "Beta talks\n\nThe second story.\n"], // now the same bytes as b.txt
      ["a.txt", "Alpha talks\n\nApart again.\n"],
      ["b.txt", "---\nslug: own\n---\nBeta talks\n\nA slug of its own.\n"], // a new id
      ["b.txt", "Beta talks\n\nThe second story.\n"],
      ["a.txt", ""], // empty: an error, no document
      ["a.txt", "Alpha talks\n\nBack.\n"],
      ["c.txt", "---\nslug: other\n---\nGamma talks\n\nGives up the contested id.\n"],
      ["d.txt", "---\nslug: shared\n---\nDelta talks\n\nNow uncontested.\n"],
    ];
    for (const [name, text] of edits) {
      const file = path.join(dir, name);
      await writeFile(file, text);
      const hinted = await ingestDir(dir, dir, { cache, changed: new Set([file]) });
      expect(hinted, `after editing ${name}`).toEqual(await ingestDir(dir, dir));
    }
  });
});
