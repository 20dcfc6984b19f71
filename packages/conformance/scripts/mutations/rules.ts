// Rows for the semantic rules of data model section 7 (TRM-R001..TRM-R013). Each `rule` row leaves the document
// structurally valid and breaks exactly one rule once; `ruleWarning` rows draw only warnings, so they stay valid;
// `edgeCase` rows sit just inside a rule. The validator's rule files (packages/validator/src/rules/) say where
// each finding is reported; the pointers below follow them.
//
// Dates: nothing that happened lies after 2026-11-27, so that no verdict depends on the clock from the
// manifest's reference time on. A date meant to lie in the future is in 2062, a plausible slip of 2026.
import { del, finding, type Mutation, type Row, set, table } from "../lib/mutation.js";

const NATIONAL_OFFICE = "00000000-0000-4000-8000-000000000101";
const REFERRAL_CENTRE = "00000000-0000-4000-8000-000000000102";
const SHELTER = "00000000-0000-4000-8000-000000000103";

const victimProfile: Row[] = [
  // Valid: just inside a rule.
  {
    name: "reflection-period-revoked-early",
    base: "minimal",
    category: "edgeCase",
    description:
      "A reflection period of ten days draws no TRM-R012 warning when it was revoked: Art. 13(3) lets the authority end it early.",
    apply: set("/assistance/reflectionPeriod", {
      grantedOn: "2026-03-03",
      endsOn: "2026-03-13",
      status: "revoked",
    }),
    errors: [],
  },
  {
    name: "age-disputed-presumed-child",
    base: "rich",
    category: "edgeCase",
    description:
      "While the age assessment is disputed, `isChild: presumed` applies the presumption of minority (TRM-R003).",
    apply: set("/person/ageAssessment/disputed", true),
    errors: [],
  },
  // Valid, with warnings.
  {
    name: "r002-unaccompanied-without-guardian",
    base: "rich",
    category: "ruleWarning",
    description:
      "An unaccompanied child with no guardian recorded: TRM-R002 warns, since the appointment may be under way.",
    apply: del("/childContext/guardian"),
    errors: [],
    warnings: [finding("/childContext/guardian", "TRM-R002")],
  },
  {
    name: "r002-guardian-not-yet-appointed",
    base: "rich",
    category: "ruleWarning",
    description:
      "An unaccompanied child whose guardian is recorded as not yet appointed: a TRM-R002 warning.",
    apply: set("/childContext/guardian", { appointed: false, type: "legalGuardian" }),
    errors: [],
    warnings: [finding("/childContext/guardian", "TRM-R002")],
  },
  {
    name: "r012-reflection-period-28-days",
    base: "rich",
    category: "ruleWarning",
    description:
      "A reflection period from 3 to 31 March lasts 28 days, less than the 30 of CETS 197 Art. 13: a TRM-R012 warning.",
    apply: set("/assistance/reflectionPeriod/endsOn", "2026-03-31"),
    errors: [],
    warnings: [finding("/assistance/reflectionPeriod/endsOn", "TRM-R012")],
  },
  {
    name: "r012-reflection-period-29-days",
    base: "minimal",
    category: "ruleWarning",
    description: "A reflection period one day short of 30 days (3 March to 1 April): a TRM-R012 warning.",
    apply: set("/assistance/reflectionPeriod", {
      grantedOn: "2026-03-03",
      endsOn: "2026-04-01",
      status: "active",
    }),
    errors: [],
    warnings: [finding("/assistance/reflectionPeriod/endsOn", "TRM-R012")],
  },
  // Invalid: one rule each.
  {
    name: "r001-updated-before-created",
    base: "minimal",
    category: "rule",
    description:
      "`updatedAt` (10:00 at +02:00, that is 08:00 UTC) is before `createdAt` (09:15 UTC): instants are compared, not clock readings.",
    apply: set("/updatedAt", "2026-03-02T10:00:00+02:00"),
    errors: [finding("/updatedAt", "TRM-R001")],
  },
  {
    name: "r001-event-ends-before-start",
    base: "rich",
    category: "rule",
    description:
      "A trafficking event runs from July 2025 to June 2025: a partial-date period that is certainly reversed.",
    apply: set("/trafficking/events/1/to", "2025-06"),
    errors: [finding("/trafficking/events/1/to", "TRM-R001")],
  },
  {
    name: "r002-presumed-child-without-context",
    base: "minimal",
    category: "rule",
    description: "The person is presumed to be a child, but the profile has no `childContext`.",
    apply: set("/person/isChild", "presumed"),
    errors: [finding("/childContext", "TRM-R002")],
  },
  {
    name: "r002-child-without-context",
    base: "rich",
    category: "rule",
    description: "A child's profile without `childContext` (separation, guardian and assessments).",
    apply: del("/childContext"),
    errors: [finding("/childContext", "TRM-R002")],
  },
  {
    name: "r003-adult-while-pending",
    base: "minimal",
    category: "rule",
    description: "The person is recorded as not a child while the age assessment is still pending.",
    apply: set("/person/ageAssessment", {
      method: "multidisciplinary",
      date: "2026-03-04",
      outcome: "pending",
      disputed: false,
    }),
    errors: [finding("/person/isChild", "TRM-R003")],
  },
  {
    name: "r003-adult-while-inconclusive",
    base: "minimal",
    category: "rule",
    description: "The person is recorded as not a child although the age assessment was inconclusive.",
    apply: set("/person/ageAssessment", {
      method: "medical",
      date: "2026-03-04",
      outcome: "inconclusive",
      disputed: false,
    }),
    errors: [finding("/person/isChild", "TRM-R003")],
  },
  {
    name: "r003-adult-while-disputed",
    base: "rich",
    category: "rule",
    description:
      "The assessment found an adult, but its outcome is disputed, so `isChild: no` is not yet allowed.",
    apply: [
      set("/person/isChild", "no"),
      set("/person/ageAssessment/outcome", "adult"),
      set("/person/ageAssessment/disputed", true),
    ],
    errors: [finding("/person/isChild", "TRM-R003")],
  },
  {
    name: "r010-no-art9-condition",
    base: "minimal",
    category: "rule",
    description:
      "`legalBases` has only `vitalInterests`, an Art. 6 basis, while `assistance.cooperationWithAuthorities` (special category) is present.",
    apply: set("/legalBases", ["vitalInterests"]),
    errors: [finding("/legalBases", "TRM-R010")],
  },
  {
    name: "r010-consent-without-explicit-consent",
    base: "rich",
    category: "rule",
    description:
      "A profile full of special-category data rests on `consent` and `vitalInterests` only: ordinary consent is not explicit consent (Art. 9(2)(a)).",
    apply: set("/legalBases", ["consent", "vitalInterests"]),
    errors: [finding("/legalBases", "TRM-R010")],
  },
];

const referral: Row[] = [
  // Valid: just inside a rule.
  {
    name: "national-referral",
    base: "minimal",
    category: "edgeCase",
    description:
      "A referral between two focal points of the same country has the scope `national` (TRM-R008).",
    apply: [
      set("/scope", "national"),
      set("/purpose", "nationalReferral"),
      set("/to", { focalPoint: SHELTER, country: "SI" }),
    ],
    errors: [],
  },
  {
    name: "rejected-with-reason",
    base: "minimal",
    category: "edgeCase",
    description:
      "A sent referral that was rejected gives the reason on the rejected entry, and only there (TRM-R007).",
    apply: [
      set("/status", "rejected"),
      set("/statusHistory/1", { status: "sent", at: "2026-03-12T09:05:00Z", by: NATIONAL_OFFICE }),
      set("/statusHistory/2", {
        status: "rejected",
        at: "2026-03-13T11:00:00+02:00",
        by: REFERRAL_CENTRE,
        reason: "outsideMandate",
      }),
    ],
    errors: [],
  },
  // Invalid: one rule each.
  {
    name: "r001-assessed-in-the-future",
    base: "rich",
    category: "rule",
    description:
      "The return risk assessment is dated 2062, a slip for 2026: a date that records the past lies in the future.",
    apply: set("/riskAssessment/assessedOn", "2062-03-24"),
    errors: [finding("/riskAssessment/assessedOn", "TRM-R001")],
  },
  {
    name: "r004-no-consent-basis",
    base: "minimal",
    category: "rule",
    description:
      "The referral has neither `consentRef` nor `consentOverride`; the finding is on the whole document.",
    apply: del("/consentRef"),
    errors: [finding("", "TRM-R004")],
  },
  {
    name: "r004-override-on-consent",
    base: "minimal",
    category: "rule",
    description:
      "A consent override whose legal basis is `consent`: an override records a basis other than consent.",
    apply: [
      del("/consentRef"),
      set("/consentOverride", {
        legalBasis: "consent",
        justification: "The person agreed on the phone; the written form follows.",
        authorisedBy: NATIONAL_OFFICE,
        at: "2026-03-12T08:55:00Z",
      }),
    ],
    errors: [finding("/consentOverride/legalBasis", "TRM-R004")],
  },
  {
    name: "r004-override-on-explicit-consent",
    base: "minimal",
    category: "rule",
    description:
      "A referral with `consentRef` also carries an override on `explicitConsent9a`, a form of consent: still an error.",
    apply: set("/consentOverride", {
      legalBasis: "explicitConsent9a",
      justification: "Explicit consent was given for the health data.",
      authorisedBy: NATIONAL_OFFICE,
      at: "2026-03-12T08:55:00Z",
    }),
    errors: [finding("/consentOverride/legalBasis", "TRM-R004")],
  },
  {
    name: "r005-child-without-safeguards",
    base: "minimal",
    category: "rule",
    description: "The subject is a child, but the referral has no `childSafeguards`.",
    apply: set("/subject/isChild", "yes"),
    errors: [finding("/childSafeguards", "TRM-R005")],
  },
  {
    name: "r005-transfer-without-assessment",
    base: "rich",
    category: "rule",
    description:
      "The case transfer and return of a child has `childSafeguards` without `bestInterestsAssessmentRef`.",
    apply: del("/childSafeguards/bestInterestsAssessmentRef"),
    errors: [finding("/childSafeguards/bestInterestsAssessmentRef", "TRM-R005")],
  },
  {
    name: "r006-return-without-risk-assessment",
    base: "rich",
    category: "rule",
    description: "A referral at the `returnAndSocialInclusion` stage has no `riskAssessment`.",
    apply: del("/riskAssessment"),
    errors: [finding("/riskAssessment", "TRM-R006")],
  },
  {
    name: "r006-return-safety-not-checked",
    base: "rich",
    category: "rule",
    description: "A referral for return whose risk assessment says the safety of return was not checked.",
    apply: set("/riskAssessment/returnSafetyChecked", false),
    errors: [finding("/riskAssessment/returnSafetyChecked", "TRM-R006")],
  },
  {
    name: "r007-status-not-last-entry",
    base: "minimal",
    category: "rule",
    description: "`status` is `sent`, but the last (and only) `statusHistory` entry is `draft`.",
    apply: set("/status", "sent"),
    errors: [finding("/status", "TRM-R007")],
  },
  {
    name: "r007-draft-to-accepted",
    base: "minimal",
    category: "rule",
    description:
      "The history goes from `draft` straight to `accepted`, which the referral state machine forbids.",
    apply: [
      set("/status", "accepted"),
      set("/statusHistory/1", { status: "accepted", at: "2026-03-13T10:00:00Z", by: REFERRAL_CENTRE }),
    ],
    errors: [finding("/statusHistory/1/status", "TRM-R007")],
  },
  {
    name: "r007-history-goes-back-in-time",
    base: "rich",
    category: "rule",
    description:
      "The acknowledgement (11:00 at +03:00, 08:00 UTC) is earlier than the sending (10:05 at +01:00, 09:05 UTC).",
    apply: set("/statusHistory/2/at", "2026-03-23T11:00:00+03:00"),
    errors: [finding("/statusHistory/2/at", "TRM-R007")],
  },
  {
    name: "r007-rejected-without-reason",
    base: "minimal",
    category: "rule",
    description: "A rejected entry in the history gives no `reason`.",
    apply: [
      set("/status", "rejected"),
      set("/statusHistory/1", { status: "sent", at: "2026-03-12T09:05:00Z", by: NATIONAL_OFFICE }),
      set("/statusHistory/2", { status: "rejected", at: "2026-03-13T11:00:00+02:00", by: REFERRAL_CENTRE }),
    ],
    errors: [finding("/statusHistory/2/reason", "TRM-R007")],
  },
  {
    name: "r008-national-across-border",
    base: "minimal",
    category: "rule",
    description: "A referral from Slovenia to Moldova has the scope `national`.",
    apply: set("/scope", "national"),
    errors: [finding("/scope", "TRM-R008")],
  },
  {
    name: "r008-transnational-within-country",
    base: "minimal",
    category: "rule",
    description: "A referral between two Slovenian focal points has the scope `transnational`.",
    apply: set("/to", { focalPoint: SHELTER, country: "SI" }),
    errors: [finding("/scope", "TRM-R008")],
  },
  {
    name: "r010-embedded-profile-no-art9-condition",
    base: "rich",
    category: "rule",
    description:
      "The victim profile embedded in the referral lists only `consent` in its own `legalBases`, no Art. 9(2) condition.",
    apply: set("/subject/victimProfile/legalBases", ["consent"]),
    errors: [finding("/subject/victimProfile/legalBases", "TRM-R010")],
  },
  {
    name: "r013-sensitive-field-not-listed",
    base: "minimal",
    category: "rule",
    description: "`disclosedFields` is empty although `subject.isChild`, a quasi-identifier, is disclosed.",
    apply: set("/disclosure/disclosedFields", []),
    errors: [finding("/subject/isChild", "TRM-R013")],
  },
  {
    name: "r013-absent-field-listed",
    base: "minimal",
    category: "rule",
    description: "`disclosedFields` lists `/subject/sex`, which the subject does not contain.",
    apply: set("/disclosure/disclosedFields", ["/subject/isChild", "/subject/sex"]),
    errors: [finding("/disclosure/disclosedFields/1", "TRM-R013")],
  },
  {
    name: "r013-internal-field-listed",
    base: "minimal",
    category: "rule",
    description:
      "`disclosedFields` lists `/subject/identificationStatus`, which is present but internal, not a sensitive field.",
    apply: set("/disclosure/disclosedFields", ["/subject/isChild", "/subject/identificationStatus"]),
    errors: [finding("/disclosure/disclosedFields/1", "TRM-R013")],
  },
  {
    name: "r013-withheld-field-disclosed",
    base: "rich",
    category: "rule",
    description: "`withheldFields` names `/subject/sex`, which the referral discloses.",
    apply: set("/disclosure/withheldFields/1", "/subject/sex"),
    errors: [finding("/disclosure/withheldFields/1", "TRM-R013")],
  },
  {
    name: "r013-embedded-contact-not-listed",
    base: "rich",
    category: "rule",
    description:
      "The embedded profile carries the person's e-mail addresses, said to be withheld and not listed as disclosed.",
    apply: set("/subject/victimProfile/person/contact", { emails: ["test.person@example.org"] }),
    errors: [finding("/subject/victimProfile/person/contact/emails", "TRM-R013")],
  },
];

const consent: Row[] = [
  // Valid: just inside a rule.
  {
    name: "renewed-after-withdrawal",
    base: "minimal",
    category: "edgeCase",
    description: "Consent withdrawn and later given again through a `renewed` event (TRM-R009).",
    apply: [
      set("/updatedAt", "2026-04-10T09:00:00Z"),
      set("/events/1", { state: "withdrawn", at: "2026-03-20T15:00:00Z", recordedBy: NATIONAL_OFFICE }),
      set("/events/2", { state: "renewed", at: "2026-04-10T09:00:00Z", recordedBy: NATIONAL_OFFICE }),
    ],
    errors: [],
  },
  // Invalid: one rule each.
  {
    name: "r001-event-in-the-future",
    base: "minimal",
    category: "rule",
    description: "The consent was given, according to its only event, in 2062: a slip for 2026.",
    apply: set("/events/0/at", "2062-03-03T11:00:00Z"),
    errors: [finding("/events/0/at", "TRM-R001")],
  },
  {
    name: "r009-given-after-withdrawal",
    base: "rich",
    category: "rule",
    description: "After a withdrawal, consent is recorded as `given` again instead of `renewed`.",
    apply: [
      set("/events/2", { state: "withdrawn", at: "2026-04-01T10:00:00+02:00", recordedBy: NATIONAL_OFFICE }),
      set("/events/3", { state: "given", at: "2026-04-10T10:00:00+02:00", recordedBy: NATIONAL_OFFICE }),
    ],
    errors: [finding("/events/3/state", "TRM-R009")],
  },
  {
    name: "r009-given-after-expiry",
    base: "rich",
    category: "rule",
    description:
      "Consent valid until 6 September is recorded as `given` again on 1 October: it had expired, so only `renewed` fits.",
    apply: set("/events/2", { state: "given", at: "2026-10-01T10:00:00+02:00", recordedBy: NATIONAL_OFFICE }),
    errors: [finding("/events/2/state", "TRM-R009")],
  },
  {
    name: "r009-events-out-of-order",
    base: "minimal",
    category: "rule",
    description: "The second event (a withdrawal at 10:00) is earlier than the first (the consent at 11:00).",
    apply: set("/events/1", { state: "withdrawn", at: "2026-03-03T10:00:00Z", recordedBy: NATIONAL_OFFICE }),
    errors: [finding("/events/1/at", "TRM-R009")],
  },
  {
    name: "r009-valid-until-before-event",
    base: "rich",
    category: "rule",
    description: "The consent given at 11:30 is valid only until 11:00 the same day.",
    apply: set("/events/1/validUntil", "2026-03-06T11:00:00+01:00"),
    errors: [finding("/events/1/validUntil", "TRM-R009")],
  },
];

const bestInterestsAssessment: Row[] = [
  {
    name: "r001-decided-in-the-future",
    base: "rich",
    category: "rule",
    description:
      "The panel decision is dated 2062, a slip for 2026: a date that records the past lies in the future.",
    apply: set("/decision/decidedOn", "2062-03-20"),
    errors: [finding("/decision/decidedOn", "TRM-R001")],
  },
];

const focalPoint: Row[] = [
  // Valid: just inside a rule.
  {
    name: "inactive-overdue-review",
    base: "minimal",
    category: "edgeCase",
    description:
      "An inactive focal point whose review is long overdue draws no TRM-R011 warning: it is no longer contacted.",
    apply: [
      set("/status", "inactive"),
      set("/verification", {
        lastVerifiedOn: "2025-01-15",
        verifiedBy: NATIONAL_OFFICE,
        nextReviewDue: "2025-07-15",
      }),
    ],
    errors: [],
  },
  // Valid, with warnings.
  {
    name: "r011-review-overdue",
    base: "minimal",
    category: "ruleWarning",
    description: "The next review was due on 4 November 2026 and has not happened: a TRM-R011 warning.",
    apply: set("/verification", {
      lastVerifiedOn: "2026-05-04",
      verifiedBy: NATIONAL_OFFICE,
      nextReviewDue: "2026-11-04",
    }),
    errors: [],
    warnings: [finding("/verification/nextReviewDue", "TRM-R011")],
  },
  {
    name: "r011-verified-over-a-year-ago",
    base: "rich",
    category: "ruleWarning",
    description:
      "The entry was last verified on 30 October 2025, more than 12 months ago, although its review is not yet due.",
    apply: set("/verification/lastVerifiedOn", "2025-10-30"),
    errors: [],
    warnings: [finding("/verification/lastVerifiedOn", "TRM-R011")],
  },
  // Invalid: one rule each.
  {
    name: "r001-created-after-updated",
    base: "minimal",
    category: "rule",
    description: "The focal point was created on 24 November 2026, after its last update on 23 November.",
    apply: set("/createdAt", "2026-11-24T08:00:00Z"),
    errors: [finding("/updatedAt", "TRM-R001")],
  },
];

const focalPointDirectory: Row[] = [
  {
    name: "r011-entry-review-overdue",
    base: "rich",
    category: "ruleWarning",
    description:
      "The second focal point of the directory was due for review on 10 August 2026: a TRM-R011 warning.",
    apply: set("/focalPoints/1/verification", {
      lastVerifiedOn: "2026-02-10",
      verifiedBy: NATIONAL_OFFICE,
      nextReviewDue: "2026-08-10",
    }),
    errors: [],
    warnings: [finding("/focalPoints/1/verification/nextReviewDue", "TRM-R011")],
  },
  {
    name: "r001-entry-updated-before-created",
    base: "minimal",
    category: "rule",
    description:
      "A listed focal point was updated in 2024, before it was created in 2025: checked inside the directory too.",
    apply: set("/focalPoints/0/updatedAt", "2024-01-15T10:30:00+01:00"),
    errors: [finding("/focalPoints/0/updatedAt", "TRM-R001")],
  },
];

/** Every rule row, by document type. */
export const ruleRows: readonly Mutation[] = [
  ...table("victimProfile", victimProfile),
  ...table("referral", referral),
  ...table("consent", consent),
  ...table("bestInterestsAssessment", bestInterestsAssessment),
  ...table("focalPoint", focalPoint),
  ...table("focalPointDirectory", focalPointDirectory),
];
