/* GENERATED from victim-profile.schema.json by json-schema-to-typescript. Do not edit. */

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
  extensions?: Extensions;
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
export interface Extensions {
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
