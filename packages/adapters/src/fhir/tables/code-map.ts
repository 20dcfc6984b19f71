/**
 * A mapping table between the codes of one Open TRM codelist and the codes of one FHIR element, as data. A map
 * that `fromFhir` reads back is one-to-one; the others are projections written for FHIR readers only.
 */
export interface CodeMap {
  /** Open TRM codelist of the left column (`@open-trm/schema/data`). */
  readonly codelist: string;
  /** The FHIR element written. */
  readonly element: string;
  /** The code system (or, for `Consent.policy.uri`, the vocabulary) of the right column. */
  readonly system: string;
  /** Where the right column comes from. */
  readonly source: string;
  /** True when the FHIR code is read back (the table is one-to-one); false for a write-only projection. */
  readonly read: boolean;
  /** Rows of `[Open TRM code, FHIR code]`; `null` when FHIR has no counterpart and the Open TRM coding stands alone. */
  readonly rows: readonly (readonly [string, string | null])[];
}

/**
 * The FHIR code of an Open TRM code in a map, or undefined when the row has none (or there is no row).
 * @example
 * toFhirCode({ codelist: "sex", element: "Patient.gender", system: "", source: "", read: true, rows: [["female", "female"]] }, "female"); // "female"
 */
export function toFhirCode(map: CodeMap, code: string): string | undefined {
  return map.rows.find(([trm]) => trm === code)?.[1] ?? undefined;
}

/**
 * The Open TRM code of a FHIR code in a one-to-one map, or undefined when no row has it.
 * @example
 * fromFhirCode({ codelist: "sex", element: "Patient.gender", system: "", source: "", read: true, rows: [["intersex", "other"]] }, "other"); // "intersex"
 */
export function fromFhirCode(map: CodeMap, code: string): string | undefined {
  return map.rows.find(([, fhir]) => fhir === code)?.[0];
}
