// The whole mutation table, in document-type order: envelope rows first, then the type's own rows, then the rows
// of the semantic rules.
import { type DocumentTypeName, documentTypeNames } from "@open-trm/schema";
import type { Mutation } from "../lib/mutation.js";
import { bestInterestsAssessmentRows } from "./best-interests-assessment.js";
import { consentRows } from "./consent.js";
import { envelopeRows } from "./envelope.js";
import { focalPointRows } from "./focal-point.js";
import { focalPointDirectoryRows } from "./focal-point-directory.js";
import { referralRows } from "./referral.js";
import { ruleRows } from "./rules.js";
import { victimProfileRows } from "./victim-profile.js";

const ownRows: Record<DocumentTypeName, Mutation[]> = {
  victimProfile: victimProfileRows,
  referral: referralRows,
  consent: consentRows,
  bestInterestsAssessment: bestInterestsAssessmentRows,
  focalPoint: focalPointRows,
  focalPointDirectory: focalPointDirectoryRows,
};

/** Every mutation row of every document type. */
export const mutations: readonly Mutation[] = documentTypeNames.flatMap((type) => [
  ...envelopeRows(type),
  ...ownRows[type],
  ...ruleRows.filter((r) => r.type === type),
]);
