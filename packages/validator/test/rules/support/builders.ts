import {
  type BestInterestsAssessment,
  type Consent,
  type DocumentTypeName,
  documentTypes,
  type FocalPoint,
  type FocalPointDirectory,
  type Referral,
  type VictimProfile,
} from "@open-trm/schema";
import type {
  BundleEntry,
  CrossFinding,
  DocumentsByType,
  Finding,
  RuleContext,
} from "../../../src/rules/types.js";

// Hand-built, structurally valid documents for rule tests. Every builder clones a base document, applies the
// edit and parses the result with the Zod schema, so a test can never hand a rule an invalid document.

/** Ids shared by the base documents, so that they form one consistent case. */
export const ids = {
  sender: "11111111-1111-4111-8111-111111111111",
  receiver: "22222222-2222-4222-8222-222222222222",
  caseRef: "33333333-3333-4333-8333-333333333333",
  correlation: "44444444-4444-4444-8444-444444444444",
  consent: "55555555-5555-4555-8555-555555555555",
  referral: "66666666-6666-4666-8666-666666666666",
  bia: "77777777-7777-4777-8777-777777777777",
  directory: "88888888-8888-4888-8888-888888888888",
  other: "99999999-9999-4999-8999-999999999999",
} as const;

/** The clock of every rule test: 1 June 2025, noon UTC, with the default 24 h skew. */
export const NOW = new Date("2025-06-01T12:00:00Z");
export const ctx: RuleContext = { now: NOW, clockSkewMs: 86_400_000 };

const envelope = <T extends DocumentTypeName>(documentType: T, id: string) => ({
  documentType,
  standardVersion: "1.0" as const,
  id,
  createdAt: "2025-03-01T10:00:00Z",
  updatedAt: "2025-03-02T10:00:00+01:00",
  recordedBy: ids.sender,
});

const baseVictimProfile: VictimProfile = {
  ...envelope("victimProfile", ids.caseRef),
  correlationId: ids.correlation,
  caseOwner: ids.sender,
  identification: { status: "presumed" },
  person: { isChild: "no", citizenships: ["AL"], languages: [{ tag: "sq" }] },
  trafficking: { exploitationForms: ["forcedLabourOrServices"], events: [] },
  assistance: {
    trmStage: "firstAssistanceAndProtection",
    needs: [],
    services: [],
    cooperationWithAuthorities: "notAsked",
  },
  case: { status: "active" },
  consentRefs: [ids.consent],
  legalBases: ["consent", "explicitConsent9a"],
};

const baseReferral: Referral = {
  ...envelope("referral", ids.referral),
  correlationId: ids.correlation,
  caseRef: ids.caseRef,
  scope: "transnational",
  kind: "serviceReferral",
  trmStage: "firstAssistanceAndProtection",
  purpose: "transnationalReferral",
  reasons: ["additionalServicesRequired"],
  servicesRequested: ["shelter"],
  urgency: "withinOneWeek",
  from: { focalPoint: ids.sender, country: "AL" },
  to: { focalPoint: ids.receiver, country: "MK" },
  subject: { isChild: "no", identificationStatus: "presumed" },
  consentRef: ids.consent,
  disclosure: { disclosedFields: ["/subject/isChild"], withheldFields: [] },
  channel: "securePlatform",
  status: "sent",
  statusHistory: [
    { status: "draft", at: "2025-03-01T10:00:00Z", by: ids.sender },
    { status: "sent", at: "2025-03-02T10:00:00Z", by: ids.sender },
  ],
};

const baseConsent: Consent = {
  ...envelope("consent", ids.consent),
  createdAt: "2025-02-20T10:00:00Z",
  updatedAt: "2025-02-20T11:00:00Z",
  subjectRef: ids.caseRef,
  givenBy: { role: "self" },
  purposes: ["assistanceAndCaseManagement", "transnationalReferral"],
  recipients: [{ category: "focalPoint", country: "MK" }],
  dataCategories: ["identity", "traffickingExperience"],
  legalBases: ["consent", "explicitConsent9a"],
  informedOf: {
    purpose: true,
    dataUse: true,
    recipients: true,
    retention: true,
    rightOfAccess: true,
    withdrawal: true,
  },
  notice: { ref: "https://example.org/privacy", version: "1", language: "sq" },
  collectionMethod: "written",
  controllers: [ids.sender],
  jurisdiction: "AL",
  retentionPeriod: "P5Y",
  withdrawalMethod: "Tell the case worker at any time.",
  events: [
    { state: "requested", at: "2025-02-20T10:00:00Z", recordedBy: ids.sender },
    {
      state: "given",
      at: "2025-02-20T11:00:00Z",
      recordedBy: ids.sender,
      validUntil: "2026-02-20T11:00:00Z",
    },
  ],
};

const baseBia: BestInterestsAssessment = {
  ...envelope("bestInterestsAssessment", ids.bia),
  childRef: ids.caseRef,
  procedure: "biaShort",
  trigger: "transnationalTransfer",
  priority: "withinOneWeek",
  childViews: { heard: true, language: "sq", interpreterUsed: true, wishes: [] },
  family: [],
  riskFactors: [],
  protectiveFactors: [],
  reTraffickingRisk: "medium",
  riskLevel: "medium",
  recommendation: { option: "familyReunification", rationale: "A safe family environment was found." },
};

const baseFocalPoint: FocalPoint = {
  ...envelope("focalPoint", ids.receiver),
  country: "MK",
  institution: { name: "National Referral Office", type: "nationalCoordinator" },
  roles: ["trmContactPoint"],
  phones: [{ number: "+38921234567", type: "voice" }],
  emails: [],
  languages: ["mk"],
  availability: { is24x7: true, timeZone: "Europe/Skopje" },
  status: "active",
  verification: { lastVerifiedOn: "2025-03-01", verifiedBy: ids.sender, nextReviewDue: "2025-09-01" },
};

const baseDirectory: FocalPointDirectory = {
  ...envelope("focalPointDirectory", ids.directory),
  publisher: { country: "MK", institution: "Ministry of Interior" },
  publishedOn: "2025-03-01",
  version: "2025.1",
  focalPoints: [
    { ...structuredClone(baseFocalPoint), id: ids.sender, country: "AL", languages: ["sq"] },
    structuredClone(baseFocalPoint),
  ],
};

/** A mutable copy to edit; optional members may be deleted. */
type Edit<T> = (draft: T) => void;

function build<T>(type: DocumentTypeName, base: T, edit?: Edit<T>): T {
  const draft = structuredClone(base);
  edit?.(draft);
  // Throws (failing the test) when the edit left the document structurally invalid.
  return documentTypes[type].schema.parse(draft) as T;
}

export const victimProfile = (edit?: Edit<VictimProfile>) => build("victimProfile", baseVictimProfile, edit);
export const referral = (edit?: Edit<Referral>) => build("referral", baseReferral, edit);
export const consent = (edit?: Edit<Consent>) => build("consent", baseConsent, edit);
export const bia = (edit?: Edit<BestInterestsAssessment>) => build("bestInterestsAssessment", baseBia, edit);
export const focalPoint = (edit?: Edit<FocalPoint>) => build("focalPoint", baseFocalPoint, edit);
export const directory = (edit?: Edit<FocalPointDirectory>) =>
  build("focalPointDirectory", baseDirectory, edit);

/** Findings as short strings, `path` or `severity path` when the severity is overridden, for table comparison. */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => (f.severity === undefined ? f.path : `${f.severity} ${f.path}`));
}

/** Cross findings as `index path` strings. */
export function crossSummary(findings: readonly CrossFinding[]): string[] {
  return findings.map((f) => `${f.index} ${f.path}`);
}

/** A bundle of documents, indexed in the order given. */
export function bundle(...docs: readonly DocumentsByType[DocumentTypeName][]): BundleEntry[] {
  return docs.map((doc, index) => ({ index, documentType: doc.documentType, doc }));
}
