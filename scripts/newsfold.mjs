#!/usr/bin/env node
// Runs the newsfold CLI from the JavaScript bundle (scripts/bundle.mjs); without esbuild, it
// falls back to running the TypeScript sources with tsx.

import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundle } from "./bundle.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
let dir = null;
try {
  dir = await bundle();
} catch (e) {
  if (process.env.DEBUG) process.stderr.write(`newsfold: no bundle (${e.message}); running the TypeScript sources with tsx\n`);
}
if (dir) {
  await import(pathToFileURL(path.join(dir, "cli.mjs")).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(root, "src", "cli.ts")).href);
}
