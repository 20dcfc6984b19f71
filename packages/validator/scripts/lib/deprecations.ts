// Writes src/generated/deprecations.js: per document type, where deprecated properties and codes can appear.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CodeEntry, codelists, country, language } from "@open-trm/schema";
import { type DeprecatedCodes, deprecationIndex } from "../../src/internal/deprecations.js";

/** The deprecated codes of every codelist of the standard, by list name. */
export function deprecatedCodes(): DeprecatedCodes {
  const lists = [...Object.values(codelists), country, language] as readonly {
    name: string;
    entries: readonly CodeEntry[];
  }[];
  return Object.fromEntries(
    lists
      .map((l) => [l.name, l.entries.filter((e) => e.deprecated !== undefined).map((e) => e.code)] as const)
      .filter(([, codes]) => codes.length > 0),
  );
}

/** Indexes the self-contained schemas (before any `$ref` sharing) and writes the module and its declaration. */
export function writeDeprecations(schemas: Readonly<Record<string, unknown>>, out: string): void {
  const codes = deprecatedCodes();
  const body = Object.entries(schemas)
    .map(([name, schema]) => `export const ${name} = ${JSON.stringify(deprecationIndex(schema, codes))};`)
    .join("\n");
  const dts = Object.keys(schemas)
    .map((name) => `export declare const ${name}: readonly DeprecationEntry[];`)
    .join("\n");
  const banner = "// GENERATED at build time by scripts/build-validators.ts. Do not edit.";
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "deprecations.js"), `${banner}\n${body}\n`);
  writeFileSync(
    join(out, "deprecations.d.ts"),
    `${banner}\nimport type { DeprecationEntry } from "../internal/deprecations.js";\n${dts}\n`,
  );
}
