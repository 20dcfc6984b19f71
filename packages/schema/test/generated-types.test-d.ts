// The declarations generated from the JSON Schemas equal the types inferred from the Zod source of truth.
import { describe, expectTypeOf, test } from "vitest";
import type { BestInterestsAssessment as JsonBia } from "../../../schemas/v1/types/best-interests-assessment.js";
import type { Consent as JsonConsent } from "../../../schemas/v1/types/consent.js";
import type { FocalPoint as JsonFocalPoint } from "../../../schemas/v1/types/focal-point.js";
import type { FocalPointDirectory as JsonDirectory } from "../../../schemas/v1/types/focal-point-directory.js";
import type { Referral as JsonReferral } from "../../../schemas/v1/types/referral.js";
import type { VictimProfile as JsonVictimProfile } from "../../../schemas/v1/types/victim-profile.js";
import type {
  BestInterestsAssessment,
  Consent,
  FocalPoint,
  FocalPointDirectory,
  Referral,
  VictimProfile,
} from "../src/index.js";

describe("generated declarations equal z.infer", () => {
  test("victimProfile", () => expectTypeOf<VictimProfile>().toEqualTypeOf<JsonVictimProfile>());
  test("referral", () => expectTypeOf<Referral>().toEqualTypeOf<JsonReferral>());
  test("consent", () => expectTypeOf<Consent>().toEqualTypeOf<JsonConsent>());
  test("bestInterestsAssessment", () => expectTypeOf<BestInterestsAssessment>().toEqualTypeOf<JsonBia>());
  test("focalPoint", () => expectTypeOf<FocalPoint>().toEqualTypeOf<JsonFocalPoint>());
  test("focalPointDirectory", () => expectTypeOf<FocalPointDirectory>().toEqualTypeOf<JsonDirectory>());
  test("a difference is caught", () => {
    // @ts-expect-error: a missing required property makes the types differ
    expectTypeOf<Omit<Consent, "events">>().toEqualTypeOf<JsonConsent>();
  });
});
