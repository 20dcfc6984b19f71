import { describe, expect, it } from "vitest";
import { toCtdc, toCtdcCsv } from "../../src/ctdc/index.js";
import { parseCsv } from "../../src/internal/csv-text.js";
import { copies, examples } from "./support/profiles.js";

const profiles = [...examples.values()].flatMap((p, i) => copies(p, 12, i * 100));

describe("CSV form", () => {
  it.each(["2021", "2024"] as const)(
    "%s: a header row, then the rows of toCtdc, as RFC 4180 text",
    (layout) => {
      const table = toCtdc(profiles, { layout });
      const csv = toCtdcCsv(profiles, { layout });
      if (!table.ok || !csv.ok) throw new Error("expected results");
      expect(csv.value.text.endsWith("\r\n")).toBe(true);
      expect(parseCsv(csv.value.text)).toEqual({
        ok: true,
        rows: [table.value.columns, ...table.value.rows],
      });
      expect(csv.value.report).toEqual(table.value.report);
      expect(csv.losses).toEqual(table.losses);
    },
  );

  it("writes the age band 48+ and empty cells as they are", () => {
    const p = [...examples.values()].find((x) => x.person.isChild === "no");
    if (!p) throw new Error("no adult example");
    const old = structuredClone(p);
    old.person.birthDate = "1950-01-01";
    const csv = toCtdcCsv(copies(old, 11), { layout: "2024" });
    if (!csv.ok) throw new Error("expected a result");
    const [, first] = csv.value.text.split("\r\n");
    expect(first?.split(",").slice(0, 3)).toEqual(["2026", "Man", "48+"]);
    expect(first).toContain(",,");
  });

  it("passes issues through", () => {
    const r = toCtdcCsv("not a dataset", { layout: "2021" });
    expect(r.ok).toBe(false);
  });
});
