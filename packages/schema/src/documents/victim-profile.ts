import type { z } from "zod";
import * as cl from "../codelists/index.js";
import {
  code,
  codes,
  date,
  documentRef,
  envelope,
  focalPointRef,
  leafList,
  list,
  obj,
  uuid,
} from "../common.js";
import { childContext, person } from "./person.js";
import { assistance, caseInfo, indicator, perpetrator, proceeding, trafficking } from "./trafficking.js";

/** The case record of a presumed or identified trafficked person (data model 5.1). */
export const VictimProfileSchema = obj(
  {
    ...envelope("victimProfile", "quasi"),
    correlationId: uuid({
      title: "Correlation id",
      description: "UUID shared by all parties to link records of the same case across borders.",
    }),
    caseOwner: focalPointRef({ title: "Case owner", description: "The focal point that owns the case." }),
    identification: obj(
      {
        status: code(cl.identificationStatus, {
          title: "Identification status",
          description: "Whether the person is a presumed or formally identified victim.",
          sensitivity: "internal",
        }),
        decidedBy: code(cl.identificationAuthority, {
          title: "Decided by",
          description: "Kind of authority that made the identification decision.",
          sensitivity: "internal",
        }).exactOptional(),
        reasonableGroundsDate: date({
          title: "Reasonable-grounds date",
          description: "When there were first reasonable grounds to believe the person is a victim.",
        }).exactOptional(),
        formalIdentificationDate: date({
          title: "Formal identification date",
          description: "When the person was formally identified as a victim.",
        }).exactOptional(),
        source: code(cl.identificationSource, {
          title: "Source",
          description: "Who first identified or referred the person.",
          sensitivity: "internal",
        }).exactOptional(),
      },
      "Identification",
      "The identification of the person as a victim of trafficking.",
    ),
    person,
    childContext: childContext.exactOptional(),
    trafficking,
    indicators: list(indicator, "Indicators", "ILO/EC operational indicators assessed (screening only).", {
      max: 200,
    }).exactOptional(),
    perpetrators: list(perpetrator, "Perpetrators", "Perpetrators as far as known.", {
      max: 50,
    }).exactOptional(),
    assistance,
    proceedings: list(proceeding, "Proceedings", "Legal proceedings the person takes part in.", {
      max: 20,
    }).exactOptional(),
    case: caseInfo,
    consentRefs: leafList(
      documentRef({ title: "Consent reference", description: "A consent record." }),
      {
        title: "Consents",
        description: "The person's consent records.",
        sensitivity: "identifier",
      },
      { max: 50 },
    ),
    legalBases: codes(
      cl.legalBasis,
      {
        title: "Legal bases",
        description:
          "GDPR legal bases for processing this record; at least one, and an Art. 9 condition for special data.",
        sensitivity: "internal",
      },
      { min: 1, max: 11 },
    ),
  },
  "Victim profile",
  "The case record of a presumed or identified trafficked person: identification, person, trafficking experience, assistance, proceedings and the legal bases for processing.",
);

/** A victim profile document. */
export type VictimProfile = z.infer<typeof VictimProfileSchema>;
