/** The folder holding cli.mjs and its threads' entries (read-worker.mjs, watch-worker.mjs) for the current sources; made when missing. */
export function bundle(): Promise<string>;
