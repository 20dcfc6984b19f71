// Malformed or foreign input never crashes an adapter and never yields a partial document: fromFhir returns a
// whole valid document or issues that name a JSON Pointer into the input and the problem, without its values.
import { validate } from "@open-trm/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromFhir, fromFhirExchange, toFhir, toFhirExchange } from "../../src/fhir/index.js";
import { parsePointer } from "../../src/fhir/json.js";
import { EMPTY_FIELD_EXTENSION } from "../../src/fhir/urls.js";
import { type AdapterResult, adapterIssueCodes } from "../../src/result.js";
import { examples, exchanges } from "./support/examples.js";
import { arrayAt, getAt, pointersOf, setAt } from "./support/json.js";

const SECRET = "SECRET-VALUE-7f3a";
const P = "/entry/0/resource";
const FIELDS = `${P}/extension/0/extension`;
const bundles: unknown[] = examples().map((e) => {
  const r = toFhir(e.doc);
  if (!r.ok) throw new Error("refused");
  return JSON.parse(JSON.stringify(r.value));
});
const byType = (type: string): unknown => {
  const found = bundles.find((b) => getAt(b, `${P}/resourceType`) === type);
  return structuredClone(found);
};
const indexOf = (b: unknown, pointer: string, url: string) =>
  arrayAt(b, pointer).findIndex((e) => getAt(e, "/url") === url);
const push = (b: unknown, pointer: string, value: unknown) => {
  arrayAt(b, pointer).push(value);
  return b;
};
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

function wellFormed(r: AdapterResult<unknown>): void {
  if (r.ok) {
    expect(validate(r.value).ok).toBe(true);
    for (const l of r.losses) {
      expect(parsePointer(l.pointer)).toBeDefined();
      expect(l.reason).not.toContain(SECRET);
    }
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(Object.keys(adapterIssueCodes)).toContain(i.code);
    expect(i.severity).toBe("error");
    expect(parsePointer(i.path), i.path).toBeDefined();
    expect(i.message).not.toContain(SECRET);
  }
}

function expectIssue(r: AdapterResult<unknown>, code: string, path: string): void {
  wellFormed(r);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.issues.map((i) => `${i.code} ${i.path}`)).toContain(`${code} ${path}`);
}

const METHOD = indexOf(byType("Consent"), FIELDS, "collectionMethod");
const CONSENT_EXTS = arrayAt(byType("Consent"), `${P}/extension`).length;
const PATIENT_EXTS = arrayAt(byType("Patient"), `${P}/extension`).length;

describe("fromFhir on malformed input: given -> issue", () => {
  it.each([
    { why: "null", given: () => null, code: "ADAPTER_NOT_OBJECT", path: "" },
    { why: "a string", given: () => SECRET, code: "ADAPTER_NOT_OBJECT", path: "" },
    { why: "an array", given: () => [SECRET], code: "ADAPTER_NOT_OBJECT", path: "" },
    { why: "an empty object", given: () => ({}), code: "ADAPTER_UNSUPPORTED", path: "" },
    {
      why: "a Bundle whose entry is not an array",
      given: () => ({ resourceType: "Bundle", entry: SECRET }),
      code: "ADAPTER_UNSUPPORTED",
      path: "",
    },
    {
      why: "an Observation",
      given: () => ({ resourceType: "Observation", status: SECRET }),
      code: "ADAPTER_UNSUPPORTED",
      path: "",
    },
    {
      why: "a bare Patient",
      given: () => ({ resourceType: "Patient", name: [{ text: SECRET }] }),
      code: "ADAPTER_MISSING",
      path: "/extension",
    },
    {
      why: "a number as gender",
      given: () => setAt(byType("Patient"), `${P}/gender`, 42),
      code: "ADAPTER_WRONG_TYPE",
      path: `${P}/gender`,
    },
    {
      why: "a gender without a row",
      given: () => setAt(byType("Patient"), `${P}/gender`, SECRET),
      code: "ADAPTER_UNKNOWN_CODE",
      path: `${P}/gender`,
    },
    {
      why: "extension not an array",
      given: () => setAt(byType("Patient"), `${P}/extension`, SECRET),
      code: "ADAPTER_WRONG_TYPE",
      path: `${P}/extension`,
    },
    {
      why: "an extension without url",
      given: () => setAt(byType("Patient"), `${P}/extension/0/url`, undefined),
      code: "ADAPTER_MISSING",
      path: `${P}/extension/0/url`,
    },
    {
      why: "a valueString where the table says valueCode",
      given: () =>
        setAt(byType("Consent"), `${FIELDS}/${METHOD}`, { url: "collectionMethod", valueString: SECRET }),
      code: "ADAPTER_WRONG_TYPE",
      path: `${FIELDS}/${METHOD}/valueString`,
    },
    {
      why: "an identifier that is not a urn:uuid",
      given: () => setAt(byType("ClinicalImpression"), `${P}/identifier/0/value`, `urn:uuid:${SECRET}`),
      code: "ADAPTER_INVALID_VALUE",
      path: `${P}/identifier/0/value`,
    },
    {
      why: "the fields extension twice",
      given: () => {
        const b = byType("Consent");
        return push(b, `${P}/extension`, structuredClone(getAt(b, `${P}/extension/0`)));
      },
      code: "ADAPTER_INVALID_VALUE",
      path: `${P}/extension/${CONSENT_EXTS}`,
    },
    {
      why: "a reference whose literal and identifier disagree",
      given: () =>
        setAt(
          byType("Patient"),
          `${P}/managingOrganization/reference`,
          "urn:uuid:00000000-0000-4000-8000-0000000000ff",
        ),
      code: "ADAPTER_INVALID_VALUE",
      path: `${P}/managingOrganization`,
    },
    {
      why: "a ServiceRequest without its Task",
      given: () => {
        const b = byType("ServiceRequest");
        return setAt(
          b,
          "/entry",
          arrayAt(b, "/entry").filter((e) => getAt(e, "/resource/resourceType") !== "Task"),
        );
      },
      code: "ADAPTER_MISSING",
      path: P,
    },
    {
      why: "an empty-field pointer to no list or group",
      given: () =>
        push(byType("Patient"), `${P}/extension`, { url: EMPTY_FIELD_EXTENSION, valueString: "/person/sex" }),
      code: "ADAPTER_INVALID_VALUE",
      path: `${P}/extension/${PATIENT_EXTS}/valueString`,
    },
  ])("$why", ({ given, code, path }) => {
    expectIssue(fromFhir(given()), code, path);
  });

  it("refuses extension content that is not base64 JSON, naming the attachment data", () => {
    const b = bundles.find((x) => indexOf(x, FIELDS, "extensions") >= 0);
    const i = indexOf(b, FIELDS, "extensions");
    for (const data of [`${SECRET}!`, b64("[1,2]"), b64("{")]) {
      const copy = setAt(structuredClone(b), `${FIELDS}/${i}/valueAttachment/data`, data);
      expectIssue(fromFhir(copy), "ADAPTER_INVALID_VALUE", `${FIELDS}/${i}/valueAttachment/data`);
    }
  });

  it("refuses an Endpoint address that is not percent-encoded", () => {
    const isEndpoint = (e: unknown) => getAt(e, "/resource/resourceType") === "Endpoint";
    const b = structuredClone(bundles.find((x) => arrayAt(x, "/entry").some(isEndpoint)));
    const i = arrayAt(b, "/entry").findIndex(isEndpoint);
    expectIssue(
      fromFhir(setAt(b, `/entry/${i}/resource/address`, "%zz")),
      "ADAPTER_INVALID_VALUE",
      `/entry/${i}/resource/address`,
    );
  });

  it("refuses a read document that is not valid Open TRM, naming the Open TRM path", () => {
    const b = byType("Patient");
    const i = indexOf(b, FIELDS, "identification");
    expectIssue(
      fromFhir(setAt(b, `${FIELDS}/${i}/extension/0/valueCode`, "maybeAVictim")),
      "ADAPTER_RESULT_INVALID",
      "/identification/status",
    );
  });
});

describe("fromFhir on foreign additions: read, with losses", () => {
  it("reports elements, extensions and resources Open TRM cannot carry", () => {
    const b = byType("Patient");
    setAt(b, `${P}/address`, [{ city: SECRET }]);
    push(b, `${P}/extension`, {
      url: "https://example.org/fhir/StructureDefinition/other",
      valueString: SECRET,
    });
    push(b, FIELDS, { url: "notAField", valueString: SECRET });
    push(b, "/entry", {
      fullUrl: "urn:uuid:00000000-0000-4000-8000-0000000000aa",
      resource: { resourceType: "Observation" },
    });
    setAt(b, "/timestamp", "2026-01-01T00:00:00Z");
    setAt(b, `${P}/meta/security`, [
      { system: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", code: "R" },
    ]);
    const r = fromFhir(b);
    wellFormed(r);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const want = [
      `${P}/address`,
      `${P}/extension/${PATIENT_EXTS}`,
      `${FIELDS}/${arrayAt(b, FIELDS).length - 1}`,
      "/entry/1",
      "/timestamp",
      `${P}/meta/security`,
    ];
    expect(r.losses.map((l) => l.pointer).sort()).toEqual(want.sort());
  });
});

describe("toFhir and toFhirExchange refuse what is not Open TRM", () => {
  it.each([null, 42, SECRET, {}, { documentType: "victimProfile" }])(
    "toFhir(%j) gives ADAPTER_INVALID_DOCUMENT issues",
    (given) => {
      const r = toFhir(given);
      wellFormed(r);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(new Set(r.issues.map((i) => i.code))).toEqual(new Set(["ADAPTER_INVALID_DOCUMENT"]));
    },
  );

  const [x] = exchanges();
  if (x === undefined) throw new Error("no exchange");
  const fps = x.exchange.focalPoints ?? [];
  it.each([
    { why: "not an object", given: SECRET, code: "ADAPTER_NOT_OBJECT", path: "" },
    { why: "no referral", given: {}, code: "ADAPTER_INVALID_DOCUMENT", path: "/referral" },
    {
      why: "a referral as the victim profile",
      given: { ...x.exchange, victimProfile: x.exchange.referral },
      code: "ADAPTER_INVALID_DOCUMENT",
      path: "/victimProfile",
    },
    {
      why: "an unknown member",
      given: { ...x.exchange, note: SECRET },
      code: "ADAPTER_UNKNOWN_FIELD",
      path: "/note",
    },
    {
      why: "focal points not a list",
      given: { ...x.exchange, focalPoints: SECRET },
      code: "ADAPTER_WRONG_TYPE",
      path: "/focalPoints",
    },
    {
      why: "one focal point twice",
      given: { ...x.exchange, focalPoints: [...fps, ...fps.slice(0, 1)] },
      code: "ADAPTER_UNSUPPORTED",
      path: `/focalPoints/${fps.length}/id`,
    },
  ])("toFhirExchange with $why", ({ given, code, path }) => {
    expectIssue(toFhirExchange(given as never), code, path);
  });
});

const mutation = fc.record({
  bundle: fc.integer({ min: 0, max: bundles.length - 1 }),
  at: fc.nat(),
  kind: fc.constantFrom("delete", "replace", "duplicate", "wrap"),
  value: fc.oneof(
    fc.constant(SECRET),
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 2 }),
  ),
});

describe("properties", () => {
  it("fromFhir and fromFhirExchange never throw on arbitrary JSON and always answer well-formed", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        wellFormed(fromFhir(v));
        wellFormed(fromFhirExchange(v));
      }),
      { numRuns: 400 },
    );
  });

  it("toFhir never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => wellFormed(toFhir(v))),
      { numRuns: 200 },
    );
  });

  it("fromFhir on a mutated Bundle gives a valid document or path-and-problem issues, never a value", () => {
    const outcomes = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(mutation, ({ bundle, at, kind, value }) => {
        const b = structuredClone(bundles[bundle]);
        const paths = pointersOf(b).filter((p) => p !== "");
        const target = paths[at % paths.length] as string;
        const parent = getAt(b, target.replace(/\/[^/]*$/, ""));
        if (kind === "delete") setAt(b, target, undefined);
        else if (kind === "replace") setAt(b, target, value);
        else if (kind === "duplicate" && Array.isArray(parent))
          parent.push(structuredClone(getAt(b, target)));
        else setAt(b, target, [getAt(b, target), value]);
        const r = fromFhir(b);
        wellFormed(r);
        outcomes[r.ok ? "ok" : "refused"]++;
      }),
      { numRuns: 400 },
    );
    // The mix matters: both outcomes must be common, or the property tests little.
    expect(outcomes.ok).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });
});
