import type {
  BestInterestsAssessment,
  Consent,
  FocalPoint,
  FocalPointDirectory,
  Referral,
  VictimProfile,
} from "@open-trm/schema";

/**
 * A JSON Pointer into the source document whose value the target format cannot carry, and why.
 * @example
 * const loss: Loss = { pointer: "/identity/aliases/0", reason: "HTCDS has no field for aliases" };
 */
export interface Loss {
  /** JSON Pointer (RFC 6901) into the input document. */
  readonly pointer: string;
  /** Why the value was not carried, in words that name no value. */
  readonly reason: string;
}

/**
 * Why an adapter refused its input: a stable code, the JSON Pointer of the problem and a message
 * that never quotes a value.
 * @example
 * const issue: AdapterIssue = { code: "ADAPTER_WRONG_TYPE", severity: "error", path: "/gender", message: "expected a string" };
 */
export interface AdapterIssue {
  /** Stable code from {@link adapterIssueCodes}. */
  readonly code: AdapterIssueCode;
  /** Always `error`: an adapter either produces a whole document or nothing. */
  readonly severity: "error";
  /** JSON Pointer into the input (for text formats, a pointer such as `/rows/3/cas_Status` or `/lines/7`). */
  readonly path: string;
  /** What was expected, naming the path or field but never its value. */
  readonly message: string;
}

/**
 * The result of every adapter call: the whole converted value with its loss report, or issues and no value.
 * @example
 * const r: AdapterResult<string> = { ok: true, value: "BEGIN:VCARD", losses: [] };
 * if (r.ok) console.log(r.value, r.losses.length);
 */
export type AdapterResult<T> =
  | { readonly ok: true; readonly value: T; readonly losses: readonly Loss[] }
  | { readonly ok: false; readonly issues: readonly AdapterIssue[] };

/**
 * The stable issue codes of all adapters, with what each means; codes are never renumbered or reused.
 * @example
 * adapterIssueCodes.ADAPTER_NOT_OBJECT; // "The input (or a part of it) is not a JSON object."
 */
export const adapterIssueCodes = {
  ADAPTER_NOT_OBJECT: "The input (or a part of it) is not a JSON object.",
  ADAPTER_WRONG_TYPE: "A value has the wrong JSON type for its field.",
  ADAPTER_MISSING: "A field that the mapping needs is missing.",
  ADAPTER_UNKNOWN_FIELD: "A field is not part of the source format as this adapter reads it.",
  ADAPTER_UNKNOWN_CODE: "A coded value is not in the mapping table of its field.",
  ADAPTER_INVALID_VALUE: "A value is malformed for its field (date, identifier, number, length).",
  ADAPTER_UNSUPPORTED: "The input is valid in its format but describes something this adapter does not read.",
  ADAPTER_SYNTAX: "The text is not well-formed in its format (CSV, vCard, JSON).",
  ADAPTER_INVALID_DOCUMENT: "The input is not a valid Open TRM document of a type the adapter converts.",
  ADAPTER_RESULT_INVALID:
    "The document produced from the input does not validate as Open TRM; nothing is returned.",
} as const;

/**
 * One of the stable adapter issue codes.
 * @example
 * const code: AdapterIssueCode = "ADAPTER_SYNTAX";
 */
export type AdapterIssueCode = keyof typeof adapterIssueCodes;

/**
 * Any Open TRM document: the input of every to<Format> and the output of every from<Format>.
 * @example
 * const isProfile = (d: TrmDocument) => d.documentType === "victimProfile";
 */
export type TrmDocument =
  | VictimProfile
  | Referral
  | Consent
  | BestInterestsAssessment
  | FocalPoint
  | FocalPointDirectory;
