// Site settings with defaults. An optional newsfold.config.json at the project root
// overrides them; command-line flags override the file.

import { readFileSync } from "node:fs";
import path from "node:path";
import type { SiteConfig } from "./types.ts";

export const DEFAULT_CONFIG: SiteConfig = {
  title: "China–Russia Security Meetings",
  url: null,
  language: "en",
};

export const CONFIG_FILE = "newsfold.config.json";

export async function loadConfig(root: string): Promise<SiteConfig> {
  const file = path.join(root, CONFIG_FILE);
  let text: string;
  try {
    // Synchronous: a settings file is tiny, and in the dev loop (read on every rebuild) the thread
    // pool's round trips cost several ms of the time to reload.
    text = readFileSync(file, "utf8");
  } catch {
    return { ...DEFAULT_CONFIG };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${CONFIG_FILE}: not valid JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== "object") throw new Error(`${CONFIG_FILE}: expected an object`);
  const d = data as Record<string, unknown>;
  const config = { ...DEFAULT_CONFIG };
  for (const [k, v] of Object.entries(d)) {
    if (k === "title" || k === "language") {
      if (typeof v !== "string" || !v.trim()) throw new Error(`${CONFIG_FILE}: "${k}" must be a non-empty string`);
      config[k] = v;
    } else if (k === "url") {
      config.url = normaliseSiteUrl(v);
    } else {
      throw new Error(`${CONFIG_FILE}: unknown setting "${k}" (known: title, url, language)`);
    }
  }
  return config;
}

export function normaliseSiteUrl(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v !== "string" || !/^https?:\/\/[^\s]+$/i.test(v)) throw new Error(`site url must be an http(s) URL, got ${JSON.stringify(v)}`);
  return v.endsWith("/") ? v : `${v}/`;
}
