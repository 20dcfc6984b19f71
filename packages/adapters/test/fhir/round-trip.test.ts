// Acceptance: for every example, fromFhir(toFhir(x)) equals x except the reported losses (there are none: every
// field is carried), and every leaf of the input is carried by a row of the field tables.
import type { DocumentTypeName } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import { fromFhir, fromFhirExchange, toFhir, toFhirExchange } from "../../src/fhir/index.js";
import { nodeAt } from "../../src/fhir/specs/dsl.js";
import { fieldNodes } from "../../src/fhir/specs/index.js";
import { orderGroup } from "../../src/fhir/specs/order.js";
import { EMPTY_FIELD_EXTENSION } from "../../src/fhir/urls.js";
import { emptyFieldExamples, enrichedExamples, examples, exchanges } from "./support/examples.js";

const all = [...examples(), ...enrichedExamples(), ...emptyFieldExamples()];

// JSON Pointers of every leaf (and every empty list or group) of a document.
function leaves(v: unknown, path = ""): string[] {
  if (Array.isArray(v)) return v.length === 0 ? [path] : v.flatMap((x, i) => leaves(x, `${path}/${i}`));
  if (typeof v === "object" && v !== null) {
    const entries = Object.entries(v);
    return entries.length === 0 ? [path] : entries.flatMap(([k, x]) => leaves(x, `${path}/${k}`));
  }
  return [path];
}

// The row of a field table that carries a leaf pointer: a leaf row, a list, or a row whose value is opaque (a
// sub-document or `json`), whose own rows or JSON carry what is below.
function carried(type: DocumentTypeName, pointer: string): boolean {
  const tokens = pointer.split("/").slice(1);
  for (let n = tokens.length; n > 0; n--) {
    const node = nodeAt(fieldNodes[type], tokens.slice(0, n));
    if (node === undefined) continue;
    if (n === tokens.length) return true;
    if (node.type === "leaf") {
      if (node.kind === "json") return true;
      if (node.kind.startsWith("doc:")) {
        const rest = tokens.slice(n);
        const sub = node.many ? rest.slice(1) : rest;
        return carried(node.kind.slice(4) as DocumentTypeName, `/${sub.join("/")}`);
      }
      return node.many && tokens.length === n + 1;
    }
    return false;
  }
  return false;
}

describe("toFhir then fromFhir", () => {
  it("covers the 29 examples of all six document types", () => {
    const types = new Set(examples().map((e) => e.doc.documentType));
    expect(examples()).toHaveLength(29);
    expect(types.size).toBe(6);
  });

  it.each(all)("$name comes back equal, in the standard's field order, with no loss", ({ doc }) => {
    const out = toFhir(doc);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.losses).toEqual([]);
    // The Bundle is plain JSON: serialising it changes nothing.
    expect(JSON.parse(JSON.stringify(out.value))).toStrictEqual(out.value);
    const back = fromFhir(JSON.parse(JSON.stringify(out.value)));
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value).toStrictEqual(doc);
    expect(back.losses).toEqual([]);
    expect(JSON.stringify(back.value)).toBe(JSON.stringify(orderGroup(doc, fieldNodes[doc.documentType])));
  });

  it.each(all)("every leaf of $name has a row in the field table (or is in the losses)", ({ doc }) => {
    const out = toFhir(doc);
    if (!out.ok) throw new Error("refused");
    const lost = new Set(out.losses.map((l) => l.pointer));
    const uncarried = leaves(doc).filter((p) => !lost.has(p) && !carried(doc.documentType, p));
    expect(uncarried).toEqual([]);
  });

  it("the leaf check itself fails for a field the tables do not know", () => {
    expect(carried("victimProfile", "/person/favouriteColour")).toBe(false);
    expect(carried("victimProfile", "/person/citizenships/0")).toBe(true);
    expect(carried("referral", "/subject/victimProfile/person/birthDate")).toBe(true);
    expect(carried("focalPointDirectory", "/focalPoints/2/phones/0/number")).toBe(true);
  });

  it.each(emptyFieldExamples())(
    "$name lists each empty list and group in an empty-field extension",
    ({ doc }) => {
      const out = toFhir(doc);
      if (!out.ok) throw new Error("refused");
      const root = out.value.entry[0]?.resource;
      const listed = (root?.extension ?? [])
        .filter((e) => e.url === EMPTY_FIELD_EXTENSION)
        .map((e) => e.valueString);
      const empties = leaves(doc).filter((p) => {
        const v = p
          .split("/")
          .slice(1)
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], doc);
        return (
          typeof v === "object" && v !== null && Object.keys(v).length === 0 && !p.startsWith("/extensions")
        );
      });
      expect(listed.sort()).toEqual(empties.sort());
      expect(empties.length).toBeGreaterThan(0);
    },
  );
});

describe("toFhirExchange then fromFhirExchange", () => {
  it.each(exchanges())("the exchange of $name comes back equal", ({ exchange }) => {
    const out = toFhirExchange(exchange);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.losses).toEqual([]);
    const back = fromFhirExchange(JSON.parse(JSON.stringify(out.value)));
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value).toStrictEqual(exchange);
    expect(back.losses).toEqual([]);
  });

  it("fromFhir reads the referral of an exchange and reports the other documents' entries as losses", () => {
    const [first] = exchanges().filter((e) => e.exchange.consent !== undefined);
    if (first === undefined) throw new Error("no exchange with a consent");
    const out = toFhirExchange(first.exchange);
    if (!out.ok) throw new Error("refused");
    const back = fromFhir(out.value);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value).toStrictEqual(first.exchange.referral);
    const others = out.value.entry
      .map((e, i) => [e.resource.resourceType, i] as const)
      .filter(([t]) => t !== "ServiceRequest" && t !== "Task")
      .map(([, i]) => `/entry/${i}`);
    expect(back.losses.map((l) => l.pointer)).toEqual(others);
    expect(new Set(back.losses.map((l) => l.reason))).toEqual(
      new Set(["this resource is not part of the document read"]),
    );
  });
});
