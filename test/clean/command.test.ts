// The `clean` command: every <name>.txt of a folder becomes <out>/<name>.txt with the clean body.
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCleanCommand } from "../../src/clean/index.ts";
import { NEWS_PAGE, P1, P4 } from "./helpers.ts";

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe("runCleanCommand", () => {
  it("writes the clean body of each .txt file into a new output folder", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "newsfold-clean-"));
    const inDir = path.join(dir, "in");
    const outDir = path.join(dir, "out", "nested");
    await import("node:fs/promises").then((fs) => fs.mkdir(inDir));
    await writeFile(path.join(inDir, "page.txt"), "\uFEFF" + NEWS_PAGE.join("\r\n"), "utf8");
    await writeFile(path.join(inDir, "notes.md"), "not a page", "utf8");
    const { files } = await runCleanCommand(inDir, outDir);
    expect(files).toBe(1);
    expect(await readdir(outDir)).toEqual(["page.txt"]);
    const body = await readFile(path.join(outDir, "page.txt"), "utf8");
    expect(body.startsWith(P1)).toBe(true);
    expect(body.trimEnd().endsWith(P4)).toBe(true);
    expect(body).not.toContain("\r");
  });
});
