import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { InputError } from "../io.js";

const require = createRequire(import.meta.url);

/** Reads a file of the published schemas (`schemas/v1/...`) shipped in @open-trm/schema. */
export function readPublished(rel: string): string {
  try {
    return readFileSync(require.resolve(`@open-trm/schema/schemas/v1/${rel}`), "utf8");
  } catch {
    throw new InputError(
      `the published file schemas/v1/${rel} is missing from @open-trm/schema; reinstall the package`,
    );
  }
}
