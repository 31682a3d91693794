// The dev loop's file watcher: chokidar on a thread of its own, the loop's thread told of each
// event. Why a thread: on every event in a folder chokidar reads the whole folder again (an lstat
// and some JavaScript per file; ~60 ms of CPU at 4,000 seeds in one folder), which on the loop's
// thread delayed the rebuild it had just asked for (and on the other core still slows it: see
// `Watcher.pause`). Where no thread can be started (no entry script: see threads.ts), chokidar
// runs on this thread.

import { Worker } from "node:worker_threads";
import { watch, type FSWatcher } from "chokidar";
import { ignoredByWatcher, type WatchEvent } from "./watch-filter.ts";
import { threadEntry, type ThreadEntry } from "../threads.ts";

export type { ThreadEntry };

export interface WatcherOptions {
  /** Folders and files to watch (recursively). */
  paths: string[];
  onEvent: (event: WatchEvent, file: string) => void;
  onError: (message: string) => void;
  /**
   * The watching thread stopped, and watching went on on this thread: events in between may be
   * lost, so treat everything as possibly changed.
   */
  onRestart: () => void;
  /** Where the thread's entry is; default: `watchThreadEntry()`. `null`: no thread. */
  entry?: ThreadEntry | null;
}

export interface Watcher {
  /** "thread" while chokidar runs on its own thread; "here" when on this one. */
  readonly where: "thread" | "here";
  /**
   * Stand still until `resume` (the loop rebuilds meanwhile): the watching thread's work (a
   * re-read of the folder takes ~50 ms of CPU at 4,000 seeds, and one save causes two) would
   * otherwise share the machine's cores with the rebuild — on the 2-vCPU dev machine, slowing it
   * by half. Nothing is lost: events wait in the kernel's queue, and reach the loop after (a
   * build under way queues one more anyway). At most PAUSE_LIMIT_MS per pause. No-op on this thread.
   */
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

/** The longest a pause holds the watching thread (a long rebuild then shares the cores). */
export const PAUSE_LIMIT_MS = 2000;

export interface WatchThreadData {
  paths: string[];
  /** [0] is 1 while the thread is to stand still (shared memory, so it can block on it). */
  paused: Int32Array;
}
export type ToWatchThread = "pause";
export type FromWatchThread = { type: "ready" } | { type: "event"; event: WatchEvent; file: string } | { type: "error"; message: string };

/** chokidar on this thread, as the loop uses it. Resolves nothing: wait for its "ready". */
export function watchHere(paths: string[], onEvent: WatcherOptions["onEvent"], onError: WatcherOptions["onError"]): FSWatcher {
  const watcher = watch(paths, {
    ignoreInitial: true,
    ignored: ignoredByWatcher,
    // An event waits until the file's size and time stop changing (an editor writing in steps).
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
  });
  watcher.on("all", (event, file) => onEvent(event, file));
  watcher.on("error", (e) => onError((e as Error).message));
  return watcher;
}

/** The watching thread's entry (see threads.ts). */
export const watchThreadEntry = (): ThreadEntry | null => threadEntry("watch-worker.mjs", "dev/watch-thread.ts");

/** Starts watching; resolves once the initial scan is done (an edit after that is seen). */
export async function startWatcher(opts: WatcherOptions): Promise<Watcher> {
  const entry = opts.entry === undefined ? watchThreadEntry() : opts.entry;
  if (entry) {
    const threaded = await watchOnThread(entry, opts).catch(() => null);
    if (threaded) return threaded;
  }
  return watchOnThisThread(opts);
}

async function watchOnThisThread(opts: WatcherOptions): Promise<Watcher> {
  const watcher = watchHere(opts.paths, opts.onEvent, opts.onError);
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return { where: "here", pause: () => {}, resume: () => {}, close: () => watcher.close() };
}

/** Rejects when the thread fails before it is ready (the caller then watches on this thread). */
function watchOnThread(entry: ThreadEntry, opts: WatcherOptions): Promise<Watcher> {
  return new Promise((resolve, reject) => {
    const paused = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(entry.script, { workerData: { ...entry.data, paths: opts.paths, paused } satisfies WatchThreadData });
    let ready = false;
    let closing = false;
    let fallback: Watcher | null = null;
    const lost = (why: string) => {
      if (!ready) return reject(new Error(why));
      if (closing || fallback) return;
      opts.onError(`the watching thread stopped (${why}); watching on the main thread`);
      fallback = { where: "here", pause: () => {}, resume: () => {}, close: async () => {} }; // replaced below once ready
      void watchOnThisThread(opts).then((w) => {
        if (closing) return void w.close();
        fallback = w;
        opts.onRestart();
      });
    };
    worker.on("message", (msg: FromWatchThread) => {
      if (msg.type === "event") opts.onEvent(msg.event, msg.file);
      else if (msg.type === "error") opts.onError(msg.message);
      else if (!ready) {
        ready = true;
        resolve({
          get where() {
            return fallback ? fallback.where : "thread";
          },
          pause: () => {
            if (fallback || Atomics.load(paused, 0) === 1) return;
            Atomics.store(paused, 0, 1);
            worker.postMessage("pause" satisfies ToWatchThread);
          },
          resume: () => {
            Atomics.store(paused, 0, 0);
            Atomics.notify(paused, 0);
          },
          close: async () => {
            closing = true;
            Atomics.store(paused, 0, 0);
            Atomics.notify(paused, 0);
            await worker.terminate();
            await fallback?.close();
          },
        });
      }
    });
    worker.on("error", (e) => lost(e.message));
    worker.on("exit", (code) => lost(`exit code ${code}`));
  });
}
