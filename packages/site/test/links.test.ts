// The site works from disk: every link and resource is relative and resolves to a file and, for fragments,
// to an element id; nothing loads from the network; the search index points at real places.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { decodeEntities, idsOf, readSite, siteDir, sitePages } from "./support/site-files.js";

const idCache = new Map<string, Set<string>>();
const idsOfPage = (path: string) => {
  let ids = idCache.get(path);
  if (!ids) {
    ids = idsOf(readSite(path));
    idCache.set(path, ids);
  }
  return ids;
};

/** Resolves a link written on `page` to a site path and fragment; `undefined` for external links. */
function resolve(page: string, href: string): { path: string; fragment?: string } | undefined {
  if (/^(https?:|mailto:|data:)/.test(href)) return undefined;
  const [target = "", fragment] = href.split("#", 2);
  const path = target === "" ? page : posix.normalize(posix.join(posix.dirname(page), target));
  return fragment === undefined ? { path } : { path, fragment: decodeURIComponent(fragment) };
}

describe("links and resources", () => {
  it("builds the expected set of pages", () => {
    const pages = sitePages();
    expect(pages).toContain("index.html");
    expect(pages).toContain("validator.html");
    expect(pages).toContain("rules.html");
    expect(pages).toContain("changelog.html");
    expect(pages).toContain("guides/privacy.html");
    expect(pages.filter((p) => p.startsWith("documents/"))).toHaveLength(6);
    expect(
      pages.filter((p) => p.startsWith("codelists/") && p !== "codelists/index.html").length,
    ).toBeGreaterThan(60);
  });

  it("resolves every relative href and src to a file and every fragment to an id", () => {
    const broken: string[] = [];
    for (const page of sitePages()) {
      const text = readSite(page);
      for (const m of text.matchAll(/<(\w+)[^>]*?\s(href|src)="([^"]*)"/g)) {
        const href = decodeEntities(m[3] ?? "");
        expect(href.startsWith("/"), `${page}: root-relative ${href}`).toBe(false);
        const target = resolve(page, href);
        if (!target) {
          // Only a link the reader follows may leave the site; resources are local files or inline data.
          expect(m[1] === "a" || href.startsWith("data:"), `${page}: external resource ${href}`).toBe(true);
          continue;
        }
        if (!existsSync(join(siteDir(), target.path))) broken.push(`${page} -> ${href}`);
        else if (
          target.fragment &&
          target.path.endsWith(".html") &&
          !idsOfPage(target.path).has(target.fragment)
        ) {
          broken.push(`${page} -> ${href} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("links directory-style pages by file name, so file:// opens them", () => {
    for (const page of sitePages()) {
      const links = [...readSite(page).matchAll(/\shref="([^"#]*)"/g)].map((m) => m[1] ?? "");
      const bad = links.filter(
        (l) => l !== "" && !/^(https?:|mailto:|data:)/.test(l) && (l.endsWith("/") || !/\.\w+$/.test(l)),
      );
      expect(bad, page).toEqual([]);
    }
  });

  it("forbids network connections and inline scripts on every page", () => {
    for (const page of sitePages()) {
      const text = decodeEntities(readSite(page));
      expect(text.includes("connect-src 'none'"), page).toBe(true);
      expect(/<script(?![^>]*\ssrc=)[^>]*>/.test(text), page).toBe(false);
      expect(/<[^>]+\son[a-z]+="/.test(text), page).toBe(false);
    }
  });

  it("has a search index of fields, codes, rules and pages whose every entry resolves", () => {
    const context: { window: { TRM_SEARCH_INDEX?: [string, string, string, string][] } } = { window: {} };
    runInNewContext(readFileSync(join(siteDir(), "assets/search-index.js"), "utf8"), context);
    const entries = context.window.TRM_SEARCH_INDEX ?? [];
    const kinds = new Set(entries.map((e) => e[0]));
    expect([...kinds].sort()).toEqual(["code", "codelist", "field", "page", "rule", "section"]);
    expect(entries.some((e) => e[0] === "field" && e[1] === "/person/birthDate")).toBe(true);
    expect(entries.some((e) => e[0] === "code" && e[1] === "sexualExploitation")).toBe(true);
    expect(entries.some((e) => e[0] === "rule" && e[1] === "TRM-R004")).toBe(true);
    const broken = entries.filter(([, , , path]) => {
      const target = resolve("index.html", path);
      if (!target || !existsSync(join(siteDir(), target.path))) return true;
      return target.fragment !== undefined && !idsOfPage(target.path).has(target.fragment);
    });
    expect(broken).toEqual([]);
  });

  it("ships the published schemas next to the pages", () => {
    const copied = join(siteDir(), "schemas/v1/referral.schema.json");
    expect(JSON.parse(readFileSync(copied, "utf8")).$id).toBe(
      "https://open-trm.org/schemas/v1/referral.schema.json",
    );
    expect(relative(siteDir(), dirname(copied))).toBe(join("schemas", "v1"));
  });
});
