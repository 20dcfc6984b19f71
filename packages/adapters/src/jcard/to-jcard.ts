import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import { success } from "../internal/result.js";
import type { AdapterResult } from "../result.js";
import type { Jcard } from "./types.js";
import { writeInput } from "./write.js";

/**
 * Converts a focal point to a jCard (RFC 7095), or a directory to an array of jCards whose first card is the
 * directory (`KIND:group`, one MEMBER per focal point); every field is carried, so losses are empty unless a
 * field has no property (an empty `contactPerson`).
 * @example
 * const r = toJcard(focalPoint);
 * if (r.ok) console.log(JSON.stringify(r.value)); // ["vcard",[["version",{},"text","4.0"],...]]
 */
export function toJcard(doc: FocalPoint): AdapterResult<Jcard>;
export function toJcard(doc: FocalPointDirectory): AdapterResult<Jcard[]>;
export function toJcard(doc: unknown): AdapterResult<Jcard | Jcard[]>;
export function toJcard(doc: unknown): AdapterResult<Jcard | Jcard[]> {
  const written = writeInput(doc);
  if (!written.ok) return written;
  const { cards, directory } = written.value;
  const [card] = cards;
  return success(directory || !card ? cards : card, written.losses);
}
