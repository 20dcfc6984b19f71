import { isRecord } from "../json.js";
import type { CodeMap } from "../tables/code-map.js";
import { fromFhirCode } from "../tables/code-map.js";
import { codeSystemUrl } from "../urls.js";
import {
  type Cursor,
  get,
  items,
  missing,
  type ReadContext,
  readObject,
  readString,
  report,
  take,
} from "./context.js";

/**
 * The code of the coding from `system` in a CodeableConcept; other codings are translations of the same concept
 * and are read with it.
 * @example
 * readConceptCode(newContext(), { value: { coding: [{ system: "s", code: "c" }] }, path: "" }, "s"); // "c"
 */
export function readConceptCode(ctx: ReadContext, cc: Cursor, system: string): string | undefined {
  if (readObject(ctx, cc) === undefined) return undefined;
  const codings = items(ctx, get(cc, "coding"));
  const found = codings.filter((c) => isRecord(c.value) && c.value.system === system);
  if (found.length > 1) {
    report(ctx, "ADAPTER_INVALID_VALUE", cc.path, `expected one coding from ${system}`);
    return undefined;
  }
  const coding = found[0];
  if (coding === undefined) return missing(ctx, cc, `a coding from ${system}`);
  const code = readString(ctx, get(coding, "code"));
  if (code === undefined) return missing(ctx, get(coding, "code"), "the code");
  take(ctx, cc);
  return code;
}

/**
 * The Open TRM code of a CodeableConcept, from its coding in the codelist's code system.
 * @example
 * readTrmCode(newContext(), { value: { coding: [{ system: "https://open-trm.org/fhir/CodeSystem/sex", code: "male" }] }, path: "" }, "sex"); // "male"
 */
export function readTrmCode(ctx: ReadContext, cc: Cursor, codelist: string): string | undefined {
  return readConceptCode(ctx, cc, codeSystemUrl(codelist));
}

/**
 * The Open TRM code of a FHIR code through a one-to-one map; a code without a row is reported.
 * @example
 * readMapped(newContext(), { value: "other", path: "/gender" }, sexMap); // "intersex"
 */
export function readMapped(ctx: ReadContext, c: Cursor, map: CodeMap): string | undefined {
  const code = readString(ctx, c);
  if (code === undefined) return undefined;
  const trm = fromFhirCode(map, code);
  if (trm === undefined)
    report(ctx, "ADAPTER_UNKNOWN_CODE", c.path, `not a code of the ${map.element} mapping`);
  return trm;
}

/**
 * The codes of the Codings from `system` in a list of Codings; Codings from other systems are left unread.
 * @example
 * readCodings(newContext(), { value: [{ system: "s", code: "a" }], path: "/purpose" }, "s"); // ["a"]
 */
export function readCodings(ctx: ReadContext, list: Cursor, system: string): string[] {
  return items(ctx, list)
    .filter((c) => isRecord(c.value) && c.value.system === system)
    .flatMap((c) => {
      const code = readString(ctx, get(c, "code"));
      if (code === undefined) return missing(ctx, get(c, "code"), "the code") ?? [];
      take(ctx, c);
      return [code];
    });
}

function hasSystem(cc: unknown, system: string): boolean {
  return (
    isRecord(cc) && Array.isArray(cc.coding) && cc.coding.some((c) => isRecord(c) && c.system === system)
  );
}

/**
 * The Open TRM codes of the CodeableConcepts in a list that hold a coding from the codelist's code system;
 * concepts without one are not Open TRM data and are left unread (and so reported as losses).
 * @example
 * readTrmConcepts(newContext(), { value: [{ coding: [{ system: "https://open-trm.org/fhir/CodeSystem/serviceType", code: "shelter" }] }], path: "/orderDetail" }, "serviceType"); // ["shelter"]
 */
export function readTrmConcepts(ctx: ReadContext, list: Cursor, codelist: string): string[] {
  const system = codeSystemUrl(codelist);
  return items(ctx, list)
    .filter((cc) => hasSystem(cc.value, system))
    .flatMap((cc) => readConceptCode(ctx, cc, system) ?? []);
}
