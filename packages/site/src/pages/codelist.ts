// A page per codelist, and the index of all codelists.
import { type Html, html, raw } from "../html.js";
import type { CodelistFile } from "../inputs.js";
import { hrefFrom, type Page } from "../layout.js";
import { renderInline } from "../markdown-inline.js";
import { paths, type SiteModel } from "../model.js";

const openness = (open: boolean) =>
  open
    ? html`<span class="badge open" title="New codes may be added in a minor version">open list</span>`
    : html`<span class="badge closed" title="Adding a code is a change to the standard">closed list</span>`;

function usesOf(list: CodelistFile, model: SiteModel, page: string): Html {
  const uses = model.codelistUses.get(list.name) ?? [];
  if (uses.length === 0) return html`<p class="muted">Not used by a document field directly.</p>`;
  return html`<ul class="uses">${uses.map(
    (u) =>
      html`<li><a href="${hrefFrom(page, paths.field(u.document.slug, u.field.pointer))}"><code>${u.document.documentType}</code> <code>${u.field.pointer}</code></a></li>`,
  )}</ul>`;
}

/**
 * The page of one codelist: codes, labels, descriptions, sources, versions and where it is used.
 * @example
 * const page = codelistPage(model.codelists[0], model);
 */
export function codelistPage(list: CodelistFile, model: SiteModel): Page {
  const path = paths.codelist(list.name);
  const languages = [...new Set(list.codes.flatMap((c) => Object.keys(c.label)))].sort((a, b) =>
    a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b),
  );
  const ownSource = list.codes.some((c) => c.source !== list.source);
  const deprecated = list.codes.some((c) => c.deprecated);
  const rows = list.codes.map(
    (c) => html`<tr id="c-${c.code}"${c.deprecated ? html` class="deprecated"` : ""}>
<td data-label="Code"><a href="#c-${c.code}"><code>${c.code}</code></a></td>
${languages.map((l) => html`<td data-label="Label (${l})" lang="${l}">${c.label[l] ?? ""}</td>`)}
<td data-label="Description">${raw(renderInline(c.description))}</td>
${ownSource ? html`<td data-label="Source">${c.source}</td>` : ""}
<td data-label="Since">${c.since}</td>
${deprecated ? html`<td data-label="Deprecated">${c.deprecated === true ? "yes" : (c.deprecated ?? "")}</td>` : ""}
</tr>`,
  );
  const body = html`<article class="codelist-page">
<p class="kicker">Codelist</p>
<h1>${list.title} <code class="doctype">${list.name}</code></h1>
<p class="lead">${raw(renderInline(list.description))}</p>
<ul class="facts">
<li>${openness(list.open)} · ${list.codes.length} codes</li>
<li>Source: ${list.source}</li>
<li>Data: <a href="${hrefFrom(path, paths.schemaFile(`codelists/${list.name}.json`))}">JSON</a> · <a href="${hrefFrom(path, paths.schemaFile(`codelists/${list.name}.csv`))}">CSV</a></li>
</ul>
<h2>Codes</h2>
<p class="note">Codes are the contract and are case-sensitive; labels are for people and may be translated.</p>
<div class="table-wrap"><table class="codes">
<thead><tr><th>Code</th>${languages.map((l) => html`<th>Label (${l})</th>`)}<th>Description</th>${ownSource ? html`<th>Source</th>` : ""}<th>Since</th>${deprecated ? html`<th>Deprecated</th>` : ""}</tr></thead>
<tbody>${rows}</tbody>
</table></div>
<h2>Used by</h2>
${usesOf(list, model, path)}
</article>`;
  return {
    path,
    title: `${list.title} codelist`,
    body,
    section: "codelists",
    keywords: [list.name, list.description],
  };
}

/**
 * The index of every codelist.
 * @example
 * const page = codelistIndexPage(model);
 */
export function codelistIndexPage(model: SiteModel): Page {
  const path = paths.codelists;
  const rows = model.codelists.map(
    (l) => html`<tr>
<td data-label="Name"><a href="${hrefFrom(path, paths.codelist(l.name))}"><code>${l.name}</code></a></td>
<td data-label="Title">${l.title}</td><td data-label="Kind">${openness(l.open)}</td><td data-label="Codes">${l.codes.length}</td>
<td data-label="Description">${raw(renderInline(l.description))}</td></tr>`,
  );
  const body = html`<article>
<h1>Codelists</h1>
<p class="lead">${model.codelists.length} codelists. Every coded field names its list with <code>x-trm-codelist</code>. A closed list changes only with the standard; an open list may gain codes in a minor version.</p>
<div class="table-wrap"><table class="codelists">
<thead><tr><th>Name</th><th>Title</th><th>Kind</th><th>Codes</th><th>Description</th></tr></thead>
<tbody>${rows}</tbody></table></div>
</article>`;
  return { path, title: "Codelists", body, section: "codelists" };
}
