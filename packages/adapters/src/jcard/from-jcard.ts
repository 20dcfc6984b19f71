import type { AdapterResult } from "../result.js";
import { cardsOfJcard } from "./card.js";
import { readJcard } from "./jcard-read.js";
import { readCards } from "./read.js";
import type { FocalPointOrDirectory, FromCardOptions } from "./types.js";

/**
 * Reads a jCard (RFC 7095), or an array of jCards, as a focal point or a directory; never throws. Issues name the
 * JSON Pointer in the input (`/1/3` is the fourth property of a lone jCard) and the problem; losses list the
 * input properties and parameters Open TRM cannot carry.
 * @example
 * const r = fromJcard(JSON.parse(text), { as: "focalPoint" });
 * if (!r.ok) for (const i of r.issues) console.error(i.path, i.message);
 */
export function fromJcard(jcard: unknown, options?: FromCardOptions): AdapterResult<FocalPointOrDirectory> {
  const read = readJcard(jcard);
  if (!read.ok) return read;
  return readCards(cardsOfJcard(read.cards), options);
}
