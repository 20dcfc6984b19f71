import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/markdown.js";
import { renderInline } from "../src/markdown-inline.js";
import { parseChangeset } from "../src/pages/changelog.js";
import { linkResolver, routeMarkdown } from "../src/pages/markdown.js";

const md = (source: string) => renderMarkdown(source).html;

describe("renderMarkdown", () => {
  it.each([
    { given: "# Title", want: '<h1 id="title">Title</h1>' },
    {
      given: "## 2.1 Built-in `policies`",
      want: '<h2 id="21-built-in-policies">2.1 Built-in <code>policies</code></h2>',
    },
    { given: "one\ntwo\n\nthree", want: "<p>one\ntwo</p>\n<p>three</p>" },
    { given: "- a\n- b", want: "<ul><li>a</li><li>b</li></ul>" },
    { given: "- a\n  more\n- b", want: "<ul><li>a\nmore</li><li>b</li></ul>" },
    {
      given: "- a\n  - a1\n  - a2\n- b",
      want: "<ul><li>a\n<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>",
    },
    { given: "3. c\n4. d", want: '<ol start="3"><li>c</li><li>d</li></ol>' },
    { given: "- a\n\n- b", want: "<ul><li><p>a</p></li><li><p>b</p></li></ul>" },
    {
      given: "```ts\nconst a = 1 < 2;\n```",
      want: '<pre><code class="language-ts">const a = 1 &lt; 2;</code></pre>',
    },
    { given: "> quoted *text*", want: "<blockquote><p>quoted <em>text</em></p></blockquote>" },
    { given: "---", want: "<hr>" },
    {
      given: "| a | b |\n|---|--:|\n| `x|y` | **2** |",
      want: '<div class="table-wrap"><table><thead><tr><th>a</th><th style="text-align:right">b</th></tr></thead><tbody><tr><td><code>x|y</code></td><td style="text-align:right"><strong>2</strong></td></tr></tbody></table></div>',
    },
    { given: "<!-- a comment -->\ntext", want: "<p>text</p>" },
  ])("renders $given", ({ given, want }) => {
    expect(md(given)).toBe(want);
  });

  it("escapes raw HTML instead of passing it through", () => {
    const out = md('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n- <b>bold</b>');
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("lists headings with unique ids and the first h1 as title", () => {
    const r = renderMarkdown("# Doc\n\n## Context\n\n## Context\n\n### Why");
    expect(r.title).toBe("Doc");
    expect(r.headings.map((h) => [h.level, h.id])).toEqual([
      [1, "doc"],
      [2, "context"],
      [2, "context-1"],
      [3, "why"],
    ]);
  });
});

describe("renderInline", () => {
  it.each([
    { given: "a `b <c>` d", want: "a <code>b &lt;c&gt;</code> d" },
    {
      given: "**strong** and *em* and _em_ but snake_case_name",
      want: "<strong>strong</strong> and <em>em</em> and <em>em</em> but snake_case_name",
    },
    { given: "2 * 3 * 4", want: "2 * 3 * 4" },
    {
      given: "[site](https://example.org/a?b=1&c=2)",
      want: '<a href="https://example.org/a?b=1&amp;c=2">site</a>',
    },
    { given: "[x](javascript:alert(1))", want: '<span class="link-text">x</span>' },
    { given: "[x](data:text/html,hi)", want: '<span class="link-text">x</span>' },
    { given: "[x](other.md)", want: '<span class="link-text">x</span>' },
    { given: "![alt](https://example.org/i.png)", want: '<span class="link-text">alt</span>' },
    { given: "<https://example.org>", want: '<a href="https://example.org">https://example.org</a>' },
    { given: "\\*not em\\*", want: "*not em*" },
    { given: "[`code` link](#part)", want: '<a href="#part"><code>code</code> link</a>' },
  ])("renders $given", ({ given, want }) => {
    expect(renderInline(given)).toBe(want);
  });
});

describe("links between repository documents", () => {
  const routes = routeMarkdown([
    { path: "docs/privacy.md", source: "" },
    { path: "docs/guides/getting-started.md", source: "" },
    { path: "docs/decisions/0002-sensitivity-classes.md", source: "" },
    { path: "docs/decisions/README.md", source: "" },
    { path: "docs/mappings/fhir.md", source: "" },
    { path: "docs/versioning.md", source: "" },
  ]);
  const resolve = linkResolver(
    "docs/guides/getting-started.md",
    "guides/getting-started.html",
    routes,
    new Set(["referral"]),
  );

  it.each([
    { given: "../privacy.md", want: "../guides/privacy.html" },
    {
      given: "../privacy.md#2-anonymisation-policies",
      want: "../guides/privacy.html#2-anonymisation-policies",
    },
    { given: "../decisions/0002-sensitivity-classes.md", want: "../decisions/0002-sensitivity-classes.html" },
    { given: "../decisions/", want: "../decisions/index.html" },
    { given: "../mappings/fhir.md", want: "../guides/adapters/fhir.html" },
    { given: "../versioning.md", want: "../versioning.html" },
    { given: "../rules.md", want: "../rules.html" },
    { given: "../../schemas/v1/referral.schema.json", want: "../documents/referral.html" },
    { given: "../../schemas/v1/codelists/sex.csv", want: "../schemas/v1/codelists/sex.csv" },
    { given: "../../examples/referral/a-story.json", want: "../documents/referral.html#ex-a-story" },
    { given: "#local", want: "#local" },
    { given: "https://example.org/", want: "https://example.org/" },
    { given: "../../packages/cli/src/main.ts", want: undefined },
    { given: "../../../outside.md", want: undefined },
    { given: "/etc/passwd", want: undefined },
    { given: "vbscript:x", want: undefined },
  ])("resolves $given", ({ given, want }) => {
    expect(resolve(given)).toBe(want);
  });
});

describe("parseChangeset", () => {
  it("reads the packages, bump levels and summary", () => {
    const c = parseChangeset(
      "brave-fox",
      "---\n\"@open-trm/schema\": minor\n'@open-trm/cli': patch\n---\n\nAdds a code.\n",
    );
    expect(c).toEqual({
      id: "brave-fox",
      releases: [
        { name: "@open-trm/schema", type: "minor" },
        { name: "@open-trm/cli", type: "patch" },
      ],
      summary: "Adds a code.",
    });
  });
});
