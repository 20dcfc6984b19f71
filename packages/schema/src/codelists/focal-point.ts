/**
 * Codelists of focal points and their directories: institution types, roles, target groups, phone and
 * secure channel types, weekdays and status.
 */
import { defineCodelist } from "./define.js";

export const institutionType = defineCodelist({
  name: "institutionType",
  title: "Institution type",
  description: "The kind of institution a focal point belongs to.",
  open: true,
  source: "IOM HTCDS 2.0 org_Type, extended by Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["nationalCoordinator", "National anti-trafficking coordinator", "The office that coordinates the national response to trafficking.", "Open TRM"],
    ["nationalRapporteur", "National rapporteur", "The national rapporteur or equivalent mechanism that monitors anti-trafficking action and trends.", "Directive 2011/36/EU Art. 19"],
    ["ngo", "Non-governmental organisation", "A non-governmental or civil society organisation.", 'HTCDS 2.0 org_Type "NGO"'],
    ["lawEnforcement", "Law enforcement", "The police or another law enforcement agency.", 'HTCDS 2.0 org_Type "LawEnforcement"'],
    ["borderGuard", "Border guard", "The border guard or border police.", "Open TRM"],
    ["prosecution", "Prosecution", "A public prosecutor's office.", "Open TRM"],
    ["judiciary", "Judiciary", "A court.", "Open TRM"],
    ["labourInspectorate", "Labour inspectorate", "The authority that inspects workplaces and enforces labour law.", "Open TRM"],
    ["socialServices", "Social services", "A public social welfare or social work service.", "Open TRM"],
    ["childProtectionAuthority", "Child protection authority", "The authority responsible for protecting children at risk.", "Open TRM"],
    ["guardianshipAuthority", "Guardianship authority", "The authority that appoints and supervises guardians of children.", "Open TRM"],
    ["healthService", "Health service", "A hospital, clinic or other health service.", 'HTCDS 2.0 org_Type "HealthServiceOrganisation"'],
    ["immigrationService", "Immigration service", "The authority that decides on entry, residence and asylum.", 'HTCDS 2.0 org_Type "ImmigrationService"'],
    ["legalService", "Legal service", "A provider of legal advice or representation.", 'HTCDS 2.0 org_Type "LegalService"'],
    ["consulateOrEmbassy", "Consulate or embassy", "A diplomatic or consular mission of a state.", "Open TRM"],
    ["internationalOrganisation", "International organisation", "An intergovernmental organisation, such as IOM, UNHCR or UNICEF.", "Open TRM"],
    ["helpline", "Helpline", "A telephone or online helpline or hotline.", "Open TRM"],
    ["shelter", "Shelter", "A shelter or safe house for trafficked persons.", "Open TRM"],
    ["other", "Other", "Another kind of institution.", "Open TRM"],
  ],
});
export type InstitutionType = (typeof institutionType.codes)[number];

export const focalPointRole = defineCodelist({
  name: "focalPointRole",
  title: "Focal point role",
  description: "A function a focal point performs in the national or transnational referral mechanism.",
  open: true,
  source: "Open TRM (after the TRM-SEE and TRM-EU contact points and the BSR-TRM National Point of Contact)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["nationalCoordinator", "National coordinator", "Coordinates the national anti-trafficking response."],
    ["nrmCoordinator", "NRM coordinator", "Coordinates the national referral mechanism."],
    ["trmContactPoint", "TRM contact point", "Sends and receives transnational referrals on behalf of the country."],
    ["identificationAuthority", "Identification authority", "Is competent to identify victims of trafficking formally."],
    ["serviceProvider", "Service provider", "Provides assistance services to trafficked persons."],
    ["caseManager", "Case manager", "Manages the cases of trafficked persons and coordinates their support."],
    ["returnFocalPoint", "Return focal point", "Organises assisted returns and the reception of returning persons."],
    ["legalAssistance", "Legal assistance", "Provides legal advice and representation to trafficked persons."],
    ["childProtection", "Child protection", "Is responsible for the protection of child victims."],
    ["hotline", "Hotline", "Runs a hotline for reports and requests for help."],
  ],
});
export type FocalPointRole = (typeof focalPointRole.codes)[number];

export const targetGroup = defineCodelist({
  name: "targetGroup",
  title: "Target group",
  description: "Whether a focal point serves adults, children or both.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["adults", "Adults", "The focal point serves persons aged 18 or over."],
    ["children", "Children", "The focal point serves persons under 18."],
    ["both", "Adults and children", "The focal point serves persons of any age."],
  ],
});
export type TargetGroup = (typeof targetGroup.codes)[number];

export const phoneType = defineCodelist({
  name: "phoneType",
  title: "Phone type",
  description: "The kind of telephone service a number offers, as in the vCard TEL property.",
  open: false,
  source: "RFC 6350 section 6.4.1",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["voice", "Voice", "A number for voice calls.", 'RFC 6350 TEL TYPE "voice"'],
    ["text", "Text", "A number that accepts text messages.", 'RFC 6350 TEL TYPE "text"'],
    ["fax", "Fax", "A fax number.", 'RFC 6350 TEL TYPE "fax"'],
    ["cell", "Mobile", "A mobile phone number.", 'RFC 6350 TEL TYPE "cell"'],
    ["video", "Video", "A number for video calls.", 'RFC 6350 TEL TYPE "video"'],
    ["pager", "Pager", "A paging service number.", 'RFC 6350 TEL TYPE "pager"'],
    ["textphone", "Textphone", "A number for a telecommunication device for people with hearing or speech difficulties.", 'RFC 6350 TEL TYPE "textphone"'],
  ],
});
export type PhoneType = (typeof phoneType.codes)[number];

export const secureChannelType = defineCodelist({
  name: "secureChannelType",
  title: "Secure channel type",
  description: "A kind of protected channel through which a focal point can receive sensitive data.",
  open: true,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["encryptedEmail", "Encrypted e-mail", "An e-mail address served by an encrypted mail system whose method is not stated further."],
    ["openpgp", "OpenPGP", "E-mail encrypted with OpenPGP; the channel gives the public key fingerprint.", "RFC 9580 (OpenPGP)"],
    ["smime", "S/MIME", "E-mail encrypted with S/MIME certificates.", "RFC 8551 (S/MIME 4.0)"],
    ["securePlatform", "Secure platform", "An account on a secure exchange platform or case management system."],
    ["other", "Other", "Another secure channel."],
  ],
});
export type SecureChannelType = (typeof secureChannelType.codes)[number];

export const weekday = defineCodelist({
  name: "weekday",
  title: "Weekday",
  description: "A day of the week, using the two-letter iCalendar day codes in lower case.",
  open: false,
  source: "RFC 5545 section 3.3.10 (BYDAY weekday values)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["mo", "Monday", "Monday (iCalendar MO)."],
    ["tu", "Tuesday", "Tuesday (iCalendar TU)."],
    ["we", "Wednesday", "Wednesday (iCalendar WE)."],
    ["th", "Thursday", "Thursday (iCalendar TH)."],
    ["fr", "Friday", "Friday (iCalendar FR)."],
    ["sa", "Saturday", "Saturday (iCalendar SA)."],
    ["su", "Sunday", "Sunday (iCalendar SU)."],
  ],
});
export type Weekday = (typeof weekday.codes)[number];

export const focalPointStatus = defineCodelist({
  name: "focalPointStatus",
  title: "Focal point status",
  description: "Whether a focal point entry is current.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["active", "Active", "The focal point is current and can be contacted."],
    ["inactive", "Inactive", "The focal point no longer operates and has no successor."],
    ["superseded", "Superseded", "The focal point has been replaced by another entry, named in supersededBy."],
  ],
});
export type FocalPointStatus = (typeof focalPointStatus.codes)[number];
