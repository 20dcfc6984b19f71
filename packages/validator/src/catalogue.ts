import type { Severity } from "./issue.js";

/** The layer of validation an issue comes from. */
export type Layer = "input" | "limit" | "structure" | "rule" | "cross";

/** One entry of the rule catalogue: every issue code the validator can emit. */
export interface CatalogueEntry {
  /** The stable code (`TRM-S001`); never renumbered or reused. */
  readonly id: string;
  /** Where in the pipeline the code is raised. */
  readonly layer: Layer;
  /** Default severity. */
  readonly severity: Severity;
  /** One-line statement of the rule or failure, without values. */
  readonly message: string;
  /** What to do about it. */
  readonly guidance: string;
  /** Document types the rule applies to (rules only). */
  readonly appliesTo?: readonly string[];
}

const entry = (
  id: string,
  layer: Layer,
  severity: Severity,
  message: string,
  guidance: string,
  appliesTo?: readonly string[],
): CatalogueEntry =>
  appliesTo
    ? { id, layer, severity, message, guidance, appliesTo }
    : { id, layer, severity, message, guidance };

/** Every issue code, in catalogue order. Generated into `docs/rules.md` and `schemas/v1/rules.json`. */
export const catalogue: readonly CatalogueEntry[] = [
  entry(
    "TRM-P001",
    "input",
    "error",
    "The input is not valid JSON.",
    "Check the file encoding (UTF-8) and syntax; the issue gives the line and column where parsing stopped.",
  ),
  entry(
    "TRM-P002",
    "input",
    "error",
    "The document is not a JSON object.",
    "A document is one JSON object with `documentType` and `standardVersion`.",
  ),
  entry(
    "TRM-P003",
    "input",
    "error",
    "`documentType` is missing or is not one of the six document types.",
    "Set `documentType` to victimProfile, referral, consent, bestInterestsAssessment, focalPoint or focalPointDirectory.",
  ),
  entry(
    "TRM-L001",
    "limit",
    "error",
    "The document is larger than the size limit.",
    "Split the data into several documents, or raise `limits.maxBytes` if you trust the source.",
  ),
  entry(
    "TRM-L002",
    "limit",
    "error",
    "The document is nested deeper than the depth limit.",
    "No Open TRM document nests this deep; check the input for hostile or broken structure.",
  ),
  entry(
    "TRM-L003",
    "limit",
    "error",
    "An array is longer than the array-length limit.",
    "Split the data, or raise `limits.maxArrayLength` if you trust the source.",
  ),
  entry(
    "TRM-L004",
    "limit",
    "error",
    "A string is longer than the string-length limit.",
    "No Open TRM field holds text this long; check the input.",
  ),
  entry(
    "TRM-S001",
    "structure",
    "error",
    "A required property is missing.",
    "Add the property; the schema lists the required properties of each object.",
  ),
  entry(
    "TRM-S002",
    "structure",
    "error",
    "A property is not defined by the standard.",
    "Remove it, or move national additions under `extensions.<namespace>`.",
  ),
  entry(
    "TRM-S003",
    "structure",
    "error",
    "A value has the wrong JSON type.",
    "Use the type the schema gives for this field (string, number, boolean, array or object).",
  ),
  entry(
    "TRM-S004",
    "structure",
    "error",
    "A code is not in the field's codelist.",
    "Use a code from the codelist named in the message (`trm codelist <name>`); codes are case-sensitive.",
  ),
  entry(
    "TRM-S005",
    "structure",
    "error",
    "A value differs from the constant the schema requires.",
    "`documentType` must match the schema and `standardVersion` must be a version this validator supports.",
  ),
  entry(
    "TRM-S006",
    "structure",
    "error",
    "A value is not in the required format.",
    "Dates are YYYY-MM-DD, date-times RFC 3339 with seconds and an offset, ids RFC 9562 UUIDs.",
  ),
  entry(
    "TRM-S007",
    "structure",
    "error",
    "A value does not match the field's pattern.",
    "The message names the expected form (E.164 phone, country code, language tag, partial date, ...).",
  ),
  entry(
    "TRM-S008",
    "structure",
    "error",
    "A text is too long or empty.",
    "Shorten the text to the maximum length, or leave an optional field out instead of sending an empty string.",
  ),
  entry(
    "TRM-S009",
    "structure",
    "error",
    "An array has too few or too many items.",
    "Arrays marked non-empty need at least one item; every array has a maximum length.",
  ),
  entry(
    "TRM-S010",
    "structure",
    "error",
    "An extension namespace is not well formed.",
    "Use a country code (`si`) or a reverse domain (`org.example.ngo`) as the key under `extensions`.",
  ),
  entry(
    "TRM-S011",
    "structure",
    "error",
    "A number is out of range or not an integer.",
    "Use a whole number within the bounds the schema gives.",
  ),
  entry(
    "TRM-S012",
    "structure",
    "error",
    "The value does not satisfy the schema.",
    "See the schema path in the issue for the keyword that failed.",
  ),
  entry(
    "TRM-S013",
    "structure",
    "error",
    "The extension content does not satisfy its registered profile.",
    "Fix the extension content, or check which version of the profile the validator was given.",
  ),
  entry(
    "TRM-S014",
    "structure",
    "warning",
    "A deprecated property or code is used.",
    "It stays valid until the next major version; move to the replacement that the schema or the codelist names (docs/versioning.md).",
  ),
  entry(
    "TRM-R001",
    "rule",
    "error",
    "Dates are in order and not in the future: `createdAt <= updatedAt`, no date more than 24 hours ahead, every `from <= to`.",
    "Check the clock of the system that wrote the document and the order of start and end dates.",
    ["victimProfile", "referral", "consent", "bestInterestsAssessment", "focalPoint", "focalPointDirectory"],
  ),
  entry(
    "TRM-R002",
    "rule",
    "error",
    "A child (`isChild` yes or presumed) needs `childContext`; an unaccompanied child needs an appointed guardian.",
    "Add `childContext`; appoint a guardian or representative without delay (CoE CETS 197 Art. 10(4)). A missing guardian for an unaccompanied child is reported as a warning.",
    ["victimProfile"],
  ),
  entry(
    "TRM-R003",
    "rule",
    "error",
    "An age assessment that is pending, inconclusive or disputed forbids `isChild: no`.",
    "Apply the presumption of minority (CoE CETS 197 Art. 10(3)): set `isChild` to `presumed` until the age is established.",
    ["victimProfile"],
  ),
  entry(
    "TRM-R004",
    "rule",
    "error",
    "A referral needs `consentRef`, or a `consentOverride` whose legal basis is not consent.",
    "Reference the consent that covers the referral, or record the other legal basis, a justification and who authorised it.",
    ["referral"],
  ),
  entry(
    "TRM-R005",
    "rule",
    "error",
    "A child's referral needs `childSafeguards`; a case transfer or return of a child needs `childSafeguards.bestInterestsAssessmentRef`.",
    "Inform the guardian, and base transfers and returns of children on a best-interests assessment or determination.",
    ["referral"],
  ),
  entry(
    "TRM-R006",
    "rule",
    "error",
    "A referral at the `returnAndSocialInclusion` stage needs a `riskAssessment` with `returnSafetyChecked: true`.",
    "Assess the risks of return, including re-trafficking, before referring for return.",
    ["referral"],
  ),
  entry(
    "TRM-R007",
    "rule",
    "error",
    "`statusHistory` follows the referral state machine, is chronological, and ends in `status`.",
    "Allowed: draft->sent; sent->acknowledged|rejected|withdrawn|expired; acknowledged->accepted|rejected|withdrawn; accepted->inProgress|withdrawn; inProgress->completed|withdrawn. A rejection gives a reason.",
    ["referral"],
  ),
  entry(
    "TRM-R008",
    "rule",
    "error",
    "`scope` is `transnational` exactly when `from.country` differs from `to.country`.",
    "Set `scope` from the two countries.",
    ["referral"],
  ),
  entry(
    "TRM-R009",
    "rule",
    "error",
    "Consent events are chronological; after withdrawn, revoked or expired, consent is given again only through `renewed`.",
    "Record a new consent as `renewed`, with the date it was renewed.",
    ["consent"],
  ),
  entry(
    "TRM-R010",
    "rule",
    "error",
    "Special-category data is present, so `legalBases` must include a GDPR Art. 9(2) condition.",
    "Add the Art. 9 condition that applies (explicitConsent9a, vitalInterestsIncapable9c, legalClaims9f, substantialPublicInterest9g, healthOrSocialCare9h).",
    ["victimProfile", "referral"],
  ),
  entry(
    "TRM-R011",
    "rule",
    "warning",
    "The focal point's verification is out of date: `nextReviewDue` has passed or `lastVerifiedOn` is older than 12 months.",
    "Verify the contact details with the focal point and update `verification` (contact lists must be regularly updated).",
    ["focalPoint", "focalPointDirectory"],
  ),
  entry(
    "TRM-R012",
    "rule",
    "warning",
    "The reflection period is shorter than 30 days.",
    "CoE CETS 197 Art. 13 requires a recovery and reflection period of at least 30 days.",
    ["victimProfile"],
  ),
  entry(
    "TRM-R013",
    "rule",
    "error",
    "`disclosure.disclosedFields` must list exactly the sensitive fields present in the payload.",
    "List the JSON Pointer of every quasi, direct, special and free-text field present in the referral's `subject`, and nothing that is absent.",
    ["referral"],
  ),
  entry(
    "TRM-X001",
    "cross",
    "error",
    "The referral's consent is given at the time the referral was sent, covers its purpose and recipient country, and is about the referral's case.",
    "Validate the referral together with its consent; obtain or renew consent, or record an override with another legal basis.",
    ["referral", "consent"],
  ),
  entry(
    "TRM-X002",
    "cross",
    "error",
    "Every focal point reference in the bundle resolves in the directory given.",
    "Add the focal point to the directory, or correct the reference.",
    ["referral", "victimProfile", "consent", "bestInterestsAssessment", "focalPointDirectory"],
  ),
  entry(
    "TRM-X003",
    "cross",
    "error",
    "A child's referral points to a best-interests assessment about the same case.",
    "Reference the BIA or BID whose `childRef` is the referral's `caseRef`.",
    ["referral", "bestInterestsAssessment"],
  ),
];
