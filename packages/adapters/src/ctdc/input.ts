import type { VictimProfile } from "@open-trm/schema";
import { checkTrmInput, issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import type { LayoutDef } from "./columns.js";
import { layout2021 } from "./layout-2021.js";
import { layout2024 } from "./layout-2024.js";
import { type CtdcLayout, ctdcLayouts } from "./types.js";

/** The layouts by name. */
export const layouts: Readonly<Record<CtdcLayout, LayoutDef>> = { "2021": layout2021, "2024": layout2024 };

/** Options with their defaults applied. */
export interface Resolved {
  readonly layout: CtdcLayout;
  readonly k: number;
  readonly quasi: readonly string[];
  readonly maxSuppression: number;
}

type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: AdapterIssue[] };

const option = (name: string, expected: string) =>
  issue("ADAPTER_INVALID_VALUE", "", `option ${name}: expected ${expected}`);

/** Checks the options (a caller's mistake is an issue at the root, never a throw) and applies the defaults. */
export function resolveOptions(options: unknown): Checked<Resolved> {
  const o = (options !== null && typeof options === "object" ? options : {}) as Partial<
    Record<string, unknown>
  >;
  const issues: AdapterIssue[] = [];
  const layout = o.layout as CtdcLayout;
  if (!ctdcLayouts.includes(layout)) issues.push(option("layout", `one of ${ctdcLayouts.join(", ")}`));
  const k = o.k ?? 11;
  if (typeof k !== "number" || !Number.isSafeInteger(k) || k < 1)
    issues.push(option("k", "a whole number >= 1"));
  const maxSuppression = o.maxSuppression ?? 0.05;
  if (typeof maxSuppression !== "number" || !(maxSuppression >= 0 && maxSuppression <= 1))
    issues.push(option("maxSuppression", "a number from 0 to 1"));
  if (issues.length > 0) return { ok: false, issues };
  const groups = layouts[layout].groups.map((g) => g.name);
  const quasi = o.quasi ?? groups;
  if (
    !Array.isArray(quasi) ||
    quasi.length === 0 ||
    !quasi.every((q) => groups.includes(q)) ||
    new Set(quasi).size !== quasi.length
  )
    return { ok: false, issues: [option("quasi", `distinct groups of the layout: ${groups.join(", ")}`)] };
  return { ok: true, value: { layout, k: k as number, quasi, maxSuppression: maxSuppression as number } };
}

/** Checks that the input is an array of valid victim profiles; issue paths start with the profile's index. */
export function checkProfiles(input: unknown): Checked<readonly VictimProfile[]> {
  if (!Array.isArray(input))
    return { ok: false, issues: [issue("ADAPTER_WRONG_TYPE", "", "expected an array of victim profiles")] };
  const issues: AdapterIssue[] = [];
  input.forEach((doc: unknown, i) => {
    const found = checkTrmInput(doc).map((x) => ({ ...x, path: `/${i}${x.path}` }));
    issues.push(...found);
    const type = (doc as { documentType?: unknown } | null)?.documentType;
    if (found.length === 0 && type !== "victimProfile")
      issues.push(
        issue("ADAPTER_INVALID_DOCUMENT", `/${i}/documentType`, "expected a victimProfile document"),
      );
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: input as VictimProfile[] };
}
