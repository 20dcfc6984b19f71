import { z } from "zod";
import * as cl from "../codelists/index.js";
import {
  code,
  codes,
  count,
  countryCode,
  date,
  flag,
  focalPointRef,
  freeText,
  list,
  obj,
  partialDate,
  shortText,
  subdivisionCode,
} from "../common.js";
import { leaf } from "../meta.js";

const event = obj(
  {
    type: code(cl.traffickingEventType, {
      title: "Event type",
      description: "Stage of the trafficking process the event belongs to.",
      sensitivity: "internal",
    }),
    country: countryCode({ title: "Country", description: "Country where the event took place." }),
    subdivision: subdivisionCode({
      title: "Subdivision",
      description: "ISO 3166-2 subdivision where it took place.",
    }).exactOptional(),
    place: shortText({
      title: "Place",
      description: "Town, address or venue; identifying on its own.",
      sensitivity: "direct",
    }).exactOptional(),
    from: partialDate({
      title: "From",
      description: "When the event started (partial date allowed).",
    }).exactOptional(),
    to: partialDate({
      title: "To",
      description: "When the event ended (partial date allowed); never before `from`.",
    }).exactOptional(),
  },
  "Trafficking event",
  "A recruitment, transit or exploitation event, with where and when.",
);

const onlinePlatform = obj(
  {
    stage: code(cl.platformStage, {
      title: "Stage",
      description: "Whether the platform was used for recruitment or exploitation.",
      sensitivity: "internal",
    }),
    platform: code(cl.onlinePlatform, {
      title: "Platform",
      description: "The online platform or app.",
      sensitivity: "quasi",
    }),
  },
  "Online platform",
  "An online platform or app used in recruitment or exploitation.",
);

/** The trafficking experience: forms of exploitation, means, recruitment and events. */
export const trafficking = obj(
  {
    exploitationForms: codes(
      cl.exploitationForm,
      {
        title: "Forms of exploitation",
        description: "Forms of exploitation experienced or suspected; `unknown` when not (yet) known.",
        sensitivity: "quasi",
      },
      { min: 1, max: 20 },
    ),
    labourSectors: codes(
      cl.labourSector,
      {
        title: "Labour sectors",
        description: "ISIC Rev.4 sections of the work the person was exploited in.",
        sensitivity: "quasi",
      },
      { max: 21 },
    ).exactOptional(),
    sexualExploitationTypes: codes(
      cl.sexualExploitationType,
      {
        title: "Sexual exploitation types",
        description: "Kinds of sexual exploitation experienced.",
        sensitivity: "special",
      },
      { max: 10 },
    ).exactOptional(),
    meansOfControl: codes(
      cl.meansOfControl,
      {
        title: "Means of control",
        description: "How the person was controlled; `unknown` when not asked or not known.",
        sensitivity: "special",
      },
      { max: 20 },
    ).exactOptional(),
    recruitmentMethods: codes(
      cl.recruitmentMethod,
      {
        title: "Recruitment methods",
        description: "How the person was recruited.",
        sensitivity: "quasi",
      },
      { max: 20 },
    ).exactOptional(),
    recruiterRelationship: code(cl.recruiterRelationship, {
      title: "Recruiter relationship",
      description: "The relationship of the recruiter to the person.",
      sensitivity: "quasi",
    }).exactOptional(),
    onlinePlatforms: list(
      onlinePlatform,
      "Online platforms",
      "Platforms used in recruitment or exploitation.",
      {
        max: 30,
      },
    ).exactOptional(),
    events: list(event, "Events", "Recruitment, transit and exploitation events, in chronological order.", {
      max: 100,
    }),
    durationMonths: count(
      {
        title: "Duration in months",
        description: "How long the exploitation lasted, in whole months.",
        sensitivity: "quasi",
      },
      1200,
    ).exactOptional(),
  },
  "Trafficking",
  "The trafficking experience of the person.",
);

/** One ILO/EC operational indicator assessed for the person (a screening aid, never a legal decision). */
export const indicator = obj(
  {
    list: code(cl.indicatorList, {
      title: "List",
      description: "Which of the four ILO/EC indicator lists.",
      sensitivity: "internal",
    }),
    dimension: code(cl.indicatorDimension, {
      title: "Dimension",
      description: "The dimension of the indicator list.",
      sensitivity: "internal",
    }),
    indicator: leaf(
      z
        .string()
        .min(1)
        .max(100)
        .regex(/^[a-z][a-zA-Z0-9]*$/),
      {
        title: "Indicator",
        description: "Code of the indicator within its list and dimension (camelCase).",
        sensitivity: "internal",
      },
    ),
    strength: code(cl.indicatorStrength, {
      title: "Strength",
      description: "How strongly the indicator points to trafficking.",
      sensitivity: "internal",
    }),
    present: code(cl.yesNoUnknown, {
      title: "Present",
      description: "Whether the indicator was found in the person's situation.",
      sensitivity: "special",
    }),
  },
  "Indicator",
  "An ILO/EC (2009) operational indicator of trafficking and whether it is present.",
);

/** A perpetrator as far as known: role, kind, nationality, sex. */
export const perpetrator = obj(
  {
    roles: codes(
      cl.perpetratorRole,
      {
        title: "Roles",
        description: "Roles the perpetrator played in the trafficking process.",
        sensitivity: "special",
      },
      { min: 1, max: 20 },
    ),
    kind: code(cl.perpetratorKind, {
      title: "Kind",
      description: "An individual or a business.",
      sensitivity: "special",
    }),
    nationality: countryCode({
      title: "Nationality",
      description: "Nationality of the perpetrator.",
      sensitivity: "special",
    }).exactOptional(),
    sex: code(cl.sex, {
      title: "Sex",
      description: "Sex of the perpetrator.",
      sensitivity: "special",
    }).exactOptional(),
  },
  "Perpetrator",
  "A perpetrator of the trafficking (criminal-offence data, GDPR Art. 10).",
);

/** A legal proceeding the person takes part in. */
export const proceeding = obj(
  {
    kind: code(cl.proceedingKind, {
      title: "Kind",
      description: "Kind of proceeding.",
      sensitivity: "special",
    }),
    country: countryCode({
      title: "Country",
      description: "Country of the proceeding.",
      sensitivity: "special",
    }),
    role: code(cl.proceedingRole, {
      title: "Role",
      description: "The person's role in the proceeding.",
      sensitivity: "special",
    }),
    compensationClaimed: flag({
      title: "Compensation claimed",
      description: "Whether the person claims compensation in this proceeding.",
      sensitivity: "special",
    }).exactOptional(),
  },
  "Proceeding",
  "A criminal, civil, administrative or labour proceeding the person is part of (GDPR Art. 10 data).",
);

const service = obj(
  {
    type: code(cl.serviceType, {
      title: "Service type",
      description: "The kind of service.",
      sensitivity: "special",
    }),
    provider: focalPointRef({
      title: "Provider",
      description: "The focal point providing the service.",
    }).exactOptional(),
    status: code(cl.serviceStatus, {
      title: "Status",
      description: "Where the service stands.",
      sensitivity: "internal",
    }),
    from: date({ title: "From", description: "When the service started." }).exactOptional(),
    to: date({ title: "To", description: "When the service ended." }).exactOptional(),
  },
  "Service",
  "A service planned for, referred or delivered to the person.",
);

/** Assistance and protection: TRM stage, reflection period, permits, needs and services. */
export const assistance = obj(
  {
    trmStage: code(cl.trmStage, {
      title: "TRM stage",
      description: "Current stage of the TRM process.",
      sensitivity: "internal",
    }),
    reflectionPeriod: obj(
      {
        grantedOn: date({
          title: "Granted on",
          description: "When the recovery and reflection period was granted.",
        }),
        endsOn: date({ title: "Ends on", description: "When the period ends." }),
        status: code(cl.reflectionPeriodStatus, {
          title: "Status",
          description: "Whether the period is running, ended or revoked.",
          sensitivity: "internal",
        }),
      },
      "Reflection period",
      "The recovery and reflection period (CoE CETS 197 Art. 13).",
    ).exactOptional(),
    residencePermit: obj(
      {
        type: code(cl.residencePermitType, {
          title: "Type",
          description: "Kind of residence permit.",
          sensitivity: "quasi",
        }),
        from: date({ title: "From", description: "First day of validity." }),
        to: date({ title: "To", description: "Last day of validity." }),
      },
      "Residence permit",
      "A residence permit granted to the person.",
    ).exactOptional(),
    needs: codes(
      cl.serviceType,
      {
        title: "Needs",
        description: "Assessed needs for services; some reveal health data.",
        sensitivity: "special",
      },
      { max: 30 },
    ),
    services: list(service, "Services", "Services planned, referred or delivered.", { max: 200 }),
    cooperationWithAuthorities: code(cl.cooperationStatus, {
      title: "Cooperation with authorities",
      description: "Whether the person cooperates with law enforcement (never a condition of assistance).",
      sensitivity: "special",
    }),
    riskLevel: code(cl.riskLevel, {
      title: "Risk level",
      description: "Assessed risk to the person.",
      sensitivity: "internal",
    }).exactOptional(),
  },
  "Assistance",
  "Assistance and protection given to the person.",
);

/** Case status and notes. */
export const caseInfo = obj(
  {
    status: code(cl.caseStatus, {
      title: "Status",
      description: "Status of the case.",
      sensitivity: "internal",
    }),
    closureReason: freeText({
      title: "Closure reason",
      description: "Why the case was closed.",
    }).exactOptional(),
    notes: freeText({ title: "Notes", description: "Case notes." }).exactOptional(),
  },
  "Case",
  "Status of the case and case notes.",
);
