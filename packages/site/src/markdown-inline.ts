// Inline markdown: code spans, links, emphasis and line breaks. Everything else is text and is escaped, so raw
// HTML in a document is shown, never executed.
import { escapeHtml } from "./html.js";

/** Maps a link target in a markdown document to a URL for the site, or `undefined` to drop the link. */
export type LinkResolver = (href: string) => string | undefined;

/**
 * Keeps web, mail and same-page links; drops every other target (relative files, `javascript:`, `data:`).
 * @example
 * safeExternalLink("https://example.org/"); // "https://example.org/"
 * safeExternalLink("javascript:alert(1)"); // undefined
 */
export function safeExternalLink(href: string): string | undefined {
  return /^(https?:\/\/|mailto:|#)/i.test(href) ? href : undefined;
}

const PUNCTUATION = /^[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]$/;
const ESCAPED = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;

function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w])__(?=\S)([\s\S]*?\S)__(?!\w)/g, "$1<strong>$2</strong>")
    .replace(/\*(?=[^\s*])([\s\S]*?[^\s*])\*/g, "<em>$1</em>")
    .replace(/(^|[^\w])_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w)/g, "$1<em>$2</em>");
}

/** Finds the `)` that closes a link destination starting at `from`, allowing balanced parentheses. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "\n" && depth === 0 && text[i + 1] === "\n") return -1;
  }
  return -1;
}

/** Finds the `]` that closes link text starting at `from`, skipping code spans and nested brackets. */
function closingBracket(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > 0) i = end;
    } else if (c === "[") depth++;
    else if (c === "]") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Renders inline markdown to HTML; text is escaped and links pass through `resolve`.
 * @example
 * renderInline("use `trm` and **read** [the docs](https://example.org)");
 */
export function renderInline(text: string, resolve: LinkResolver = safeExternalLink): string {
  text = text.replace(/\uE000/g, "\ufffd");
  const tokens: string[] = [];
  const keep = (markup: string) => `\uE000${tokens.push(markup) - 1}\uE000`;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "\\" && i + 1 < text.length) {
      const next = text[i + 1] as string;
      if (next === "\n") {
        out += keep("<br>");
        i += 2;
        continue;
      }
      if (PUNCTUATION.test(next)) {
        out += keep(escapeHtml(next));
        i += 2;
        continue;
      }
    }
    if (c === "`") {
      let ticks = 1;
      while (text[i + ticks] === "`") ticks++;
      const fence = "`".repeat(ticks);
      const end = text.indexOf(fence, i + ticks);
      if (end > 0) {
        const body = text.slice(i + ticks, end).replace(/\n/g, " ");
        const trimmed = /^ .* $/.test(body) && body.trim() !== "" ? body.slice(1, -1) : body;
        out += keep(`<code>${escapeHtml(trimmed)}</code>`);
        i = end + ticks;
        continue;
      }
      out += fence;
      i += ticks;
      continue;
    }
    if (c === "<") {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(text.slice(i));
      if (auto?.[1]) {
        const url = resolve(auto[1]);
        const label = escapeHtml(auto[1]);
        out += keep(url ? `<a href="${escapeHtml(url)}">${label}</a>` : label);
        i += auto[0].length;
        continue;
      }
      const comment = /^<!--[\s\S]*?-->/.exec(text.slice(i));
      if (comment) {
        i += comment[0].length;
        continue;
      }
    }
    const image = c === "!" && text[i + 1] === "[";
    if (c === "[" || image) {
      const open = image ? i + 1 : i;
      const close = closingBracket(text, open + 1);
      if (close > 0 && text[close + 1] === "(") {
        const end = closingParen(text, close + 2);
        if (end > 0) {
          const inner = text.slice(open + 1, close);
          const dest = /^\s*<?([^\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*$/.exec(text.slice(close + 2, end));
          const label = renderInline(inner, () => undefined);
          const url = dest?.[1] !== undefined && !image ? resolve(dest[1].replace(ESCAPED, "$1")) : undefined;
          out += keep(
            url ? `<a href="${escapeHtml(url)}">${label}</a>` : `<span class="link-text">${label}</span>`,
          );
          i = end + 1;
          continue;
        }
      }
    }
    if (c === " " && text.startsWith("  \n", i)) {
      out += keep("<br>");
      i += 3;
      continue;
    }
    out += c;
    i++;
  }
  const escaped = emphasis(escapeHtml(out));
  return escaped.replace(/\uE000(\d+)\uE000/g, (_, n: string) => tokens[Number(n)] ?? "");
}
