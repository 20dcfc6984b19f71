// A small CommonMark subset (headings, paragraphs, nested lists, fenced code, block quotes, rules, GFM tables)
// for the repository's own documents. Raw HTML is never passed through: it is escaped like any text.
import { escapeHtml } from "./html.js";
import { type LinkResolver, renderInline, safeExternalLink } from "./markdown-inline.js";

/** A heading found while rendering, for tables of contents and the search index. */
export interface Heading {
  /** 1 to 6. */
  readonly level: number;
  /** The heading as plain text. */
  readonly text: string;
  /** The fragment identifier given to the heading element. */
  readonly id: string;
}

/** The HTML of a markdown document with its headings. */
export interface RenderedMarkdown {
  /** The HTML body. */
  readonly html: string;
  /** Every heading, in document order. */
  readonly headings: readonly Heading[];
  /** The text of the first level-1 heading, if any. */
  readonly title?: string;
}

/** Options of the markdown renderer. */
export interface MarkdownOptions {
  /** Maps link targets to site URLs; unmapped targets lose their link (default: web, mail and `#` links only). */
  readonly resolveLink?: LinkResolver;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/;
const TABLE_DELIMITER = /^ {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;
const blank = (line: string | undefined) => line === undefined || line.trim() === "";
const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

function slug(text: string, used: Map<string, number>): string {
  const base =
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .trim()
      .replace(/\s+/g, "-") || "section";
  const n = used.get(base) ?? 0;
  used.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

function plainText(inline: string): string {
  return inline
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_]/g, "");
}

function splitRow(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  const cells: string[] = [];
  let cell = "";
  let inCode = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === "\\" && trimmed[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (c === "`") {
      inCode = !inCode;
      cell += c;
    } else if (c === "|" && !inCode) {
      cells.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

interface Context {
  readonly resolve: LinkResolver;
  readonly headings: Heading[];
  readonly ids: Map<string, number>;
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || /^ {0,3}>/.test(line);
}

function renderTable(lines: readonly string[], ctx: Context): string {
  const head = splitRow(lines[0] ?? "");
  const align = splitRow(lines[1] ?? "").map((d) =>
    d.startsWith(":") && d.endsWith(":")
      ? "center"
      : d.endsWith(":")
        ? "right"
        : d.startsWith(":")
          ? "left"
          : "",
  );
  const cell = (tag: string, text: string, i: number) => {
    const a = align[i] ? ` style="text-align:${align[i]}"` : "";
    return `<${tag}${a}>${renderInline(text, ctx.resolve)}</${tag}>`;
  };
  const header = head.map((h, i) => cell("th", h, i)).join("");
  const rows = lines.slice(2).map((l) => {
    const cells = splitRow(l);
    return `<tr>${head.map((_, i) => cell("td", cells[i] ?? "", i)).join("")}</tr>`;
  });
  return `<div class="table-wrap"><table><thead><tr>${header}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

/** Reads one list starting at `start`; returns its HTML and the index of the first line after it. */
function renderList(lines: readonly string[], start: number, ctx: Context): [string, number] {
  const first = LIST_ITEM.exec(lines[start] ?? "");
  const ordered = /\d/.test(first?.[2] ?? "");
  const sameKindItem = (line: string | undefined, content: number) => {
    const m = LIST_ITEM.exec(line ?? "");
    return m && /\d/.test(m[2] ?? "") === ordered && indentOf(line ?? "") < content ? m : undefined;
  };
  const items: string[][] = [];
  let loose = false;
  let content = Number.POSITIVE_INFINITY;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = sameKindItem(line, content);
    if (m) {
      const pad = (m[3] ?? "").length;
      content = (m[1] ?? "").length + (m[2] ?? "").length + (pad > 4 || pad === 0 ? 1 : pad);
      items.push([m[4] ?? ""]);
      continue;
    }
    const item = items[items.length - 1] as string[];
    if (blank(line)) {
      const next = lines.slice(i + 1).find((l) => !blank(l));
      if (next === undefined || (indentOf(next) < content && !sameKindItem(next, content))) break;
      loose = true;
      item.push("");
    } else if (indentOf(line) >= content) item.push(line.slice(content));
    else if (!blank(item[item.length - 1]) && !startsBlock(line) && !LIST_ITEM.test(line))
      item.push(line.trim());
    else break;
  }
  const tag = ordered ? "ol" : "ul";
  const number = Number.parseInt(first?.[2] ?? "1", 10);
  const startAttr = ordered && number !== 1 ? ` start="${number}"` : "";
  const body = items.map((item) => {
    const inner = renderBlocks(item, ctx);
    return `<li>${loose ? inner : inner.replace(/<p>([\s\S]*?)<\/p>/g, "$1")}</li>`;
  });
  return [`<${tag}${startAttr}>${body.join("")}</${tag}>`, i];
}

function renderBlocks(lines: readonly string[], ctx: Context): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (blank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] as string;
      const lang = (fence[2] ?? "").replace(/[^\w-]/g, "");
      const body: string[] = [];
      i++;
      const indent = indentOf(line);
      while (
        i < lines.length &&
        !new RegExp(`^ {0,3}${marker[0]}{${marker.length},}\\s*$`).test(lines[i] as string)
      ) {
        body.push((lines[i] as string).replace(new RegExp(`^ {0,${indent}}`), ""));
        i++;
      }
      i++;
      const cls = lang ? ` class="language-${lang}"` : "";
      out.push(`<pre><code${cls}>${escapeHtml(body.join("\n"))}</code></pre>`);
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      while (i < lines.length && !(lines[i] as string).includes("-->")) i++;
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      const text = heading[2] ?? "";
      const plain = plainText(text);
      const id = slug(plain, ctx.ids);
      ctx.headings.push({ level, text: plain, id });
      out.push(`<h${level} id="${id}">${renderInline(text, ctx.resolve)}</h${level}>`);
      i++;
      continue;
    }
    if (RULE.test(line)) {
      out.push("<hr>");
      i++;
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (
        i < lines.length &&
        !blank(lines[i]) &&
        (/^ {0,3}>/.test(lines[i] as string) || quoted.length > 0)
      ) {
        quoted.push((lines[i] as string).replace(/^ {0,3}> ?/, ""));
        i++;
      }
      out.push(`<blockquote>${renderBlocks(quoted, ctx)}</blockquote>`);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const [list, next] = renderList(lines, i, ctx);
      out.push(list);
      i = next;
      continue;
    }
    if (
      line.includes("|") &&
      TABLE_DELIMITER.test(lines[i + 1] ?? "") &&
      (lines[i + 1] ?? "").includes("-")
    ) {
      const rows = [line, lines[i + 1] as string];
      i += 2;
      while (i < lines.length && !blank(lines[i]) && (lines[i] as string).includes("|"))
        rows.push(lines[i++] as string);
      out.push(renderTable(rows, ctx));
      continue;
    }
    const para: string[] = [line.trim()];
    i++;
    while (
      i < lines.length &&
      !blank(lines[i]) &&
      !startsBlock(lines[i] as string) &&
      !LIST_ITEM.test(lines[i] as string)
    ) {
      para.push((lines[i] as string).replace(/^[ \t]+/, ""));
      i++;
    }
    out.push(`<p>${renderInline(para.join("\n"), ctx.resolve)}</p>`);
  }
  return out.join("\n");
}

/**
 * Renders a markdown document to safe HTML: raw HTML in the source is escaped, links go through `resolveLink`.
 * @example
 * const { html, headings } = renderMarkdown("# Title\n\nSome *text*.");
 */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): RenderedMarkdown {
  const ctx: Context = { resolve: options.resolveLink ?? safeExternalLink, headings: [], ids: new Map() };
  const lines = source.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  const body = renderBlocks(lines, ctx);
  const title = ctx.headings.find((h) => h.level === 1)?.text;
  return title === undefined
    ? { html: body, headings: ctx.headings }
    : { html: body, headings: ctx.headings, title };
}
