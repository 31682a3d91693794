import { execFileSync } from "node:child_process";
import { mkdir, symlink } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isLitter, listSeeds } from "../../src/ingest/index.ts";
import { put, tempProject } from "./helpers.ts";

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => void (project = await tempProject()));
afterEach(async () => project.cleanup());

describe("listSeeds", () => {
  it("finds .txt and .md files recursively, sorted, as root-relative paths", async () => {
    await put(project.seeds, "b.txt", "B");
    await put(project.seeds, "a.md", "A");
    await put(project.seeds, "sub/c.TXT", "C");
    await put(project.seeds, "notes.pdf", "not an article");
    await put(project.seeds, "image.png", "not an article");
    const r = await listSeeds(project.seeds, project.root);
    expect(r).toEqual({ files: ["seeds/a.md", "seeds/b.txt", "seeds/sub/c.TXT"], problems: [] });
  });

  it("ignores editor and OS litter", async () => {
    await put(project.seeds, "real.txt", "R");
    for (const junk of [".DS_Store", ".real.txt.swp", "real.txt~", "#real.txt#", ".hidden.txt", "~$lock.txt", "real.txt.bak", ".git/HEAD.txt", "__MACOSX/._real.txt"]) {
      await put(project.seeds, junk, "junk");
    }
    const r = await listSeeds(project.seeds, project.root);
    expect(r).toEqual({ files: ["seeds/real.txt"], problems: [] });
  });

  it("keeps names with spaces, capitals and non-ASCII letters", async () => {
    const names = ["Border Talks.txt", "Встреча в Казани.txt", "Café Étude.md", "中俄会谈.txt"];
    for (const n of names) await put(project.seeds, n, "x");
    const r = await listSeeds(project.seeds, project.root);
    expect(r.files).toEqual(names.map((n) => `seeds/${n}`).sort((a, b) => (a < b ? -1 : 1)));
  });

  it("reports a symlink loop once and does not follow it forever", async () => {
    await put(project.seeds, "a/story.txt", "x");
    await symlink("..", path.join(project.seeds, "a", "up")); // seeds/a/up -> seeds
    await symlink("self.txt", path.join(project.seeds, "self.txt")); // a link to itself
    const r = await listSeeds(project.seeds, project.root);
    expect(r.files).toEqual(["seeds/a/story.txt"]);
    expect(r.problems).toEqual([
      { source: "seeds/a/up", severity: "warning", message: "symlink loop: points back to seeds; not followed" },
      { source: "seeds/self.txt", severity: "warning", message: "symlink loop (the link points to itself); not followed" },
    ]);
  });

  it("walks a folder reached by two routes only once", async () => {
    await put(project.seeds, "real/story.txt", "x");
    await symlink(path.join(project.seeds, "real"), path.join(project.seeds, "zz-alias"));
    const r = await listSeeds(project.seeds, project.root);
    expect(r.files).toEqual(["seeds/real/story.txt"]);
    expect(r.problems).toEqual([
      { source: "seeds/zz-alias", severity: "warning", message: "folder already listed through another path (seeds/real); skipped" },
    ]);
  });

  it("follows a symlink to a file and reports a broken one", async () => {
    const outside = await put(project.root, "elsewhere/article.txt", "x");
    await symlink(outside, path.join(project.seeds, "linked.txt"));
    await symlink("missing.txt", path.join(project.seeds, "dangling.txt"));
    const r = await listSeeds(project.seeds, project.root);
    expect(r.files).toEqual(["seeds/linked.txt"]);
    expect(r.problems).toEqual([{ source: "seeds/dangling.txt", severity: "warning", message: "broken symlink; skipped" }]);
  });

  it("skips a named pipe instead of blocking on it", async (ctx) => {
    try {
      execFileSync("mkfifo", [path.join(project.seeds, "pipe.txt")]);
    } catch {
      ctx.skip("mkfifo is not available on this system");
    }
    await put(project.seeds, "ok.txt", "x");
    const r = await listSeeds(project.seeds, project.root);
    expect(r.files).toEqual(["seeds/ok.txt"]);
    expect(r.problems[0]).toMatchObject({ source: "seeds/pipe.txt", severity: "warning" });
  });

  it("reports a missing seed folder as an error", async () => {
    const r = await listSeeds(path.join(project.root, "nope"), project.root);
    expect(r.files).toEqual([]);
    expect(r.problems).toEqual([{ source: "nope", severity: "error", message: expect.stringMatching(/cannot open seed folder: .*ENOENT/) }]);
  });

  it("walks an empty sub-folder without complaint", async () => {
    await mkdir(path.join(project.seeds, "empty"));
    expect(await listSeeds(project.seeds, project.root)).toEqual({ files: [], problems: [] });
  });
});

describe("isLitter", () => {
  it.each([".DS_Store", "a.txt~", "#a.txt#", ".a.txt.swp", "a.swp", "~$a.txt", "Thumbs.db"])("%s is litter", (n) => {
    expect(isLitter(n)).toBe(true);
  });
  it.each(["a.txt", "a~b.txt", "#hashtag.txt", "2024 talks.md"])("%s is not litter", (n) => {
    expect(isLitter(n)).toBe(false);
  });
});
