// Acceptance: a referral exchange is a transaction Bundle with resolvable references: `urn:uuid:` fullUrls, one
// conditional create per resource, and every literal reference names an entry (or a contained resource).
import { describe, expect, it } from "vitest";
import { type FhirBundle, toFhir, toFhirExchange } from "../../src/fhir/index.js";
import { emptyFieldExamples, enrichedExamples, examples, exchanges } from "./support/examples.js";

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function bundleOf(r: ReturnType<typeof toFhir>): FhirBundle {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

// Every Reference-like object in a resource (an object with `reference`, `identifier` or `display` and a `type`).
function references(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) for (const x of v) references(x, out);
  else if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    if (typeof o.reference === "string") out.push(o);
    for (const [k, x] of Object.entries(o)) if (k !== "contained") references(x, out);
  }
  return out;
}

const single = [...examples(), ...enrichedExamples(), ...emptyFieldExamples()].map((e) => ({
  name: e.name,
  bundle: bundleOf(toFhir(e.doc)),
}));
const exchange = exchanges().map((e) => ({ ...e, bundle: bundleOf(toFhirExchange(e.exchange)) }));

describe.each([...single, ...exchange])("the Bundle of $name", ({ bundle }) => {
  it("is a transaction of conditional creates with unique urn:uuid fullUrls", () => {
    expect(bundle.type).toBe("transaction");
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const e of bundle.entry) {
      expect(e.fullUrl).toMatch(UUID_URN);
      expect(e.request.method).toBe("POST");
      expect(e.request.url).toBe(e.resource.resourceType);
      // The conditional create looks the resource up by the identifier it carries.
      expect(e.request.ifNoneExist).toBe(`identifier=urn:ietf:rfc:3986|${e.fullUrl}`);
      expect(e.resource.identifier?.[0]).toEqual({ system: "urn:ietf:rfc:3986", value: e.fullUrl });
    }
  });

  it("has only literal references that resolve inside the Bundle, to a resource of the stated type", () => {
    const byUrl = new Map(bundle.entry.map((e) => [e.fullUrl, e.resource]));
    for (const e of bundle.entry) {
      const contained = new Set(
        ((e.resource as { contained?: { id?: string }[] }).contained ?? []).map((c) => `#${c.id}`),
      );
      for (const ref of references(e.resource)) {
        const target = String(ref.reference);
        if (target.startsWith("#")) {
          expect(contained.has(target)).toBe(true);
          continue;
        }
        expect(byUrl.has(target), target).toBe(true);
        expect(byUrl.get(target)?.resourceType).toBe(ref.type);
        // A literal reference always keeps the logical identifier beside it.
        expect((ref.identifier as { value?: string } | undefined)?.value).toBe(target);
      }
    }
  });
});

describe("references between the documents of an exchange", () => {
  it.each(exchange)(
    "$name: the ServiceRequest's case, consent and parties resolve to their entries",
    ({ exchange: x, bundle }) => {
      const sr = bundle.entry[0]?.resource;
      expect(sr?.resourceType).toBe("ServiceRequest");
      if (sr?.resourceType !== "ServiceRequest") return;
      const urn = (id: string) => `urn:uuid:${id}`;
      const inBundle = new Set(bundle.entry.map((e) => e.fullUrl));
      expect(sr.subject.reference).toBe(
        x.victimProfile?.id === x.referral.caseRef ? urn(x.referral.caseRef) : undefined,
      );
      const sender = inBundle.has(urn(x.referral.from.focalPoint));
      expect(sr.requester.reference).toBe(sender ? urn(x.referral.from.focalPoint) : undefined);
      expect(sr.performer[0]?.reference).toBe(
        inBundle.has(urn(x.referral.to.focalPoint)) ? urn(x.referral.to.focalPoint) : undefined,
      );
      if (x.consent !== undefined && x.referral.consentRef === x.consent.id) {
        expect(sr.supportingInfo?.some((r) => r.reference === urn(x.consent?.id ?? ""))).toBe(true);
      }
      const task = bundle.entry.find((e) => e.resource.resourceType === "Task")?.resource;
      expect(task?.resourceType === "Task" && task.focus.reference).toBe(urn(x.referral.id));
      expect(inBundle.size).toBeGreaterThan(3);
    },
  );

  it("references to documents outside a single-document Bundle are logical only", () => {
    const vp = single.find((s) => s.name.startsWith("victim-profile/"))?.bundle;
    const patient = vp?.entry[0]?.resource;
    if (patient?.resourceType !== "Patient") throw new Error("no Patient");
    expect(patient.managingOrganization?.reference).toBeUndefined();
    expect(patient.managingOrganization?.identifier?.value).toMatch(UUID_URN);
  });
});
