// Writes a focal point, or a directory and its focal points, as jCard objects, with the losses of the input.
import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import type { Loss } from "../result.js";
import { isCarried, leaves } from "./coverage.js";
import { encodeRows } from "./encode.js";
import {
  directoryRows,
  focalPointRows,
  memberRow,
  type PropertyRow,
  structuralProperties,
} from "./mapping/rows.js";
import { kinds } from "./mapping/tables.js";
import { getAt } from "./pointer.js";
import type { Jcard, JcardProperty } from "./types.js";

function card(
  doc: FocalPoint | FocalPointDirectory,
  rows: readonly PropertyRow[],
  extra: JcardProperty[] = [],
): Jcard {
  // The first KIND of the document type whose FN field has a value (see the kinds table).
  const kind = kinds.find((k) => k.documentType === doc.documentType && getAt(doc, k.fn) !== undefined);
  return [
    "vcard",
    [
      ["version", {}, "text", structuralProperties.VERSION.value],
      ["prodid", {}, "text", structuralProperties.PRODID.value],
      ["kind", {}, "text", kind?.kind ?? "org"],
      ["fn", {}, "text", String(getAt(doc, kind?.fn ?? "/institution/name"))],
      ...encodeRows(rows, doc),
      ...extra,
    ],
  ];
}

const lost = (pointer: string): Loss => ({ pointer, reason: "no vCard property carries this field" });

/** The cards of a valid focal point or directory (group card first), and the input pointers they cannot carry. */
export function writeCards(doc: FocalPoint | FocalPointDirectory): { cards: Jcard[]; losses: Loss[] } {
  const losses = leaves(doc)
    .filter((l) => !isCarried(l.pointer, doc.documentType))
    .map((l) => lost(l.pointer));
  if (doc.documentType === "focalPoint") return { cards: [card(doc, focalPointRows)], losses };
  const members: JcardProperty[] = doc.focalPoints.map((fp) => [
    memberRow.property.toLowerCase(),
    {},
    "uri",
    `urn:uuid:${fp.id}`,
  ]);
  return {
    cards: [card(doc, directoryRows, members), ...doc.focalPoints.map((fp) => card(fp, focalPointRows))],
    losses,
  };
}
