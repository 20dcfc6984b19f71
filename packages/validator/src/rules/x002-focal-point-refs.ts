// TRM-X002: every FocalPointRef in the bundle resolves to a focal point given in the bundle: the `id` of a
// focalPoint document or of an entry in a focalPointDirectory's `focalPoints` (UUIDs compared case-insensitively).
// Runs only when the bundle holds at least one focal point or directory. The reference fields are listed in
// shared/fields.ts (checked against the JSON Schemas: every uuid-formatted leaf of class public), embedded
// documents included; every item of a list such as consent `/controllers` is checked. Error at the reference.

import { ofType } from "./shared/bundle.js";
import { focalPointRefs } from "./shared/fields.js";
import { expandItems } from "./shared/pointer.js";
import type { CrossFinding, CrossRule } from "./types.js";

/** TRM-X002: every FocalPointRef in a bundle resolves in the directory given. */
export const x002: CrossRule = {
  id: "TRM-X002",
  check(entries) {
    const points = ofType(entries, "focalPoint").map((e) => e.doc.id);
    const directories = ofType(entries, "focalPointDirectory");
    if (points.length === 0 && directories.length === 0) return [];
    const known = new Set(
      [...points, ...directories.flatMap((d) => d.doc.focalPoints.map((p) => p.id))].map((id) =>
        id.toLowerCase(),
      ),
    );
    const findings: CrossFinding[] = [];
    for (const { index, doc } of entries) {
      for (const template of focalPointRefs(doc.documentType)) {
        for (const { pointer, value } of expandItems(doc, template)) {
          if (typeof value === "string" && !known.has(value.toLowerCase())) {
            findings.push({
              index,
              path: pointer,
              detail: "The focal point reference does not resolve to a focal point in the bundle.",
            });
          }
        }
      }
    }
    return findings;
  },
};
