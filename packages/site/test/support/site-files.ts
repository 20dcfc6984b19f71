// Reading the built site in tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";

/** The directory the global setup built the site into. */
export const siteDir = (): string => inject("siteDir");

/** The HTML pages of the built site, as paths from the site root. */
export const sitePages = (): readonly string[] => inject("sitePages");

/** The text of a file of the built site. */
export function readSite(path: string): string {
  return readFileSync(join(siteDir(), path), "utf8");
}

/** The ids of every element of an HTML text. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ""));
}

/** The HTML of the table row with an id, or undefined. */
export function rowById(html: string, id: string): string | undefined {
  const start = html.indexOf(`<tr id="${id}"`);
  if (start < 0) return undefined;
  return html.slice(start, html.indexOf("</tr>", start));
}

/** Decodes the few entities the generator writes. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
