// The mapping document lists every extension, native element and code map as the data has them (drift test).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extensionRows } from "../../src/fhir/specs/extensions.js";
import { BEGIN, END, renderTables } from "./support/doc-tables.js";

const doc = readFileSync(
  fileURLToPath(new URL("../../../../docs/mappings/fhir.md", import.meta.url)),
  "utf8",
);

describe("docs/mappings/fhir.md", () => {
  it("has the generated tables of the current mapping data (run test/fhir/support/update-doc.ts)", () => {
    const section = doc.slice(doc.indexOf(BEGIN), doc.indexOf(END) + END.length);
    expect(section).toBe(renderTables());
  });

  it.each(extensionRows().map((r) => r.url))("lists the extension %s", (url) => {
    expect(doc).toContain(url);
  });

  it("cites the FHIR R4 specification pages it relies on", () => {
    for (const page of [
      "patient.html",
      "consent.html",
      "servicerequest.html",
      "task.html",
      "organization.html",
      "practitionerrole.html",
      "endpoint.html",
      "bundle.html",
      "http.html#transaction",
      "extensibility.html",
      "clinicalimpression.html",
      "list.html",
    ]) {
      expect(doc).toContain(`https://hl7.org/fhir/R4/${page}`);
    }
  });
});
