import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import { success } from "../internal/result.js";
import type { AdapterResult, Loss } from "../result.js";
import { leaves } from "./coverage.js";
import { isVcardSafe } from "./text/safe.js";
import { stringifyVcards } from "./text/stringify.js";
import { writeInput } from "./write.js";

/**
 * Converts a focal point, or a directory and its focal points, to vCard 4.0 text (RFC 6350): CRLF line breaks,
 * lines folded at 75 octets, one BEGIN:VCARD ... END:VCARD per card, the directory card first. Text with control
 * characters other than tab and newline cannot be written; those fields are listed in the losses.
 * @example
 * const r = toVcard(focalPoint);
 * if (r.ok) process.stdout.write(r.value); // BEGIN:VCARD\r\nVERSION:4.0\r\n...
 */
export function toVcard(doc: FocalPoint | FocalPointDirectory | unknown): AdapterResult<string> {
  const written = writeInput(doc);
  if (!written.ok) return written;
  const lost = new Set(written.losses.map((l) => l.pointer));
  // Extensions travel as JSON text, whose escapes already make any string safe.
  const unsafe: Loss[] = leaves(doc)
    .filter((l) => typeof l.value === "string" && !isVcardSafe(l.value) && !lost.has(l.pointer))
    .filter((l) => !/^(\/focalPoints\/\d+)?\/extensions(\/|$)/.test(l.pointer))
    .map((l) => ({
      pointer: l.pointer,
      reason:
        "control characters or unpaired surrogates cannot be written in vCard text (RFC 6350 section 3.3); written as U+FFFD",
    }));
  return success(stringifyVcards(written.value.cards), [...written.losses, ...unsafe]);
}
