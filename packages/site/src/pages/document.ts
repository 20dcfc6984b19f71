// One page per document type: field reference from the JSON Schema, the synthetic examples, and the rules.
import type { FieldRow } from "../fields.js";
import { anchorId, type Html, html, join, raw } from "../html.js";
import { jsonView } from "../json-view.js";
import { hrefFrom, type Page } from "../layout.js";
import { renderInline } from "../markdown-inline.js";
import { type DocumentModel, paths, type SiteModel } from "../model.js";
import { firstValueAt } from "../pointer.js";

const MAX_EXAMPLE = 60;
// File names are the kebab-case document type (`victimProfile` -> `victim-profile`), as in schemas/v1.
const slugOf = (documentType: string) => documentType.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The example value of a field: the schema's `examples`, else the first value in the synthetic examples. */
function exampleText(field: FieldRow, doc: DocumentModel): string | undefined {
  const docs = doc.examples.map((e) => e.value);
  const value =
    field.examples.length > 0
      ? field.examples[0]
      : field.leaf
        ? firstValueAt(docs, field.pointer)
        : undefined;
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length > MAX_EXAMPLE ? `${text.slice(0, MAX_EXAMPLE - 1)}…` : text;
}

/**
 * The sensitivity class of a field as a badge.
 * @example
 * sensitivityBadge("direct", false);
 */
export function sensitivityBadge(sensitivity: string | undefined, derived: boolean): Html {
  if (!sensitivity) return html`<span class="muted">none</span>`;
  const title = derived
    ? "derived: the class of the most sensitive field inside"
    : `x-trm-sensitivity: ${sensitivity}`;
  return html`<span class="sens sens-${sensitivity}" title="${title}">${sensitivity}${derived ? "*" : ""}</span>`;
}

/** A pointer that may wrap after each `/` (long pointers would otherwise widen the table). */
const breakable = (pointer: string) => join(pointer.split("/"), html`/<wbr>`);

function fieldRow(field: FieldRow, doc: DocumentModel, page: string): Html {
  const example = exampleText(field, doc);
  const codelist = field.codelist
    ? html`<a href="${hrefFrom(page, paths.codelist(field.codelist))}">${field.codelist}</a>`
    : html`<span class="muted">–</span>`;
  const embeds = field.embeds
    ? html` <a href="${hrefFrom(page, paths.document(slugOf(field.embeds)))}">(${field.embeds} page)</a>`
    : "";
  return html`<tr id="${anchorId(field.pointer)}" class="depth-${Math.min(field.depth, 6)}">
<td data-label="Pointer"><a class="pointer" href="#${anchorId(field.pointer)}"><code>${breakable(field.pointer)}</code></a></td>
<td data-label="Field"><strong>${field.title}</strong>${embeds}<div class="desc">${raw(renderInline(field.description))}</div></td>
<td data-label="Type"><code class="type">${field.type}</code>${field.constraints.length ? html`<div class="constraints">${field.constraints.join("; ")}</div>` : ""}</td>
<td data-label="Required">${field.required ? html`<span class="req">required</span>` : html`<span class="muted">optional</span>`}</td>
<td data-label="Sensitivity">${sensitivityBadge(field.sensitivity, field.derived)}</td>
<td data-label="Codelist">${codelist}</td>
<td data-label="Example">${example === undefined ? html`<span class="muted">–</span>` : html`<code class="example">${example}</code>`}</td>
</tr>`;
}

function fieldTable(rows: readonly FieldRow[], doc: DocumentModel, page: string): Html {
  return html`<div class="table-wrap"><table class="fields">
<thead><tr><th>Pointer</th><th>Field</th><th>Type</th><th>Required</th><th>Sensitivity</th><th>Codelist</th><th>Example</th></tr></thead>
<tbody>${rows.map((r) => fieldRow(r, doc, page))}</tbody>
</table></div>`;
}

function rulesSection(doc: DocumentModel, model: SiteModel, page: string): Html {
  const applies = model.rules.filter((r) => r.appliesTo?.includes(doc.documentType));
  const general = model.rules.filter((r) => !r.appliesTo);
  const rows = applies.map(
    (
      r,
    ) => html`<tr><td data-label="Code"><a href="${hrefFrom(page, paths.rule(r.id))}"><code>${r.id}</code></a></td>
<td data-label="Severity"><span class="sev sev-${r.severity}">${r.severity}</span></td>
<td data-label="Rule">${raw(renderInline(r.message))}</td><td data-label="Guidance">${raw(renderInline(r.guidance))}</td></tr>`,
  );
  const generalLinks = general.map((r) => html`<a href="${hrefFrom(page, paths.rule(r.id))}">${r.id}</a>`);
  return html`<section id="rules" class="rules">
<h2>Rules that apply</h2>
<p>Semantic and cross-document rules checked for a <code>${doc.documentType}</code> after its structure is valid:</p>
<div class="table-wrap"><table class="rules-table"><thead><tr><th>Code</th><th>Severity</th><th>Rule</th><th>Guidance</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<p class="note">Every document also passes the input, limit and structure checks: ${generalLinks.map((l, i) => [i ? ", " : "", l])}.</p>
</section>`;
}

/**
 * The page of one document type.
 * @example
 * const page = documentPage(model.documents[0], model);
 */
export function documentPage(doc: DocumentModel, model: SiteModel): Page {
  const path = paths.document(doc.slug);
  const own = doc.fields.filter((f) => !f.within);
  const embeddedRoots = doc.fields.filter((f) => f.embeds && !f.within);
  const embedded = embeddedRoots.map((root) => {
    const rows = doc.fields.filter((f) => f.within === root.pointer);
    return html`<details class="embedded" id="embedded-${anchorId(root.pointer)}">
<summary>The ${rows.length} fields of the embedded <code>${root.embeds}</code> document at <code>${root.pointer}</code> (the same fields as on the <a href="${hrefFrom(path, paths.document(slugOf(root.embeds ?? "")))}">${root.embeds}</a> page)</summary>
${fieldTable(rows, doc, path)}
</details>`;
  });
  const examples = doc.examples.map(
    (
      e,
      i,
    ) => html`<details class="example" id="ex-${e.file.replace(/\.json$/, "")}"${i === 0 ? html` open` : ""}>
<summary><code>examples/${doc.slug}/${e.file}</code></summary>
${jsonView(e.value)}
</details>`,
  );
  const body = html`<article class="document-page">
<p class="kicker">Document type</p>
<h1>${doc.title} <code class="doctype">${doc.documentType}</code></h1>
<p class="lead">${raw(renderInline(doc.description))}</p>
<ul class="facts">
<li>JSON Schema: <a href="${hrefFrom(path, paths.schemaFile(doc.schemaFile))}"><code>schemas/v1/${doc.schemaFile}</code></a></li>
<li><code>$id</code>: <code>${doc.schemaId}</code></li>
<li>${own.length} fields${embeddedRoots.length ? html`, plus ${doc.fields.length - own.length} in embedded documents` : ""}; closed objects (unknown properties are errors; national additions go under <code>extensions</code>)</li>
</ul>
<nav class="toc" aria-label="On this page"><a href="#fields">Fields</a> · <a href="#examples">Examples</a> · <a href="#rules">Rules</a></nav>
<section id="fields">
<h2>Fields</h2>
<p class="note">Pointers are JSON Pointer templates (RFC 6901); <code>*</code> stands for any array index. Sensitivity classes are explained in the <a href="${hrefFrom(path, "guides/privacy.html")}">privacy guide</a>; a class marked * is derived from the most sensitive field inside.</p>
${fieldTable(own, doc, path)}
${embedded}
</section>
<section id="examples">
<h2>Examples</h2>
<p class="note">Synthetic documents from <code>examples/${doc.slug}/</code>: every person, number and story is invented.</p>
${examples.length ? examples : html`<p class="muted">No example yet.</p>`}
</section>
${rulesSection(doc, model, path)}
</article>`;
  return {
    path,
    title: doc.title,
    body,
    section: "documents",
    keywords: [doc.documentType, doc.description],
  };
}
