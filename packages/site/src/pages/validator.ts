// The in-browser validator page; its behaviour is in src/browser/validator-page.ts.
import { html } from "../html.js";
import { hrefFrom, type Page } from "../layout.js";
import { paths, type SiteModel } from "../model.js";

/**
 * The validator page: paste, drop or choose documents and NDJSON files; validation runs in the browser.
 * @example
 * const page = validatorPage(model);
 */
export function validatorPage(model: SiteModel): Page {
  const path = paths.validator;
  const body = html`<article class="validator">
<h1>Validator</h1>
<p class="lead">Check Open TRM ${model.standardVersion} documents with the same precompiled validators as <code>@open-trm/validator</code> and <code>trm validate</code>: structure, semantic rules and, for several documents, cross-document rules.</p>
<p class="notice"><strong>Nothing leaves this browser.</strong> Validation runs on this page; the page is not allowed to open any network connection (its Content Security Policy says <code>connect-src 'none'</code>). The issue list shows paths, codes and rules, never a value from your documents.</p>
<div id="drop-zone" class="drop-zone">
<label for="document-input" class="field-label">Paste a JSON document, or NDJSON (one document per line)</label>
<textarea id="document-input" rows="14" spellcheck="false" autocomplete="off" autocapitalize="off" placeholder='{"documentType": "referral", "standardVersion": "1.0", …}'></textarea>
<p class="drop-hint">Or drop <code>.json</code> and <code>.ndjson</code> files here, or <label for="file-input" class="button secondary">choose files</label>
<input id="file-input" class="visually-hidden" type="file" accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson" multiple></p>
</div>
<fieldset class="options">
<legend>Options</legend>
<label><input type="radio" name="mode" value="auto" checked> detect JSON or NDJSON</label>
<label><input type="radio" name="mode" value="json"> one JSON document</label>
<label><input type="radio" name="mode" value="ndjson"> NDJSON</label>
<label><input id="bundle" type="checkbox"> validate several documents together (cross-document rules <a href="${hrefFrom(path, paths.rule("TRM-X001"))}">TRM-X001</a>..X003)</label>
</fieldset>
<p class="actions"><button id="validate-button" type="button">Validate</button> <button id="clear-button" type="button" class="secondary">Clear</button></p>
<section id="result" class="result" aria-live="polite" hidden>
<h2 class="visually-hidden">Result</h2>
<p id="verdict" class="verdict"></p>
<p id="truncated" class="note" hidden></p>
<div class="table-wrap"><table id="issues" class="issues" hidden>
<thead><tr><th>Document</th><th>Severity</th><th>Code</th><th>Path</th><th>Message</th><th>Guidance</th></tr></thead>
<tbody></tbody>
</table></div>
</section>
</article>`;
  return {
    path,
    title: "Validator",
    body,
    section: "validator",
    scripts: ["assets/validator.js"],
    keywords: ["validate", "NDJSON", "check document"],
  };
}
