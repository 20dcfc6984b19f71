// focalPointDirectory -> List (hl7.org/fhir/R4/list.html): a snapshot list of the Organizations that stand for
// the directory's focal points, which are in the same Bundle; publisher and versions are in the fields extension.
import type { FocalPointDirectory } from "@open-trm/schema";
import type { JsonObject } from "../json.js";
import type { BundleView } from "../read/bundle.js";
import { type Cursor, get, items, missing, type ReadContext, readString, take } from "../read/context.js";
import {
  completeDocument,
  defined,
  openResource,
  readFieldsExtension,
  readIdentifiers,
} from "../read/document.js";
import { readReference } from "../read/reference.js";
import { fieldNodes } from "../specs/index.js";
import type { FhirList } from "../types.js";
import { profileUrl, UUID_URN_PREFIX } from "../urls.js";
import { documentIdentifier, reference, type WriteContext } from "../write/context.js";
import { documentExtensions } from "../write/encode.js";
import { some } from "../write/shape.js";
import { readFocalPoint } from "./organization-read.js";

const node = fieldNodes.focalPointDirectory;

/**
 * The List of a focal point directory; its focal points are written beside it in the Bundle.
 * @example
 * listOf(directory, { present: new Map() }).mode; // "snapshot"
 */
export function listOf(d: FocalPointDirectory, ctx: WriteContext): FhirList {
  return {
    resourceType: "List",
    meta: { profile: [profileUrl("focalPointDirectory")] },
    extension: documentExtensions("focalPointDirectory", d, node, ctx),
    identifier: [documentIdentifier(d.id)],
    status: "current",
    mode: "snapshot",
    date: d.publishedOn,
    ...some(
      "entry",
      d.focalPoints.map((fp) => ({ item: reference(ctx, "focalPoint", fp.id) })),
    ),
  };
}

function focalPoint(ctx: ReadContext, view: BundleView, entry: Cursor): JsonObject | undefined {
  const item = get(entry, "item");
  const id = readReference(ctx, item, "focalPoint");
  if (id === undefined) return undefined;
  const found = view.entries.find(
    (e) => e.resourceType === "Organization" && e.fullUrl === `${UUID_URN_PREFIX}${id}`,
  );
  if (found === undefined) return missing(ctx, item, "the Organization it references in the Bundle");
  view.used.add(found.index);
  return readFocalPoint(ctx, found.resource, view);
}

/**
 * Reads a List, with the focal points it lists from the same Bundle, as a focal point directory.
 * @example
 * readDirectory(newContext(), { value: list, path: "/entry/0/resource" }, view).documentType; // "focalPointDirectory"
 */
export function readDirectory(ctx: ReadContext, at: Cursor, view: BundleView): JsonObject {
  const r = openResource(ctx, at);
  const fields = readFieldsExtension(ctx, r, "focalPointDirectory");
  const { id } = readIdentifiers(ctx, r);
  for (const key of ["status", "mode"]) take(ctx, get(at, key));
  const focalPoints = items(ctx, get(at, "entry")).flatMap((e) => focalPoint(ctx, view, e) ?? []);
  const native = defined({
    id,
    publishedOn: readString(ctx, get(at, "date")),
    focalPoints: focalPoints.length > 0 ? focalPoints : undefined,
  });
  return completeDocument(ctx, r, "focalPointDirectory", native, fields);
}
