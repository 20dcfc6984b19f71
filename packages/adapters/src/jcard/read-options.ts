// Checks the options of fromJcard / fromVcard and fills fields a card does not carry from them.
import { STANDARD_VERSION } from "@open-trm/schema";
import { issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import type { DecodeContext } from "./decode-context.js";
import { pointerToken } from "./pointer.js";
import type { FromCardOptions } from "./types.js";

type Json = Record<string, unknown>;
const isPlain = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const AS = ["auto", "focalPoint", "focalPointDirectory"];
/** Fields a default cannot give: the document type, the cards themselves, and (for focal points, which may be
 * many) the id, which would give one identity to several cards. */
const NOT_DEFAULTED: Record<string, readonly string[]> = {
  focalPointDefaults: ["documentType", "id"],
  directory: ["documentType", "focalPoints"],
};

/** The checked options; each fault is an issue at `/options/...`. */
export function checkOptions(options: unknown, issues: AdapterIssue[]): FromCardOptions {
  if (options === undefined) return {};
  if (!isPlain(options)) {
    issues.push(issue("ADAPTER_NOT_OBJECT", "/options", "options must be an object"));
    return {};
  }
  if (options.as !== undefined && !AS.includes(options.as as string))
    issues.push(
      issue("ADAPTER_INVALID_VALUE", "/options/as", "as must be auto, focalPoint or focalPointDirectory"),
    );
  for (const key of ["focalPointDefaults", "directory"]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!isPlain(value))
      issues.push(issue("ADAPTER_NOT_OBJECT", `/options/${key}`, `${key} must be an object`));
    else
      for (const k of Object.keys(value))
        if (NOT_DEFAULTED[key]?.includes(k) || k === "__proto__")
          issues.push(
            issue(
              "ADAPTER_UNKNOWN_FIELD",
              `/options/${key}/${pointerToken(k)}`,
              `${k} cannot be given as a default`,
            ),
          );
    try {
      structuredClone(value);
    } catch {
      issues.push(issue("ADAPTER_WRONG_TYPE", `/options/${key}`, `${key} must hold JSON values only`));
    }
  }
  return options as FromCardOptions;
}

function define(obj: Json, key: string, value: unknown) {
  Object.defineProperty(obj, key, {
    value: structuredClone(value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Fills what a card lacks: from the defaults (objects merged one level deep; the card wins), then the standard
 * version this adapter writes. Origins point into the options, so validator issues name them.
 */
export function fillFromDefaults(ctx: DecodeContext, defaults: unknown, base: string): void {
  const doc = ctx.doc;
  for (const [key, value] of Object.entries(isPlain(defaults) ? defaults : {})) {
    const current = doc[key];
    const at = `/${pointerToken(key)}`;
    if (current === undefined) {
      define(doc, key, value);
      ctx.origins.set(at, `${base}${at}`);
    } else if (isPlain(current) && isPlain(value))
      for (const [k, v] of Object.entries(value))
        if (current[k] === undefined) {
          define(current, k, v);
          ctx.origins.set(`${at}/${pointerToken(k)}`, `${base}${at}/${pointerToken(k)}`);
        }
  }
  if (doc.standardVersion === undefined) doc.standardVersion = STANDARD_VERSION;
}
