// Worker-thread entry of the dev loop's watcher (see watcher.ts): chokidar on this thread, each
// event posted to the loop's thread.

import { parentPort, workerData } from "node:worker_threads";
import { PAUSE_LIMIT_MS, watchHere, type FromWatchThread, type ToWatchThread, type WatchThreadData } from "./watcher.ts";

const { paths, paused } = workerData as WatchThreadData;
const post = (msg: FromWatchThread) => parentPort!.postMessage(msg);
const watcher = watchHere(paths, (event, file) => post({ type: "event", event, file }), (message) => post({ type: "error", message }));
watcher.once("ready", () => post({ type: "ready" }));

// Asked to stand still while the loop rebuilds (see Watcher.pause): this thread blocks until told
// to go on, or for PAUSE_LIMIT_MS at most. Events meanwhile wait in the kernel's queue.
parentPort!.on("message", (msg: ToWatchThread) => {
  if (msg === "pause") Atomics.wait(paused, 0, 1, PAUSE_LIMIT_MS);
});
