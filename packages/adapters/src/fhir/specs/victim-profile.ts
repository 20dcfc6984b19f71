import type { GroupSpec } from "./dsl.js";
import { envelope, guardian } from "./envelope.js";

/** Field rows of a victim profile (data model 5.1), whose root resource is a Patient. */
export const victimProfileSpec: GroupSpec = {
  ...envelope("Patient"),
  correlationId: `string=Patient.identifier (correlation-id)`,
  caseOwner: "ref:focalPoint=Patient.managingOrganization",
  identification: {
    status: "code",
    decidedBy: "code",
    reasonableGroundsDate: "date",
    formalIdentificationDate: "date",
    source: "code",
  },
  person: {
    givenNames: "string=Patient.name (official).given",
    familyNames: "string=Patient.name (official).family",
    otherNames: "string[]=Patient.name (nickname).text",
    sex: "code=Patient.gender",
    gender: "code=Patient.extension (patient-genderIdentity)",
    birthDate: "date=Patient.birthDate",
    birthDateEstimated: "boolean",
    isChild: "code",
    ageAssessment: { method: "code", date: "date", outcome: "code", disputed: "boolean" },
    citizenships: "code[]=Patient.extension (patient-citizenship).code",
    stateless: "boolean",
    languages: [{ tag: "code=Patient.communication.language", interpreterNeeded: "boolean" }],
    identityDocuments: [
      {
        type: "code=Patient.identifier.type",
        number: "string=Patient.identifier.value",
        issuingCountry: "code",
        heldBy: "code",
      },
    ],
    contact: {
      phones: "string[]=Patient.telecom (phone).value",
      emails: "string[]=Patient.telecom (email).value",
    },
    migrationStatus: "code",
    dependants: { count: "integer", accompanying: "boolean" },
  },
  childContext: {
    separation: "code",
    guardian,
    bestInterestsAssessmentRefs: "ref:bestInterestsAssessment[]",
  },
  trafficking: {
    exploitationForms: "code[]",
    labourSectors: "code[]",
    sexualExploitationTypes: "code[]",
    meansOfControl: "code[]",
    recruitmentMethods: "code[]",
    recruiterRelationship: "code",
    onlinePlatforms: [{ stage: "code", platform: "code" }],
    events: [
      { type: "code", country: "code", subdivision: "code", place: "string", from: "date", to: "date" },
    ],
    durationMonths: "integer",
  },
  indicators: [{ list: "code", dimension: "code", indicator: "code", strength: "code", present: "code" }],
  perpetrators: [{ roles: "code[]", kind: "code", nationality: "code", sex: "code" }],
  assistance: {
    trmStage: "code",
    reflectionPeriod: { grantedOn: "date", endsOn: "date", status: "code" },
    residencePermit: { type: "code", from: "date", to: "date" },
    needs: "code[]",
    services: [{ type: "code", provider: "ref:focalPoint", status: "code", from: "date", to: "date" }],
    cooperationWithAuthorities: "code",
    riskLevel: "code",
  },
  proceedings: [{ kind: "code", country: "code", role: "code", compensationClaimed: "boolean" }],
  case: { status: "code", closureReason: "string", notes: "string" },
  consentRefs: "ref:consent[]",
  legalBases: "code[]",
};
