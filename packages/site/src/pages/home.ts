// The home page and the guides index.
import { html, raw } from "../html.js";
import { hrefFrom, type Page } from "../layout.js";
import { renderInline } from "../markdown-inline.js";
import { paths, type SiteModel } from "../model.js";
import type { MarkdownRoute } from "./markdown.js";

/**
 * The home page: what the standard is and where each part of the reference lives.
 * @example
 * const page = homePage(model, true);
 */
export function homePage(model: SiteModel, hasVersioning: boolean): Page {
  const path = paths.home;
  const docs = model.documents.map(
    (
      d,
    ) => html`<li class="card"><a href="${hrefFrom(path, paths.document(d.slug))}"><strong>${d.title}</strong> <code>${d.documentType}</code></a>
<p>${raw(renderInline(d.description))}</p><p class="muted">${d.fields.filter((f) => !f.within).length} fields · ${d.examples.length} examples</p></li>`,
  );
  const codes = model.codelists.reduce((n, l) => n + l.codes.length, 0);
  const body = html`<article>
<h1>Open TRM ${model.standardVersion}</h1>
<p class="lead">The open data standard for Transnational Referral Mechanisms: how countries of origin, transit and destination refer a trafficked person to each other's help, safely and with consent. This reference is generated from the published JSON Schemas, codelists and rule catalogue.</p>
<p class="notice">The people in these records are victims of crime, often children. Every field carries a sensitivity class; tools never echo field values in errors. Every example on this site is synthetic.</p>
<section id="documents"><h2>Document types</h2><ul class="cards">${docs}</ul></section>
<section><h2>Reference</h2><ul>
<li><a href="${hrefFrom(path, paths.codelists)}">Codelists</a>: ${model.codelists.length} lists, ${codes} codes.</li>
<li><a href="${hrefFrom(path, paths.rules)}">Rule catalogue</a>: ${model.rules.length} issue codes with guidance.</li>
<li><a href="${hrefFrom(path, paths.validator)}">Validator</a>: check a document or an NDJSON file in this browser; nothing is sent anywhere.</li>
${hasVersioning ? html`<li><a href="${hrefFrom(path, paths.versioning)}">Versioning policy</a>: what major, minor and patch mean for your payloads.</li>` : ""}
<li><a href="${hrefFrom(path, paths.changelog)}">Changelog</a>.</li>
<li><a href="${hrefFrom(path, paths.guides)}">Guides</a>: getting started, validate in CI, privacy, adapters, decisions.</li>
</ul></section>
</article>`;
  return { path, title: "Home", body, keywords: ["standard", "TRM"] };
}

const ORDER = ["getting-started", "validate-in-ci", "privacy", "adapters", "examples"];

/**
 * The guides index: hand-written guides first, then adapters and decisions.
 * @example
 * const page = guidesIndexPage(routes);
 */
export function guidesIndexPage(routes: readonly MarkdownRoute[], titles: ReadonlyMap<string, string>): Page {
  const path = paths.guides;
  const rank = (p: string) => {
    const i = ORDER.findIndex((o) => p === `guides/${o}.html`);
    return i < 0 ? ORDER.length : i;
  };
  const link = (r: MarkdownRoute) =>
    html`<li><a href="${hrefFrom(path, r.path)}">${titles.get(r.path) ?? r.path}</a></li>`;
  const guides = routes
    .filter((r) => /^guides\/[^/]+\.html$/.test(r.path))
    .sort((a, b) => rank(a.path) - rank(b.path));
  const adapters = routes.filter((r) => r.path.startsWith("guides/adapters/"));
  const decisions = routes.filter(
    (r) => r.path.startsWith("decisions/") && r.path !== "decisions/index.html",
  );
  const hasAdapterIndex = routes.some((r) => r.path === "guides/adapters.html");
  const body = html`<article>
<h1>Guides</h1>
<ul>${guides.filter((r) => r.path !== "guides/adapters.html").map(link)}</ul>
<h2 id="adapters">Adapters</h2>
${hasAdapterIndex ? html`<p><a href="${hrefFrom(path, "guides/adapters.html")}">Adapters overview</a></p>` : ""}
${adapters.length ? html`<ul>${adapters.map(link)}</ul>` : html`<p class="muted">Mapping documents (FHIR, HTCDS, CTDC, CSV, jCard) appear here when <code>docs/mappings/</code> has them.</p>`}
<h2 id="decisions">Decisions</h2>
<p>Choices that shape the standard: <a href="${hrefFrom(path, "decisions/index.html")}">all decisions</a>.</p>
<ul>${decisions.map(link)}</ul>
</article>`;
  return { path, title: "Guides", body, section: "guides" };
}
