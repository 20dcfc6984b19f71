/* GENERATED from consent.schema.json by json-schema-to-typescript. Do not edit. */

/**
 * The informed consent of a person, or of someone for them, to the processing and sharing of their data (ISO/IEC TS 27560 consent record).
 */
export interface Consent {
  /**
   * What this document is; always `consent` for this schema.
   */
  documentType: "consent";
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
   * The victim profile the consent is about.
   */
  subjectRef: string;
  givenBy: GivenBy;
  childAssent?: ChildAssent;
  /**
   * Purposes consented to.
   *
   * @minItems 1
   * @maxItems 20
   */
  purposes: (
    | "assistanceAndCaseManagement"
    | "nationalReferral"
    | "transnationalReferral"
    | "safeReturn"
    | "familyTracing"
    | "legalProceedings"
    | "statistics"
    | "research"
  )[];
  /**
   * Recipients the data may be shared with.
   *
   * @maxItems 100
   */
  recipients: Recipient[];
  /**
   * Categories of data that may be shared.
   *
   * @maxItems 20
   */
  dataCategories: (
    | "identity"
    | "contact"
    | "demographics"
    | "traffickingExperience"
    | "health"
    | "sexualLife"
    | "criminalProceedings"
    | "immigration"
    | "childProtection"
    | "location"
  )[];
  withheld?: Withheld;
  /**
   * Legal bases for the processing this consent records.
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
  informedOf: InformedOf;
  notice: Notice;
  interpreter?: Interpreter;
  /**
   * How the consent was collected.
   */
  collectionMethod: "verbal" | "written" | "electronic" | "thumbprint" | "other";
  /**
   * Focal points that act as data controllers.
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: A data controller.
   */
  controllers: string[];
  /**
   * Jurisdiction whose law governs the consent.
   */
  jurisdiction:
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
   * How long the data is kept (ISO 8601 duration).
   */
  retentionPeriod: string;
  /**
   * How the person can withdraw the consent.
   */
  withdrawalMethod: string;
  /**
   * State changes in chronological order; the current state is the last event's.
   *
   * @minItems 1
   * @maxItems 100
   */
  events: ConsentEvent[];
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
 * Who gave the consent.
 */
export interface GivenBy {
  /**
   * Who gave the consent: the person or someone for them.
   */
  role: "self" | "parent" | "legalGuardian" | "representative" | "other";
  /**
   * The focal point (such as a guardianship authority) that gave consent for the person.
   */
  ref?: string;
}
/**
 * The child's own assent; required when the subject is a child.
 */
export interface ChildAssent {
  /**
   * Whether the child's assent was obtained.
   */
  obtained: boolean;
  /**
   * Whether the child received information suited to their age.
   */
  ageAppropriateInformationGiven: boolean;
}
/**
 * A recipient (category, and optionally country or focal point) the person agreed to share with.
 */
export interface Recipient {
  /**
   * Kind of recipient the data may be shared with.
   */
  category:
    | "focalPoint"
    | "serviceProvider"
    | "lawEnforcement"
    | "prosecution"
    | "immigrationAuthority"
    | "childProtectionAuthority"
    | "family"
    | "internationalOrganisation"
    | "other";
  /**
   * Country of the recipient; any country when absent.
   */
  country?:
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
   * A named recipient focal point.
   */
  focalPoint?: string;
}
/**
 * Data the person asked to withhold, from whom, and why.
 */
export interface Withheld {
  /**
   * Categories of data the person does not want shared.
   *
   * @maxItems 20
   */
  categories: (
    | "identity"
    | "contact"
    | "demographics"
    | "traffickingExperience"
    | "health"
    | "sexualLife"
    | "criminalProceedings"
    | "immigration"
    | "childProtection"
    | "location"
  )[];
  /**
   * Kinds of recipients those categories are withheld from.
   *
   * @maxItems 20
   */
  fromRecipients: (
    | "focalPoint"
    | "serviceProvider"
    | "lawEnforcement"
    | "prosecution"
    | "immigrationAuthority"
    | "childProtectionAuthority"
    | "family"
    | "internationalOrganisation"
    | "other"
  )[];
  /**
   * Why data is withheld.
   */
  reason: "fear" | "wantsToCommunicateThemselves" | "other";
}
/**
 * What the person was told before consenting.
 */
export interface InformedOf {
  /**
   * Whether the person was informed of the purpose.
   */
  purpose: boolean;
  /**
   * Whether the person was informed of how the data will be used.
   */
  dataUse: boolean;
  /**
   * Whether the person was informed of the recipients.
   */
  recipients: boolean;
  /**
   * Whether the person was informed of the retention period.
   */
  retention: boolean;
  /**
   * Whether the person was informed of the right of access.
   */
  rightOfAccess: boolean;
  /**
   * Whether the person was informed of how to withdraw consent.
   */
  withdrawal: boolean;
}
/**
 * The privacy notice given to the person (ISO/IEC TS 27560 privacy notice).
 */
export interface Notice {
  /**
   * Reference or address of the privacy notice.
   */
  ref: string;
  /**
   * Version of the notice.
   */
  version: string;
  /**
   * Language the notice was given in.
   */
  language: string;
}
/**
 * Interpretation when the consent was taken.
 */
export interface Interpreter {
  /**
   * Whether an interpreter was used.
   */
  used: boolean;
  /**
   * Language interpreted into.
   */
  language: string;
}
/**
 * One change of the consent's state.
 */
export interface ConsentEvent {
  /**
   * The consent state entered.
   */
  state: "requested" | "given" | "refused" | "withdrawn" | "revoked" | "expired" | "renewed";
  /**
   * When the state was entered.
   */
  at: string;
  /**
   * Who recorded the event.
   */
  recordedBy: string;
  /**
   * When a given or renewed consent expires.
   */
  validUntil?: string;
}
