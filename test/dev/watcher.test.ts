// The dev loop's watcher (src/dev/watcher.ts): chokidar on a thread of its own, and on this
// thread when no thread can run it or the thread stops. Driven by real file changes.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startWatcher, watchThreadEntry, type ThreadEntry, type Watcher } from "../../src/dev/watcher.ts";
import { threadEntry } from "../../src/threads.ts";
import { delay, waitFor } from "./helpers.ts";
import { bundle } from "../../scripts/bundle.mjs";

const fixture = (name: string): ThreadEntry => ({ script: pathToFileURL(path.join(import.meta.dirname, "../fixtures/watch", name)) });

let dir: string;
let watcher: Watcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function watchTemp(entry?: ThreadEntry | null) {
  dir = await mkdtemp(path.join(os.tmpdir(), "newsfold-watcher-"));
  await writeFile(path.join(dir, "a.txt"), "first\n");
  const events: [string, string][] = [];
  const errors: string[] = [];
  let restarts = 0;
  watcher = await startWatcher({
    paths: [dir],
    onEvent: (event, file) => events.push([event, path.basename(file)]),
    onError: (message) => errors.push(message),
    onRestart: () => restarts++,
    ...(entry === undefined ? {} : { entry }),
  });
  return { events, errors, restarts: () => restarts };
}

describe("startWatcher", () => {
  it("runs chokidar on its own thread from the sources, and passes its events on", async () => {
    expect(watchThreadEntry()?.data?.tsEntry).toMatch(/watch-thread\.ts$/);
    const { events } = await watchTemp();
    expect(watcher!.where).toBe("thread");
    await writeFile(path.join(dir, "a.txt"), "second\n");
    await writeFile(path.join(dir, "b.txt"), "new\n");
    await waitFor("change and add events", () => events.some(([e, f]) => e === "change" && f === "a.txt") && events.some(([e, f]) => e === "add" && f === "b.txt"));
  });

  it("stands still while paused (a rebuild runs), and reports what happened meanwhile once resumed", async () => {
    const { events } = await watchTemp();
    expect(watcher!.where).toBe("thread");
    watcher!.pause();
    await writeFile(path.join(dir, "a.txt"), "second\n");
    await delay(400); // awaitWriteFinish would have reported it after ~50 ms
    expect(events).toEqual([]);
    watcher!.resume();
    await waitFor("the change, after resuming", () => events.some(([e, f]) => e === "change" && f === "a.txt"));
  });

  it("runs the bundle's watch-worker.mjs from the bundle (npm run build's), and none where it is missing", async () => {
    const entry = threadEntry("watch-worker.mjs", "dev/watch-thread.ts", pathToFileURL(path.join(await bundle(), "cli.mjs")).href);
    expect(entry?.script.href).toMatch(/\/watch-worker\.mjs$/);
    const { events } = await watchTemp(entry);
    expect(watcher!.where).toBe("thread");
    await writeFile(path.join(dir, "a.txt"), "second\n");
    await waitFor("a change event", () => events.some(([e, f]) => e === "change" && f === "a.txt"));
    expect(threadEntry("watch-worker.mjs", "dev/watch-thread.ts", "file:///nowhere/cli.mjs")).toBeNull();
    expect(threadEntry("watch-worker.mjs", "dev/watch-thread.ts", "file:///nowhere/src/threads.js")).toBeNull();
  });

  it("watches on this thread when told to", async () => {
    const { events } = await watchTemp(null);
    expect(watcher!.where).toBe("here");
    await writeFile(path.join(dir, "a.txt"), "second\n");
    await waitFor("a change event", () => events.some(([e, f]) => e === "change" && f === "a.txt"));
  });

  it("watches on this thread when the thread fails to start", async () => {
    const { events, errors } = await watchTemp(fixture("fails-to-start.mjs"));
    expect(watcher!.where).toBe("here");
    expect(errors).toEqual([]);
    await writeFile(path.join(dir, "a.txt"), "second\n");
    await waitFor("a change event", () => events.some(([e, f]) => e === "change" && f === "a.txt"));
  });

  it("goes on watching on this thread when the thread stops, says so, and asks for a full rebuild", async () => {
    const { events, errors, restarts } = await watchTemp(fixture("dies-after-ready.mjs"));
    await waitFor("a restart", () => restarts() === 1);
    expect(watcher!.where).toBe("here");
    expect(errors).toEqual([expect.stringMatching(/watching thread stopped \(exit code 3\); watching on the main thread/)]);
    await writeFile(path.join(dir, "a.txt"), "second\n");
    await waitFor("a change event", () => events.some(([e, f]) => e === "change" && f === "a.txt"));
  });
});
