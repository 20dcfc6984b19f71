// Build-time only (not exported): the OpenAPI document as the committed JSON and YAML files.
import { stringify } from "yaml";
import { buildOpenApi } from "./build.js";
import { loadApiExamples } from "./examples.js";

/** Where the OpenAPI files go, relative to the repository root (beside the published JSON Schemas). */
export const OPENAPI_FILES = { json: "schemas/v1/openapi.json", yaml: "schemas/v1/openapi.yaml" } as const;

/**
 * The OpenAPI document as files, path (relative to the repository root) -> content; `pnpm generate` writes
 * them and the drift test compares them.
 * @example
 * for (const [path, content] of openApiFiles(root)) writeFileSync(join(root, path), content);
 */
export function openApiFiles(root: string): Map<string, string> {
  const doc = buildOpenApi(loadApiExamples(root));
  return new Map([
    [OPENAPI_FILES.json, `${JSON.stringify(doc, null, 2)}\n`],
    // No anchors or aliases: the same object reached twice is written out twice, as in the JSON.
    [OPENAPI_FILES.yaml, stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 })],
  ]);
}
