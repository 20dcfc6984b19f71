// TRM-R008: `scope` is transnational exactly when `from.country` differs from `to.country`. Error at `/scope`.
import { defineRule } from "./types.js";

/** TRM-R008: `scope: transnational` iff `from.country != to.country`. */
export const r008 = defineRule({
  id: "TRM-R008",
  documentTypes: ["referral"],
  check(doc) {
    const crossesBorder = doc.from.country !== doc.to.country;
    if (crossesBorder === (doc.scope === "transnational")) return [];
    const detail = crossesBorder
      ? "`scope` must be transnational when `from.country` and `to.country` differ."
      : "`scope` must be national when `from.country` and `to.country` are the same.";
    return [{ path: "/scope", detail }];
  },
});
