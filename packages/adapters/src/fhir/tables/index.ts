import type { CodeMap } from "./code-map.js";
import {
  genderMap,
  identityDocumentMap,
  institutionTypeMap,
  legalBasisMap,
  phoneTypeMap,
  secureChannelMap,
  sexMap,
  urgencyMap,
  weekdayMap,
} from "./codes.js";
import {
  consentScopeMap,
  consentStatusMap,
  referralRequestStatusMap,
  referralTaskStatusMap,
} from "./status.js";

/** Every code map of the FHIR mapping, by name (the docs and the table tests iterate this). */
export const codeMaps: Readonly<Record<string, CodeMap>> = {
  sexMap,
  genderMap,
  identityDocumentMap,
  institutionTypeMap,
  phoneTypeMap,
  secureChannelMap,
  weekdayMap,
  legalBasisMap,
  urgencyMap,
  referralTaskStatusMap,
  referralRequestStatusMap,
  consentStatusMap,
  consentScopeMap,
};
