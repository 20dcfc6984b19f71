/**
 * Codelists of referrals: scope, kind, reasons, urgency, channel, status and its transitions.
 */
import { defineCodelist } from "./define.js";

export const referralScope = defineCodelist({
  name: "referralScope",
  title: "Referral scope",
  description: "Whether a referral stays within one country or crosses a border.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["national", "National", "Sender and receiver are in the same country; the referral runs within the national referral mechanism."],
    ["transnational", "Transnational", "Sender and receiver are in different countries; the referral runs through the transnational referral mechanism."],
  ],
});
export type ReferralScope = (typeof referralScope.codes)[number];

export const referralKind = defineCodelist({
  name: "referralKind",
  title: "Referral kind",
  description: "What the sender asks of the receiver, and whether ownership of the case moves.",
  open: false,
  source: "Primero transition types; Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["serviceReferral", "Service referral", "The receiver is asked to provide services while the sender keeps ownership of the case.", 'Primero transition type "Referral"'],
    ["caseTransfer", "Case transfer", "Ownership of the case moves from the sender to the receiver.", 'Primero transition type "Transfer"'],
    ["transferRequest", "Transfer request", "The sender asks the receiver to hand over a case that the receiver holds.", 'Primero transition type "TransferRequest"'],
    ["informationRequest", "Information request", "The sender asks for information about a case, for example to verify identity or family, without a transfer.", "Open TRM"],
  ],
});
export type ReferralKind = (typeof referralKind.codes)[number];

export const referralReason = defineCodelist({
  name: "referralReason",
  title: "Referral reason",
  description: "Why a case is referred or transferred.",
  open: true,
  source: "IOM HTCDS 2.0 cas_ReasonForOutgoingReferral; Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["additionalServicesRequired", "Additional services required", "The person needs services that the sender cannot provide.", 'HTCDS 2.0 value "AdditionalServicesRequired"'],
    ["changeOfLocation", "Change of location", "The person has moved, or is moving, to an area or country served by the receiver.", 'HTCDS 2.0 value "MigrationOrChangeOfLocation"'],
    ["return", "Return", "The person is returning to their country of origin or to a third country.", "Open TRM"],
    ["familyReunification", "Family reunification", "The person is to be reunited with family members in the receiver's area.", "Open TRM"],
    ["legalProceedings", "Legal proceedings", "The person's participation in proceedings in the receiver's jurisdiction must be supported.", "Open TRM"],
    ["other", "Other", "Another reason not listed here.", 'HTCDS 2.0 value "Other"'],
  ],
});
export type ReferralReason = (typeof referralReason.codes)[number];

export const referralRejectionReason = defineCodelist({
  name: "referralRejectionReason",
  title: "Referral rejection reason",
  description: "Why the receiver rejected a referral.",
  open: true,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["outsideMandate", "Outside mandate", "The request is outside the services, area or target group the receiver covers."],
    ["noCapacity", "No capacity", "The receiver has no places, staff or funds available to take the case."],
    ["insufficientInformation", "Insufficient information", "The referral lacks information the receiver needs to act on it."],
    ["consentMissing", "Consent missing", "The referral is not covered by a valid consent or another legal basis for sharing."],
    ["duplicate", "Duplicate", "The same referral has already been received."],
    ["other", "Other", "Another reason not listed here."],
  ],
});
export type ReferralRejectionReason = (typeof referralRejectionReason.codes)[number];

export const urgency = defineCodelist({
  name: "urgency",
  title: "Urgency",
  description: "How quickly the receiver is asked to act on a referral.",
  open: false,
  source: "Primero BIA case_priority (extended); Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["immediate", "Immediate", "Action is needed at once because the person is in danger or without any support.", "Open TRM"],
    ["within48Hours", "Within 48 hours", "Action is needed within two days.", 'Primero case_priority "2_days"'],
    ["withinOneWeek", "Within one week", "Action is needed within seven days.", 'Primero case_priority "1_week"'],
    ["within30Days", "Within 30 days", "Action is needed within a month.", 'Primero case_priority "30_days"'],
    ["notUrgent", "Not urgent", "No particular deadline applies.", 'Primero case_priority "non_urgent"'],
  ],
});
export type Urgency = (typeof urgency.codes)[number];

export const referralChannel = defineCodelist({
  name: "referralChannel",
  title: "Referral channel",
  description: "The means by which a referral is transmitted between focal points.",
  open: true,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["securePlatform", "Secure platform", "A case management system or exchange platform with access control and encryption."],
    ["encryptedEmail", "Encrypted e-mail", "E-mail protected by end-to-end encryption, such as OpenPGP or S/MIME."],
    ["phone", "Phone", "A telephone call, usually followed by written confirmation."],
    ["diplomaticChannel", "Diplomatic channel", "Transmission through embassies, consulates or ministries of foreign affairs."],
    ["paper", "Paper", "A paper document delivered by hand or by post."],
    ["other", "Other", "Another channel not listed here."],
  ],
});
export type ReferralChannel = (typeof referralChannel.codes)[number];

export const referralStatus = defineCodelist({
  name: "referralStatus",
  title: "Referral status",
  description: "The state of a referral in its life cycle; allowed changes are given by referralTransitions.",
  open: false,
  source: "Primero referral and transfer statuses, extended by Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["draft", "Draft", "The referral is being prepared and has not been sent.", "Open TRM"],
    ["sent", "Sent", "The referral has been sent and the receiver has not yet confirmed receipt.", "Open TRM"],
    ["acknowledged", "Acknowledged", "The receiver has confirmed receipt and is considering the referral.", "Open TRM"],
    ["accepted", "Accepted", "The receiver has agreed to act on the referral.", 'Primero status "accepted"'],
    ["rejected", "Rejected", "The receiver has declined the referral, giving a reason.", 'Primero status "rejected"'],
    ["withdrawn", "Withdrawn", "The sender has cancelled the referral.", 'Primero status "revoked"'],
    ["expired", "Expired", "The receiver did not respond before the response deadline.", "Open TRM"],
    ["inProgress", "In progress", "The receiver is providing the requested services or carrying out the transfer.", "Open TRM"],
    ["completed", "Completed", "The referral has been carried out in full.", 'Primero status "done"'],
  ],
});
export type ReferralStatus = (typeof referralStatus.codes)[number];
/** Alias of {@link ReferralStatus}. */
export type ReferralStatusCode = ReferralStatus;

/**
 * Allowed status changes of a referral: each status maps to the statuses that may follow it.
 * Terminal statuses (`rejected`, `withdrawn`, `expired`, `completed`) map to an empty list.
 */
export const referralTransitions: Readonly<Record<ReferralStatusCode, readonly ReferralStatusCode[]>> = {
  draft: ["sent"],
  sent: ["acknowledged", "rejected", "withdrawn", "expired"],
  acknowledged: ["accepted", "rejected", "withdrawn"],
  accepted: ["inProgress", "withdrawn"],
  rejected: [],
  withdrawn: [],
  expired: [],
  inProgress: ["completed", "withdrawn"],
  completed: [],
};

export const documentsStatus = defineCodelist({
  name: "documentsStatus",
  title: "Travel documents status",
  description: "Whether the person has the documents needed for travel, typically for a return.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["valid", "Valid", "The person holds valid documents for the planned travel."],
    ["missing", "Missing", "The needed documents are missing and have not yet been requested."],
    ["inProgress", "In progress", "The documents have been requested and are being issued."],
    ["notNeeded", "Not needed", "No travel documents are needed for the planned move."],
  ],
});
export type DocumentsStatus = (typeof documentsStatus.codes)[number];
