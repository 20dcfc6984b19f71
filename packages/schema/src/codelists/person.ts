/**
 * Codelists about the person: sex and gender, child status and age, migration status, identity documents,
 * separation of children, guardians, age bands and family relations.
 */
import { defineCodelist } from "./define.js";

export const sex = defineCodelist({
  name: "sex",
  title: "Sex",
  description: "The person's sex as recorded for case management and statistics.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["female", "Female", "The person is recorded as female."],
    ["male", "Male", "The person is recorded as male."],
    ["intersex", "Intersex", "The person has sex characteristics that do not fit typical definitions of female or male."],
    ["unknown", "Unknown", "The person's sex is not known or was not recorded."],
  ],
});
export type Sex = (typeof sex.codes)[number];

export const gender = defineCodelist({
  name: "gender",
  title: "Gender",
  description: "The person's gender identity, as they state it.",
  open: true,
  source: "IOM HTCDS 2.0 prs_Gender; CTDC 2024 gender",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["woman", "Woman", "The person identifies as a woman.", 'HTCDS 2.0 value "Feminine"; CTDC 2024 "Woman"'],
    ["man", "Man", "The person identifies as a man.", 'HTCDS 2.0 value "Masculine"; CTDC 2024 "Man"'],
    ["transgenderWoman", "Transgender woman", "The person identifies as a woman and was assigned another sex at birth.", 'HTCDS 2.0 value "TransgenderFeminine"'],
    ["transgenderMan", "Transgender man", "The person identifies as a man and was assigned another sex at birth.", 'HTCDS 2.0 value "TransgenderMasculine"'],
    ["nonBinary", "Non-binary", "The person's gender identity is neither exclusively woman nor man.", 'HTCDS 2.0 value "NonConforming"'],
    ["notSpecified", "Not specified", "The person did not state a gender identity, or it was not recorded.", 'HTCDS 2.0 value "NonSpecifiedUnknown"'],
  ],
});
export type Gender = (typeof gender.codes)[number];

export const childStatus = defineCodelist({
  name: "childStatus",
  title: "Child status",
  description:
    "Whether the person is under 18; a person whose age is uncertain and who may be a child is presumed to be one until the age is verified.",
  open: false,
  source: "CoE CETS 197 Art. 10(3); Directive 2011/36/EU Art. 13(2)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["yes", "Child", "The person is known to be under 18 years of age."],
    ["no", "Adult", "The person is known to be 18 years of age or older."],
    ["presumed", "Presumed child", "The age is uncertain and there are reasons to believe the person is under 18, so child protections apply pending verification."],
    ["unknown", "Unknown", "It is not yet known whether the person is a child and no presumption has been made."],
  ],
});
export type ChildStatus = (typeof childStatus.codes)[number];

export const ageAssessmentMethod = defineCodelist({
  name: "ageAssessmentMethod",
  title: "Age assessment method",
  description:
    "How a person's age was assessed when it could not be established from reliable documents alone.",
  open: true,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["documentary", "Documentary evidence", "The age was assessed from documents such as birth records, identity papers or school records."],
    ["interview", "Interview", "The age was assessed through an interview with the person about their history and circumstances."],
    ["psychosocial", "Psychosocial assessment", "The age was assessed by trained professionals looking at the person's development, maturity and background."],
    ["medical", "Medical examination", "The age was estimated from a medical examination, such as dental or bone imaging."],
    ["multidisciplinary", "Multidisciplinary assessment", "The age was assessed by combining several methods and the views of professionals from different disciplines."],
    ["other", "Other method", "The age was assessed by a method not listed here."],
  ],
});
export type AgeAssessmentMethod = (typeof ageAssessmentMethod.codes)[number];

export const ageAssessmentOutcome = defineCodelist({
  name: "ageAssessmentOutcome",
  title: "Age assessment outcome",
  description: "The result of an age assessment.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["child", "Child", "The assessment concluded that the person is under 18."],
    ["adult", "Adult", "The assessment concluded that the person is 18 or older."],
    ["inconclusive", "Inconclusive", "The assessment could not establish whether the person is a child; the presumption of minority continues to apply."],
    ["pending", "Pending", "The assessment has started or been requested but has not yet produced a result."],
  ],
});
export type AgeAssessmentOutcome = (typeof ageAssessmentOutcome.codes)[number];

export const migrationStatus = defineCodelist({
  name: "migrationStatus",
  title: "Migration status",
  description:
    "The person's status with respect to migration and international protection in the country holding the case.",
  open: true,
  source:
    "IOM HTCDS 2.0 Guidance 7 (Migration and International Protection); Primero lookup-displacement-status",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["national", "National", "The person is a citizen of the country holding the case.", "Open TRM"],
    ["regularMigrant", "Regular migrant", "The person is a foreign national staying lawfully, for example for work, study, family or a visit.", "IOM HTCDS 2.0 Guidance 7 (family, visitor, labour and student migrants)"],
    ["irregularMigrant", "Irregular migrant", "The person is a foreign national without a valid right to enter or stay.", 'IOM HTCDS 2.0 Guidance 7 "Irregular"'],
    ["asylumSeeker", "Asylum seeker", "The person has applied for international protection and awaits a final decision.", 'IOM HTCDS 2.0 Guidance 7 "Asylum Seeker"'],
    ["refugee", "Refugee", "The person has been recognised as a refugee.", 'IOM HTCDS 2.0 Guidance 7 "Refugee"'],
    ["complementaryProtection", "Complementary protection", "The person holds subsidiary or another complementary form of international protection.", 'IOM HTCDS 2.0 Guidance 7 "Recipient of complementary protection"'],
    ["stateless", "Stateless person", "No state recognises the person as its national.", 'IOM HTCDS 2.0 Guidance 7 "Stateless person"'],
    ["returnee", "Returnee", "The person has come back to their country of origin after a stay abroad.", 'IOM HTCDS 2.0 Guidance 7 "Returnee"'],
    ["unknown", "Unknown", "The person's migration status is not known.", "Open TRM"],
  ],
});
export type MigrationStatus = (typeof migrationStatus.codes)[number];

export const identityDocumentType = defineCodelist({
  name: "identityDocumentType",
  title: "Identity document type",
  description: "The kind of identity or travel document a person holds or held.",
  open: true,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["passport", "Passport", "A national passport issued by a state to its citizen for international travel."],
    ["nationalIdCard", "National identity card", "An identity card issued by a state to its citizens or residents."],
    ["birthCertificate", "Birth certificate", "An official record of the person's birth, giving date and place of birth and usually the parents."],
    ["residencePermit", "Residence permit", "A document issued by a state that allows a foreign national to stay on its territory."],
    ["travelDocument", "Travel document", "A travel document other than a national passport, such as a refugee, stateless or emergency travel document."],
    ["drivingLicence", "Driving licence", "A licence to drive, often accepted as proof of identity."],
    ["other", "Other document", "Another document used to establish identity."],
  ],
});
export type IdentityDocumentType = (typeof identityDocumentType.codes)[number];

export const documentHolder = defineCodelist({
  name: "documentHolder",
  title: "Document holder",
  description:
    "Who currently has a person's identity document; withholding of documents is a common means of control.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["person", "The person", "The person has the document in their own possession."],
    ["trafficker", "Trafficker", "The document is held by a trafficker, employer or someone acting for them."],
    ["authorities", "Authorities", "The document is held by the police, immigration or another public authority."],
    ["lost", "Lost or destroyed", "The document has been lost, destroyed or stolen."],
    ["unknown", "Unknown", "It is not known who has the document."],
  ],
});
export type DocumentHolder = (typeof documentHolder.codes)[number];

export const separationStatus = defineCodelist({
  name: "separationStatus",
  title: "Separation status of a child",
  description: "Whether a child is with their parents or usual caregivers.",
  open: false,
  source: "UN CRC General Comment No. 6 (2005); Primero lookup-protection-status",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["unaccompanied", "Unaccompanied", "No parent, relative or other adult with a legal or customary duty of care is looking after the child."],
    ["separated", "Separated", "The child is without both parents and without their former primary caregiver, though other relatives may be with them."],
    ["accompanied", "Accompanied", "The child is with a parent or another adult responsible for them by law or custom.", "Open TRM"],
    ["unknown", "Unknown", "It is not known whether the child is accompanied.", "Open TRM"],
  ],
});
export type SeparationStatus = (typeof separationStatus.codes)[number];

export const guardianType = defineCodelist({
  name: "guardianType",
  title: "Guardian type",
  description:
    "The kind of person or body responsible for representing a child and safeguarding their best interests.",
  open: true,
  source: "Directive 2011/36/EU Art. 14(2) and 16; CoE CETS 197 Art. 10(4)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["legalGuardian", "Legal guardian", "A person appointed under national law to hold guardianship of the child."],
    ["representative", "Representative", "A person appointed to represent the child in procedures, such as a special representative in criminal proceedings."],
    ["institution", "Institution", "An organisation or public authority acting as the child's guardian."],
    ["parent", "Parent", "A parent holding parental responsibility for the child.", "Open TRM"],
  ],
});
export type GuardianType = (typeof guardianType.codes)[number];

export const ageBand = defineCodelist({
  name: "ageBand",
  title: "Age band",
  description:
    "Age in completed years, grouped into the bands used for publishing CTDC data; used where an exact age is not disclosed.",
  open: false,
  source: "CTDC Global Dataset ageBroad",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["age0to8", "0-8", "Aged 0 to 8 years."],
    ["age9to17", "9-17", "Aged 9 to 17 years."],
    ["age18to20", "18-20", "Aged 18 to 20 years."],
    ["age21to23", "21-23", "Aged 21 to 23 years."],
    ["age24to26", "24-26", "Aged 24 to 26 years."],
    ["age27to29", "27-29", "Aged 27 to 29 years."],
    ["age30to38", "30-38", "Aged 30 to 38 years."],
    ["age39to47", "39-47", "Aged 39 to 47 years."],
    ["age48plus", "48+", "Aged 48 years or older."],
  ],
});
export type AgeBand = (typeof ageBand.codes)[number];

export const familyRelation = defineCodelist({
  name: "familyRelation",
  title: "Family relation",
  description: "How a family member or other significant person is related to the child.",
  open: true,
  source: "Primero lookup-family-relationship (grouped); Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["mother", "Mother", "The child's mother."],
    ["father", "Father", "The child's father."],
    ["sibling", "Sibling", "A brother or sister of the child."],
    ["grandparent", "Grandparent", "A grandmother or grandfather of the child."],
    ["auntOrUncle", "Aunt or uncle", "A sister or brother of one of the child's parents."],
    ["otherRelative", "Other relative", "Another member of the child's family not listed here."],
    ["partner", "Partner", "The child's spouse or intimate partner."],
    ["nonRelative", "Non-relative", "A person close to the child who is not a family member, such as a family friend or caregiver."],
  ],
});
export type FamilyRelation = (typeof familyRelation.codes)[number];
