/**
 * Codelists about the trafficking experience: forms of exploitation, identification, means of control,
 * recruitment, sectors, online platforms, events, ILO/EC indicators and perpetrators.
 */
import { defineCodelist } from "./define.js";

const AMENDED_2024 = "Directive (EU) 2024/1712 amending Directive 2011/36/EU Art. 2(3)";

export const exploitationForm = defineCodelist({
  name: "exploitationForm",
  title: "Form of exploitation",
  description:
    "The purpose of exploitation for which the person was trafficked; the Directive's list is a minimum and a case may have several forms.",
  open: true,
  source:
    "Directive 2011/36/EU Art. 2(3) as amended by Directive (EU) 2024/1712; IOM HTCDS 2.0 vic_TypeOfExploitation",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["sexualExploitation", "Sexual exploitation", "Using the person for prostitution or any other sexual purpose for the gain of others.", 'Directive 2011/36/EU Art. 2(3); HTCDS 2.0 value "SexualExploitation"'],
    ["forcedLabourOrServices", "Forced labour or services", "Work or services the person was made to perform against their will, under threat of a penalty.", 'Directive 2011/36/EU Art. 2(3); HTCDS 2.0 value "ForcedLabour"'],
    ["forcedBegging", "Forced begging", "Compelling the person to beg for the benefit of others; the Directive treats it as a form of forced labour or services.", 'Directive 2011/36/EU Art. 2(3); HTCDS 2.0 value "ForcedBegging"'],
    ["slaveryOrSimilarPractices", "Slavery or practices similar to slavery", "Exercising powers of ownership over the person, or practices with a comparable effect.", "Directive 2011/36/EU Art. 2(3)"],
    ["servitude", "Servitude", "The person was coerced into living and working for another, with no real way to change their situation.", 'Directive 2011/36/EU Art. 2(3); HTCDS 2.0 value "Servitude"'],
    ["exploitationOfCriminalActivities", "Exploitation of criminal activities", "Compelling the person to commit offences such as theft, drug production or dealing, or online fraud, for the gain of others.", "Directive 2011/36/EU Art. 2(3)"],
    ["organRemoval", "Removal of organs", "Trafficking the person for the purpose of removing one or more of their organs.", 'Directive 2011/36/EU Art. 2(3); HTCDS 2.0 value "OrganRemoval"'],
    ["exploitationOfSurrogacy", "Exploitation of surrogacy", "Forcing or tricking a woman into carrying a pregnancy and giving up the child to someone else.", AMENDED_2024],
    ["forcedMarriage", "Forced marriage", "A marriage into which one or both spouses were forced, or which a child entered.", AMENDED_2024],
    ["illegalAdoption", "Illegal adoption", "Arranging the adoption of a child in breach of the law, for example by coercion or for payment.", AMENDED_2024],
    ["childLabour", "Child labour", "Work by a child that is harmful or prohibited for their age, recorded separately from forced labour.", 'IOM HTCDS 2.0 vic_TypeOfExploitation value "ChildLabour"'],
    ["forcedMilitaryServiceByNonStateActors", "Forced military service by non-state actors", "Forcing the person to fight for, or otherwise serve, an armed group that is not a state force.", 'IOM HTCDS 2.0 vic_TypeOfExploitation value "ForcedMilitaryByNonStateActors"'],
    ["other", "Other form", "A form of exploitation not listed here.", 'IOM HTCDS 2.0 vic_TypeOfExploitation value "Other"'],
    ["unknown", "Unknown", "The form of exploitation is not known or was not recorded.", "Open TRM"],
  ],
});
export type ExploitationForm = (typeof exploitationForm.codes)[number];

export const identificationStatus = defineCodelist({
  name: "identificationStatus",
  title: "Identification status",
  description: "Where the person stands in the process of being identified as a victim of trafficking.",
  open: false,
  source: "IOM HTCDS 2.0 vic_TraffickingStatus; Eurostat crim_thb",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["presumed", "Presumed victim", "There are reasonable grounds to believe the person is a victim, but no formal identification decision has been made.", 'HTCDS 2.0 value "PossibleVictimOfTrafficking"'],
    ["identified", "Identified victim", "A competent body has formally identified the person as a victim of trafficking.", 'HTCDS 2.0 value "ActualVictimOfTrafficking"'],
    ["notAVictim", "Not a victim", "The identification process concluded that the person is not a victim of trafficking.", 'HTCDS 2.0 value "NotAVictimOfTrafficking"'],
    ["identificationDeclined", "Identification declined", "The person meets the criteria of a victim but chose not to go through formal identification.", "Eurostat crim_thb (registered victims not formally identified)"],
  ],
});
export type IdentificationStatus = (typeof identificationStatus.codes)[number];

export const identificationAuthority = defineCodelist({
  name: "identificationAuthority",
  title: "Identification authority",
  description: "The kind of body that decided on the person's identification status.",
  open: true,
  source: "IOM HTCDS 2.0 vic_TraffickingStatusDecisionMakingOrg",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["police", "Police", "A police or other law enforcement body made the decision.", 'HTCDS 2.0 value "Police"'],
    ["ngo", "Non-governmental organisation", "A non-governmental organisation with an identification mandate made the decision.", 'HTCDS 2.0 value "NGO"'],
    ["courtOrProsecution", "Court or prosecution", "A court or a public prosecutor made the decision.", 'HTCDS 2.0 value "CourtOrProsecution"'],
    ["otherGovernment", "Other government body", "A government body other than the police, such as a social welfare or migration authority, made the decision.", 'HTCDS 2.0 value "NonPoliceGovernmentalOrganization"'],
    ["other", "Other", "Another kind of body made the decision.", 'HTCDS 2.0 value "Other"'],
  ],
});
export type IdentificationAuthority = (typeof identificationAuthority.codes)[number];

export const identificationSource = defineCodelist({
  name: "identificationSource",
  title: "Source of identification",
  description: "How the person first came to the attention of the anti-trafficking system.",
  open: true,
  source: "Open TRM (after HTCDS issue #3 and the Primero source-of-identification indicator)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["police", "Police", "Detected by the police during an operation, investigation or check."],
    ["labourInspection", "Labour inspection", "Detected during an inspection of a workplace by labour inspectors."],
    ["ngoOutreach", "NGO outreach", "Contacted by a non-governmental organisation through outreach or drop-in work."],
    ["healthService", "Health service", "Detected by staff of a hospital, clinic or other health service."],
    ["helpline", "Helpline", "Came forward through a telephone or online helpline or hotline."],
    ["selfReferral", "Self-referral", "The person approached an organisation or authority for help on their own initiative."],
    ["consulate", "Consulate or embassy", "Detected by or reported to a consulate or embassy."],
    ["asylumProcedure", "Asylum procedure", "Detected during registration or examination of an application for international protection."],
    ["borderGuard", "Border guard", "Detected by border guards at a border crossing or during border surveillance."],
    ["socialServices", "Social services", "Detected by social services or child protection services."],
    ["other", "Other", "Detected through another route, such as a member of the public, a trade union or a school."],
  ],
});
export type IdentificationSource = (typeof identificationSource.codes)[number];

export const meansOfControl = defineCodelist({
  name: "meansOfControl",
  title: "Means of control",
  description: "Methods used by traffickers to control the person; several may apply to the same case.",
  open: true,
  source: "IOM HTCDS 2.0 vic_MethodsOfControl; CTDC meansOfControl columns",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["physicalThreats", "Threats of physical harm", "The person was threatened with violence against themselves.", 'HTCDS 2.0 value "PhysicalThreats"'],
    ["threatsOfLawEnforcement", "Threats of law enforcement", "The person was threatened with arrest, detention or deportation if they did not comply.", 'HTCDS 2.0 value "ThreatsLawEnforcement"'],
    ["threatsToFamily", "Threats to children or family", "Harm to the person's children or other family members was threatened.", 'HTCDS 2.0 value "ThreatensChildrenFamily"'],
    ["debtBondage", "Debt bondage", "A debt, often inflated or impossible to repay, was used to keep the person working.", 'HTCDS 2.0 value "DebtBondage"'],
    ["falsePromises", "False promises", "The person was deceived about the job, pay, conditions or other prospects.", 'HTCDS 2.0 value "FalsePromises"'],
    ["physicalAbuse", "Physical abuse", "The person was subjected to physical violence.", 'HTCDS 2.0 value "PhysicalAbuse"'],
    ["sexualAbuse", "Sexual abuse", "The person was subjected to sexual violence or abuse.", 'HTCDS 2.0 value "SexualAbuse"'],
    ["takesEarnings", "Takes earnings", "The trafficker kept all or most of the money the person earned.", 'HTCDS 2.0 value "TakesEarnings"'],
    ["restrictsFinancialAccess", "Restricts access to finances", "The person was prevented from holding or using money or a bank account.", 'HTCDS 2.0 value "RestrictsFinancialAccess"'],
    ["restrictsMedicalCare", "Restricts medical care", "The person was denied or kept from needed medical care.", 'HTCDS 2.0 value "RestrictsMedicalCare"'],
    ["withholdsNecessities", "Withholds necessities", "Food, water, sleep, shelter or other basic needs were withheld.", 'HTCDS 2.0 value "WithholdsNecessities"'],
    ["psychologicalAbuse", "Psychological abuse", "The person was subjected to intimidation, humiliation, isolation or other emotional abuse.", 'HTCDS 2.0 value "PsychologicalAbuse"'],
    ["psychoactiveSubstances", "Psychoactive substances", "Drugs or alcohol were forced on the person or an addiction was exploited.", 'HTCDS 2.0 value "PsychoactiveSubstance"'],
    ["excessiveWorkingHours", "Excessive working hours", "The person was made to work extremely long hours or without rest days.", 'HTCDS 2.0 value "ExcessiveWorkingHours"'],
    ["withholdsDocuments", "Withholds documents", "The person's identity or travel documents were taken or kept from them.", 'HTCDS 2.0 value "WithholdsDocuments"'],
    ["restrictsMovement", "Restricts movement", "The person was confined, watched or otherwise prevented from moving freely.", 'CTDC column "meansOfControlRestrictsMovement"'],
    ["other", "Other", "Another means of control was used.", 'HTCDS 2.0 value "Other"'],
    ["unknown", "Unknown", "It is not known which means of control were used.", 'Open TRM (CTDC column "meansOfControlNotSpecified")'],
  ],
});
export type MeansOfControl = (typeof meansOfControl.codes)[number];

export const recruitmentMethod = defineCodelist({
  name: "recruitmentMethod",
  title: "Method of recruitment",
  description: "Where or through what means the person was recruited.",
  open: true,
  source: "IOM HTCDS 2.0 vic_MethodOfRecruitment",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["atPlaceOfBusiness", "At a place of business", "Recruited at a shop, bar, agency or other business premises.", 'HTCDS 2.0 value "AtAPlaceOfBusiness"'],
    ["atEducationalInstitution", "At an educational institution", "Recruited at a school, college or university.", 'HTCDS 2.0 value "AtAnEducationalInstitution"'],
    ["atWork", "At work", "Recruited at the person's own workplace.", 'HTCDS 2.0 value "AtWork"'],
    ["onlineSocialNetwork", "Online social network", "Recruited through contact on a social network or messaging service.", 'HTCDS 2.0 value "ThroughOnlineSocialNetworks"'],
    ["onlineAdvertisement", "Online advertisement", "Recruited by responding to an advertisement published online.", 'HTCDS 2.0 value "ThroughAnOnlineAdvertisement"'],
    ["televisionAdvert", "Television advertisement", "Recruited by responding to an advertisement on television.", 'HTCDS 2.0 value "ThroughATelevisionAdvert"'],
    ["newspaperAdvert", "Newspaper advertisement", "Recruited by responding to an advertisement in a newspaper or magazine.", 'HTCDS 2.0 value "ThroughANewspaperAdvert"'],
    ["familyOrFamilyEvents", "Family or family events", "Recruited through a family member or at a family gathering.", 'HTCDS 2.0 value "ThroughFamilyOrFamilyEvents"'],
    ["friendsOrSocialEvents", "Friends or social events", "Recruited through friends or at a social occasion.", 'HTCDS 2.0 value "ThroughFriendsOrSocialEvents"'],
    ["abduction", "Abduction", "The person was taken by force or kidnapped rather than recruited.", 'CTDC column "isAbduction"'],
    ["other", "Other", "Recruited by a method not listed here.", 'HTCDS 2.0 value "Other"'],
    ["unknown", "Unknown", "The method of recruitment is not known.", "Open TRM"],
  ],
});
export type RecruitmentMethod = (typeof recruitmentMethod.codes)[number];

export const recruiterRelationship = defineCodelist({
  name: "recruiterRelationship",
  title: "Relationship to the recruiter",
  description: "How the person knew the one who recruited them before the recruitment.",
  open: false,
  source: "CTDC recruiterRelation columns; IOM HTCDS 2.0 vic_RelationshipToTrafficker",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["intimatePartner", "Intimate partner", "The recruiter was the person's spouse, partner or romantic interest.", 'CTDC column "recruiterRelationIntimatePartner"'],
    ["family", "Family member", "The recruiter was a relative of the person.", 'CTDC column "recruiterRelationFamily"; HTCDS 2.0 value "Familial"'],
    ["friend", "Friend", "The recruiter was a friend of the person.", 'CTDC column "recruiterRelationFriend"'],
    ["acquaintance", "Acquaintance", "The person knew the recruiter but not closely, for example a neighbour or colleague.", 'HTCDS 2.0 value "Acquainted"'],
    ["stranger", "Stranger", "The person did not know the recruiter before.", 'HTCDS 2.0 value "Unaquainted" (sic)'],
    ["other", "Other", "Another relationship not listed here.", 'CTDC column "recruiterRelationOther"'],
    ["unknown", "Unknown", "The relationship to the recruiter is not known.", 'CTDC column "recruiterRelationUnknown"'],
  ],
});
export type RecruiterRelationship = (typeof recruiterRelationship.codes)[number];

export const labourSector = defineCodelist({
  name: "labourSector",
  title: "Labour sector",
  description:
    "The economic sector in which labour exploitation took place, as an ISIC Rev.4 section letter.",
  open: false,
  source: "UN ISIC Rev.4 sections; HTCDS 2.0 vic_ForcedLabourIndustry",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["A", "Agriculture, forestry and fishing", "Growing crops, raising animals, logging, fishing and aquaculture."],
    ["B", "Mining and quarrying", "Extraction of minerals, coal, oil, gas, stone and sand."],
    ["C", "Manufacturing", "Turning materials into new products in factories, workshops or homes, including garments and food processing."],
    ["D", "Electricity, gas, steam and air conditioning supply", "Generation and distribution of power, gas and heating or cooling."],
    ["E", "Water supply; sewerage, waste management and remediation activities", "Water supply, waste water, collection and treatment of waste, recycling and clean-up."],
    ["F", "Construction", "Building, civil engineering and specialised building trades."],
    ["G", "Wholesale and retail trade; repair of motor vehicles and motorcycles", "Buying and selling goods, including street vending, and repair of vehicles such as car washes."],
    ["H", "Transportation and storage", "Carrying passengers or goods, warehousing, and postal or courier work."],
    ["I", "Accommodation and food service activities", "Hotels and other lodging, restaurants, bars and catering."],
    ["J", "Information and communication", "Publishing, broadcasting, telecommunications and IT services."],
    ["K", "Financial and insurance activities", "Banking, insurance, pension funding and related services."],
    ["L", "Real estate activities", "Buying, selling, renting and managing property."],
    ["M", "Professional, scientific and technical activities", "Legal, accounting, consulting, engineering, research and similar professional work."],
    ["N", "Administrative and support service activities", "Cleaning, security, employment agencies, travel agencies and other business support."],
    ["O", "Public administration and defence; compulsory social security", "Government administration, defence, public order and compulsory social security."],
    ["P", "Education", "Teaching at any level, and support to education."],
    ["Q", "Human health and social work activities", "Health care, residential care and social work."],
    ["R", "Arts, entertainment and recreation", "Performing arts, museums, gambling, sports and amusement activities."],
    ["S", "Other service activities", "Personal services such as beauty salons and laundries, repair of household goods, and membership organisations."],
    ["T", "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use", "Work for private households, including domestic work, and production by households for their own use."],
    ["U", "Activities of extraterritorial organizations and bodies", "Work for international organisations, embassies and other bodies outside national jurisdiction."],
  ],
});
export type LabourSector = (typeof labourSector.codes)[number];

export const sexualExploitationType = defineCodelist({
  name: "sexualExploitationType",
  title: "Type of sexual exploitation",
  description: "The setting or kind of sexual exploitation.",
  open: true,
  source: "IOM HTCDS 2.0 vic_TypeOfSexExploitation; CTDC typeOfSex columns",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["prostitution", "Prostitution", "The person was made to provide sexual services to clients for payment that others took.", 'HTCDS 2.0 value "Prostitution"'],
    ["pornography", "Pornography", "The person was used to produce sexual images or videos.", 'HTCDS 2.0 value "Pornography"'],
    ["remoteInteractiveServices", "Remote interactive sexual services", "The person was made to perform sexual acts live for remote viewers, for example by webcam.", 'HTCDS 2.0 value "RemoteInteractiveServices"'],
    ["privateSexualServices", "Private sexual services", "The person was made to provide sexual services to a private individual or household, outside commercial settings.", 'HTCDS 2.0 value "PrivateSexualServices"'],
  ],
});
export type SexualExploitationType = (typeof sexualExploitationType.codes)[number];

export const onlinePlatform = defineCodelist({
  name: "onlinePlatform",
  title: "Online platform",
  description: "An online service or app used by traffickers to recruit or exploit the person.",
  open: true,
  source: "IOM HTCDS 2.0 vic_RecruitmentWebsitesAndApps and vic_ExploitationWebsitesAndApps",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["facebook", "Facebook", "The Facebook social network.", 'HTCDS 2.0 value "Facebook"'],
    ["instagram", "Instagram", "The Instagram photo and video sharing network.", 'HTCDS 2.0 value "Instagram"'],
    ["whatsApp", "WhatsApp", "The WhatsApp messaging service.", 'HTCDS 2.0 value "WhatsApp"'],
    ["telegram", "Telegram", "The Telegram messaging service, including its channels and groups.", 'HTCDS 2.0 value "Telegram"'],
    ["facebookMessenger", "Facebook Messenger", "The Messenger chat service linked to Facebook.", 'HTCDS 2.0 value "FacebookMessenger"'],
    ["viber", "Viber", "The Viber messaging and calling service.", 'HTCDS 2.0 value "Viber"'],
    ["snapchat", "Snapchat", "The Snapchat messaging service, whose messages are shown for a limited time.", 'HTCDS 2.0 value "SnapChat"'],
    ["line", "LINE", "The LINE messaging service.", 'HTCDS 2.0 value "Line"'],
    ["fourSale", "4Sale", "The 4Sale classified advertisements platform.", 'HTCDS 2.0 value "4Sale"'],
    ["weChat", "WeChat", "The WeChat messaging and social service.", 'HTCDS 2.0 value "WeChat"'],
    ["qq", "QQ", "The Tencent QQ instant messaging service.", 'HTCDS 2.0 value "QQ"'],
    ["qzone", "Qzone", "The Qzone social network linked to QQ.", 'HTCDS 2.0 value "QZone"'],
    ["tikTok", "TikTok", "The TikTok short video platform.", 'HTCDS 2.0 value "TikTok"'],
    ["twitter", "Twitter (X)", "The microblogging service formerly named Twitter, now X.", 'HTCDS 2.0 value "Twitter"'],
    ["other", "Other", "Another website or app not listed here.", 'HTCDS 2.0 value "Other"'],
  ],
});
export type OnlinePlatform = (typeof onlinePlatform.codes)[number];

export const platformStage = defineCodelist({
  name: "platformStage",
  title: "Stage of online platform use",
  description: "The stage of trafficking in which an online platform was used.",
  open: false,
  source: "IOM HTCDS 2.0 vic_RecruitmentWebsitesAndApps and vic_ExploitationWebsitesAndApps",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["recruitment", "Recruitment", "The platform was used to find, contact or deceive the person.", "IOM HTCDS 2.0 vic_RecruitmentWebsitesAndApps"],
    ["exploitation", "Exploitation", "The platform was used to exploit the person, for example to advertise or sell their services.", "IOM HTCDS 2.0 vic_ExploitationWebsitesAndApps"],
  ],
});
export type PlatformStage = (typeof platformStage.codes)[number];

export const traffickingEventType = defineCodelist({
  name: "traffickingEventType",
  title: "Trafficking event type",
  description:
    "The kind of event in the person's trafficking history; together the events give origin, transit and destination.",
  open: false,
  source: "IOM HTCDS 2.0 hte_Type",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["recruitment", "Recruitment", "Where and when the person was recruited."],
    ["transit", "Transit", "A place the person passed through or stayed in on the way to exploitation."],
    ["exploitation", "Exploitation", "Where and when the person was exploited."],
  ],
});
export type TraffickingEventType = (typeof traffickingEventType.codes)[number];

const ILO_EC_2009 =
  "ILO and European Commission, Operational indicators of trafficking in human beings (2009)";

export const indicatorList = defineCodelist({
  name: "indicatorList",
  title: "Indicator list",
  description: "Which of the four ILO/EC lists of operational indicators an indicator belongs to.",
  open: false,
  source: ILO_EC_2009,
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["adultLabour", "Adults, labour exploitation", "Indicators for adults trafficked for labour exploitation."],
    ["adultSexual", "Adults, sexual exploitation", "Indicators for adults trafficked for sexual exploitation."],
    ["childLabour", "Children, labour exploitation", "Indicators for children trafficked for labour exploitation; the means element is not required."],
    ["childSexual", "Children, sexual exploitation", "Indicators for children trafficked for sexual exploitation; the means element is not required."],
  ],
});
export type IndicatorList = (typeof indicatorList.codes)[number];

export const indicatorDimension = defineCodelist({
  name: "indicatorDimension",
  title: "Indicator dimension",
  description:
    "The dimension of the trafficking definition that a group of ILO/EC operational indicators tests.",
  open: false,
  source: ILO_EC_2009,
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["deceptiveRecruitment", "Deceptive recruitment", "The person was deceived during recruitment, transfer or transport."],
    ["coerciveRecruitment", "Coercive recruitment", "Force, threats or other coercion were used during recruitment."],
    ["recruitmentByAbuseOfVulnerability", "Recruitment by abuse of vulnerability", "The recruiter took advantage of the person's vulnerable position."],
    ["exploitativeConditions", "Exploitative conditions", "The conditions of work or life at destination were exploitative."],
    ["coercionAtDestination", "Coercion at destination", "Force, threats or other coercion were used at the place of exploitation."],
    ["abuseOfVulnerabilityAtDestination", "Abuse of vulnerability at destination", "The exploiter took advantage of the person's vulnerable position at destination."],
  ],
});
export type IndicatorDimension = (typeof indicatorDimension.codes)[number];

export const indicatorStrength = defineCodelist({
  name: "indicatorStrength",
  title: "Indicator strength",
  description:
    "How strongly an ILO/EC operational indicator points to trafficking; dimension results combine indicators by strength.",
  open: false,
  source: ILO_EC_2009,
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["strong", "Strong", "The indicator weighs heavily towards the dimension being met."],
    ["medium", "Medium", "The indicator supports the dimension being met when combined with others."],
    ["weak", "Weak", "The indicator adds weight only in combination with stronger ones; not used in the child lists."],
  ],
});
export type IndicatorStrength = (typeof indicatorStrength.codes)[number];

export const perpetratorRole = defineCodelist({
  name: "perpetratorRole",
  title: "Perpetrator role",
  description:
    "The part a perpetrator played in the trafficking process; one perpetrator may have several roles.",
  open: true,
  source: "IOM HTCDS 2.0 per_RoleInProcess",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["travellingPartner", "Travelling partner", "Travelled together with the person during the trafficking.", 'HTCDS 2.0 value "TravellingPartner"'],
    ["transporter", "Transporter", "Moved the person from one place to another.", 'HTCDS 2.0 value "Transporter"'],
    ["recruiterOrIntermediary", "Recruiter or intermediary", "Recruited the person or acted as a go-between in the recruitment.", 'HTCDS 2.0 value "RecruiterOrIntermediary"'],
    ["brokerOrTravelAgent", "Broker or travel agent", "Arranged jobs, documents or travel for the person.", 'HTCDS 2.0 value "BrokerTravelAgent"'],
    ["smuggler", "Smuggler", "Facilitated the person's irregular crossing of a border.", 'HTCDS 2.0 value "Smuggler"'],
    ["abuser", "Abuser", "Abused the person physically, sexually or psychologically.", 'HTCDS 2.0 value "Abuser"'],
    ["kidnapper", "Kidnapper", "Abducted or held the person by force.", 'HTCDS 2.0 value "Kidnapper"'],
    ["exploiter", "Exploiter", "Profited from the person's exploitation, for example as employer, pimp or controller.", 'HTCDS 2.0 value "Exploiter"'],
    ["other", "Other", "Played another role not listed here.", 'HTCDS 2.0 value "Other"'],
  ],
});
export type PerpetratorRole = (typeof perpetratorRole.codes)[number];

export const perpetratorKind = defineCodelist({
  name: "perpetratorKind",
  title: "Perpetrator kind",
  description: "Whether a perpetrator is a natural person or a business.",
  open: false,
  source: "Open TRM (after HTCDS issue #4 on perpetrator data)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["individual", "Individual", "A natural person."],
    ["business", "Business", "A company or other legal person, such as an employer, agency or venue."],
  ],
});
export type PerpetratorKind = (typeof perpetratorKind.codes)[number];
