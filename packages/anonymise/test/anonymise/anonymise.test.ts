import { validate } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import {
  ANONYMISATION_NAMESPACE,
  anonymise,
  anonymiseMany,
  builtInPolicyNames,
  NIL_UUID,
  type Policy,
  WITHHELD,
} from "../../src/anonymise/index.js";
import { byName, EXAMPLES, type Json, KEY } from "./support.js";

const VP = "mk-presumed-child-sexual-exploitation.json";
const REFERRAL = "mk-to-al-child-case-transfer-return.json";

function run(doc: unknown, policy: Parameters<typeof anonymise>[1]["policy"] = "share-minimum") {
  const r = anonymise(doc, { policy, key: KEY });
  if (!r.ok) throw new Error(`not anonymised: ${r.issues.map((i) => `${i.path} ${i.code}`).join(", ")}`);
  return r;
}
const get = (doc: unknown, pointer: string): unknown =>
  pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((v, t) => (v as Record<string, unknown> | undefined)?.[t], doc);
const record = (doc: Json) =>
  (doc.extensions as Record<string, Record<string, unknown>>)[ANONYMISATION_NAMESPACE];

describe("anonymise on every example and valid fixture", () => {
  for (const policy of builtInPolicyNames) {
    it(`${policy}: output keeps the structure of its document type`, () => {
      for (const { name, doc } of EXAMPLES) {
        const out = run(doc, policy).value;
        const structure = validate(out).issues.filter((i) => i.ruleId === undefined);
        expect(structure, `${name}`).toEqual([]);
        expect(record(out)?.policy).toBe(policy);
      }
    });
  }

  it("does not change its input and gives the same output for the same input and key", () => {
    for (const { doc } of EXAMPLES) {
      const before = structuredClone(doc);
      const a = run(doc, "research").value;
      expect(doc).toEqual(before);
      expect(run(doc, "research").value).toEqual(a);
    }
  });
});

describe("invalid input", () => {
  it("gives the validator's issues and no output", () => {
    const doc = byName(VP);
    (doc.person as Json).sex = "x";
    const r = anonymise(doc, { policy: "share-minimum", key: KEY });
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty("value");
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([["/person/sex", "TRM-S004"]]);
    expect(anonymise("not a document", { policy: "research", key: KEY }).ok).toBe(false);
  });
});

describe("required fields under share-minimum", () => {
  const doc = byName(VP);
  const { value, report } = run(doc);

  it.each([
    ["/assistance/needs", []],
    ["/assistance/services", []],
    ["/assistance/cooperationWithAuthorities", "notAsked"],
    ["/indicators/0/present", "unknown"],
    ["/person/identityDocuments/0/number", WITHHELD],
    ["/person/citizenships", ["AL"]],
  ])("%s becomes %j", (pointer, want) => {
    expect(get(value, pointer)).toEqual(want);
  });

  it("removes arrays whose items cannot stay valid, and optional fields", () => {
    for (const gone of [
      "/perpetrators",
      "/proceedings",
      "/person/givenNames",
      "/case/notes",
      "/trafficking/meansOfControl",
    ])
      expect(get(value, gone), gone).toBeUndefined();
    expect(report.dropped).toEqual(expect.arrayContaining(["/perpetrators", "/proceedings", "/extensions"]));
    expect(report.dropped).not.toContain("/perpetrators/0/kind");
  });

  it("lists the stand-ins in the output and the report, never what was dropped", () => {
    expect(record(value)?.placeholders).toEqual(report.placeholders);
    expect(report.placeholders).toContain("/assistance/cooperationWithAuthorities");
    expect(JSON.stringify(record(value))).not.toContain("perpetrators");
    expect(report.retained).toEqual([]);
  });

  it("counts every leaf once per operation", () => {
    const { operations } = report;
    expect(operations.pseudonymise).toBe(4);
    expect(operations.redact + operations.dateShift).toBe(0);
    expect(operations.drop).toBeGreaterThan(10);
  });
});

describe("statistics", () => {
  it("drops identifiers (nil UUID where required) and records the age band of the removed birth date", () => {
    const { value } = run(byName(VP), "statistics");
    expect(value.id).toBe(NIL_UUID);
    expect(value.consentRefs).toEqual([]);
    expect(get(value, "/person/birthDate")).toBeUndefined();
    expect(record(value)?.ageBands).toEqual({ "/person/birthDate": "age9to17" });
    expect(get(value, "/trafficking/events/0/from")).toBe("2025");
    expect(get(value, "/trafficking/meansOfControl")).toContain("withholdsDocuments");
  });
});

describe("research", () => {
  it("shifts every date of a subject by the same offset in every document about them", () => {
    const vp = byName(VP);
    const offset = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    const out = run(vp, "research").value;
    const shift = offset(vp.createdAt as string, out.createdAt as string);
    expect(shift).toBeLessThanOrEqual(-1);
    expect(shift).toBeGreaterThanOrEqual(-30);
    expect(
      offset(get(vp, "/assistance/services/0/to") as string, get(out, "/assistance/services/0/to") as string),
    ).toBe(shift);
    const referral = run(byName(REFERRAL), "research").value;
    const embedded = byName(REFERRAL);
    expect(
      offset(
        get(embedded, "/subject/victimProfile/createdAt") as string,
        get(referral, "/subject/victimProfile/createdAt") as string,
      ),
    ).toBe(shift);
    expect(get(out, "/person/birthDate")).toBe("2010");
    expect(get(out, "/trafficking/meansOfControl")).toEqual(get(vp, "/trafficking/meansOfControl"));
  });
});

describe("referral disclosure", () => {
  it("moves what anonymising removed from disclosedFields to withheldFields, so TRM-R013 still holds", () => {
    const { value } = run(byName(REFERRAL));
    const disclosure = value.disclosure as { disclosedFields: string[]; withheldFields: string[] };
    expect(disclosure.withheldFields).toContain("/subject/victimProfile/person/givenNames");
    expect(disclosure.disclosedFields).not.toContain("/subject/victimProfile/person/givenNames");
    expect(validate(value).issues.filter((i) => i.ruleId === "TRM-R013")).toEqual([]);
  });
});

describe("anonymiseMany", () => {
  it("links documents: a referral's caseRef and the profile's id get the same pseudonym", () => {
    const [vp, referral] = [
      ...anonymiseMany([byName(VP), byName(REFERRAL)], { policy: "share-minimum", key: KEY }),
    ];
    if (!vp?.ok || !referral?.ok) throw new Error("examples must anonymise");
    expect(referral.value.caseRef).toBe(vp.value.id);
    expect(referral.value.correlationId).toBe(vp.value.correlationId);
    expect(get(referral.value, "/subject/victimProfile/id")).toBe(vp.value.id);
  });

  it("yields one result per input, invalid ones included", () => {
    const results = [
      ...anonymiseMany([byName(VP), { documentType: "victimProfile" }], { policy: "research", key: KEY }),
    ];
    expect(results.map((r) => r.ok)).toEqual([true, false]);
  });
});

describe("custom policies", () => {
  const base: Policy = {
    name: "case-review",
    classes: {
      public: "keep",
      internal: "keep",
      identifier: "pseudonymise",
      quasi: "keep",
      freeText: "redact",
      direct: "drop",
      special: "keep",
    },
  };

  it("lets a pointer rule win over the class, and an ancestor rule cover its fields", () => {
    const policy: Policy = {
      ...base,
      pointers: {
        "/person/birthDate": "drop",
        "/proceedings": "drop",
        "/trafficking/events/*/from": "generalise",
      },
    };
    const { value } = run(byName(VP), policy);
    expect(get(value, "/person/birthDate")).toBeUndefined();
    expect(value.proceedings).toBeUndefined();
    expect(get(value, "/trafficking/events/0/from")).toBe("2025-10");
    expect(get(value, "/person/sex")).toBe("female");
  });

  it("redacts free text with the names of the same record", () => {
    const doc = byName(VP);
    (doc.case as Json).notes =
      "Arta (Ari) Shembulli: passport TEST000101, phone +38970123456, IBAN AL35202111090000000001234567.";
    const { value, report } = run(doc, base);
    expect(get(value, "/case/notes")).toBe(
      "[NAME] ([NAME]) [NAME]: passport [ID], phone [PHONE], IBAN [IBAN].",
    );
    expect(report.operations.redact).toBe(3); // closureReason, notes and the extensions (dropped)
    // The mk extension is unregistered content: free text, which `redact` cannot check, so it is dropped.
    expect(Object.keys(value.extensions as Json)).toEqual([ANONYMISATION_NAMESPACE]);
  });

  it("keeps a required value it cannot replace, generalised, and says so", () => {
    const policy: Policy = { ...base, classes: { ...base.classes, quasi: "drop" } };
    const { value, report } = run(byName(VP), policy);
    expect(value.createdAt).toBe("2026-03-01T00:00:00Z");
    expect(report.retained).toEqual(expect.arrayContaining(["/createdAt", "/updatedAt"]));
    expect(get(value, "/person/isChild")).toBe("unknown");
    expect(validate(value).issues.filter((i) => i.ruleId === undefined)).toEqual([]);
  });

  it("drops a required object field by field, keeping the structure valid", () => {
    const { value, report } = run(byName(VP), { ...base, pointers: { "/person": "drop" } });
    expect(value.person).toEqual({ isChild: "unknown", citizenships: [], languages: [] });
    expect(report.placeholders).toEqual(expect.arrayContaining(["/person/isChild", "/person/citizenships"]));
    expect(validate(value).issues.filter((i) => i.ruleId === undefined)).toEqual([]);
  });

  it("shares no object or array with its input", () => {
    const doc = byName(VP);
    const before = structuredClone(doc);
    const { value } = run(doc, { ...base, classes: { ...base.classes, freeText: "keep" } });
    (value.person as { citizenships: string[] }).citizenships.push("XK");
    ((value.extensions as Record<string, Json>).mk as Json).mobileTeamInvolved = false;
    (value.trafficking as { events: Json[] }).events.pop();
    expect(doc).toEqual(before);
  });

  it("records anonymisedAt only when given", () => {
    const r = anonymise(byName(VP), {
      policy: "research",
      key: KEY,
      anonymisedAt: new Date("2026-07-01T00:00:00Z"),
    });
    if (!r.ok) throw new Error("example must anonymise");
    expect(record(r.value)?.anonymisedAt).toBe("2026-07-01T00:00:00.000Z");
  });
});
