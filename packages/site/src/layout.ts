// The shell every page shares: head, header with navigation and search, footer. All links are relative so
// the site works from disk (file://) and from any web server under any path.
import { type Html, html, type Part } from "./html.js";

/** One generated page. */
export interface Page {
  /** Path from the site root with `/` separators, e.g. `documents/referral.html`. */
  readonly path: string;
  /** The page title (without the site name). */
  readonly title: string;
  /** The main content. */
  readonly body: Html;
  /** Which navigation entry to mark as current (default: none). */
  readonly section?: Section;
  /** Extra scripts, as paths from the site root (default: none). */
  readonly scripts?: readonly string[];
  /** Words the search should also find the page by (default: none). */
  readonly keywords?: readonly string[];
  /** Headed sections of the page, for the search index (default: none). */
  readonly sections?: readonly { readonly text: string; readonly id: string }[];
}

/** The navigation entries. */
export type Section =
  | "documents"
  | "codelists"
  | "rules"
  | "validator"
  | "guides"
  | "versioning"
  | "changelog";

const NAV: readonly { section: Section; label: string; path: string }[] = [
  { section: "documents", label: "Documents", path: "index.html#documents" },
  { section: "codelists", label: "Codelists", path: "codelists/index.html" },
  { section: "rules", label: "Rules", path: "rules.html" },
  { section: "validator", label: "Validator", path: "validator.html" },
  { section: "guides", label: "Guides", path: "guides/index.html" },
  { section: "versioning", label: "Versioning", path: "versioning.html" },
  { section: "changelog", label: "Changelog", path: "changelog.html" },
];

// No network, ever: connect-src 'none' blocks fetch, XHR, WebSocket and beacons; scripts and styles come only
// from the site itself, and no inline script runs. `file:` is listed beside 'self' because browsers disagree on
// whether 'self' covers a page opened from disk; a page served over HTTP cannot load file: URLs anyway.
const CSP =
  "default-src 'none'; script-src 'self' file:; style-src 'self' file:; img-src 'self' data:; " +
  "connect-src 'none'; form-action 'none'; base-uri 'none'";

/**
 * The relative prefix from a page to the site root, e.g. `../` for `codelists/sex.html`.
 * @example
 * rootOf("codelists/sex.html"); // "../"
 */
export function rootOf(path: string): string {
  return "../".repeat(path.split("/").length - 1);
}

/**
 * A link from one page to another site path (both from the site root).
 * @example
 * hrefFrom("codelists/sex.html", "rules.html#TRM-R001"); // "../rules.html#TRM-R001"
 */
export function hrefFrom(fromPath: string, toPath: string): string {
  return `${rootOf(fromPath)}${toPath}`;
}

/** Options of the page shell. */
export interface ShellOptions {
  /** The standard version shown in the header. */
  readonly standardVersion: string;
  /** Whether the versioning page exists (default: true). */
  readonly hasVersioning?: boolean;
}

/**
 * Wraps a page body in the shared shell and returns the complete HTML document.
 * @example
 * const text = renderPage({ path: "index.html", title: "Home", body: html`<p>Hi</p>` }, { standardVersion: "1.0" });
 */
export function renderPage(page: Page, options: ShellOptions): string {
  const root = rootOf(page.path);
  const nav = NAV.filter((n) => n.section !== "versioning" || options.hasVersioning !== false).map(
    (n) =>
      html`<li><a href="${root}${n.path}"${n.section === page.section ? html` aria-current="page"` : ""}>${n.label}</a></li>`,
  );
  const scripts: Part[] = ["assets/site.js", ...(page.scripts ?? [])].map(
    (s) => html`<script src="${root}${s}"></script>`,
  );
  return html`<!doctype html>
<html lang="en" data-root="${root}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${page.title} · Open TRM ${options.standardVersion}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="${root}index.html">Open TRM <span class="version">${options.standardVersion}</span></a>
<div class="search" role="search">
<label for="site-search" class="visually-hidden">Search fields, codes, rules and pages</label>
<input id="site-search" type="search" placeholder="Search fields, codes, rules…" autocomplete="off" spellcheck="false" aria-controls="search-results">
<ol id="search-results" class="search-results" hidden></ol>
</div>
</div>
<nav class="main-nav" aria-label="Main"><ul>${nav}</ul></nav>
</header>
<main id="main">
${page.body}
</main>
<footer class="site-footer">
<p>Open TRM standard ${options.standardVersion}: generated from the published JSON Schemas, codelists and rule catalogue in <code>schemas/v1</code>. Every example is synthetic. Apache-2.0.</p>
</footer>
${scripts}
</body>
</html>
`.value;
}
