import { z } from "zod";
import * as cl from "../codelists/index.js";
import {
  code,
  codes,
  countryCode,
  date,
  e164Phone,
  email,
  envelope,
  flag,
  focalPointRef,
  freeText,
  leafList,
  list,
  obj,
  shortText,
  subdivisionCode,
  timeOfDay,
  timeZone,
} from "../common.js";
import { leaf } from "../meta.js";
import { languageItem } from "./shared.js";

const WEB_ADDRESS =
  /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::\d{1,5})?(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?$/;
const FINGERPRINT = /^[0-9A-F]{40}$|^[0-9A-F]{64}$/;

const pub = "public" as const;

const phone = obj(
  {
    number: e164Phone({ title: "Number", description: "The phone number in E.164 form.", sensitivity: pub }),
    type: code(cl.phoneType, {
      title: "Type",
      description: "Kind of line (RFC 6350 TEL types).",
      sensitivity: pub,
    }),
    languages: leafList(
      languageItem(),
      {
        title: "Languages",
        description: "Languages answered on this line.",
        sensitivity: pub,
        codelist: "language",
      },
      { max: 20 },
    ).exactOptional(),
  },
  "Phone",
  "A phone line of the focal point.",
);

const secureChannel = obj(
  {
    type: code(cl.secureChannelType, {
      title: "Type",
      description: "Kind of secure channel.",
      sensitivity: pub,
    }),
    address: shortText({
      title: "Address",
      description: "Address or identifier on that channel.",
      sensitivity: pub,
    }),
    publicKeyFingerprint: leaf(z.string().regex(FINGERPRINT), {
      title: "Public key fingerprint",
      description: "Upper-case hexadecimal fingerprint (SHA-1 or SHA-256) of the channel's public key.",
      sensitivity: pub,
    }).exactOptional(),
  },
  "Secure channel",
  "A secure channel for exchanging personal data with the focal point.",
);

const openingHours = obj(
  {
    days: codes(
      cl.weekday,
      { title: "Days", description: "Days these hours apply to.", sensitivity: pub },
      { min: 1, max: 7 },
    ),
    opens: timeOfDay({ title: "Opens", description: "Opening time, local (HH:MM)." }),
    closes: timeOfDay({ title: "Closes", description: "Closing time, local (HH:MM)." }),
  },
  "Opening hours",
  "Hours on the given days.",
);

/** One contact point in a national contact list (data model 5.5). */
export const FocalPointSchema = obj(
  {
    ...envelope("focalPoint", "internal"),
    country: countryCode({
      title: "Country",
      description: "Country the focal point serves.",
      sensitivity: pub,
    }),
    subdivision: subdivisionCode({
      title: "Subdivision",
      description: "ISO 3166-2 subdivision it serves.",
      sensitivity: pub,
    }).exactOptional(),
    institution: obj(
      {
        name: shortText({ title: "Name", description: "Name of the institution.", sensitivity: pub }),
        type: code(cl.institutionType, {
          title: "Type",
          description: "Kind of institution.",
          sensitivity: pub,
        }),
        website: leaf(z.string().max(500).regex(WEB_ADDRESS), {
          title: "Website",
          description: "The institution's web address (http or https).",
          sensitivity: pub,
        }).exactOptional(),
        identifier: obj(
          {
            scheme: shortText({
              title: "Scheme",
              description: "Identifier scheme (an org-id.guide list code).",
              sensitivity: pub,
            }),
            value: shortText({
              title: "Value",
              description: "The identifier in that scheme.",
              sensitivity: pub,
            }),
          },
          "Identifier",
          "An official identifier of the institution.",
        ).exactOptional(),
      },
      "Institution",
      "The institution the focal point belongs to.",
    ),
    roles: codes(
      cl.focalPointRole,
      { title: "Roles", description: "Roles in the NRM and TRM.", sensitivity: pub },
      {
        min: 1,
        max: 20,
      },
    ),
    mandate: obj(
      {
        trmStages: codes(
          cl.trmStage,
          { title: "TRM stages", description: "TRM stages it acts in.", sensitivity: pub },
          { max: 5 },
        ),
        targetGroups: code(cl.targetGroup, {
          title: "Target groups",
          description: "Adults, children or both.",
          sensitivity: pub,
        }),
        exploitationForms: codes(
          cl.exploitationForm,
          {
            title: "Forms of exploitation",
            description: "Forms of exploitation it handles; all when absent.",
            sensitivity: pub,
          },
          { max: 20 },
        ).exactOptional(),
        services: codes(
          cl.serviceType,
          { title: "Services", description: "Services it provides.", sensitivity: pub },
          {
            max: 30,
          },
        ).exactOptional(),
      },
      "Mandate",
      "What the focal point is mandated to do.",
    ).exactOptional(),
    contactPerson: obj(
      {
        name: shortText({
          title: "Name",
          description: "Name of the contact person.",
          sensitivity: "direct",
        }).exactOptional(),
        title: shortText({
          title: "Title",
          description: "Job title or function.",
          sensitivity: pub,
        }).exactOptional(),
      },
      "Contact person",
      "A contact person; role-based contacts are preferred to named ones.",
    ).exactOptional(),
    phones: list(phone, "Phones", "Phone lines.", { max: 20 }),
    emails: leafList(
      email({ title: "E-mail", description: "An e-mail address.", sensitivity: pub }),
      {
        title: "E-mails",
        description: "E-mail addresses of the focal point.",
        sensitivity: pub,
      },
      { max: 20 },
    ),
    secureChannels: list(secureChannel, "Secure channels", "Secure channels for personal data.", {
      max: 20,
    }).exactOptional(),
    languages: leafList(
      languageItem(),
      {
        title: "Languages",
        description: "Languages the focal point works in.",
        sensitivity: pub,
        codelist: "language",
      },
      { max: 30 },
    ),
    availability: obj(
      {
        is24x7: flag({
          title: "Around the clock",
          description: "Whether it is reachable 24 hours a day, 7 days a week.",
          sensitivity: pub,
        }),
        hours: list(openingHours, "Hours", "Opening hours.", { max: 14 }).exactOptional(),
        timeZone: timeZone({ title: "Time zone", description: "IANA time zone of the hours." }),
        outOfHours: freeText({
          title: "Out of hours",
          description: "What to do outside the hours.",
        }).exactOptional(),
      },
      "Availability",
      "When the focal point can be reached.",
    ),
    status: code(cl.focalPointStatus, {
      title: "Status",
      description: "Whether the entry is in use.",
      sensitivity: pub,
    }),
    supersededBy: focalPointRef({
      title: "Superseded by",
      description: "The entry that replaces this one.",
    }).exactOptional(),
    verification: obj(
      {
        lastVerifiedOn: date({
          title: "Last verified on",
          description: "When the entry was last checked.",
          sensitivity: pub,
        }),
        verifiedBy: focalPointRef({ title: "Verified by", description: "Who checked it." }),
        nextReviewDue: date({
          title: "Next review due",
          description: "When it must be checked again.",
          sensitivity: pub,
        }),
      },
      "Verification",
      "When the entry was verified; contact lists must be regularly updated (Brdo Process joint declaration, 2012).",
    ),
  },
  "Focal point",
  "One contact point in a national contact list of the TRM: institution, roles, mandate, channels, languages, availability and verification.",
);

/** A focal point document. */
export type FocalPoint = z.infer<typeof FocalPointSchema>;
