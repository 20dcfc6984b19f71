// Pages rendered from the repository's markdown: guides, privacy, adapters, decisions, versioning, examples.
import { posix } from "node:path";
import { type Html, html, raw } from "../html.js";
import type { MarkdownInput } from "../inputs.js";
import { hrefFrom, type Page, type Section } from "../layout.js";
import { type Heading, renderMarkdown } from "../markdown.js";
import { safeExternalLink } from "../markdown-inline.js";
import { paths } from "../model.js";

/** Where a markdown document of the repository is published on the site. */
export interface MarkdownRoute {
  /** The document. */
  readonly input: MarkdownInput;
  /** Its site path. */
  readonly path: string;
  /** Its navigation section. */
  readonly section: Section;
}

const stem = (p: string) => posix.basename(p, ".md");

/**
 * Decides the site path of each markdown document; changelogs and changesets are not routed (see `changelogPage`).
 * @example
 * routeMarkdown([{ path: "docs/privacy.md", source: "# Privacy" }])[0]?.path; // "guides/privacy.html"
 */
export function routeMarkdown(docs: readonly MarkdownInput[]): MarkdownRoute[] {
  const routes: MarkdownRoute[] = [];
  for (const input of docs) {
    const p = input.path;
    const name = stem(p);
    if (p === "docs/versioning.md") routes.push({ input, path: paths.versioning, section: "versioning" });
    else if (p === "docs/mappings/README.md")
      routes.push({ input, path: "guides/adapters.html", section: "guides" });
    else if (p.startsWith("docs/mappings/"))
      routes.push({ input, path: `guides/adapters/${name}.html`, section: "guides" });
    else if (p === "docs/decisions/README.md")
      routes.push({ input, path: "decisions/index.html", section: "guides" });
    else if (p.startsWith("docs/decisions/"))
      routes.push({ input, path: `decisions/${name}.html`, section: "guides" });
    else if (p === "examples/README.md")
      routes.push({ input, path: "guides/examples.html", section: "guides" });
    else if (p.startsWith("docs/guides/") || /^docs\/[^/]+\.md$/.test(p)) {
      routes.push({ input, path: `guides/${name}.html`, section: "guides" });
    }
  }
  return routes;
}

/** Site paths of repository files that are not markdown pages but have a place on the site. */
function aliasOf(repoPath: string, slugs: ReadonlySet<string>): string | undefined {
  if (repoPath === "docs/rules.md") return paths.rules;
  if (repoPath === "README.md") return paths.home;
  if (repoPath === "docs/decisions" || repoPath === "docs/decisions/") return "decisions/index.html";
  if (repoPath === "docs/mappings" || repoPath === "docs/mappings/") return "guides/adapters.html";
  // A document type's schema links to its reference page; other published files to their copy on the site.
  const schema = /^schemas\/v1\/([a-z-]+)\.schema\.json$/.exec(repoPath);
  if (schema?.[1] && slugs.has(schema[1])) return paths.document(schema[1]);
  if (/^schemas\/v1\/[\w./-]+\.(json|csv|d\.ts)$/.test(repoPath) && !repoPath.includes("..")) return repoPath;
  const example = /^examples\/([a-z-]+)\/([\w.-]+)\.json$/.exec(repoPath);
  if (example?.[1] && slugs.has(example[1])) return `${paths.document(example[1])}#ex-${example[2]}`;
  return undefined;
}

/**
 * A link resolver for one markdown document: repository-relative links become site links or plain text.
 * @example
 * const resolve = linkResolver("docs/privacy.md", "guides/privacy.html", routes, new Set(["referral"]));
 * resolve("decisions/0002-sensitivity-classes.md"); // "../decisions/0002-sensitivity-classes.html"
 */
export function linkResolver(
  repoPath: string,
  sitePath: string,
  routes: readonly MarkdownRoute[],
  slugs: ReadonlySet<string>,
): (href: string) => string | undefined {
  const byRepoPath = new Map(routes.map((r) => [r.input.path, r.path]));
  return (href) => {
    const external = safeExternalLink(href);
    if (external) return external;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/")) return undefined;
    const [target = "", fragment] = href.split("#", 2);
    const repo = posix.normalize(posix.join(posix.dirname(repoPath), target));
    if (repo.startsWith("..")) return undefined;
    const site = byRepoPath.get(repo) ?? aliasOf(repo, slugs);
    if (!site) return undefined;
    return `${hrefFrom(sitePath, site)}${fragment && !site.includes("#") ? `#${fragment}` : ""}`;
  };
}

function toc(headings: readonly Heading[]): Html | string {
  const h2 = headings.filter((h) => h.level === 2);
  if (h2.length < 3) return "";
  return html`<nav class="toc" aria-label="On this page"><details><summary>On this page</summary><ul>${h2.map(
    (h) => html`<li><a href="#${h.id}">${h.text}</a></li>`,
  )}</ul></details></nav>`;
}

/**
 * Renders a routed markdown document as a page.
 * @example
 * const page = markdownPage(route, (href) => undefined);
 */
export function markdownPage(route: MarkdownRoute, resolveLink: (href: string) => string | undefined): Page {
  const rendered = renderMarkdown(route.input.source, { resolveLink });
  const title = rendered.title ?? stem(route.input.path);
  // The table of contents goes after the document's own h1, or after the h1 added for it.
  const cut = rendered.title === undefined ? 0 : rendered.html.indexOf("</h1>") + "</h1>".length;
  const heading = rendered.title === undefined ? html`<h1>${title}</h1>` : raw(rendered.html.slice(0, cut));
  const body = html`<article class="prose">
${heading}${toc(rendered.headings)}
${raw(rendered.html.slice(cut))}
<p class="source-note">Source: <code>${route.input.path}</code></p>
</article>`;
  return {
    path: route.path,
    title,
    body,
    section: route.section,
    sections: rendered.headings.filter((h) => h.level > 1).map((h) => ({ text: h.text, id: h.id })),
  };
}
