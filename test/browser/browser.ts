// Debian's Chromium driven by playwright-core. On a machine without it the browser tests are
// skipped with a message; in CI (CI=true) a missing browser is an error, since .ci/run installs it.

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const IN_CI = process.env.CI === "true" || process.env.CI === "1";
export const HAS_BROWSER = existsSync(CHROMIUM);
/** Skip only on a developer's machine; in CI the tests run and fail loudly. */
export const SKIP_BROWSER = !HAS_BROWSER && !IN_CI;
export const SKIP_REASON = `no Chromium at ${CHROMIUM} (install it: apt-get install chromium, or set CHROMIUM_PATH)`;

// Without the background-networking switches Chromium tries to reach Google's services, and
// this machine refuses those connections. Playwright adds a fresh temporary --user-data-dir.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(): Promise<Browser> {
  if (!HAS_BROWSER) throw new Error(`browser tests need Chromium: ${SKIP_REASON}`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
}
