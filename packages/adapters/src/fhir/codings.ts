import * as data from "@open-trm/schema/data";
import type { FhirCodeableConcept, FhirCoding } from "./types.js";
import { codeSystemUrl } from "./urls.js";

interface Labelled {
  readonly name: string;
  readonly entries: readonly { readonly code: string; readonly label: { readonly en: string } }[];
}

// Codelists by name, for the English display of Open TRM codings.
const codelists = new Map<string, Labelled>(
  (Object.values(data) as unknown[])
    .filter((v): v is Labelled => typeof v === "object" && v !== null && "entries" in v && "name" in v)
    .map((l) => [l.name, l]),
);

/**
 * The Open TRM coding of a code: the codelist's code system, the code and its English label.
 * @example
 * trmCoding("referralKind", "caseTransfer").system; // "https://open-trm.org/fhir/CodeSystem/referralKind"
 */
export function trmCoding(codelist: string, code: string): FhirCoding {
  const display = codelists.get(codelist)?.entries.find((e) => e.code === code)?.label.en;
  const coding = { system: codeSystemUrl(codelist), code };
  return display === undefined ? coding : { ...coding, display };
}

/**
 * A CodeableConcept holding the Open TRM coding, then any translations.
 * @example
 * trmConcept("serviceType", "shelter").coding?.length; // 1
 */
export function trmConcept(
  codelist: string,
  code: string,
  ...translations: FhirCoding[]
): FhirCodeableConcept {
  return { coding: [trmCoding(codelist, code), ...translations] };
}
