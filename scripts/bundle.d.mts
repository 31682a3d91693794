/** The folder holding cli.mjs and read-worker.mjs for the current sources; made when missing. */
export function bundle(): Promise<string>;
