// The changelog: released versions from CHANGELOG.md files, and pending changesets not yet released.
import { posix } from "node:path";
import { html, raw } from "../html.js";
import type { MarkdownInput } from "../inputs.js";
import type { Page } from "../layout.js";
import { renderMarkdown } from "../markdown.js";
import { paths } from "../model.js";

/** A changeset: the packages it bumps and its summary. */
export interface Changeset {
  /** The file name without `.md`. */
  readonly id: string;
  /** Package name to bump level (`major`, `minor`, `patch`). */
  readonly releases: readonly { readonly name: string; readonly type: string }[];
  /** The summary, markdown. */
  readonly summary: string;
}

/**
 * Parses a changeset file (YAML front matter of `"package": level` lines, then a markdown summary).
 * @example
 * parseChangeset("x", '---\n"@open-trm/schema": minor\n---\n\nAdds a code.').releases; // [{ name: "@open-trm/schema", type: "minor" }]
 */
export function parseChangeset(id: string, source: string): Changeset {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  const front = m?.[1] ?? "";
  const releases = [...front.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm)].map(
    (r) => ({
      name: r[1] ?? "",
      type: r[2] ?? "",
    }),
  );
  return { id, releases, summary: (m?.[2] ?? source).trim() };
}

/**
 * The changelog page: every CHANGELOG.md of the repository, then the pending changesets.
 * @example
 * const page = changelogPage(inputs.markdown);
 */
export function changelogPage(markdown: readonly MarkdownInput[]): Page {
  const changelogs = markdown.filter((m) => posix.basename(m.path) === "CHANGELOG.md");
  const changesets = markdown
    .filter((m) => m.path.startsWith(".changeset/"))
    .map((m) => parseChangeset(posix.basename(m.path, ".md"), m.source));
  // Headings of each changelog move down one level so the page keeps a single h1.
  const demote = (source: string) => source.replace(/^(#{1,5}) /gm, "#$1 ");
  const released = changelogs.map(
    (c) => html`<section class="prose changelog">${raw(renderMarkdown(demote(c.source)).html)}
<p class="source-note">Source: <code>${c.path}</code></p></section>`,
  );
  const pending = changesets.map(
    (c) => html`<section class="changeset" id="changeset-${c.id}">
<ul class="releases">${c.releases.map((r) => html`<li><code>${r.name}</code> <span class="badge bump-${r.type}">${r.type}</span></li>`)}</ul>
<div class="prose">${raw(renderMarkdown(c.summary).html)}</div>
</section>`,
  );
  const body = html`<article>
<h1>Changelog</h1>
${released.length ? released : html`<p>No version has been released yet: there is no <code>CHANGELOG.md</code>.</p>`}
<h2 id="unreleased">Unreleased (pending changesets)</h2>
${pending.length ? pending : html`<p class="muted">No pending changeset.</p>`}
</article>`;
  return { path: paths.changelog, title: "Changelog", body, section: "changelog" };
}
