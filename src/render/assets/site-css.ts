// assets/site.css: the one stylesheet. System fonts only (no web fonts: no external requests),
// fluid from 360px up, dark mode via prefers-color-scheme, print styles, visible focus.

export const SITE_CSS = `:root {
  --bg: #fdfdfc; --fg: #1b1b1f; --muted: #5b5d66; --line: #d9d9de; --accent: #0b57d0;
  --accent-soft: #dbe6fb; --warn-bg: #fff4d6; --warn-fg: #5c4300; --mark: #ffe58a;
  --lane1: #0b57d0; --lane2: #137333; --lane3: #a142f4; --lane4: #5f6368;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15161a; --fg: #e8e8ec; --muted: #a6a8b3; --line: #3a3b44; --accent: #8ab4f8;
    --accent-soft: #22314d; --warn-bg: #3d3212; --warn-fg: #ffe3a3; --mark: #7a6410;
    --lane1: #8ab4f8; --lane2: #81c995; --lane3: #d7aefb; --lane4: #bdc1c6;
  }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; } /* a class's display (.tl-filters is flex) must not unhide it */
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 48rem; padding: 0 1rem 2rem; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  overflow-wrap: break-word;
}
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
main:focus { outline: none; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; }
.site-header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; justify-content: space-between; border-bottom: 1px solid var(--line); padding: .75rem 0; margin-bottom: 1.5rem; }
.site-title { margin: 0; font-weight: 700; }
.site-title a { color: inherit; text-decoration: none; }
.site-header nav { margin-right: auto; }
nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
nav a[aria-current="page"] { font-weight: 700; text-decoration: none; }
.site-footer { border-top: 1px solid var(--line); margin-top: 3rem; padding-top: 1rem; color: var(--muted); font-size: .9rem; }
h1 { font-size: clamp(1.6rem, 4vw, 2.3rem); line-height: 1.2; margin: .5rem 0 1rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; }
.muted, .meta, .precision, .window { color: var(--muted); }
.meta { font-size: .95rem; }
.lede { font-size: 1.1rem; }
.dek { font-size: 1.15rem; color: var(--muted); margin: .25rem 0; }
.byline { font-weight: 600; margin-bottom: 0; }
.article-list, .timeline-list { list-style: none; padding: 0; }
.card { border-bottom: 1px solid var(--line); padding: .75rem 0; }
.card-title { font-size: 1.15rem; margin: 0 0 .25rem; }
.card p { margin: .2rem 0; }
figure { margin: 1rem 0; }
.photo figcaption { border-left: 3px solid var(--line); padding-left: .75rem; font-size: .95rem; color: var(--muted); }
.credit { font-size: .85rem; font-style: italic; }
.article-body { margin: 1.5rem 0; }
blockquote { margin: .5rem 0; padding-left: 1rem; border-left: 3px solid var(--accent-soft); }
.quotes, .refs, .source-list, .participants { padding-left: 1.2rem; }
.speaker { margin-top: 0; color: var(--muted); font-size: .95rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
details.how-read { margin-top: 2rem; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; }
details.how-read summary { cursor: pointer; font-weight: 600; }
.conflict-note, .conflicts, .warnings { background: var(--warn-bg); color: var(--warn-fg); border-radius: 6px; padding: .5rem .75rem; }
.warnings { padding-left: 2rem; }
.conflicts ul { margin: .25rem 0; }
mark { background: var(--mark); color: inherit; padding: 0 .2em; }
.badge { display: inline-block; font-size: .8rem; border-radius: 1rem; padding: 0 .6rem; border: 1px dashed currentColor; }
.tl-item { border-left: 3px solid var(--accent-soft); padding: .25rem 0 .25rem 1rem; margin-bottom: 1rem; }
.tl-item.uncertain { border-left-style: dashed; }
.tl-item p { margin: .2rem 0; }
.tl-title { margin: .1rem 0; }
.tl-hidden { display: none; }
.timeline-figure { margin: 1rem -1rem; overflow-x: auto; }
.timeline-svg { display: block; width: 100%; min-width: 40rem; height: auto; }
.timeline-figure figcaption { padding: 0 1rem; font-size: .9rem; color: var(--muted); }
.tl-lane { stroke: var(--line); stroke-width: 1; }
.tl-tick { stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 4; }
.tl-axis { stroke: var(--muted); stroke-width: 1.5; }
.tl-year, .tl-lane-label { fill: var(--muted); font: 13px system-ui, sans-serif; }
.tl-uncertain { fill: var(--fg); font: bold 12px system-ui, sans-serif; }
.tl-mark { --c: var(--lane4); }
.tl-mark[data-lane="consultations"] { --c: var(--lane1); }
.tl-mark[data-lane="law-enforcement"] { --c: var(--lane2); }
.tl-mark[data-lane="summits"] { --c: var(--lane3); }
.tl-point { fill: var(--c); stroke: var(--bg); stroke-width: 2; }
.tl-span { fill: var(--c); }
.tl-range { fill: var(--c); fill-opacity: .18; stroke: var(--c); stroke-width: 1.5; stroke-dasharray: 4 3; }
.tl-mark:hover .tl-point, .tl-mark:hover .tl-span, .tl-mark:hover .tl-range { stroke: var(--fg); stroke-width: 2.5; }
.tl-filters, .list-filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 1rem 0; }
.tl-filters label, .list-filters label { display: flex; flex-direction: column; font-size: .9rem; }
.tl-filters select { font: inherit; padding: .25rem; max-width: 16rem; }
code { font-size: .9em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.site-search, .search-form { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.site-search input, .search-form input, .site-search button, .search-form button { font: inherit; padding: .3rem .5rem; }
.site-search input { width: 13rem; max-width: 100%; }
.search-form label { flex-basis: 100%; font-weight: 600; }
.search-form input { flex: 1 1 14rem; }
.search-results { list-style: none; padding: 0; }
.search-results li { border-bottom: 1px solid var(--line); padding: .5rem 0; }
.search-results h2 { font-size: 1.15rem; margin: 0; }
.search-results p { margin: .2rem 0; }
@media (min-width: 64rem) { body { max-width: 60rem; } .timeline-figure { margin: 1rem 0; } }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; }
  body { max-width: none; font-size: 11pt; }
  .skip-link, nav, .tl-filters, .site-footer, .site-search { display: none; }
  a { color: inherit; }
  .article-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  details.how-read { border: 0; padding: 0; }
  .timeline-svg { min-width: 0; }
  .card, .tl-item, figure { break-inside: avoid; }
}
`;
