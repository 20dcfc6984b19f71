import { failure } from "../internal/result.js";
import type { AdapterResult } from "../result.js";
import { cardsOfText } from "./card.js";
import { readCards } from "./read.js";
import { parseVcardText } from "./text/parse.js";
import type { FocalPointOrDirectory, FromCardOptions } from "./types.js";

/**
 * Reads vCard 4.0 text (RFC 6350) holding one card or many as a focal point or a directory; never throws.
 * Syntax issues name `/lines/<n>` (1-based); the others `/cards/<i>/<PROPERTY>/<k>` (the k-th such property
 * of the i-th card) or `/cards/<i>/<PROPERTY>` when it is missing.
 * @example
 * const r = fromVcard(readFileSync("directory.vcf", "utf8"));
 * if (r.ok) console.log(r.value.documentType, r.losses.length);
 */
export function fromVcard(text: unknown, options?: FromCardOptions): AdapterResult<FocalPointOrDirectory> {
  if (typeof text !== "string") return failure("ADAPTER_WRONG_TYPE", "", "expected vCard text (a string)");
  const parsed = parseVcardText(text);
  if (!parsed.ok) return parsed;
  return readCards(cardsOfText(parsed.cards), options);
}
