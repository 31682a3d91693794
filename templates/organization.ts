// One organisation: the names the texts use for it and the articles naming it.

import { html } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Organization } from "../src/types.ts";
import { layout } from "./layout.ts";
import { link, refList, section } from "./partials.ts";
import { aliasList } from "./person.ts";

export interface OrganizationView {
  ctx: PageContext;
  organization: Organization;
}

export function organizationPage(view: OrganizationView): string {
  const { ctx, organization: o } = view;
  const main = html`<h1>${o.name}</h1>
${aliasList(o.name, o.aliases)}
${o.country ? html`<p class="meta">Country: ${link(ctx.placeNamed(o.country))}</p>` : ""}
${section("articles", "Articles", refList(o.articles.map(ctx.article), "No articles."))}`;
  return layout({ ctx, title: o.name, description: `${o.name}: articles`, main });
}
