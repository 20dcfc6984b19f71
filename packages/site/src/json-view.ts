// Pretty JSON with token classes for colour; every token is escaped.
import { escapeHtml, Html } from "./html.js";

const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * Renders a value as indented JSON inside `<pre><code>`, with spans for keys, strings, numbers and literals.
 * @example
 * jsonView({ sex: "female" }).value; // '<pre class="json"><code>{\n  <span class="k">"sex"</span>: ...'
 */
export function jsonView(value: unknown): Html {
  const text = JSON.stringify(value, null, 2) ?? "";
  let out = "";
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    out += escapeHtml(text.slice(last, at));
    if (m[1] !== undefined) {
      const cls = m[2] !== undefined ? "k" : "s";
      out += `<span class="${cls}">${escapeHtml(m[1])}</span>${m[2] ?? ""}`;
    } else {
      out += `<span class="${m[3] !== undefined ? "l" : "n"}">${escapeHtml(m[0])}</span>`;
    }
    last = at + m[0].length;
  }
  out += escapeHtml(text.slice(last));
  return new Html(`<pre class="json"><code>${out}</code></pre>`);
}
