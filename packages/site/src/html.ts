// HTML by tagged templates: every interpolated value is escaped unless it is already `Html`, so a page cannot
// carry markup from the schemas, codelists or markdown by accident.

/**
 * A fragment of HTML that is safe to insert as is.
 * @example
 * const cell = html`<td>${name}</td>`; // cell instanceof Html
 */
export class Html {
  /** The markup. */
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Anything a template may interpolate: escaped text, trusted `Html`, lists of both, or nothing. */
export type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @example
 * escapeHtml('<b title="x">'); // "&lt;b title=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map((p: Part) => render(p)).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

/**
 * Builds HTML from a template literal, escaping every interpolation that is not `Html`.
 * @example
 * html`<td>${"<script>"}</td>`.value; // "<td>&lt;script&gt;</td>"
 */
export function html(strings: TemplateStringsArray, ...parts: readonly Part[]): Html {
  let out = strings[0] ?? "";
  parts.forEach((p, i) => {
    out += render(p) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/**
 * Marks a string as trusted HTML; use only for markup this package produced.
 * @example
 * raw("<hr>");
 */
export function raw(markup: string): Html {
  return new Html(markup);
}

/**
 * Joins parts into one fragment, escaping text parts.
 * @example
 * join([html`<li>a</li>`, html`<li>b</li>`]);
 */
export function join(parts: readonly Part[], separator: Part = ""): Html {
  return new Html(parts.map((p) => render(p)).join(render(separator)));
}

/**
 * Turns a name into a fragment identifier (letters, digits, `-`, `_`, `.`), stable across builds.
 * @example
 * anchorId("/person/languages/*\/tag"); // "f-person-languages-x-tag"
 */
export function anchorId(pointer: string): string {
  return `f${pointer.replace(/\*/g, "x").replace(/[^A-Za-z0-9_.-]+/g, "-")}`;
}
