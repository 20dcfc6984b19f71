/* GENERATED from referral.schema.json by json-schema-to-typescript. Do not edit. */

/**
 * One referral or transfer of a person's case between focal points, national or transnational, with the minimum data the consent allows.
 */
export interface Referral {
  /**
   * What this document is; always `referral` for this schema.
   */
  documentType: "referral";
  /**
   * The major.minor version of the Open TRM standard the document follows; patch releases never change it.
   */
  standardVersion: "1.0";
  /**
   * Opaque local identifier (UUID) of this document.
   */
  id: string;
  /**
   * When the document was first created (RFC 3339 with offset).
   */
  createdAt: string;
  /**
   * When this version of the document was written; never before `createdAt`.
   */
  updatedAt: string;
  /**
   * The focal point that authored this version.
   */
  recordedBy: string;
  extensions?: Extensions;
  /**
   * UUID shared by all parties to the case.
   */
  correlationId: string;
  /**
   * The sender's victim profile of the case.
   */
  caseRef: string;
  /**
   * National, or transnational when the sender's and receiver's countries differ.
   */
  scope: "national" | "transnational";
  /**
   * What the referral asks for.
   */
  kind: "serviceReferral" | "caseTransfer" | "transferRequest" | "informationRequest";
  /**
   * TRM stage of the referral.
   */
  trmStage:
    | "identification"
    | "firstAssistanceAndProtection"
    | "longTermAssistanceAndSocialInclusion"
    | "returnAndSocialInclusion"
    | "criminalAndCivilProceedings";
  /**
   * Purpose of sharing the data.
   */
  purpose:
    | "assistanceAndCaseManagement"
    | "nationalReferral"
    | "transnationalReferral"
    | "safeReturn"
    | "familyTracing"
    | "legalProceedings"
    | "statistics"
    | "research";
  /**
   * Why the person is referred.
   *
   * @maxItems 10
   */
  reasons: (
    | "additionalServicesRequired"
    | "changeOfLocation"
    | "return"
    | "familyReunification"
    | "legalProceedings"
    | "other"
  )[];
  /**
   * Services the receiver is asked to provide.
   *
   * @maxItems 30
   */
  servicesRequested: (
    | "shelter"
    | "medical"
    | "psychological"
    | "legalAssistance"
    | "interpretation"
    | "financial"
    | "education"
    | "vocationalTraining"
    | "employment"
    | "familyTracing"
    | "familyReunification"
    | "documentation"
    | "safeReturn"
    | "socialInclusion"
    | "childProtection"
    | "other"
  )[];
  /**
   * How soon the receiver must act.
   */
  urgency: "immediate" | "within48Hours" | "withinOneWeek" | "within30Days" | "notUrgent";
  from: From;
  to: To;
  subject: Subject;
  /**
   * The consent that covers this referral.
   */
  consentRef?: string;
  consentOverride?: ConsentOverride;
  disclosure: Disclosure;
  childSafeguards?: ChildSafeguards;
  riskAssessment?: RiskAssessment;
  logistics?: Logistics;
  /**
   * How the referral is transmitted.
   */
  channel: "securePlatform" | "encryptedEmail" | "phone" | "diplomaticChannel" | "paper" | "other";
  /**
   * Current status of the referral.
   */
  status:
    | "draft"
    | "sent"
    | "acknowledged"
    | "accepted"
    | "rejected"
    | "withdrawn"
    | "expired"
    | "inProgress"
    | "completed";
  /**
   * Status changes in chronological order; the last is `status`.
   *
   * @minItems 1
   * @maxItems 100
   */
  statusHistory: StatusChange[];
  /**
   * When the receiver is expected to respond.
   */
  responseDueBy?: string;
  /**
   * Follow-ups after the referral.
   *
   * @maxItems 50
   */
  followUps?: FollowUp[];
}
/**
 * National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
 */
export interface Extensions {
  [k: string]: {
    [k: string]: unknown;
  };
}
/**
 * The sender of the referral.
 */
export interface From {
  /**
   * The sender focal point.
   */
  focalPoint: string;
  /**
   * Country of the sender focal point.
   */
  country:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * Name of the sender's case worker handling the referral.
   */
  caseWorker?: string;
}
/**
 * The receiver of the referral.
 */
export interface To {
  /**
   * The receiver focal point.
   */
  focalPoint: string;
  /**
   * Country of the receiver focal point.
   */
  country:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * Name of the receiver's case worker handling the referral.
   */
  caseWorker?: string;
}
/**
 * The minimum the receiver needs to know about the person, governed by consent; the full victim profile only when disclosed.
 */
export interface Subject {
  /**
   * Whether the person is, or is presumed to be, a child.
   */
  isChild: "yes" | "no" | "presumed" | "unknown";
  /**
   * Sex of the person.
   */
  sex?: "female" | "male" | "intersex" | "unknown";
  /**
   * Age band of the person.
   */
  ageBand?:
    | "age0to8"
    | "age9to17"
    | "age18to20"
    | "age21to23"
    | "age24to26"
    | "age27to29"
    | "age30to38"
    | "age39to47"
    | "age48plus";
  /**
   * Countries of citizenship.
   *
   * @maxItems 10
   */
  citizenships?: (
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW"
  )[];
  /**
   * BCP 47 tags of languages the person speaks.
   *
   * @maxItems 20
   */
  languages?: string[];
  /**
   * Whether the receiver needs an interpreter to work with the person.
   */
  interpreterNeeded?: boolean;
  /**
   * Forms of exploitation, as far as the consent allows them to be shared.
   *
   * @maxItems 20
   */
  exploitationForms?: (
    | "sexualExploitation"
    | "forcedLabourOrServices"
    | "forcedBegging"
    | "slaveryOrSimilarPractices"
    | "servitude"
    | "exploitationOfCriminalActivities"
    | "organRemoval"
    | "exploitationOfSurrogacy"
    | "forcedMarriage"
    | "illegalAdoption"
    | "childLabour"
    | "forcedMilitaryServiceByNonStateActors"
    | "other"
    | "unknown"
  )[];
  /**
   * Whether the person is a presumed or identified victim.
   */
  identificationStatus: "presumed" | "identified" | "notAVictim" | "identificationDeclined";
  victimProfile?: VictimProfile;
}
/**
 * The case record of a presumed or identified trafficked person: identification, person, trafficking experience, assistance, proceedings and the legal bases for processing.
 */
export interface VictimProfile {
  /**
   * What this document is; always `victimProfile` for this schema.
   */
  documentType: "victimProfile";
  /**
   * The major.minor version of the Open TRM standard the document follows; patch releases never change it.
   */
  standardVersion: "1.0";
  /**
   * Opaque local identifier (UUID) of this document.
   */
  id: string;
  /**
   * When the document was first created (RFC 3339 with offset).
   */
  createdAt: string;
  /**
   * When this version of the document was written; never before `createdAt`.
   */
  updatedAt: string;
  /**
   * The focal point that authored this version.
   */
  recordedBy: string;
  extensions?: Extensions1;
  /**
   * UUID shared by all parties to link records of the same case across borders.
   */
  correlationId: string;
  /**
   * The focal point that owns the case.
   */
  caseOwner: string;
  identification: Identification;
  person: Person;
  childContext?: ChildContext;
  trafficking: Trafficking;
  /**
   * ILO/EC operational indicators assessed (screening only).
   *
   * @maxItems 200
   */
  indicators?: Indicator[];
  /**
   * Perpetrators as far as known.
   *
   * @maxItems 50
   */
  perpetrators?: Perpetrator[];
  assistance: Assistance;
  /**
   * Legal proceedings the person takes part in.
   *
   * @maxItems 20
   */
  proceedings?: Proceeding[];
  case: Case;
  /**
   * The person's consent records.
   *
   * @maxItems 50
   *
   * Items: A consent record.
   */
  consentRefs: string[];
  /**
   * GDPR legal bases for processing this record; at least one, and an Art. 9 condition for special data.
   *
   * @minItems 1
   * @maxItems 11
   */
  legalBases: (
    | "consent"
    | "contract"
    | "legalObligation"
    | "vitalInterests"
    | "publicTask"
    | "legitimateInterests"
    | "explicitConsent9a"
    | "vitalInterestsIncapable9c"
    | "legalClaims9f"
    | "substantialPublicInterest9g"
    | "healthOrSocialCare9h"
  )[];
}
/**
 * National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
 */
export interface Extensions1 {
  [k: string]: {
    [k: string]: unknown;
  };
}
/**
 * The identification of the person as a victim of trafficking.
 */
export interface Identification {
  /**
   * Whether the person is a presumed or formally identified victim.
   */
  status: "presumed" | "identified" | "notAVictim" | "identificationDeclined";
  /**
   * Kind of authority that made the identification decision.
   */
  decidedBy?: "police" | "ngo" | "courtOrProsecution" | "otherGovernment" | "other";
  /**
   * When there were first reasonable grounds to believe the person is a victim.
   */
  reasonableGroundsDate?: string;
  /**
   * When the person was formally identified as a victim.
   */
  formalIdentificationDate?: string;
  /**
   * Who first identified or referred the person.
   */
  source?:
    | "police"
    | "labourInspection"
    | "ngoOutreach"
    | "healthService"
    | "helpline"
    | "selfReferral"
    | "consulate"
    | "asylumProcedure"
    | "borderGuard"
    | "socialServices"
    | "other";
}
/**
 * Who the person is. Names, documents and contact details are direct identifiers.
 */
export interface Person {
  /**
   * Given names of the person.
   */
  givenNames?: string;
  /**
   * Family names of the person.
   */
  familyNames?: string;
  /**
   * Aliases, earlier names or names used by others for the person.
   *
   * @maxItems 20
   */
  otherNames?: string[];
  /**
   * Sex of the person.
   */
  sex?: "female" | "male" | "intersex" | "unknown";
  /**
   * Gender of the person as they identify.
   */
  gender?: "woman" | "man" | "transgenderWoman" | "transgenderMan" | "nonBinary" | "notSpecified";
  /**
   * Date of birth, known in full or in part (YYYY, YYYY-MM or YYYY-MM-DD).
   */
  birthDate?: string;
  /**
   * Whether the birth date is an estimate rather than documented.
   */
  birthDateEstimated?: boolean;
  /**
   * Whether the person is under 18; `presumed` applies the presumption of minority while age is uncertain.
   */
  isChild: "yes" | "no" | "presumed" | "unknown";
  ageAssessment?: AgeAssessment;
  /**
   * Countries of citizenship; empty when unknown or stateless.
   *
   * @maxItems 10
   */
  citizenships: (
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW"
  )[];
  /**
   * Whether the person is stateless.
   */
  stateless?: boolean;
  /**
   * Languages the person speaks, in order of preference.
   *
   * @maxItems 20
   */
  languages: Language[];
  /**
   * Identity and travel documents of the person.
   *
   * @maxItems 20
   */
  identityDocuments?: IdentityDocument[];
  contact?: Contact;
  /**
   * The person's migration or international-protection status.
   */
  migrationStatus?:
    | "national"
    | "regularMigrant"
    | "irregularMigrant"
    | "asylumSeeker"
    | "refugee"
    | "complementaryProtection"
    | "stateless"
    | "returnee"
    | "unknown";
  dependants?: Dependants;
}
/**
 * An assessment of the person's age; while pending, inconclusive or disputed the person is presumed a child.
 */
export interface AgeAssessment {
  /**
   * How the age was assessed.
   */
  method: "documentary" | "interview" | "psychosocial" | "medical" | "multidisciplinary" | "other";
  /**
   * Date of the age assessment.
   */
  date: string;
  /**
   * Result of the age assessment.
   */
  outcome: "child" | "adult" | "inconclusive" | "pending";
  /**
   * Whether the outcome is disputed by the person or their representative.
   */
  disputed: boolean;
}
/**
 * A language the person speaks, and whether an interpreter is needed.
 */
export interface Language {
  /**
   * BCP 47 language tag of a language the person speaks.
   */
  tag: string;
  /**
   * Whether an interpreter is needed to communicate in this language.
   */
  interpreterNeeded?: boolean;
}
/**
 * An identity or travel document of the person.
 */
export interface IdentityDocument {
  /**
   * Kind of identity or travel document.
   */
  type:
    | "passport"
    | "nationalIdCard"
    | "birthCertificate"
    | "residencePermit"
    | "travelDocument"
    | "drivingLicence"
    | "other";
  /**
   * The document's number.
   */
  number: string;
  /**
   * Country that issued the document.
   */
  issuingCountry:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * Who holds the document now; withheld documents are a means of control.
   */
  heldBy: "person" | "trafficker" | "authorities" | "lost" | "unknown";
}
/**
 * How to reach the person directly.
 */
export interface Contact {
  /**
   * The person's own phone numbers (E.164).
   *
   * @maxItems 10
   *
   * Items: A phone number of the person (E.164).
   */
  phones?: string[];
  /**
   * The person's own e-mail addresses.
   *
   * @maxItems 10
   *
   * Items: An e-mail address of the person.
   */
  emails?: string[];
}
/**
 * Children or others who depend on the person.
 */
export interface Dependants {
  /**
   * Number of dependants.
   */
  count: number;
  /**
   * Whether the dependants are with the person.
   */
  accompanying: boolean;
}
/**
 * Separation, guardianship and best-interests assessments of a child; required when `isChild` is `yes` or `presumed`.
 */
export interface ChildContext {
  /**
   * Whether the child is unaccompanied, separated or accompanied.
   */
  separation: "unaccompanied" | "separated" | "accompanied" | "unknown";
  guardian?: Guardian;
  /**
   * References to the child's best-interests assessments and determinations.
   *
   * @maxItems 50
   *
   * Items: A best-interests assessment.
   */
  bestInterestsAssessmentRefs: string[];
}
/**
 * The guardian or representative of a child (CoE CETS 197 Art. 10(4); Directive 2011/36/EU Art. 14(2)).
 */
export interface Guardian {
  /**
   * Whether a guardian or representative has been appointed for the child.
   */
  appointed: boolean;
  /**
   * Kind of guardian or representative.
   */
  type: "legalGuardian" | "representative" | "institution" | "parent";
  /**
   * The focal point (guardianship authority or service) acting as or for the guardian.
   */
  ref?: string;
  /**
   * Date of appointment.
   */
  appointedOn?: string;
}
/**
 * The trafficking experience of the person.
 */
export interface Trafficking {
  /**
   * Forms of exploitation experienced or suspected; `unknown` when not (yet) known.
   *
   * @minItems 1
   * @maxItems 20
   */
  exploitationForms: (
    | "sexualExploitation"
    | "forcedLabourOrServices"
    | "forcedBegging"
    | "slaveryOrSimilarPractices"
    | "servitude"
    | "exploitationOfCriminalActivities"
    | "organRemoval"
    | "exploitationOfSurrogacy"
    | "forcedMarriage"
    | "illegalAdoption"
    | "childLabour"
    | "forcedMilitaryServiceByNonStateActors"
    | "other"
    | "unknown"
  )[];
  /**
   * ISIC Rev.4 sections of the work the person was exploited in.
   *
   * @maxItems 21
   */
  labourSectors?: (
    | "A"
    | "B"
    | "C"
    | "D"
    | "E"
    | "F"
    | "G"
    | "H"
    | "I"
    | "J"
    | "K"
    | "L"
    | "M"
    | "N"
    | "O"
    | "P"
    | "Q"
    | "R"
    | "S"
    | "T"
    | "U"
  )[];
  /**
   * Kinds of sexual exploitation experienced.
   *
   * @maxItems 10
   */
  sexualExploitationTypes?: (
    "prostitution" | "pornography" | "remoteInteractiveServices" | "privateSexualServices"
  )[];
  /**
   * How the person was controlled; `unknown` when not asked or not known.
   *
   * @maxItems 20
   */
  meansOfControl?: (
    | "physicalThreats"
    | "threatsOfLawEnforcement"
    | "threatsToFamily"
    | "debtBondage"
    | "falsePromises"
    | "physicalAbuse"
    | "sexualAbuse"
    | "takesEarnings"
    | "restrictsFinancialAccess"
    | "restrictsMedicalCare"
    | "withholdsNecessities"
    | "psychologicalAbuse"
    | "psychoactiveSubstances"
    | "excessiveWorkingHours"
    | "withholdsDocuments"
    | "restrictsMovement"
    | "other"
    | "unknown"
  )[];
  /**
   * How the person was recruited.
   *
   * @maxItems 20
   */
  recruitmentMethods?: (
    | "atPlaceOfBusiness"
    | "atEducationalInstitution"
    | "atWork"
    | "onlineSocialNetwork"
    | "onlineAdvertisement"
    | "televisionAdvert"
    | "newspaperAdvert"
    | "familyOrFamilyEvents"
    | "friendsOrSocialEvents"
    | "abduction"
    | "other"
    | "unknown"
  )[];
  /**
   * The relationship of the recruiter to the person.
   */
  recruiterRelationship?:
    "intimatePartner" | "family" | "friend" | "acquaintance" | "stranger" | "other" | "unknown";
  /**
   * Platforms used in recruitment or exploitation.
   *
   * @maxItems 30
   */
  onlinePlatforms?: OnlinePlatform[];
  /**
   * Recruitment, transit and exploitation events, in chronological order.
   *
   * @maxItems 100
   */
  events: TraffickingEvent[];
  /**
   * How long the exploitation lasted, in whole months.
   */
  durationMonths?: number;
}
/**
 * An online platform or app used in recruitment or exploitation.
 */
export interface OnlinePlatform {
  /**
   * Whether the platform was used for recruitment or exploitation.
   */
  stage: "recruitment" | "exploitation";
  /**
   * The online platform or app.
   */
  platform:
    | "facebook"
    | "instagram"
    | "whatsApp"
    | "telegram"
    | "facebookMessenger"
    | "viber"
    | "snapchat"
    | "line"
    | "fourSale"
    | "weChat"
    | "qq"
    | "qzone"
    | "tikTok"
    | "twitter"
    | "other";
}
/**
 * A recruitment, transit or exploitation event, with where and when.
 */
export interface TraffickingEvent {
  /**
   * Stage of the trafficking process the event belongs to.
   */
  type: "recruitment" | "transit" | "exploitation";
  /**
   * Country where the event took place.
   */
  country:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * ISO 3166-2 subdivision where it took place.
   */
  subdivision?: string;
  /**
   * Town, address or venue; identifying on its own.
   */
  place?: string;
  /**
   * When the event started (partial date allowed).
   */
  from?: string;
  /**
   * When the event ended (partial date allowed); never before `from`.
   */
  to?: string;
}
/**
 * An ILO/EC (2009) operational indicator of trafficking and whether it is present.
 */
export interface Indicator {
  /**
   * Which of the four ILO/EC indicator lists.
   */
  list: "adultLabour" | "adultSexual" | "childLabour" | "childSexual";
  /**
   * The dimension of the indicator list.
   */
  dimension:
    | "deceptiveRecruitment"
    | "coerciveRecruitment"
    | "recruitmentByAbuseOfVulnerability"
    | "exploitativeConditions"
    | "coercionAtDestination"
    | "abuseOfVulnerabilityAtDestination";
  /**
   * Code of the indicator within its list and dimension (camelCase).
   */
  indicator: string;
  /**
   * How strongly the indicator points to trafficking.
   */
  strength: "strong" | "medium" | "weak";
  /**
   * Whether the indicator was found in the person's situation.
   */
  present: "yes" | "no" | "unknown";
}
/**
 * A perpetrator of the trafficking (criminal-offence data, GDPR Art. 10).
 */
export interface Perpetrator {
  /**
   * Roles the perpetrator played in the trafficking process.
   *
   * @minItems 1
   * @maxItems 20
   */
  roles: (
    | "travellingPartner"
    | "transporter"
    | "recruiterOrIntermediary"
    | "brokerOrTravelAgent"
    | "smuggler"
    | "abuser"
    | "kidnapper"
    | "exploiter"
    | "other"
  )[];
  /**
   * An individual or a business.
   */
  kind: "individual" | "business";
  /**
   * Nationality of the perpetrator.
   */
  nationality?:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * Sex of the perpetrator.
   */
  sex?: "female" | "male" | "intersex" | "unknown";
}
/**
 * Assistance and protection given to the person.
 */
export interface Assistance {
  /**
   * Current stage of the TRM process.
   */
  trmStage:
    | "identification"
    | "firstAssistanceAndProtection"
    | "longTermAssistanceAndSocialInclusion"
    | "returnAndSocialInclusion"
    | "criminalAndCivilProceedings";
  reflectionPeriod?: ReflectionPeriod;
  residencePermit?: ResidencePermit;
  /**
   * Assessed needs for services; some reveal health data.
   *
   * @maxItems 30
   */
  needs: (
    | "shelter"
    | "medical"
    | "psychological"
    | "legalAssistance"
    | "interpretation"
    | "financial"
    | "education"
    | "vocationalTraining"
    | "employment"
    | "familyTracing"
    | "familyReunification"
    | "documentation"
    | "safeReturn"
    | "socialInclusion"
    | "childProtection"
    | "other"
  )[];
  /**
   * Services planned, referred or delivered.
   *
   * @maxItems 200
   */
  services: Service[];
  /**
   * Whether the person cooperates with law enforcement (never a condition of assistance).
   */
  cooperationWithAuthorities: "notAsked" | "declined" | "considering" | "cooperating" | "witness";
  /**
   * Assessed risk to the person.
   */
  riskLevel?: "high" | "medium" | "low" | "unknown";
}
/**
 * The recovery and reflection period (CoE CETS 197 Art. 13).
 */
export interface ReflectionPeriod {
  /**
   * When the recovery and reflection period was granted.
   */
  grantedOn: string;
  /**
   * When the period ends.
   */
  endsOn: string;
  /**
   * Whether the period is running, ended or revoked.
   */
  status: "active" | "ended" | "revoked";
}
/**
 * A residence permit granted to the person.
 */
export interface ResidencePermit {
  /**
   * Kind of residence permit.
   */
  type: "victimOfTrafficking" | "humanitarian" | "asylum" | "work" | "family" | "other";
  /**
   * First day of validity.
   */
  from: string;
  /**
   * Last day of validity.
   */
  to: string;
}
/**
 * A service planned for, referred or delivered to the person.
 */
export interface Service {
  /**
   * The kind of service.
   */
  type:
    | "shelter"
    | "medical"
    | "psychological"
    | "legalAssistance"
    | "interpretation"
    | "financial"
    | "education"
    | "vocationalTraining"
    | "employment"
    | "familyTracing"
    | "familyReunification"
    | "documentation"
    | "safeReturn"
    | "socialInclusion"
    | "childProtection"
    | "other";
  /**
   * The focal point providing the service.
   */
  provider?: string;
  /**
   * Where the service stands.
   */
  status: "planned" | "referred" | "inProgress" | "delivered" | "declined" | "notAvailable";
  /**
   * When the service started.
   */
  from?: string;
  /**
   * When the service ended.
   */
  to?: string;
}
/**
 * A criminal, civil, administrative or labour proceeding the person is part of (GDPR Art. 10 data).
 */
export interface Proceeding {
  /**
   * Kind of proceeding.
   */
  kind: "criminal" | "civil" | "administrative" | "labour";
  /**
   * Country of the proceeding.
   */
  country:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "XK"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * The person's role in the proceeding.
   */
  role: "witness" | "injuredParty" | "civilParty" | "complainant" | "none";
  /**
   * Whether the person claims compensation in this proceeding.
   */
  compensationClaimed?: boolean;
}
/**
 * Status of the case and case notes.
 */
export interface Case {
  /**
   * Status of the case.
   */
  status: "active" | "followUp" | "closed" | "closedReferred" | "transferred" | "duplicate";
  /**
   * Why the case was closed.
   */
  closureReason?: string;
  /**
   * Case notes.
   */
  notes?: string;
}
/**
 * A recorded decision to refer without consent, on another legal basis.
 */
export interface ConsentOverride {
  /**
   * The legal basis other than consent that allows the referral.
   */
  legalBasis:
    | "consent"
    | "contract"
    | "legalObligation"
    | "vitalInterests"
    | "publicTask"
    | "legitimateInterests"
    | "explicitConsent9a"
    | "vitalInterestsIncapable9c"
    | "legalClaims9f"
    | "substantialPublicInterest9g"
    | "healthOrSocialCare9h";
  /**
   * Why the referral proceeds without consent.
   */
  justification: string;
  /**
   * Who authorised the override.
   */
  authorisedBy: string;
  /**
   * When the override was authorised.
   */
  at: string;
}
/**
 * What personal data this referral discloses and withholds.
 */
export interface Disclosure {
  /**
   * JSON Pointers of the sensitive fields present in this payload.
   *
   * @maxItems 500
   */
  disclosedFields: string[];
  /**
   * JSON Pointers of the fields withheld from this payload.
   *
   * @maxItems 500
   */
  withheldFields: string[];
}
/**
 * Safeguards for a child's referral; required when the subject is or is presumed to be a child.
 */
export interface ChildSafeguards {
  /**
   * Whether the child's guardian was informed of the referral.
   */
  guardianInformed: boolean;
  /**
   * The best-interests assessment or determination supporting the referral.
   */
  bestInterestsAssessmentRef?: string;
  /**
   * Whether the child will be escorted when travelling.
   */
  escort?: boolean;
}
/**
 * Risk assessment; required at the `returnAndSocialInclusion` stage.
 */
export interface RiskAssessment {
  /**
   * Assessed risk level.
   */
  level: "high" | "medium" | "low" | "unknown";
  /**
   * Date of the risk assessment.
   */
  assessedOn: string;
  /**
   * Who assessed the risk.
   */
  assessedBy: string;
  /**
   * Whether the safety of return was checked.
   */
  returnSafetyChecked: boolean;
  /**
   * Summary of the risk assessment.
   */
  summary?: string;
}
/**
 * Travel and document logistics.
 */
export interface Logistics {
  /**
   * Planned travel date.
   */
  travelDate?: string;
  /**
   * Whether travel documents are ready.
   */
  documentsStatus?: "valid" | "missing" | "inProgress" | "notNeeded";
  /**
   * Language an interpreter is needed for.
   */
  interpreterLanguage?: string;
}
/**
 * One entry of the referral's status history.
 */
export interface StatusChange {
  /**
   * The status entered.
   */
  status:
    | "draft"
    | "sent"
    | "acknowledged"
    | "accepted"
    | "rejected"
    | "withdrawn"
    | "expired"
    | "inProgress"
    | "completed";
  /**
   * When the status was entered.
   */
  at: string;
  /**
   * The focal point that changed the status.
   */
  by: string;
  /**
   * Why the referral was rejected (only with `rejected`).
   */
  reason?:
    "outsideMandate" | "noCapacity" | "insufficientInformation" | "consentMissing" | "duplicate" | "other";
  /**
   * A note on the change.
   */
  note?: string;
}
/**
 * A follow-up after the referral.
 */
export interface FollowUp {
  /**
   * When the follow-up is due.
   */
  dueOn: string;
  /**
   * Whether the follow-up was done.
   */
  done: boolean;
  /**
   * A note on the follow-up.
   */
  note?: string;
}
