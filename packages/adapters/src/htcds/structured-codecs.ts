// Converters whose Open TRM side is a list of objects: online platforms by stage, a status date of a referral's
// history, and the consent state summarised as a checkbox.
import type { Consent } from "@open-trm/schema";
import type { Codec } from "./codecs.js";
import { consentCheckboxOfState, currentConsentState } from "./consent-state.js";
import { codeOfValue, type PicklistTable, rowOfCode } from "./picklists.js";

type Platform = { readonly stage?: unknown; readonly platform?: unknown };
type Stage = "recruitment" | "exploitation";

/** Where each entry of `onlinePlatforms` lands after a round trip: recruitment entries first, repeats dropped. */
function platformLayout(entries: readonly Platform[]): (number | "repeat")[] {
  const seen = new Set<string>();
  const placed: (number | "repeat" | Stage)[] = entries.map((e) => {
    const key = `${String(e.stage)}\u0000${String(e.platform)}`;
    if (seen.has(key)) return "repeat";
    seen.add(key);
    return e.stage === "recruitment" ? "recruitment" : "exploitation";
  });
  let next = 0;
  const out = placed.map((p) => (p === "recruitment" ? next++ : p));
  return out.map((p) => (p === "exploitation" ? next++ : p)) as (number | "repeat")[];
}

/** The platforms of one stage <-> that stage's websites-and-apps multiselect. */
export function platforms(table: PicklistTable, stage: Stage): Codec {
  return {
    kind: `multiselect (${table.codelist}, ${stage} stage)`,
    place: "append",
    out(value, pointer, sink) {
      if (!Array.isArray(value)) return undefined;
      const entries = value as readonly Platform[];
      const layout = platformLayout(entries);
      const values: string[] = [];
      entries.forEach((e, i) => {
        if (e.stage !== stage) return;
        const row = rowOfCode(table, e.platform);
        if (layout[i] === "repeat")
          sink.loss(`${pointer}/${i}`, "repeats an entry; an HTCDS multiselect holds each value once");
        else if (row?.value == null) sink.loss(`${pointer}/${i}`, "HTCDS has no value for this platform");
        else {
          values.push(row.value);
          if (layout[i] !== i)
            sink.loss(
              `${pointer}/${i}`,
              "HTCDS lists recruitment and exploitation platforms in two fields, so the entry moves in the list",
            );
        }
      });
      return values.length > 0 ? values : undefined;
    },
    in(value, path, sink) {
      const out: { stage: Stage; platform: string }[] = [];
      (Array.isArray(value) ? value : []).forEach((v, i) => {
        const platform = codeOfValue(table, v);
        if (platform === undefined)
          sink.issue(
            "ADAPTER_UNKNOWN_CODE",
            `${path}/${i}`,
            `no Open TRM code for this ${table.field} value`,
          );
        else if (out.some((o) => o.platform === platform)) sink.loss(`${path}/${i}`, "repeats a value");
        else out.push({ stage, platform });
      });
      return out;
    },
  };
}

/** The calendar date (as written, in its own offset) of the first history entry with a status. */
export function statusDate(status: string): Codec {
  return {
    kind: `date of the first "${status}" status`,
    out(value) {
      if (!Array.isArray(value)) return undefined;
      const entry = (value as { status?: unknown; at?: unknown }[]).find((e) => e.status === status);
      return typeof entry?.at === "string" ? entry.at.slice(0, 10) : undefined;
    },
  };
}

/** Whether consent is in effect (given or renewed, not expired) <-> con_Consent. */
export const consentCheckbox: Codec = {
  kind: "checkbox (consent in effect)",
  out(value, pointer, sink, ctx) {
    if (!Array.isArray(value)) return undefined;
    const state = currentConsentState(value as Consent["events"], ctx.asOf);
    const checked = state === undefined ? null : consentCheckboxOfState[state];
    if (checked === null) sink.loss(pointer, "a consent that is only requested has no checkbox value");
    return checked ?? undefined;
  },
};
