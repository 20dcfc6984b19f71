// Checks one HTTP response against the OpenAPI document: documented status, required headers and their schemas,
// media type and body schema. Findings name a header, a JSON Pointer and a keyword, never a value.
import type { ValidateFunction } from "ajv";
import {
  type Json,
  type LoadedOpenApi,
  loadOpenApi,
  OPENAPI_ID,
  type Operation,
  resolveLocal,
} from "./openapi-document.js";

/** What a response looked like on the wire. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Checks responses against the document; created once per run. */
export interface ResponseChecker {
  /** The OpenAPI document. */
  readonly document: Json;
  /** The operations of the document. */
  readonly operations: readonly Operation[];
  /** The operation a method and a concrete path (without query) belong to, if any. */
  match(method: string, path: string): Operation | undefined;
  /** Reasons the response does not match the operation's description; empty when it matches. */
  check(operation: Operation, response: WireResponse): string[];
}

const MAX_FINDINGS = 3;

// Ajv errors as `body/<pointer> <keyword>`; Ajv's messages may quote schema values and are not needed.
function findingsOf(prefix: string, errors: ValidateFunction["errors"]): string[] {
  const seen = new Set<string>();
  for (const e of errors ?? []) seen.add(`${prefix}${e.instancePath || "/"} fails ${e.keyword}`);
  const all = [...seen];
  return all.length > MAX_FINDINGS
    ? [...all.slice(0, MAX_FINDINGS), `${all.length - MAX_FINDINGS} more`]
    : all;
}

/**
 * Creates a checker of responses against the OpenAPI document shipped in @open-trm/schema.
 * @example
 * const checker = createResponseChecker();
 * const op = checker.match("GET", "/referrals/0b6e...");
 * const reasons = op ? checker.check(op, { status, headers, text }) : ["undocumented path"];
 */
export function createResponseChecker(loaded: LoadedOpenApi = loadOpenApi()): ResponseChecker {
  const { document, ajv } = loaded;
  const compiled = new Map<string, ValidateFunction>();
  const validator = (pointer: string): ValidateFunction => {
    let fn = compiled.get(pointer);
    if (!fn) {
      fn = ajv.compile({ $ref: `${OPENAPI_ID}#${pointer}` });
      compiled.set(pointer, fn);
    }
    return fn;
  };

  function checkHeaders(response: Json, at: string, wire: WireResponse): string[] {
    const out: string[] = [];
    for (const [name, raw] of Object.entries((response.headers ?? {}) as Json)) {
      const { value: header, pointer } = resolveLocal(
        document,
        raw,
        `${at}/headers/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      );
      const text = wire.headers.get(name);
      if (text === null) {
        if (header.required === true) out.push(`header ${name} is missing`);
        continue;
      }
      if (typeof header.schema !== "object") continue;
      const type = (header.schema as Json).type;
      const value =
        type === "integer" || type === "number" ? (/^\d+$/.test(text) ? Number(text) : text) : text;
      if (!validator(`${pointer}/schema`)(value)) out.push(`header ${name} does not match its schema`);
    }
    return out;
  }

  function checkBody(response: Json, at: string, wire: WireResponse): string[] {
    const content = response.content as Json | undefined;
    if (content === undefined) return [];
    const mediaType = (wire.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!(mediaType in content)) return [`content type is not ${Object.keys(content).join(" or ")}`];
    const media = content[mediaType] as Json;
    if (media.schema === undefined) return [];
    let body: unknown;
    try {
      body = JSON.parse(wire.text);
    } catch {
      return ["body is not JSON"];
    }
    const validate = validator(`${at}/content/${mediaType.replace(/\//g, "~1")}/schema`);
    return validate(body) ? [] : findingsOf("body", validate.errors);
  }

  return {
    document,
    operations: loaded.operations,
    match: (method, path) =>
      loaded.operations.find((o) => o.method === method.toLowerCase() && o.pattern.test(path)),
    check(operation, wire) {
      const responses = (operation.op.responses ?? {}) as Json;
      const key = String(wire.status) in responses ? String(wire.status) : "default";
      if (!(key in responses)) return [`status ${wire.status} is not documented`];
      const { value: response, pointer } = resolveLocal(
        document,
        responses[key],
        `${operation.pointer}/responses/${key}`,
      );
      return [...checkHeaders(response, pointer, wire), ...checkBody(response, pointer, wire)];
    },
  };
}
