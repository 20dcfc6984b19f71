// The bundle table: sets of documents validated together for the cross-document rules TRM-X001..TRM-X003.
// Every document is a base document, sometimes edited; each is valid on its own, and an invalid bundle breaks
// exactly one cross-document rule once. The validator's rule files (packages/validator/src/rules/x00*.ts) say
// where each finding is reported: X001 and X003 on the referral, X002 at the reference that does not resolve.
//
// Which documents refer to which (the bases' ids end in): the referral `rich` (502, case 211) relies on the
// consent `rich` (302, subject 211) and the assessment `rich` (402, child 211); the focal points are 101 (the
// focal point `minimal`), 102 (the focal point `rich`), 103 and 104 (the directory `rich`).
import { type Bundle, type BundleDocument, crossFault } from "../lib/bundle.js";
import { type Op, set } from "../lib/mutation.js";

const NATIONAL_OFFICE = "00000000-0000-4000-8000-000000000101";
const UNLISTED = "00000000-0000-4000-8000-000000000106";

const referral: BundleDocument = { file: "referral", type: "referral", base: "rich" };
const consent: BundleDocument = { file: "consent", type: "consent", base: "rich" };
const consentWith = (apply: Op | readonly Op[]): BundleDocument => ({ ...consent, apply });
/** Every focal point the rich documents refer to: 101, 102, and 103 and 104 in the directory. */
const focalPoints: readonly BundleDocument[] = [
  { file: "focal-point-national-office", type: "focalPoint", base: "minimal" },
  { file: "focal-point-referral-centre", type: "focalPoint", base: "rich" },
  { file: "focal-point-directory", type: "focalPointDirectory", base: "rich" },
];
const SENT = "2026-03-23T10:05:00+01:00";

export const bundles: readonly Bundle[] = [
  // Valid bundles.
  {
    name: "complete-case",
    category: "bundle",
    description:
      "A child's case transfer with its victim profile, consent, both assessments and every focal point referred to: all cross-document rules hold.",
    documents: [
      referral,
      consent,
      { file: "victim-profile", type: "victimProfile", base: "rich" },
      { file: "best-interests-assessment", type: "bestInterestsAssessment", base: "rich" },
      { file: "best-interests-assessment-short", type: "bestInterestsAssessment", base: "minimal" },
      ...focalPoints,
    ],
    errors: [],
  },
  {
    name: "consent-renewed-before-sending",
    category: "bundle",
    description: `Consent withdrawn on 10 March and renewed on 20 March covers a referral sent on 23 March (${SENT}).`,
    documents: [
      referral,
      consentWith([
        set("/updatedAt", "2026-03-20T09:00:00+01:00"),
        set("/events/2", {
          state: "withdrawn",
          at: "2026-03-10T14:00:00+01:00",
          recordedBy: NATIONAL_OFFICE,
        }),
        set("/events/3", {
          state: "renewed",
          at: "2026-03-20T09:00:00+01:00",
          recordedBy: NATIONAL_OFFICE,
          validUntil: "2026-09-20T23:59:59+02:00",
        }),
      ]),
    ],
    errors: [],
  },
  // Invalid: one cross-document rule each.
  {
    name: "x001-consent-withdrawn-before-sending",
    category: "crossRule",
    description: "The consent was withdrawn on 20 March, before the referral was sent on 23 March.",
    documents: [
      referral,
      consentWith([
        set("/updatedAt", "2026-03-20T09:00:00+01:00"),
        set("/events/2", {
          state: "withdrawn",
          at: "2026-03-20T09:00:00+01:00",
          recordedBy: NATIONAL_OFFICE,
        }),
      ]),
    ],
    errors: [crossFault("referral", "/consentRef", "TRM-X001")],
  },
  {
    name: "x001-consent-expired-before-sending",
    category: "crossRule",
    description: "The consent was valid until 20 March (`validUntil`); the referral was sent on 23 March.",
    documents: [referral, consentWith(set("/events/1/validUntil", "2026-03-20T23:59:59+01:00"))],
    errors: [crossFault("referral", "/consentRef", "TRM-X001")],
  },
  {
    name: "x001-purpose-not-covered",
    category: "crossRule",
    description: "The referral's purpose `safeReturn` is not among the consent's purposes.",
    documents: [
      referral,
      consentWith(
        set("/purposes", ["assistanceAndCaseManagement", "transnationalReferral", "familyTracing"]),
      ),
    ],
    errors: [crossFault("referral", "/consentRef", "TRM-X001")],
  },
  {
    name: "x001-recipient-not-covered",
    category: "crossRule",
    description:
      "The consent's only recipient is another focal point in Moldova; a recipient naming a focal point covers that one alone.",
    documents: [
      referral,
      consentWith(set("/recipients", [{ category: "focalPoint", country: "MD", focalPoint: UNLISTED }])),
    ],
    errors: [crossFault("referral", "/consentRef", "TRM-X001")],
  },
  {
    name: "x001-consent-of-another-case",
    category: "crossRule",
    description:
      "The referenced consent is about another case: its `subjectRef` is not the referral's `caseRef`.",
    documents: [referral, consentWith(set("/subjectRef", "00000000-0000-4000-8000-000000000201"))],
    errors: [crossFault("referral", "/consentRef", "TRM-X001")],
  },
  {
    name: "x002-receiver-not-in-directory",
    category: "crossRule",
    description:
      "A referral to focal point 102, validated with a directory that lists only focal point 101: `to.focalPoint` does not resolve.",
    documents: [
      { file: "referral", type: "referral", base: "minimal" },
      { file: "focal-point-directory", type: "focalPointDirectory", base: "minimal" },
    ],
    errors: [crossFault("referral", "/to/focalPoint", "TRM-X002")],
  },
  {
    name: "x002-unknown-controller",
    category: "crossRule",
    description:
      "The consent's second controller is a focal point that no focal point or directory of the bundle lists.",
    documents: [consentWith(set("/controllers/1", UNLISTED)), ...focalPoints],
    errors: [crossFault("consent", "/controllers/1", "TRM-X002")],
  },
  {
    name: "x002-unknown-guardian",
    category: "crossRule",
    description:
      "The child's guardian in the victim profile refers to a focal point that the bundle does not give.",
    documents: [
      {
        file: "victim-profile",
        type: "victimProfile",
        base: "rich",
        apply: set("/childContext/guardian/ref", UNLISTED),
      },
      ...focalPoints,
    ],
    errors: [crossFault("victim-profile", "/childContext/guardian/ref", "TRM-X002")],
  },
  {
    name: "x003-assessment-of-another-child",
    category: "crossRule",
    description: "The child's referral points to an assessment whose `childRef` is another case.",
    documents: [
      referral,
      {
        file: "best-interests-assessment",
        type: "bestInterestsAssessment",
        base: "rich",
        apply: set("/childRef", "00000000-0000-4000-8000-000000000201"),
      },
    ],
    errors: [crossFault("referral", "/childSafeguards/bestInterestsAssessmentRef", "TRM-X003")],
  },
  {
    name: "x003-assessment-not-in-bundle",
    category: "crossRule",
    description:
      "The bundle carries an assessment of the child (401), but not the one the referral points to (402).",
    documents: [
      referral,
      { file: "best-interests-assessment", type: "bestInterestsAssessment", base: "minimal" },
    ],
    errors: [crossFault("referral", "/childSafeguards/bestInterestsAssessmentRef", "TRM-X003")],
  },
];
