// The dev loop end to end: runDev on a temp copy of the seeds, on a free port, driven by real
// file changes and read over HTTP as a browser would. One session for the file (each build takes
// about a second); every test waits for the rebuild its change causes, with bounded waits.

import { readdir, rename, unlink, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DevSession, RebuildReport } from "../../src/dev/index.ts";
import { build } from "../../src/pipeline.ts";
import { delay, openEvents, rawGet, runDevIn, tempProject, waitFor, type TempProject } from "./helpers.ts";

const article = (marker: string, title = "Harbour Officials Hold Customs Talks") => `${title}

By Test Writer

VLADIVOSTOK, March 3, 2024 — Port officials from two neighbouring countries met on Tuesday to discuss customs rules for container traffic. The ${marker} talks covered inspection times and shared data systems.

The delegations agreed to meet again in the autumn, according to a statement released after the meeting.
`;

let project: TempProject;
let session: DevSession;
const reports: RebuildReport[] = [];
const logLines: string[] = [];

const page = async (id: string) => {
  const res = await fetch(new URL(`articles/${id}/`, session.url));
  return { status: res.status, body: await res.text() };
};
/** Waits for a build after the `n`th and for `check` to hold. */
const rebuiltAfter = async (n: number) => waitFor(`a rebuild after #${n}`, () => reports.length > n && reports.at(-1));

beforeAll(async () => {
  project = await tempProject("dev");
  // A secret beside dist/ that no request may reach.
  await writeFile(path.join(project.root, "package.json"), '{"secret": "NEVER-SERVE-THIS"}\n');
  session = await runDevIn(project, { log: (line) => logLines.push(line), onRebuild: (r) => reports.push(r) });
});
afterAll(async () => {
  await session?.close();
  await project?.cleanup();
});

describe("runDev", () => {
  it("builds once, serves on a free loopback port and reports its real URL", async () => {
    expect(reports).toHaveLength(1);
    expect(reports[0]!.ok).toBe(true);
    const url = new URL(session.url);
    expect(url.hostname).toBe("127.0.0.1");
    expect(Number(url.port)).toBeGreaterThan(0);
    const index = await fetch(session.url);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('src="/__newsfold/client.js"');
    expect(logLines.some((l) => l.includes(session.url))).toBe(true);
  });

  it("prints 'N files (M articles) in X ms' for each build", () => {
    const summaries = logLines.filter((l) => /^\d+ files \(\d+ articles\) in \d+ ms(?:, \d+ written or removed(?: \((?:a prose edit: \d+ files made again, )?pages written in \d+ ms\))?)?$/.test(l));
    expect(summaries).toHaveLength(reports.filter((r) => r.ok).length);
    expect(summaries[0]).toMatch(/^\d+ files \(5 articles\)/);
  });

  it("serves a new seed's page once the seed is added", async () => {
    const n = reports.length;
    expect((await page("harbour-talks")).status).toBe(404);
    await writeFile(path.join(project.seeds, "harbour-talks.txt"), article("quayside"));
    const r = await rebuiltAfter(n);
    expect(r).toMatchObject({ ok: true, articles: 6 });
    const p = await page("harbour-talks");
    expect(p.status).toBe(200);
    expect(p.body).toContain("quayside");
  });

  it("shows an edit of a seed's text", async () => {
    const n = reports.length;
    await writeFile(path.join(project.seeds, "harbour-talks.txt"), article("breakwater"));
    await rebuiltAfter(n);
    const p = await waitFor("the edited page", async () => {
      const x = await page("harbour-talks");
      return x.body.includes("breakwater") && x;
    });
    expect(p.body).not.toContain("quayside");
    // Only what changed is rewritten: far fewer files than the site has.
    const last = logLines.filter((l) => / written or removed/.test(l)).at(-1);
    const [, files, written] = /^(\d+) files .*, (\d+) written or removed/.exec(last ?? "") ?? [];
    expect(Number(written)).toBeGreaterThan(0);
    expect(Number(written)).toBeLessThan(Number(files) / 2);
  });

  it("picks up an editor's atomic save (temp file renamed over the original), twice", async () => {
    for (const marker of ["lighthouse", "drydock"]) {
      const n = reports.length;
      const tmp = path.join(project.seeds, ".harbour-talks.txt.tmp-4821");
      await writeFile(tmp, article(marker));
      await rename(tmp, path.join(project.seeds, "harbour-talks.txt"));
      await rebuiltAfter(n);
      await waitFor(`the page after an atomic save (${marker})`, async () => (await page("harbour-talks")).body.includes(marker));
    }
  });

  it("removes a deleted seed's page (404)", async () => {
    const n = reports.length;
    await unlink(path.join(project.seeds, "harbour-talks.txt"));
    expect(await rebuiltAfter(n)).toMatchObject({ ok: true, articles: 5 });
    expect((await page("harbour-talks")).status).toBe(404);
  });

  it("turns a burst of 20 file writes into one or a few rebuilds, not 20", async () => {
    const n = reports.length;
    const names = Array.from({ length: 20 }, (_, i) => `burst-${String(i + 1).padStart(2, "0")}`);
    for (const [i, name] of names.entries()) await writeFile(path.join(project.seeds, `${name}.txt`), article(`burst${i + 1}`, `Harbour Talks Round ${i + 1}`));
    await waitFor("all 20 burst pages", async () => (await Promise.all(names.map(page))).every((p) => p.status === 200), 30_000);
    // Events still in flight (write-finish checks, the debounce) would start a build within ~150 ms.
    await delay(300);
    await waitFor("the last rebuild to finish", () => reports.at(-1)?.n === reports.length);
    const rebuilds = reports.length - n;
    expect(rebuilds).toBeGreaterThanOrEqual(1);
    expect(rebuilds).toBeLessThanOrEqual(3);
    expect(reports.at(-1)).toMatchObject({ ok: true, articles: 25 });
  });

  it("ignores editor litter: swap files, backups, .DS_Store, autosaves, lock files, probes", async () => {
    const n = reports.length;
    const litter = [".burst-01.txt.swp", "burst-01.txt~", ".DS_Store", "#burst-01.txt#", "~$burst-01.txt", "burst-01.txt.bak", "4913", "notes.pdf"];
    for (const name of litter) await writeFile(path.join(project.seeds, name), "junk\n");
    await unlink(path.join(project.seeds, "4913")); // vim's write probe: created and removed at once
    // Absence of a rebuild can only be seen by waiting longer than a rebuild takes to start.
    await delay(600);
    expect(reports.length).toBe(n);
  });

  it("keeps the last good site on a failed rebuild and sends the error to SSE clients", async () => {
    const events = openEvents(session.url);
    try {
      await events.next("hello");
      const before = await page("burst-01");
      expect(before.status).toBe(200);

      const n = reports.length;
      await writeFile(path.join(project.root, "newsfold.config.json"), "{ not json");
      const failed = await rebuiltAfter(n);
      expect(failed.ok).toBe(false);
      const message = JSON.parse(await events.next("error-message")) as string;
      expect(message).toContain("newsfold.config.json");
      expect(logLines.some((l) => l.startsWith("build failed:") && l.includes("still serving the last good site"))).toBe(true);
      expect(await page("burst-01")).toEqual(before);

      // A client that connects while the build is broken is told at once.
      const late = openEvents(session.url);
      try {
        expect(JSON.parse(await late.next("error-message"))).toContain("newsfold.config.json");
      } finally {
        late.close();
      }

      const m = reports.length;
      const seen = events.events.length;
      await writeFile(path.join(project.root, "newsfold.config.json"), '{"title": "Harbour Desk"}');
      expect(await rebuiltAfter(m)).toMatchObject({ ok: true });
      await events.next("reload", seen);
      expect((await fetch(session.url).then((r) => r.text()))).toContain("Harbour Desk");
    } finally {
      events.close();
    }
  });

  it("leaves no temporary or old copy of the site beside dist/", async () => {
    expect((await readdir(project.root)).filter((n) => n !== "dist" && n !== "seeds").sort()).toEqual(["newsfold.config.json", "package.json"]);
  });

  it("keeps the last good site when the build itself throws mid-way", async () => {
    const p = await tempProject("dev-throw");
    let fail = false;
    const got: RebuildReport[] = [];
    const dev = await runDevIn(p, {
      onRebuild: (r) => got.push(r),
      build: async (o) => {
        if (fail) throw new Error("EACCES: permission denied, mkdir (simulated unwritable output)");
        return build(o); // the real build, search index included
      },
    });
    try {
      const events = openEvents(dev.url);
      await events.next("hello");
      const good = await fetch(dev.url).then((r) => r.text());
      expect((await fetch(new URL("search/manifest.json", dev.url))).status).toBe(200);
      fail = true;
      await writeFile(path.join(p.seeds, "another.txt"), article("pier"));
      await waitFor("the failed rebuild", () => got.length > 1);
      expect(got[1]).toMatchObject({ ok: false, error: expect.stringContaining("simulated unwritable output") });
      expect(JSON.parse(await events.next("error-message"))).toContain("simulated unwritable output");
      expect(await fetch(dev.url).then((r) => r.text())).toBe(good);
      events.close();
    } finally {
      await dev.close();
      await p.cleanup();
    }
  });
});

describe("the dev server", () => {
  const traversals = [
    "/../package.json",
    "/../../../../../../etc/passwd",
    "/%2e%2e/package.json",
    "/%2E%2E/package.json",
    "/..%2fpackage.json",
    "/%2e%2e%2fpackage.json",
    "/articles/..%2f..%2fpackage.json",
    "/..%5cpackage.json",
    "/%252e%252e/package.json",
    "/....//package.json",
    "..%2fpackage.json",
    "/..%00/package.json",
    "/%c0%ae%c0%ae/package.json",
    "//../package.json",
  ];

  it.each(traversals)("serves nothing outside dist/ for %s", async (p) => {
    const res = await rawGet(session.url, p);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain("NEVER-SERVE-THIS");
    expect(res.body).not.toMatch(/root:.*:0:0:/);
  });

  it("still serves real files and 404s unknown ones", async () => {
    expect((await rawGet(session.url, "/data/articles.json")).status).toBe(200);
    expect((await rawGet(session.url, "/articles/burst-01/")).status).toBe(200);
    expect((await rawGet(session.url, "/no-such-page/")).status).toBe(404);
  });

  it("serves the 404 page at any depth with its stylesheet and links still resolving", async () => {
    const at = new URL("articles/deleted-story/", session.url);
    const res = await fetch(at);
    expect(res.status).toBe(404);
    const html = await res.text();
    const hrefs = [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!).filter((h) => !/^(data:|https?:|#)/.test(h));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const h of hrefs) expect((await fetch(new URL(h, at))).status, h).toBe(200);
  });

  it("listens on 127.0.0.1 only", async () => {
    const port = Number(new URL(session.url).port);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal)
      .map((i) => i.address);
    for (const host of ["::1", ...others]) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host, port }, () => {
          s.destroy();
          resolve(false);
        });
        s.on("error", () => resolve(true));
      });
      expect(refused, `reachable on ${host}`).toBe(true);
    }
  });

  it("answers only GET and HEAD", async () => {
    expect((await fetch(session.url, { method: "POST", body: "x" })).status).toBe(405);
    expect((await fetch(session.url, { method: "HEAD" })).status).toBe(200);
  });
});
