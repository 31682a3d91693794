// The built seeds site in a real Chromium: a reader's path through the links, the timeline
// filters, site search, pages with JavaScript off, screenshots at phone and desktop widths,
// and axe-core on every kind of page. Waits are Playwright's own, each bounded.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { HAS_BROWSER, IN_CI, launchBrowser, SKIP_BROWSER, SKIP_REASON } from "./browser.ts";
import { serveStatic, type StaticServer } from "./serve.ts";
import { ARTIFACTS, buildSeedsSite, pickSubjects, type BuiltSite, type Subjects } from "./site.ts";
import { summarize } from "../../src/render/summary.ts";

const WAIT = { timeout: 10_000 };
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

if (SKIP_BROWSER) console.warn(`\n  browser tests skipped: ${SKIP_REASON}\n`);

it.runIf(IN_CI && !HAS_BROWSER)("CI has Chromium for the browser tests", () => {
  throw new Error(`CI must run the browser tests, but there is ${SKIP_REASON}`);
});

describe.skipIf(SKIP_BROWSER)("the site in Chromium", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let withJs: BrowserContext;
  let subjects: Subjects;
  const at = (rel: string) => new URL(rel, server.url).href;

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildSeedsSite(), launchBrowser()]);
    server = await serveStatic(site.dir);
    withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    withJs.setDefaultTimeout(WAIT.timeout);
    subjects = pickSubjects(site.corpus);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  /** A page that records failed requests (the favicon too), script errors and CSP violations: Chromium logs them all as console errors. */
  async function open(context: BrowserContext, rel: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()} ${m.location().url}`);
    });
    await page.goto(at(rel));
    return { page, errors };
  }

  const h1 = (page: Page) => page.locator("h1").innerText();

  it("follows links from the home page to an article, a person, a meeting and the timeline", async () => {
    const { person, article, meeting } = subjects;
    const { page, errors } = await open(withJs, "");
    await page.locator(".article-list").getByRole("link", { name: article.title, exact: true }).click();
    await page.waitForURL(at(`articles/${article.id}/`));
    expect(await h1(page)).toBe(article.title);

    await page.locator("section[aria-labelledby=mentions]").getByRole("link", { name: person.name, exact: true }).first().click();
    await page.waitForURL(at(`people/${person.id}/`));
    expect(await h1(page)).toBe(person.name);

    await page.locator("section[aria-labelledby=meetings]").getByRole("link", { name: meeting.title, exact: true }).click();
    await page.waitForURL(at(`meetings/${meeting.id}/`));
    expect(await h1(page)).toBe(meeting.title);

    await page.getByRole("link", { name: "On the timeline" }).click();
    await page.waitForURL(at(`timeline/#${meeting.id}`));
    const entry = page.locator(`li[id="${meeting.id}"]`);
    expect(await entry.isVisible()).toBe(true);
    const top = await entry.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sorts the home page's articles and filters them by year and headline words", async () => {
    const { page, errors } = await open(withJs, "");
    const form = page.locator("form.list-filters");
    await form.waitFor({ state: "visible" });
    const titles = () => page.locator(".article-list > li:visible .card-title").allInnerTexts();
    const newest = await titles();
    expect(newest).toHaveLength(site.corpus.articles.length);
    await form.locator("select[name=sort]").selectOption("oldest");
    await expect.poll(titles, WAIT).toEqual([...newest].reverse());
    await form.locator("select[name=sort]").selectOption("title");
    await expect.poll(titles, WAIT).toEqual([...newest].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const year = await form.locator("select[name=year] option").nth(1).getAttribute("value");
    await form.locator("select[name=year]").selectOption(year!);
    const inYear = site.corpus.articles.filter((a) => a.published.value?.startsWith(year!)).length;
    await expect.poll(() => page.locator(".article-list > li:visible").count(), WAIT).toBe(inYear);
    await form.locator("select[name=year]").selectOption("");
    const word = newest[0]!.split(/\s+/).find((w) => w.length > 5)!.toLowerCase();
    await form.locator("input[name=q]").fill(word);
    const withWord = newest.filter((t) => t.toLowerCase().includes(word)).length;
    await expect.poll(() => page.locator(".article-list > li:visible").count(), WAIT).toBe(withWord);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters the timeline by person and by year, in the list and the drawing alike", async () => {
    const { person } = subjects;
    const { page, errors } = await open(withJs, "timeline/");
    const form = page.locator("form.tl-filters");
    await form.waitFor({ state: "visible" });
    const items = page.locator(".tl-item");
    const total = await items.count();
    expect(total).toBe(site.corpus.meetings.length);

    await form.locator("select[name=person]").selectOption(person.id);
    const attended = site.corpus.meetings.filter((m) => m.participants.some((p) => p.person === person.id)).length;
    await expect.poll(() => page.locator(".tl-item:visible").count(), WAIT).toBe(attended);
    for (const people of await page.locator(".tl-item:visible").evaluateAll((els) => els.map((e) => e.getAttribute("data-people") ?? "")))
      expect(people.split(" ")).toContain(person.id);
    for (const people of await page.locator(".tl-mark:not(.tl-hidden)").evaluateAll((els) => els.map((e) => e.getAttribute("data-people") ?? "")))
      expect(people.split(" ")).toContain(person.id);
    if (attended < total) expect(await page.locator(".tl-count").innerText()).toBe(`${attended} of ${total} meetings shown`);

    await form.locator("select[name=person]").selectOption("");
    const year = await form.locator("select[name=year] option").nth(1).getAttribute("value");
    expect(year).toBeTruthy();
    await form.locator("select[name=year]").selectOption(year!);
    const inYear = await items.evaluateAll((els, y) => els.filter((e) => e.getAttribute("data-year") === y).length, year);
    await expect.poll(() => page.locator(".tl-item:visible").count(), WAIT).toBe(inYear);
    await form.locator("select[name=year]").selectOption("");
    await expect.poll(() => page.locator(".tl-item:visible").count(), WAIT).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds a person by name from the header search box and opens an article naming them", async () => {
    const { person, searchName } = subjects;
    const { page, errors } = await open(withJs, "");
    await page.getByRole("searchbox", { name: "Search the site" }).fill(searchName);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.endsWith("/search/") && url.searchParams.get("q") === searchName);
    const results = page.locator(".search-results li");
    await results.first().waitFor();
    expect(await page.locator(".search-status").innerText()).toMatch(new RegExp(`^\\d+ results? for “${escapeRegExp(searchName)}”`));
    const titles = await results.locator("h2").allInnerTexts();
    expect(titles).toContain(person.name); // the person's own page is indexed too

    const articleHit = results.filter({ has: page.locator("p.meta", { hasText: /^Article\b/ }) }).first();
    const title = await articleHit.locator("h2 a").innerText();
    await articleHit.locator("h2 a").click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    const landed = site.corpus.articles.find((a) => page.url() === at(`articles/${a.id}/`));
    expect(landed?.title).toBe(title);
    expect(await h1(page)).toBe(title);
    expect(await page.locator("article").innerText()).toContain(searchName);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds a person while their name is still being typed, under the search page's CSP", async () => {
    // Every fetch of the index must pass the page's CSP; a violation is a console error.
    const { person, searchName } = subjects;
    const { page, errors } = await open(withJs, "search/");
    const words = searchName.split(/\s+/);
    const typed = [...words.slice(0, -1), words.at(-1)!.slice(0, Math.max(2, words.at(-1)!.length - 2))].join(" ");
    await page.getByRole("searchbox", { name: "Articles, people and meetings" }).pressSequentially(typed, { delay: 30 });
    await expect.poll(() => page.locator(".search-results h2").allInnerTexts(), WAIT).toContain(person.name);
    expect(new URL(page.url()).searchParams.get("q")).toBe(typed);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks the query's words in the results' summaries, as text nodes and <mark> only", async () => {
    const article = site.corpus.articles.find((a) => /\p{L}{7,}/u.test(summarize(a)))!;
    const word = summarize(article).match(/\p{L}{7,}/u)![0];
    const { page, errors } = await open(withJs, `search/?q=${encodeURIComponent(word)}`);
    const hit = page.locator(".search-results li", { has: page.getByRole("link", { name: article.title, exact: true }) });
    await hit.waitFor();
    expect(await hit.locator("mark").allInnerTexts()).toContain(word);
    const tags = await hit.locator(".search-excerpt *").evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(["MARK"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps page chrome out of the index: a word only the skip link or footer has finds nothing", async () => {
    const inContent = (word: string) =>
      site.corpus.articles.some((a) => new RegExp(`\\b${word}\\b`, "i").test(`${a.title} ${a.subtitle ?? ""} ${a.body}`));
    const word = ["Skip", "JSON"].find((w) => !inContent(w));
    expect(word, "every chrome word also appears in an article").toBeDefined();
    const { page, errors } = await open(withJs, `search/?q=${word}`);
    await expect.poll(() => page.locator(".search-status").innerText(), WAIT).toMatch(/^No results for/);
    expect(await page.locator(".search-results li").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads with JavaScript off: the timeline lists every meeting, articles are whole, search says why it is empty", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    noJs.setDefaultTimeout(WAIT.timeout);
    try {
      const timeline = (await open(noJs, "timeline/")).page;
      expect(await timeline.locator(".timeline-list").isVisible()).toBe(true);
      expect(await timeline.locator(".tl-item:visible").count()).toBe(site.corpus.meetings.length);
      expect(await timeline.locator("form.tl-filters").isVisible()).toBe(false);
      expect(await timeline.locator("svg.timeline-svg").isVisible()).toBe(true);

      const { article } = subjects;
      const page = (await open(noJs, `articles/${article.id}/`)).page;
      expect(await h1(page)).toBe(article.title);
      const body = await page.locator(".article-body").innerText();
      const firstWords = article.body.replace(/[#*_>`[\]]/g, "").trim().split(/\s+/).slice(0, 4).join(" ");
      expect(body.replace(/\s+/g, " ")).toContain(firstWords);

      const search = (await open(noJs, "search/")).page;
      expect(await search.locator(".search-status").innerText()).toContain("needs JavaScript");
      expect(await search.getByRole("link", { name: "timeline of meetings" }).isVisible()).toBe(true);
    } finally {
      await noJs.close();
    }
  });

  it("fits a 375 px phone without sideways scrolling, and saves screenshots at 375 and 1280 px to test/artifacts/", async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const pages: [string, string][] = [
      ["index", ""],
      ["article", `articles/${subjects.article.id}/`],
      ["timeline", "timeline/"],
      ["meeting", `meetings/${subjects.meeting.id}/`],
      ["person", `people/${subjects.person.id}/`],
      ["search", `search/?q=${encodeURIComponent(subjects.searchName)}`],
    ];
    const SCREENSHOTS = ["index", "article", "timeline", "search"];
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      context.setDefaultTimeout(WAIT.timeout);
      try {
        const { page, errors } = await open(context, "");
        for (const [name, rel] of pages) {
          await page.goto(at(rel));
          if (name === "search") await page.locator(".search-results li").first().waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} at ${width}px scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
          if (SCREENSHOTS.includes(name)) await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  describe("axe-core finds no accessibility violation", () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(WAIT.timeout);
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    const pageTypes: [string, () => string | undefined][] = [
      ["index", () => ""],
      ["article", () => `articles/${subjects.article.id}/`],
      ["timeline", () => "timeline/"],
      ["meeting", () => `meetings/${subjects.meeting.id}/`],
      ["person", () => `people/${subjects.person.id}/`],
      ["place", () => subjects.place && `places/${subjects.place.id}/`],
      ["organization", () => subjects.organization && `organizations/${subjects.organization.id}/`],
      ["404", () => "no-such-page.html"],
      ["search", () => `search/?q=${encodeURIComponent(subjects.searchName)}`],
    ];

    // All rules at phone and desktop widths in light colours; in dark colours, which change
    // nothing else, contrast only. axe is injected once per page (the slow part), then rerun.
    const rerun = (rules: string[] | null) =>
      `axe.run(document${rules ? `, { runOnly: { type: "rule", values: ${JSON.stringify(rules)} } }` : ""}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`;
    type Found = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];

    for (const [type, rel] of pageTypes) {
      it(`on the ${type} page, at 375 and 1280 px, in light and dark colours`, async () => {
        const url = rel();
        expect(url, `the seeds gave no ${type} page`).toBeDefined();
        await page.emulateMedia({ colorScheme: "light" });
        await page.setViewportSize({ width: 375, height: 900 });
        const response = await page.goto(at(url!));
        expect(response?.status()).toBe(type === "404" ? 404 : 200);
        if (type === "search") await page.locator(".search-results li").first().waitFor();
        if (type === "article") await page.locator("details.how-read summary").click(); // check the collapsed part too
        const found: string[] = [];
        const report = (when: string, violations: Found) => {
          for (const v of violations) found.push(`${when}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        };
        report("375 px", (await new AxeBuilder({ page }).analyze()).violations);
        await page.setViewportSize({ width: 1280, height: 900 });
        report("1280 px", await page.evaluate<Found>(rerun(null)));
        await page.emulateMedia({ colorScheme: "dark" });
        report("dark", await page.evaluate<Found>(rerun(["color-contrast"])));
        expect(found).toEqual([]);
      });
    }
  });
});
