// `npm run dev` starts from the disk cache `npm run build` keeps: a second start reads no
// article that has not changed, and an edit made while it was stopped is read.

import { appendFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RebuildReport } from "../../src/dev/index.ts";
import { runDevIn, tempProject, type TempProject } from "./helpers.ts";

let project: TempProject;
beforeAll(async () => (project = await tempProject("dev-cache")));
afterAll(() => project.cleanup());

async function firstBuild(cacheDir: string | undefined): Promise<RebuildReport> {
  const reports: RebuildReport[] = [];
  const session = await runDevIn(project, { onRebuild: (r) => reports.push(r), ...(cacheDir ? { cacheDir } : {}) });
  await session.close();
  return reports[0]!;
}

describe("the dev loop's disk cache", () => {
  it("reads every article on a first start, none on the next, only the edited one after an edit", async () => {
    const cacheDir = path.join(project.root, ".cache");
    const seeds = (await readdir(project.seeds)).filter((n) => /\.(txt|md)$/.test(n));
    const first = await firstBuild(cacheDir);
    expect(first.ok && first.fresh).toBe(seeds.length);
    const second = await firstBuild(cacheDir);
    expect(second.ok && second.fresh).toBe(0);
    await appendFile(path.join(project.seeds, seeds[0]!), "\nOne more sentence added while the loop was stopped.\n");
    const third = await firstBuild(cacheDir);
    expect(third.ok && third.fresh).toBe(1);
  });

  it("reads everything without it (--no-cache)", async () => {
    const r = await firstBuild(undefined);
    expect(r.ok && r.fresh).toBeGreaterThan(0);
  });
});
