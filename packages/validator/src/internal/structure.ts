// Turns Ajv errors into issues: one issue per fault, grouped across array items, and never a value.
import type { Issue } from "../issue.js";
import { escapePointerToken } from "../issue.js";
import type { AjvError } from "./ajv-types.js";

type SchemaNode = { readonly [k: string]: unknown };
const node = (v: unknown): SchemaNode => (typeof v === "object" && v !== null ? (v as SchemaNode) : {});

const FORMAT_TEXT: Readonly<Record<string, string>> = {
  date: "a date YYYY-MM-DD",
  "date-time": "an RFC 3339 date-time with seconds and an offset, e.g. 2026-01-31T09:30:00+01:00",
  uuid: "a UUID (RFC 9562)",
  email: "an e-mail address",
  duration: "an ISO 8601 duration such as P5Y",
};

// Expected forms of pattern-only fields, keyed by a distinctive fragment of the pattern or by codelist.
function patternExpectation(schema: SchemaNode): string {
  const pattern = String(schema.pattern ?? "");
  const format = typeof schema.format === "string" ? FORMAT_TEXT[schema.format] : undefined;
  if (format) return format;
  if (schema["x-trm-codelist"] === "language")
    return "a BCP 47 language tag in canonical case, e.g. sq, ro-MD, sr-Latn-RS";
  if (pattern === "^\\+[1-9]\\d{1,14}$") return "an E.164 phone number: + and up to 15 digits";
  if (pattern.startsWith("^(?:\\d{4}|")) return "a date YYYY, YYYY-MM or YYYY-MM-DD";
  if (pattern.endsWith("-[A-Z0-9]{1,3}$")) return "an ISO 3166-2 subdivision code such as AL-11";
  if (pattern.includes("^24:00$")) return "a time HH:MM";
  if (pattern.includes("(?:\\/(?:[^~/]|~[01])*)+")) return "a JSON Pointer";
  if (pattern.startsWith("^https?:")) return "an http(s) web address";
  if (pattern.startsWith("^[0-9A-F]{40}")) return "an upper-case hexadecimal key fingerprint";
  if (pattern.startsWith("^(?:UTC|")) return "an IANA time zone name such as Europe/Tirane";
  if (pattern === "^[a-z][a-zA-Z0-9]*$") return "a camelCase code";
  return "the form the schema gives for this field";
}

interface Mapped {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly schemaPath: string;
  readonly keyword: string;
}

function mapOne(e: AjvError): Mapped | undefined {
  const parent = node(e.parentSchema);
  const title = typeof parent.title === "string" ? ` (${parent.title})` : "";
  const at = (suffix?: unknown) =>
    suffix === undefined ? e.instancePath : `${e.instancePath}/${escapePointerToken(String(suffix))}`;
  const base = { schemaPath: e.schemaPath, keyword: e.keyword };
  switch (e.keyword) {
    case "required":
      return {
        ...base,
        code: "TRM-S001",
        path: at(e.params.missingProperty),
        message: "required property is missing",
      };
    case "additionalProperties":
      return {
        ...base,
        code: "TRM-S002",
        path: at(e.params.additionalProperty),
        message:
          "property is not defined by the standard; national additions go under extensions.<namespace>",
      };
    case "type":
      return {
        ...base,
        code: "TRM-S003",
        path: e.instancePath,
        message: `expected ${String(e.params.type)}${title}`,
      };
    case "enum": {
      const list = parent["x-trm-codelist"];
      const where = typeof list === "string" ? `codelist ${list}` : "the allowed values";
      return {
        ...base,
        code: "TRM-S004",
        path: e.instancePath,
        message: `expected a code of ${where}${title}`,
      };
    }
    case "const":
      return {
        ...base,
        code: "TRM-S005",
        path: e.instancePath,
        message: `expected the constant ${JSON.stringify(e.params.allowedValue)}${title}`,
      };
    case "format":
      return {
        ...base,
        code: "TRM-S006",
        path: e.instancePath,
        message: `expected ${FORMAT_TEXT[String(e.params.format)] ?? String(e.params.format)}${title}`,
      };
    case "pattern":
      if (e.schemaPath.includes("/propertyNames/")) return undefined; // reported by the propertyNames error
      return {
        ...base,
        code: "TRM-S007",
        path: e.instancePath,
        message: `expected ${patternExpectation(parent)}${title}`,
      };
    case "maxLength":
    case "minLength":
      return {
        ...base,
        code: "TRM-S008",
        path: e.instancePath,
        message: `${e.keyword === "maxLength" ? "text longer than" : "text shorter than"} ${String(e.params.limit)} characters${title}`,
      };
    case "minItems":
    case "maxItems":
      return {
        ...base,
        code: "TRM-S009",
        path: e.instancePath,
        message: `${e.keyword === "minItems" ? "fewer than" : "more than"} ${String(e.params.limit)} items${title}`,
      };
    case "propertyNames":
      return {
        ...base,
        code: "TRM-S010",
        path: at(e.params.propertyName),
        message: "extension namespace must be a country code (si) or a reverse domain (org.example.ngo)",
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        ...base,
        code: "TRM-S011",
        path: e.instancePath,
        message: `number must be ${String(e.params.comparison)} ${String(e.params.limit)}${title}`,
      };
    default:
      return {
        ...base,
        code: "TRM-S012",
        path: e.instancePath,
        message: `fails the ${e.keyword} keyword of the schema`,
      };
  }
}

/** Where an item index sits in a pointer: `/a/3/b` -> `/a` + `3` + `/b`. */
function splitIndex(path: string): [string, string, string] | undefined {
  const m = /^(.*)\/(\d+)(\/.*)?$/.exec(path);
  return m ? [m[1] ?? "", m[2] ?? "", m[3] ?? ""] : undefined;
}

/**
 * Maps Ajv errors to issues: drops a `pattern` error where a `format` error is raised on the same value (the
 * pattern restates the format; see decision 0005), and groups the same fault on several items of one array.
 */
export function structureIssues(errors: readonly AjvError[]): Issue[] {
  const mapped = errors.map(mapOne).filter((m): m is Mapped => m !== undefined);
  const formatAt = new Set(mapped.filter((m) => m.keyword === "format").map((m) => m.path));
  const kept = mapped.filter((m) => !(m.keyword === "pattern" && formatAt.has(m.path)));
  const seen = new Set<string>();
  const unique = kept.filter((m) => {
    const key = `${m.code}|${m.path}|${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Group identical faults (same schema location) that differ only by one array index.
  const groups = new Map<string, { m: Mapped; indexes: string[]; array: string }>();
  const out: (Mapped | { m: Mapped; indexes: string[]; array: string })[] = [];
  for (const m of unique) {
    const parts = splitIndex(m.path);
    if (!parts) {
      out.push(m);
      continue;
    }
    const [array, index, rest] = parts;
    const key = `${m.schemaPath}|${array}|${rest}|${m.message}`;
    const g = groups.get(key);
    if (g) g.indexes.push(index);
    else {
      const ng = { m, indexes: [index], array: `${array}|${rest}` };
      groups.set(key, ng);
      out.push(ng);
    }
  }
  return out.map((x): Issue => {
    if ("code" in x)
      return { code: x.code, severity: "error", path: x.path, message: x.message, schemaPath: x.schemaPath };
    if (x.indexes.length === 1) {
      const m = x.m;
      return { code: m.code, severity: "error", path: m.path, message: m.message, schemaPath: m.schemaPath };
    }
    const [array, rest] = x.array.split("|") as [string, string];
    return {
      code: x.m.code,
      severity: "error",
      path: array,
      message: `items ${x.indexes.join(", ")}${rest ? ` at ${rest}` : ""}: ${x.m.message}`,
      schemaPath: x.m.schemaPath,
    };
  });
}
