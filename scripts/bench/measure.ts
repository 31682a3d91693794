// Runs one command as a child process and measures it: wall time (from spawn to exit, so Node's
// start-up and module loading count, as a user waits for them), the peak RSS the kernel reports
// (/usr/bin/time %M: the largest single process — Node with its worker threads), and the
// peak of the summed RSS of the whole process tree, sampled from /proc every 20 ms.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface Measured {
  wallMs: number;
  /** Max RSS of the largest process in the tree (KiB), or null without /usr/bin/time. */
  peakRssKiB: number | null;
  /** Max of the sampled sum of RSS over the process tree (KiB), or null without /proc. */
  treeRssKiB: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";
const PAGE_KIB = 4; // Linux page size on x86-64 and most arm64 kernels

async function childrenOf(pid: number): Promise<number[]> {
  const out: number[] = [];
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const text = await readFile(`/proc/${pid}/task/${tid}/children`, "utf8").catch(() => "");
    for (const c of text.split(/\s+/)) if (c) out.push(Number(c));
  }
  return out;
}

/** Summed resident set of `pid` and all its descendants, in KiB (0 once it has exited). */
async function treeRss(pid: number): Promise<number> {
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    const statm = await readFile(`/proc/${p}/statm`, "utf8").catch(() => "");
    total += Number(statm.split(" ")[1] ?? 0) * PAGE_KIB;
    queue.push(...(await childrenOf(p)));
  }
  return total;
}

export async function measure(command: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `newsfold-bench-time-${process.pid}-${Date.now()}`);
  const [cmd, argv] = useTime ? [GNU_TIME, ["-o", timeFile, "-f", "%e %M", command, ...args]] : [command, args];
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));

  let treePeak = 0;
  const sampleable = child.pid !== undefined && existsSync("/proc/self/statm");
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling || !sampleable) return; // a slow sample is skipped, not queued
    sampling = true;
    void treeRss(child.pid!).then((kib) => {
      treePeak = Math.max(treePeak, kib);
      sampling = false;
    });
  }, 20);

  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (c) => resolve(c));
  });
  const wallMs = performance.now() - t0;
  clearInterval(timer);

  let peakRssKiB: number | null = null;
  if (useTime) {
    const text = await readFile(timeFile, "utf8").catch(() => "");
    const last = text.trim().split("\n").pop() ?? ""; // "Command exited with non-zero status" may come first
    const kib = Number(last.split(" ")[1]);
    if (Number.isFinite(kib) && kib > 0) peakRssKiB = kib;
    await rm(timeFile, { force: true });
  }
  return { wallMs, peakRssKiB, treeRssKiB: sampleable && treePeak > 0 ? treePeak : null, code, stdout, stderr };
}

/** Throws with the child's stderr when it failed. */
export function mustSucceed(m: Measured, what: string): Measured {
  if (m.code !== 0) throw new Error(`${what} exited with ${m.code}:\n${m.stderr.split("\n").slice(-25).join("\n")}`);
  return m;
}
