// The prebuilt search index: fields, codelists, codes, rules, pages and page sections. It is written as a
// script that sets a global, because pages opened from disk may not fetch() local files.
import type { Page } from "./layout.js";
import { paths, type SiteModel } from "./model.js";

/** One search entry: kind, title, detail, path from the site root. */
export type SearchEntry = readonly [kind: string, title: string, detail: string, path: string];

const plain = (text: string) => text.replace(/`/g, "");
const clip = (text: string, n = 120) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/**
 * Builds the search entries of the whole site.
 * @example
 * const entries = buildSearchIndex(model, pages);
 * entries.filter(([kind]) => kind === "rule").length;
 */
export function buildSearchIndex(model: SiteModel, pages: readonly Page[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const page of pages) {
    entries.push(["page", page.title, clip(plain((page.keywords ?? []).join(" · "))), page.path]);
    for (const s of page.sections ?? [])
      entries.push(["section", s.text, page.title, `${page.path}#${s.id}`]);
  }
  for (const doc of model.documents) {
    for (const f of doc.fields) {
      if (f.within) continue;
      entries.push([
        "field",
        f.pointer,
        `${doc.documentType} · ${f.title}`,
        paths.field(doc.slug, f.pointer),
      ]);
    }
  }
  for (const list of model.codelists) {
    entries.push([
      "codelist",
      list.name,
      `${list.title} · ${clip(plain(list.description), 80)}`,
      paths.codelist(list.name),
    ]);
    for (const c of list.codes) {
      entries.push(["code", c.code, `${c.label.en ?? ""} · ${list.name}`, paths.code(list.name, c.code)]);
    }
  }
  for (const r of model.rules) entries.push(["rule", r.id, clip(plain(r.message)), paths.rule(r.id)]);
  return entries;
}

/**
 * The search index as a script that sets `window.TRM_SEARCH_INDEX`.
 * @example
 * writeFileSync("assets/search-index.js", searchIndexScript(entries));
 */
export function searchIndexScript(entries: readonly SearchEntry[]): string {
  // JSON is valid JavaScript; escaping "<" keeps the text inert even if it were inlined in HTML.
  return `window.TRM_SEARCH_INDEX=${JSON.stringify(entries).replace(/</g, "\\u003c")};\n`;
}
