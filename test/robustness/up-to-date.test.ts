// `npm run build` twice with nothing changed leaves dist/ as it is and says so; any change to a
// seed, the output folder or the flags builds again. Runs the launcher as a user does.

import { spawn } from "node:child_process";
import { rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, hashTree, put, repoRoot, tempDir } from "./helpers.ts";

let dir: string;
let cleanup: () => Promise<void>;

function build(...flags: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "scripts/newsfold.mjs"), "build", ...flags], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("up-to-date"));
  await put(dir, "seeds/harbour.txt", article("Ministers open the harbour talks", "lighthouse"));
  await put(dir, "seeds/border.txt", article("Border officials meet in the north", "glacier"));
  await put(dir, "seeds/empty.txt", ""); // a problem every build must report, skipped or not
});
afterAll(() => cleanup());

describe("a build with nothing changed", () => {
  it("keeps dist/ untouched, says it is up to date and repeats the problems", async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^built 2 articles/m);
    const before = await hashTree(path.join(dir, "dist"));
    const ino = (await stat(path.join(dir, "dist"))).ino;

    const again = await build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/nothing changed/);
    expect(again.stderr).toMatch(/^up to date: 2 articles/m);
    expect(again.stderr).toContain("error: seeds/empty.txt:");
    expect((await stat(path.join(dir, "dist"))).ino).toBe(ino);
    expect(await hashTree(path.join(dir, "dist"))).toEqual(before);

    const strict = await build("--strict");
    expect(strict.code).toBe(1); // the skipped build still fails --strict on the recorded problem
  }, 60_000);

  it("builds again when a seed changes, the output folder is gone, or --no-cache is given", async () => {
    await writeFile(path.join(dir, "seeds/harbour.txt"), article("Ministers close the harbour talks", "lighthouse"));
    const edited = await build();
    expect(edited.stderr).toMatch(/^built 2 articles/m);
    expect((await build()).stderr).toMatch(/^up to date/m);

    await rm(path.join(dir, "dist"), { recursive: true });
    expect((await build()).stderr).toMatch(/^built 2 articles/m);

    expect((await build("--no-cache")).stderr).toMatch(/^built 2 articles/m);
    expect((await build("--site-url", "https://example.org/")).stderr).toMatch(/^built 2 articles/m); // settings are inputs too
  }, 60_000);
});
