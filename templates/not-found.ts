// The 404 page. A server may show it at any depth, so its links are relative to the site root
// (or absolute when the site URL is configured; see PageContext).

import { html } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import { pagePath } from "../src/paths.ts";
import { layout } from "./layout.ts";

export function notFoundPage(view: { ctx: PageContext }): string {
  const { ctx } = view;
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address. It may have been renamed when the articles were rebuilt.</p>
<ul><li><a href="${ctx.href(pagePath.home())}">All articles</a></li><li><a href="${ctx.href(pagePath.timeline())}">Timeline of meetings</a></li></ul>`;
  return layout({ ctx, title: "Page not found", main });
}
