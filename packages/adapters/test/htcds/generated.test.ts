// Drift test: the generated tables under src/htcds/generated/ must equal what test/htcds/generate.ts makes from
// their sources (the vendored HTCDS 2.0 sheet, iso-639-3 and i18n-iso-countries). Regenerate with
// `npx tsx test/htcds/generate.ts && npx biome format --write src/htcds/generated`.
import { describe, expect, it } from "vitest";
import { htcdsFieldRows } from "../../src/htcds/generated/fields.js";
import { iso6392Rows } from "../../src/htcds/generated/iso-639-2.js";
import { htcdsFields } from "../../src/htcds/index.js";
import { alpha3Rows } from "../../src/internal/iso-3166-alpha3.js";
import { countryRows, fieldRows, languageRows } from "./generate.js";

describe("generated HTCDS tables", () => {
  it("hold the fields of the sheet", () => {
    expect(htcdsFieldRows).toEqual(fieldRows());
  });

  it("hold the ISO 639-2 codes of every language with an ISO 639-1 code", async () => {
    expect(iso6392Rows).toEqual(await languageRows());
    expect(iso6392Rows).toContainEqual(["alb", "sqi", "sq"]);
  });

  it("hold the ISO 3166 alpha-3 codes", () => {
    expect(alpha3Rows).toEqual(countryRows());
    expect(alpha3Rows).toContainEqual(["MDA", "MD"]);
  });

  it("give each field a kind from its sheet type", () => {
    const kinds = Object.fromEntries(htcdsFields.map((f) => [f.name, f.kind]));
    expect(kinds).toMatchObject({
      prs_FirstName: "text",
      prs_Birthdate: "date",
      prs_NumberOfChildren: "number",
      con_Consent: "checkbox",
      prs_Gender: "picklist",
      vic_MethodsOfControl: "multiselect",
      cas_ReferredOrganisation: "text",
      hte_Longitude: "number",
      per_Organisation: "text",
    });
    expect(htcdsFields.find((f) => f.name === "prs_Citizenship")?.standard).toBe("ISO 3166");
    expect(htcdsFields.find((f) => f.name === "prs_PrimaryLanguage")?.standard).toBe("ISO 639-2");
  });
});
