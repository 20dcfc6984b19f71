import { isRecord } from "../json.js";
import type { Cursor } from "./context.js";
import { get } from "./context.js";

/** One entry of the input Bundle (or the input resource itself). */
export interface EntryCursor {
  readonly index: number;
  readonly fullUrl: string | undefined;
  readonly resourceType: string | undefined;
  readonly resource: Cursor;
}

/** The resources of the input and which of them a reader has used. */
export interface BundleView {
  readonly entries: readonly EntryCursor[];
  readonly used: Set<number>;
}

/**
 * The entries of an input Bundle whose `resource` is an object (others are left for the loss report).
 * @example
 * bundleView({ value: { resourceType: "Bundle", entry: [] }, path: "" }).entries.length; // 0
 */
export function bundleView(bundle: Cursor): BundleView {
  const entries = Array.isArray(get(bundle, "entry").value) ? (get(bundle, "entry").value as unknown[]) : [];
  const out: EntryCursor[] = [];
  entries.forEach((_, index) => {
    const entry = get(get(bundle, "entry"), index);
    const resource = get(entry, "resource");
    if (!isRecord(resource.value)) return;
    const fullUrl = get(entry, "fullUrl").value;
    const type = resource.value.resourceType;
    out.push({
      index,
      fullUrl: typeof fullUrl === "string" ? fullUrl : undefined,
      resourceType: typeof type === "string" ? type : undefined,
      resource,
    });
  });
  return { entries: out, used: new Set() };
}

/**
 * A view of a single resource given without a Bundle.
 * @example
 * resourceView({ value: { resourceType: "Patient" }, path: "" }).entries[0]?.resourceType; // "Patient"
 */
export function resourceView(resource: Cursor): BundleView {
  const type = isRecord(resource.value) ? resource.value.resourceType : undefined;
  return {
    entries: [
      { index: 0, fullUrl: undefined, resourceType: typeof type === "string" ? type : undefined, resource },
    ],
    used: new Set(),
  };
}

/**
 * Whether a Reference names a document or resource: by `urn:uuid:` reference or by its identifier value.
 * @example
 * refersTo({ reference: "urn:uuid:x" }, "urn:uuid:x"); // true
 */
export function refersTo(ref: unknown, urn: string): boolean {
  if (!isRecord(ref)) return false;
  return ref.reference === urn || (isRecord(ref.identifier) && ref.identifier.value === urn);
}
