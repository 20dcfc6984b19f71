// Value escaping of vCard text (RFC 6350 section 3.4) and parameter value encoding (RFC 6350 section 5 with
// the caret encoding of RFC 6868).

/** Escapes a text value or component: BACKSLASH, COMMA, SEMICOLON and NEWLINE (RFC 6350 section 3.4). */
export function escapeText(value: string): string {
  return value.replace(/[\\,;\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/**
 * Undoes {@link escapeText}: `\\`, `\,`, `\;`, `\n` and `\N`; any other backslash pair is kept as written,
 * as RFC 6350 defines no other escapes.
 */
export function unescapeText(raw: string): string {
  return raw.replace(/\\([\\,;nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** Splits raw value text at every `separator` that is not escaped with a backslash; escapes are kept. */
export function splitUnescaped(raw: string, separator: "," | ";"): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") i++;
    else if (c === separator) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts;
}

/**
 * Writes one parameter value: NEWLINE, DQUOTE and CIRCUMFLEX are caret-encoded (RFC 6868 section 3) and the
 * value is quoted when it holds a COLON, SEMICOLON or COMMA (RFC 6350 section 5).
 */
export function encodeParamValue(value: string): string {
  const encoded = value.replace(/[\^\n"]/g, (c) => (c === "^" ? "^^" : c === "\n" ? "^n" : "^'"));
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

/** Undoes the caret encoding of RFC 6868; a caret before any other character stays as written. */
export function decodeParamValue(raw: string): string {
  return raw.replace(/\^([\^n'])/g, (_, c: string) => (c === "^" ? "^" : c === "n" ? "\n" : '"'));
}
