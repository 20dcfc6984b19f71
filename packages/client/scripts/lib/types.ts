// Renders the openapi-typescript types of schemas/v1/openapi.json; the script writes them, the test compares.
import openapiTS, { astToString } from "openapi-typescript";

/** Where the OpenAPI document is, in the repository. */
export const OPENAPI_URL = new URL("../../../../schemas/v1/openapi.json", import.meta.url);

/** The generated module text, banner included. */
export async function renderTypes(): Promise<string> {
  const ast = await openapiTS(OPENAPI_URL, {
    // Closed objects stay closed: `additionalProperties: false` in the schemas, no index signatures here.
    additionalProperties: false,
    exportType: false,
    alphabetize: false,
    // Default-valued parameters stay optional for the caller.
    defaultNonNullable: false,
  });
  const banner =
    "// GENERATED from schemas/v1/openapi.json by openapi-typescript (pnpm generate). Do not edit.\n";
  return `${banner}${astToString(ast)}`;
}
