export { buildAssets, type SiteFile } from "./assets.js";
export { type BuildSiteOptions, type BuildSiteResult, buildSite, SiteError } from "./build.js";
export { type FieldRow, fieldRows } from "./fields.js";
export { anchorId, escapeHtml, Html, html, join, type Part, raw } from "./html.js";
export {
  type CodeEntry,
  type CodelistFile,
  type DocumentInput,
  loadInputs,
  type MarkdownInput,
  type RuleEntry,
  type SchemaNode,
  type SiteInputs,
} from "./inputs.js";
export { hrefFrom, type Page, renderPage, rootOf, type Section, type ShellOptions } from "./layout.js";
export { type Heading, type MarkdownOptions, type RenderedMarkdown, renderMarkdown } from "./markdown.js";
export { type LinkResolver, renderInline, safeExternalLink } from "./markdown-inline.js";
export { buildModel, type DocumentModel, paths, type SiteModel } from "./model.js";
export { firstValueAt, valuesAt } from "./pointer.js";
export { buildSearchIndex, type SearchEntry, searchIndexScript } from "./search-index.js";
