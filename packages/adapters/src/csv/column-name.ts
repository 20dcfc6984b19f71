// Column names are JSON Pointers (RFC 6901, https://www.rfc-editor.org/rfc/rfc6901) written with dots:
// the reference tokens keep their RFC 6901 escapes (`~0` for `~`, `~1` for `/`), a dot inside a token is
// written `~2` (our addition, as `.` separates tokens here), and the tokens are joined with `.`.

/** One step of a path into a document: an object key or an array index. */
export type Segment = string | number;

/** The escapes of one token, in the order they are applied when writing (`~` first, so escapes stay unique). */
export const tokenEscapes: readonly { readonly char: string; readonly written: string }[] = [
  { char: "~", written: "~0" },
  { char: "/", written: "~1" },
  { char: ".", written: "~2" },
];

const unescapeOf = new Map(tokenEscapes.map((e) => [e.written, e.char]));

/** Escapes one object key for a column name. */
export function escapeToken(key: string): string {
  if (!/[~/.]/.test(key)) return key;
  let out = key;
  for (const { char, written } of tokenEscapes) out = out.split(char).join(written);
  return out;
}

/** The column name of a path: `["person", "languages", 0, "tag"]` -> `person.languages.0.tag`. */
export function columnName(path: readonly Segment[]): string {
  return path.map((s) => (typeof s === "number" ? String(s) : escapeToken(s))).join(".");
}

/** The tokens of a column name, or undefined when it holds a `~` that starts no known escape. */
export function parseColumnName(name: string): string[] | undefined {
  const tokens: string[] = [];
  for (const raw of name.split(".")) {
    if (/~(?![012])/.test(raw)) return undefined;
    tokens.push(raw.replace(/~[012]/g, (e) => unescapeOf.get(e) ?? e));
  }
  return tokens;
}

/** Escapes one reference token of a JSON Pointer (RFC 6901 section 4). */
export function pointerToken(token: Segment): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The JSON Pointer of a path. */
export function pointerOf(path: readonly Segment[]): string {
  return path.map((s) => `/${pointerToken(s)}`).join("");
}

/** The reference tokens of a JSON Pointer (`""` is the whole document). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The issue path of one cell: `/rows/<record>/<column>`, optionally under a sheet. */
export function cellPath(record: number, column?: string, sheet?: string): string {
  const base = `${sheet === undefined ? "" : `/${pointerToken(sheet)}`}/rows/${record}`;
  return column === undefined ? base : `${base}/${pointerToken(column)}`;
}
