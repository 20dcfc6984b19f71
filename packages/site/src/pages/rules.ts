// The rule catalogue: every issue code the validator can report, with its guidance.
import { html, raw } from "../html.js";
import { hrefFrom, type Page } from "../layout.js";
import { renderInline } from "../markdown-inline.js";
import { paths, type SiteModel } from "../model.js";

const LAYERS: readonly { layer: string; title: string; intro: string }[] = [
  { layer: "input", title: "Input", intro: "The text must be JSON and a document of one of the six types." },
  {
    layer: "limit",
    title: "Limits against hostile input",
    intro: "Size, depth and length limits give an issue, never a crash.",
  },
  {
    layer: "structure",
    title: "Structure (JSON Schema)",
    intro: "Faults found by the precompiled JSON Schema validators.",
  },
  {
    layer: "rule",
    title: "Semantic rules",
    intro: "Rules beyond JSON Schema, checked once the structure is valid.",
  },
  {
    layer: "cross",
    title: "Cross-document rules",
    intro: "Checked when documents are validated together as a bundle.",
  },
];

/**
 * The rule catalogue page, one anchor per code (`rules.html#TRM-R004`).
 * @example
 * const page = rulesPage(model);
 */
export function rulesPage(model: SiteModel): Page {
  const path = paths.rules;
  const slugs = new Map(model.documents.map((d) => [d.documentType, d.slug]));
  const known = new Set(LAYERS.map((l) => l.layer));
  const layers = [
    ...LAYERS,
    ...[...new Set(model.rules.map((r) => r.layer))]
      .filter((l) => !known.has(l))
      .map((l) => ({ layer: l, title: l, intro: "" })),
  ];
  const sections = layers.map((l) => {
    const rules = model.rules.filter((r) => r.layer === l.layer);
    if (rules.length === 0) return "";
    const rows = rules.map((r) => {
      const applies = r.appliesTo
        ? r.appliesTo.map((t, i) => {
            const slug = slugs.get(t);
            return [
              i ? ", " : "",
              slug ? html`<a href="${hrefFrom(path, paths.document(slug))}">${t}</a>` : t,
            ];
          })
        : "every document";
      return html`<tr id="${r.id}">
<td data-label="Code"><a href="#${r.id}"><code>${r.id}</code></a></td>
<td data-label="Severity"><span class="sev sev-${r.severity}">${r.severity}</span></td>
<td data-label="Rule">${raw(renderInline(r.message))}</td>
<td data-label="Guidance">${raw(renderInline(r.guidance))}</td>
<td data-label="Applies to">${applies}</td></tr>`;
    });
    return html`<section id="layer-${l.layer}"><h2>${l.title}</h2>${l.intro ? html`<p>${l.intro}</p>` : ""}
<div class="table-wrap"><table class="rules-table"><thead><tr><th>Code</th><th>Severity</th><th>Rule</th><th>Guidance</th><th>Applies to</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
  });
  const body = html`<article>
<h1>Rule catalogue</h1>
<p class="lead">Every issue the Open TRM validator reports carries one of these ${model.rules.length} codes. Codes are stable: never renumbered or reused. Issues name a JSON Pointer, a rule and what was expected, never a value from the document.</p>
<p>Machine-readable: <a href="${hrefFrom(path, paths.schemaFile("rules.json"))}"><code>schemas/v1/rules.json</code></a>.</p>
${sections}
</article>`;
  return { path, title: "Rule catalogue", body, section: "rules", keywords: model.rules.map((r) => r.id) };
}
