// The upgrade mechanism, tested with a registry of fake versions; the standard itself has only 1.0 so far.
import { describe, expect, test } from "vitest";
import { STANDARD_VERSION } from "../../src/index.js";
import {
  CURRENT_STANDARD_VERSION,
  compareVersions,
  defineUpgradeRegistry,
  identityStep,
  planUpgrade,
  type UpgradeDocument,
  UpgradeRegistryError,
  type UpgradeStep,
  upgradeDocument,
  upgradeRegistry,
} from "../../src/upgrade/index.js";

const step = (from: string, to: string, upgrade: UpgradeStep["upgrade"]): UpgradeStep => ({
  from,
  to,
  description: `fake ${from} to ${to}`,
  upgrade,
});

// 1.0 -> 1.1 adds an optional field with a default; 1.1 -> 2.0 renames caseRef to caseId; 2.0 -> 2.1 maps an
// urgency code and fails on codes it cannot map; 1.1 -> 1.2 -> 2.0 is a longer way round; 3.0 is unreachable.
const URGENCY: Readonly<Record<string, string>> = { immediate: "now", notUrgent: "later" };
const fake = defineUpgradeRegistry([
  identityStep("1.0"),
  step("1.0", "1.1", (d) => ({ ok: true, value: { ...d, channel: d.channel ?? "other" } })),
  step("1.1", "1.2", (d) => ({ ok: true, value: { ...d, via12: true } })),
  step("1.2", "2.0", (d) => ({ ok: true, value: { ...d, via12to20: true } })),
  step("1.1", "2.0", ({ caseRef, ...rest }) => ({ ok: true, value: { ...rest, caseId: caseRef } })),
  step("2.0", "2.1", (d) => {
    const mapped = typeof d.urgency === "string" ? URGENCY[d.urgency] : undefined;
    if (mapped === undefined)
      return {
        ok: false,
        issues: [{ code: "STEP_FAILED", path: "/urgency", message: "urgency has no equivalent in 2.1" }],
      };
    return { ok: true, value: { ...d, urgency: mapped } };
  }),
  identityStep("3.0"),
]);

function deepFreeze<T>(v: T): T {
  if (typeof v === "object" && v !== null) for (const x of Object.values(v)) deepFreeze(x);
  return Object.freeze(v);
}

const doc = (more: Record<string, unknown> = {}): UpgradeDocument =>
  deepFreeze({
    documentType: "referral",
    standardVersion: "1.0",
    caseRef: "00000000-0000-4000-8000-000000000001",
    urgency: "immediate",
    ...more,
  });

describe("upgradeDocument with a registry of fake versions", () => {
  test("1.0 -> 2.1 runs the shortest chain, renames the field and sets standardVersion at each step", () => {
    const input = doc();
    const r = upgradeDocument(input, "2.1", fake);
    expect(r).toEqual({
      ok: true,
      from: "1.0",
      to: "2.1",
      applied: ["1.0->1.1", "1.1->2.0", "2.0->2.1"],
      value: {
        documentType: "referral",
        standardVersion: "2.1",
        caseId: input.caseRef,
        urgency: "now",
        channel: "other",
      },
    });
    expect(input.standardVersion).toBe("1.0");
  });

  test("a version upgraded to itself goes through its identity step and comes back equal, not the same object", () => {
    const input = doc();
    const r = upgradeDocument(input, "1.0", fake);
    expect(r.ok && r.applied).toEqual(["1.0->1.0"]);
    expect(r.ok && r.value).toEqual(input);
    expect(r.ok && r.value).not.toBe(input);
  });

  test("a step that cannot convert a value fails with its path and never the value", () => {
    const r = upgradeDocument(doc({ urgency: "within48Hours" }), "2.1", fake);
    expect(r).toEqual({
      ok: false,
      issues: [
        { code: "STEP_FAILED", path: "/urgency", message: "step 2.0->2.1: urgency has no equivalent in 2.1" },
      ],
    });
    expect(JSON.stringify(r)).not.toContain("within48Hours");
  });

  test.each([
    ["unknown target", doc(), "9.9", "UNKNOWN_TARGET_VERSION"],
    ["unknown source", doc({ standardVersion: "0.9" }), "2.0", "UNKNOWN_SOURCE_VERSION"],
    ["downgrade", doc({ standardVersion: "2.0" }), "1.1", "DOWNGRADE"],
    ["unreachable version", doc(), "3.0", "NO_UPGRADE_PATH"],
    ["not an object", [] as unknown, "2.0", "NOT_A_DOCUMENT"],
    ["no standardVersion", { documentType: "referral" }, "2.0", "NOT_A_DOCUMENT"],
  ] as const)("%s is an issue", (_name, input, to, code) => {
    const r = upgradeDocument(input, to, fake);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual([code]);
  });
});

describe("planUpgrade and the registry", () => {
  const ids = (r: ReturnType<typeof planUpgrade>) =>
    r.ok ? r.value.map((s) => `${s.from}->${s.to}`) : r.issues;

  test("paths are the shortest chain of steps", () => {
    expect(ids(planUpgrade(fake, "1.1", "2.0"))).toEqual(["1.1->2.0"]);
    expect(ids(planUpgrade(fake, "1.2", "2.1"))).toEqual(["1.2->2.0", "2.0->2.1"]);
    expect(ids(planUpgrade(fake, "1.0", "1.2"))).toEqual(["1.0->1.1", "1.1->1.2"]);
  });

  test("between equally short chains, the step registered first wins", () => {
    const pass: UpgradeStep["upgrade"] = (d) => ({ ok: true, value: d });
    const steps = [
      step("1.0", "1.1", pass),
      step("1.0", "1.2", pass),
      step("1.1", "2.0", pass),
      step("1.2", "2.0", pass),
    ];
    expect(ids(planUpgrade(defineUpgradeRegistry(steps), "1.0", "2.0"))).toEqual(["1.0->1.1", "1.1->2.0"]);
    const reversed = [steps[1], steps[0], steps[3], steps[2]] as UpgradeStep[];
    expect(ids(planUpgrade(defineUpgradeRegistry(reversed), "1.0", "2.0"))).toEqual(["1.0->1.2", "1.2->2.0"]);
  });

  test("known versions are sorted numerically", () => {
    expect(fake.versions).toEqual(["1.0", "1.1", "1.2", "2.0", "2.1", "3.0"]);
    expect(compareVersions("1.9", "1.10")).toBeLessThan(0);
    expect(compareVersions("1", "1.0")).toBeUndefined();
  });

  test.each([
    ["a backward step", [step("2.0", "1.0", (d) => ({ ok: true, value: d }))]],
    ["a malformed version", [step("1", "2.0", (d) => ({ ok: true, value: d }))]],
    ["a step registered twice", [identityStep("1.0"), identityStep("1.0")]],
  ])("%s is a programmer error", (_name, steps) => {
    expect(() => defineUpgradeRegistry(steps)).toThrow(UpgradeRegistryError);
  });
});

describe("the standard's registry", () => {
  test("ends at the current standard version and holds only its identity step", () => {
    expect(CURRENT_STANDARD_VERSION).toBe(STANDARD_VERSION);
    expect(upgradeRegistry.versions).toEqual([STANDARD_VERSION]);
    expect(upgradeRegistry.steps.map((s) => `${s.from}->${s.to}`)).toEqual([
      `${STANDARD_VERSION}->${STANDARD_VERSION}`,
    ]);
  });

  test("an example document upgrades to the current version unchanged", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = join(import.meta.dirname, "../../../../examples/referral");
    const file = readdirSync(dir).find((f) => f.endsWith(".json")) as string;
    const example = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const r = upgradeDocument(example, STANDARD_VERSION);
    expect(r).toEqual({ ok: true, value: example, from: "1.0", to: "1.0", applied: ["1.0->1.0"] });
  });
});
