import { describe, expect, it } from "vitest";
import { escapeHtml, html, join, raw, safeExternalUrl } from "../../src/render/html.ts";
import { compareDates, compareDatesNewestFirst, dateWindow, formatDate, formatIsoText } from "../../src/render/dates.ts";
import { firstSentence, markdownToText, summarize } from "../../src/render/summary.ts";
import { renderMarkdown } from "../../src/render/index.ts";
import { removedRuns } from "../../src/render/removed.ts";
import { bounds, laneOf, layoutTimeline } from "../../src/render/timeline-layout.ts";
import type { FuzzyDate, Meeting } from "../../src/types.ts";
import { fixtureCorpus } from "./fixture.ts";

const fd = (value: string | null, precision: FuzzyDate["precision"], earliest: string | null = null, latest: string | null = null): FuzzyDate => ({
  value,
  precision,
  earliest,
  latest,
  evidence: [],
});

describe("html``", () => {
  it("escapes interpolated strings, including in attributes", () => {
    const v = `"><script>x</script>&'`;
    expect(html`<a title="${v}">${v}</a>`.value).toBe(`<a title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;&#39;">&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;&#39;</a>`);
  });
  it("keeps nested templates and raw() as markup, renders arrays, drops null/false", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`${inner}${raw("<hr>")}${[1, "<", null, false]}${undefined}`.value).toBe("<b>&lt;i&gt;</b><hr>1&lt;");
    expect(join(["a<", html`<br>`], " & ").value).toBe("a&lt; &amp; <br>");
  });
  it("escapes an existing entity so it shows literally", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
  it("allows only http(s) and mailto as external URLs", () => {
    expect(safeExternalUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeExternalUrl("mailto:x@example.org")).toBe("mailto:x@example.org");
    expect(safeExternalUrl("javascript:alert(1)")).toBeNull();
    expect(safeExternalUrl(" JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeExternalUrl("data:text/html,x")).toBeNull();
    expect(safeExternalUrl("//evil.example")).toBeNull();
  });
});

describe("dates", () => {
  it("shows each precision and never more", () => {
    expect(formatDate(fd("2024-11-12", "day"))).toBe("12 November 2024");
    expect(formatDate(fd("2024-11", "month"))).toBe("November 2024");
    expect(formatDate(fd("2024", "year"))).toBe("2024");
    expect(formatDate(fd(null, "unknown"))).toBe("date unknown");
    expect(formatDate(fd("2024-11-12", "month"))).toBe("November 2024"); // precision wins over a too-precise value
    expect(formatIsoText("2022-05")).toBe("May 2022");
    expect(formatIsoText("Beijing")).toBe("Beijing");
  });
  it("describes the window the evidence allows", () => {
    expect(dateWindow(fd("2021", "year", "2021-01-01", "2021-06-15"))).toBe("between 1 January 2021 and 15 June 2021");
    expect(dateWindow(fd("2021-06-15", "day", "2021-06-15", "2021-06-15"))).toBeNull();
    expect(dateWindow(fd(null, "unknown", "2020-03-01", null))).toBe("on or after 1 March 2020");
  });
  it("orders chronologically with unknown dates last in both directions", () => {
    const dates = [fd(null, "unknown"), fd("2024-11-12", "day"), fd("2023", "year"), fd("2024-11", "month")];
    expect([...dates].sort(compareDates).map((d) => d.value)).toEqual(["2023", "2024-11", "2024-11-12", null]);
    expect([...dates].sort(compareDatesNewestFirst).map((d) => d.value)).toEqual(["2024-11-12", "2024-11", "2023", null]);
  });
});

describe("summary", () => {
  it("does not end a sentence at an abbreviation or initial", () => {
    expect(firstSentence("Gen. Ivo Marr met U.S. envoys. Then more.")).toBe("Gen. Ivo Marr met U.S. envoys.");
    expect(firstSentence("J. Doe spoke in Velgrad on Monday. Next.")).toBe("J. Doe spoke in Velgrad on Monday.");
    expect(firstSentence("No end here")).toBe("No end here");
  });
  it("strips Markdown syntax and escapes", () => {
    expect(markdownToText("A \\*starred\\* **bold** [link](https://x.org) \\<tag\\>")).toBe("A *starred* bold link <tag>");
  });
  it("prefers the dek, skips headings, and clips long sentences", () => {
    expect(summarize({ subtitle: "\nThe dek\nsecond", body: "Body." })).toBe("The dek");
    expect(summarize({ subtitle: null, body: "## Heading\n\nFirst one. Second." })).toBe("First one.");
    const long = summarize({ subtitle: null, body: `${"word ".repeat(100)}end.` });
    expect(long.length).toBeLessThanOrEqual(241);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("renderMarkdown", () => {
  it("renders paragraphs, headings and http links", () => {
    expect(renderMarkdown("Hi *there*.\n\n## Part\n\n[site](https://example.org)")).toBe(
      '<p>Hi <em>there</em>.</p>\n<h2>Part</h2>\n<p><a href="https://example.org">site</a></p>\n',
    );
  });
  it("turns raw HTML into visible text and never emits script, event handlers or javascript: URLs", () => {
    const out = renderMarkdown('<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href="javascript:y">z</a>');
    expect(out).not.toMatch(/<script|<img|<a [^>]*href="javascript/i);
    expect(out).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(out).toContain("&#x3C;img src=x onerror=alert(1)>");
  });
  it("replaces images with alt text, local links with their text, and demotes # headings", () => {
    expect(renderMarkdown("![a photo](https://cdn.example/x.jpg) [here](other.html)\n\n# Title")).toBe("<p>[image: a photo] here</p>\n<h2>Title</h2>\n");
  });
});

describe("timeline layout", () => {
  const meetings = fixtureCorpus().meetings;
  const byId = (id: string) => meetings.find((m) => m.id === id) as Meeting;

  it("puts meetings in lanes by series, title or the leaders taking part", () => {
    expect(laneOf(byId("2024-11-11-strategic-security-consultations-3"))).toBe("consultations");
    expect(laneOf(byId("2023-03-law-enforcement-and-security-cooperation-mechanism-2"))).toBe("law-enforcement");
    expect(laneOf(byId("undated-kovalenko-lin"))).toBe("other");
    const leaders: Meeting = {
      ...byId("undated-kovalenko-lin"),
      participants: [
        { person: "a", name: "A", role: "President" },
        { person: "b", name: "B", role: "Chairman of the Republic" },
      ],
    };
    expect(laneOf(leaders)).toBe("summits");
    expect(laneOf({ ...leaders, participants: [{ person: "a", name: "A", role: "Vice President" }, { person: "b", name: "B", role: "Vice President" }] })).toBe("other");
  });

  it("derives bounds from the value when the evidence gives none", () => {
    expect(bounds(fd("2024-02", "month"))).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(bounds(fd("2023", "year"))).toEqual({ start: "2023-01-01", end: "2023-12-31" });
    expect(bounds(fd(null, "unknown"))).toBeNull();
  });

  it("places marks inside the plot, in time order, with year ticks covering them", () => {
    const d = layoutTimeline(meetings);
    expect(d.undrawn.map((m) => m.id)).toEqual(["undated-kovalenko-lin"]);
    const [march, november] = [...d.marks].sort((a, b) => a.x1 - b.x1);
    expect(march?.meeting.id).toBe("2023-03-law-enforcement-and-security-cooperation-mechanism-2");
    expect(march?.kind).toBe("range");
    expect(november?.kind).toBe("span");
    for (const m of d.marks) {
      expect(m.x1).toBeGreaterThanOrEqual(d.plotLeft);
      expect(m.x2).toBeLessThanOrEqual(d.plotRight);
    }
    expect(d.ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([2023, 2024]);
    // A month-wide range is wider than a two-day span.
    expect((march?.x2 ?? 0) - (march?.x1 ?? 0)).toBeGreaterThan((november?.x2 ?? 0) - (november?.x1 ?? 0));
  });
});

describe("removedRuns", () => {
  it("groups consecutive lines with the same reason, whatever their input order", () => {
    const r = (line: number, reason: string) => ({ line, text: `t${line}`, reason });
    expect(removedRuns([r(3, "nav"), r(1, "nav"), r(2, "nav"), r(2, "nav"), r(5, "nav"), r(6, "ad")])).toEqual([
      { from: 1, to: 3, count: 4, reason: "nav" },
      { from: 5, to: 5, count: 1, reason: "nav" },
      { from: 6, to: 6, count: 1, reason: "ad" },
    ]);
  });
});

describe("summaries of escaped text", () => {
  it("keeps text that only looks like a link", async () => {
    const { markdownToText } = await import("../../src/render/summary.ts");
    expect(markdownToText("rules \\[x\\](https://e.org/) and more")).toBe("rules [x](https://e.org/) and more");
    expect(markdownToText("see [the report](https://e.org/) now")).toBe("see the report now");
  });
});
