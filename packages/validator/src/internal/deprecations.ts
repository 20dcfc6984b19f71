// Deprecation warnings (TRM-S014). A property is deprecated by the JSON Schema 2020-12 meta-data annotation
// `deprecated: true`; a code by `deprecated` in its codelist (decision 0004). Both stay valid until the next major
// version, so they are warnings. The places to look are indexed at build time: at run time, a document type
// without deprecations costs nothing.
import { escapePointerToken, type Issue } from "../issue.js";

/** One place in a document type where a deprecated property or code can appear. */
export interface DeprecationEntry {
  /** Reference tokens of the place in a document; `null` matches any array index or map key. */
  readonly path: readonly (string | null)[];
  /** The codelist of the deprecated codes; absent when the property itself is deprecated. */
  readonly codelist?: string;
  /** The deprecated codes that can appear at this place. */
  readonly codes?: readonly string[];
}

/** Deprecated codes by codelist name. */
export type DeprecatedCodes = Readonly<Record<string, readonly string[]>>;

type Node = { readonly [k: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Lists the places of a (self-contained) JSON Schema where a deprecated property or a deprecated code can appear.
 * @example
 * deprecationIndex({ properties: { old: { type: "string", deprecated: true } } }, {}); // [{ path: ["old"] }]
 */
export function deprecationIndex(schema: unknown, deprecated: DeprecatedCodes): DeprecationEntry[] {
  const out: DeprecationEntry[] = [];
  const walk = (node: unknown, path: (string | null)[]): void => {
    if (!isNode(node)) return;
    if (node.deprecated === true && path.length > 0) out.push({ path });
    const list = node["x-trm-codelist"];
    if (typeof list === "string" && Array.isArray(node.enum)) {
      const codes = (deprecated[list] ?? []).filter((c) => (node.enum as unknown[]).includes(c));
      if (codes.length > 0) out.push({ path, codelist: list, codes });
    }
    if (isNode(node.properties)) for (const [k, v] of Object.entries(node.properties)) walk(v, [...path, k]);
    if (isNode(node.patternProperties))
      for (const v of Object.values(node.patternProperties)) walk(v, [...path, null]);
    for (const kw of ["items", "additionalProperties"]) walk(node[kw], [...path, null]);
    for (const kw of ["allOf", "anyOf", "oneOf"]) {
      const branches = node[kw];
      if (Array.isArray(branches)) for (const b of branches) walk(b, path);
    }
  };
  walk(schema, []);
  return out;
}

const PROPERTY =
  "property is deprecated; it stays valid until the next major version (see the schema for its replacement)";
const code = (list: string) =>
  `code is deprecated in codelist ${list}; it stays valid until the next major version (see the codelist for its replacement)`;

/**
 * Warns about every deprecated property present, and every deprecated code used, in a document.
 * @example
 * deprecationIssues({ old: "x" }, [{ path: ["old"] }]); // [{ code: "TRM-S014", severity: "warning", path: "/old", ... }]
 */
export function deprecationIssues(doc: unknown, entries: readonly DeprecationEntry[]): Issue[] {
  const issues: Issue[] = [];
  const visit = (value: unknown, entry: DeprecationEntry, i: number, at: string): void => {
    if (i === entry.path.length) {
      if (entry.codes === undefined) {
        if (value !== undefined)
          issues.push({ code: "TRM-S014", severity: "warning", path: at, message: PROPERTY });
      } else if (typeof value === "string" && entry.codes.includes(value)) {
        issues.push({ code: "TRM-S014", severity: "warning", path: at, message: code(entry.codelist ?? "") });
      }
      return;
    }
    const token = entry.path[i];
    if (token === null || token === undefined) {
      if (Array.isArray(value)) for (const [k, v] of value.entries()) visit(v, entry, i + 1, `${at}/${k}`);
      else if (isNode(value))
        for (const [k, v] of Object.entries(value)) visit(v, entry, i + 1, `${at}/${escapePointerToken(k)}`);
    } else if (isNode(value) && Object.hasOwn(value, token)) {
      visit(value[token], entry, i + 1, `${at}/${escapePointerToken(token)}`);
    }
  };
  for (const entry of entries) visit(doc, entry, 0, "");
  return issues;
}
