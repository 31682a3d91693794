// Helpers for the dev-loop tests: a temp project with a copy of the seeds, bounded polling,
// raw HTTP requests (fetch would normalise "/../x" before sending it) and an SSE reader.

import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { runDev, type DevOptions, type DevSession } from "../../src/dev/index.ts";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface TempProject {
  root: string;
  seeds: string;
  out: string;
  cleanup: () => Promise<void>;
}

/** A fresh project root under os.tmpdir() with seeds/ (a copy of the repo's seeds unless `empty`). */
export async function tempProject(prefix: string, opts: { empty?: boolean } = {}): Promise<TempProject> {
  const root = await mkdtemp(path.join(os.tmpdir(), `newsfold-${prefix}-`));
  const seeds = path.join(root, "seeds");
  if (opts.empty) await mkdir(seeds);
  else await cp(path.join(repoRoot, "seeds"), seeds, { recursive: true });
  return { root, seeds, out: path.join(root, "dist"), cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** runDev on `p` (its seeds, its dist/) on a free port, logging nowhere unless `opts` says. */
export function runDevIn(p: TempProject, opts: Partial<DevOptions> = {}): Promise<DevSession> {
  return runDev({ root: p.root, seedsDir: p.seeds, outDir: p.out, port: 0, log: () => {}, ...opts });
}

/** Polls `check` every 20 ms until it returns a truthy value; fails after `timeoutMs`. */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | "">;

export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 15_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as Truthy<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ""}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** GET with the path sent exactly as given. */
export function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath, method: "GET", agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** An open /__newsfold/events stream: every event received so far, and a wait for the next match. */
export function openEvents(base: string): { events: { event: string; data: string }[]; next: (event: string, from?: number) => Promise<string>; close: () => void } {
  const events: { event: string; data: string }[] = [];
  const u = new URL("/__newsfold/events", base);
  let buffer = "";
  const req = http.get({ host: u.hostname, port: u.port, path: u.pathname, agent: false }, (res) => {
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
        events.push({ event, data });
      }
    });
  });
  req.on("error", () => {});
  return {
    events,
    next: (event, from = 0) => waitFor(`SSE event "${event}"`, () => events.slice(from).find((e) => e.event === event)?.data),
    close: () => req.destroy(),
  };
}
