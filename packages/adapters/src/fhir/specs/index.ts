import type { DocumentTypeName } from "@open-trm/schema/data";
import { bestInterestsAssessmentSpec } from "./best-interests-assessment.js";
import { consentSpec } from "./consent.js";
import { compileGroup, type GroupNode, type GroupSpec } from "./dsl.js";
import { focalPointSpec } from "./focal-point.js";
import { focalPointDirectorySpec } from "./focal-point-directory.js";
import { referralSpec } from "./referral.js";
import { victimProfileSpec } from "./victim-profile.js";

/** The field table of each document type, as written. */
export const fieldTables: Readonly<Record<DocumentTypeName, GroupSpec>> = {
  victimProfile: victimProfileSpec,
  referral: referralSpec,
  consent: consentSpec,
  bestInterestsAssessment: bestInterestsAssessmentSpec,
  focalPoint: focalPointSpec,
  focalPointDirectory: focalPointDirectorySpec,
};

/** The field table of each document type, compiled once. */
export const fieldNodes: Readonly<Record<DocumentTypeName, GroupNode>> = {
  victimProfile: compileGroup(victimProfileSpec),
  referral: compileGroup(referralSpec),
  consent: compileGroup(consentSpec),
  bestInterestsAssessment: compileGroup(bestInterestsAssessmentSpec),
  focalPoint: compileGroup(focalPointSpec),
  focalPointDirectory: compileGroup(focalPointDirectorySpec),
};
