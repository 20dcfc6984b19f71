// The checks every to* function makes before writing: a valid Open TRM focal point or directory.
import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import { checkTrmInput, failure, failures } from "../internal/result.js";
import type { AdapterResult } from "../result.js";
import { writeCards } from "./cards-write.js";
import type { Jcard } from "./types.js";

/** The cards of a checked input, its losses, and whether it is a directory. */
export function writeInput(doc: unknown): AdapterResult<{ cards: Jcard[]; directory: boolean }> {
  const issues = checkTrmInput(doc);
  if (issues.length > 0) return failures(issues);
  const typed = doc as FocalPoint | FocalPointDirectory | { documentType: string };
  if (typed.documentType !== "focalPoint" && typed.documentType !== "focalPointDirectory")
    return failure(
      "ADAPTER_UNSUPPORTED",
      "/documentType",
      "jCard and vCard carry a focalPoint or a focalPointDirectory",
    );
  const { cards, losses } = writeCards(typed as FocalPoint | FocalPointDirectory);
  return { ok: true, value: { cards, directory: typed.documentType === "focalPointDirectory" }, losses };
}
