/* GENERATED from focal-point-directory.schema.json by json-schema-to-typescript. Do not edit. */

/**
 * A published national or regional contact list of TRM focal points.
 */
export interface FocalPointDirectory {
  /**
   * What this document is; always `focalPointDirectory` for this schema.
   */
  documentType: "focalPointDirectory";
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
  publisher: Publisher;
  /**
   * Date of publication.
   */
  publishedOn: string;
  /**
   * Version of the directory, as the publisher numbers it.
   */
  version: string;
  /**
   * The focal points listed.
   *
   * @maxItems 5000
   */
  focalPoints: FocalPoint[];
  /**
   * Version this one replaces.
   */
  previousVersion?: string;
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
 * Who publishes the directory.
 */
export interface Publisher {
  /**
   * Country of the publisher.
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
   * Name of the publishing institution.
   */
  institution: string;
}
/**
 * One contact point in a national contact list of the TRM: institution, roles, mandate, channels, languages, availability and verification.
 */
export interface FocalPoint {
  /**
   * What this document is; always `focalPoint` for this schema.
   */
  documentType: "focalPoint";
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
   * Country the focal point serves.
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
   * ISO 3166-2 subdivision it serves.
   */
  subdivision?: string;
  institution: Institution;
  /**
   * Roles in the NRM and TRM.
   *
   * @minItems 1
   * @maxItems 20
   */
  roles: (
    | "nationalCoordinator"
    | "nrmCoordinator"
    | "trmContactPoint"
    | "identificationAuthority"
    | "serviceProvider"
    | "caseManager"
    | "returnFocalPoint"
    | "legalAssistance"
    | "childProtection"
    | "hotline"
  )[];
  mandate?: Mandate;
  contactPerson?: ContactPerson;
  /**
   * Phone lines.
   *
   * @maxItems 20
   */
  phones: Phone[];
  /**
   * E-mail addresses of the focal point.
   *
   * @maxItems 20
   *
   * Items: An e-mail address.
   */
  emails: string[];
  /**
   * Secure channels for personal data.
   *
   * @maxItems 20
   */
  secureChannels?: SecureChannel[];
  /**
   * Languages the focal point works in.
   *
   * @maxItems 30
   */
  languages: string[];
  availability: Availability;
  /**
   * Whether the entry is in use.
   */
  status: "active" | "inactive" | "superseded";
  /**
   * The entry that replaces this one.
   */
  supersededBy?: string;
  verification: Verification;
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
 * The institution the focal point belongs to.
 */
export interface Institution {
  /**
   * Name of the institution.
   */
  name: string;
  /**
   * Kind of institution.
   */
  type:
    | "nationalCoordinator"
    | "nationalRapporteur"
    | "ngo"
    | "lawEnforcement"
    | "borderGuard"
    | "prosecution"
    | "judiciary"
    | "labourInspectorate"
    | "socialServices"
    | "childProtectionAuthority"
    | "guardianshipAuthority"
    | "healthService"
    | "immigrationService"
    | "legalService"
    | "consulateOrEmbassy"
    | "internationalOrganisation"
    | "helpline"
    | "shelter"
    | "other";
  /**
   * The institution's web address (http or https).
   */
  website?: string;
  identifier?: Identifier;
}
/**
 * An official identifier of the institution.
 */
export interface Identifier {
  /**
   * Identifier scheme (an org-id.guide list code).
   */
  scheme: string;
  /**
   * The identifier in that scheme.
   */
  value: string;
}
/**
 * What the focal point is mandated to do.
 */
export interface Mandate {
  /**
   * TRM stages it acts in.
   *
   * @maxItems 5
   */
  trmStages: (
    | "identification"
    | "firstAssistanceAndProtection"
    | "longTermAssistanceAndSocialInclusion"
    | "returnAndSocialInclusion"
    | "criminalAndCivilProceedings"
  )[];
  /**
   * Adults, children or both.
   */
  targetGroups: "adults" | "children" | "both";
  /**
   * Forms of exploitation it handles; all when absent.
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
   * Services it provides.
   *
   * @maxItems 30
   */
  services?: (
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
}
/**
 * A contact person; role-based contacts are preferred to named ones.
 */
export interface ContactPerson {
  /**
   * Name of the contact person.
   */
  name?: string;
  /**
   * Job title or function.
   */
  title?: string;
}
/**
 * A phone line of the focal point.
 */
export interface Phone {
  /**
   * The phone number in E.164 form.
   */
  number: string;
  /**
   * Kind of line (RFC 6350 TEL types).
   */
  type: "voice" | "text" | "fax" | "cell" | "video" | "pager" | "textphone";
  /**
   * Languages answered on this line.
   *
   * @maxItems 20
   */
  languages?: string[];
}
/**
 * A secure channel for exchanging personal data with the focal point.
 */
export interface SecureChannel {
  /**
   * Kind of secure channel.
   */
  type: "encryptedEmail" | "openpgp" | "smime" | "securePlatform" | "other";
  /**
   * Address or identifier on that channel.
   */
  address: string;
  /**
   * Upper-case hexadecimal fingerprint (SHA-1 or SHA-256) of the channel's public key.
   */
  publicKeyFingerprint?: string;
}
/**
 * When the focal point can be reached.
 */
export interface Availability {
  /**
   * Whether it is reachable 24 hours a day, 7 days a week.
   */
  is24x7: boolean;
  /**
   * Opening hours.
   *
   * @maxItems 14
   */
  hours?: OpeningHours[];
  /**
   * IANA time zone of the hours.
   */
  timeZone: string;
  /**
   * What to do outside the hours.
   */
  outOfHours?: string;
}
/**
 * Hours on the given days.
 */
export interface OpeningHours {
  /**
   * Days these hours apply to.
   *
   * @minItems 1
   * @maxItems 7
   */
  days: ("mo" | "tu" | "we" | "th" | "fr" | "sa" | "su")[];
  /**
   * Opening time, local (HH:MM).
   */
  opens: string;
  /**
   * Closing time, local (HH:MM).
   */
  closes: string;
}
/**
 * When the entry was verified; contact lists must be regularly updated (Brdo Process joint declaration, 2012).
 */
export interface Verification {
  /**
   * When the entry was last checked.
   */
  lastVerifiedOn: string;
  /**
   * Who checked it.
   */
  verifiedBy: string;
  /**
   * When it must be checked again.
   */
  nextReviewDue: string;
}
