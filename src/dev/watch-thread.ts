// Worker-thread entry of the dev loop's watcher (see watcher.ts): chokidar on this thread, each
// event posted to the loop's thread.

import { parentPort, workerData } from "node:worker_threads";
import { watchHere, type FromWatchThread, type WatchThreadData } from "./watcher.ts";

const { paths } = workerData as WatchThreadData;
const post = (msg: FromWatchThread) => parentPort!.postMessage(msg);
const watcher = watchHere(paths, (event, file) => post({ type: "event", event, file }), (message) => post({ type: "error", message }));
watcher.once("ready", () => post({ type: "ready" }));
