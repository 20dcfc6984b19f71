import type { GroupSpec } from "./dsl.js";
import { envelope } from "./envelope.js";

/**
 * Field rows of a focal point (data model 5.5): the institution is an Organization (the root resource, which
 * references to the focal point point at), the contact point a PractitionerRole, each secure channel an Endpoint.
 */
export const focalPointSpec: GroupSpec = {
  ...envelope("Organization"),
  country: "code",
  subdivision: "code",
  institution: {
    name: "string=Organization.name",
    type: "code=Organization.type",
    website: "string=Organization.telecom (url).value",
    identifier: {
      scheme: "string=Organization.identifier (official).type.text",
      value: "string=Organization.identifier (official).value",
    },
  },
  roles: "code[]=PractitionerRole.code",
  mandate: { trmStages: "code[]", targetGroups: "code", exploitationForms: "code[]", services: "code[]" },
  contactPerson: { name: "string", title: "string" },
  phones: [{ number: "string=PractitionerRole.telecom.value", type: "code", languages: "code[]" }],
  emails: "string[]=PractitionerRole.telecom (email).value",
  secureChannels: [{ type: "code", address: "string=Endpoint.address", publicKeyFingerprint: "string" }],
  languages: "code[]",
  availability: {
    is24x7: "boolean",
    hours: [
      {
        days: "code[]=PractitionerRole.availableTime.daysOfWeek",
        opens: "string=PractitionerRole.availableTime.availableStartTime",
        closes: "string=PractitionerRole.availableTime.availableEndTime",
      },
    ],
    timeZone: "string",
    outOfHours: "string=PractitionerRole.availabilityExceptions",
  },
  status: "code",
  supersededBy: "ref:focalPoint",
  verification: { lastVerifiedOn: "date", verifiedBy: "ref:focalPoint", nextReviewDue: "date" },
};
