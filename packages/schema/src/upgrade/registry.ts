import type { UpgradeIssue, UpgradeRegistry, UpgradeStep } from "./types.js";

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * A registry that cannot work (a programmer error): a malformed version, a backward or duplicate step.
 * @example
 * try { defineUpgradeRegistry([identityStep("1")]); } catch (e) { if (e instanceof UpgradeRegistryError) console.error(e.code); }
 */
export class UpgradeRegistryError extends Error {
  override readonly name = "UpgradeRegistryError";
  readonly code = "INVALID_UPGRADE_REGISTRY";
}

/**
 * Orders two major.minor versions numerically (`1.10` after `1.9`); undefined when either is malformed.
 * @example
 * compareVersions("1.9", "1.10"); // < 0
 */
export function compareVersions(a: string, b: string): number | undefined {
  const [x, y] = [VERSION.exec(a), VERSION.exec(b)];
  if (!x || !y) return undefined;
  return Number(x[1]) - Number(y[1]) || Number(x[2]) - Number(y[2]);
}

/**
 * Checks steps and builds a registry; throws `UpgradeRegistryError` on a malformed version, a step that goes
 * backwards, a non-identity step between equal versions or two steps between the same versions.
 * @example
 * const registry = defineUpgradeRegistry([identityStep("1.0")]);
 */
export function defineUpgradeRegistry(steps: readonly UpgradeStep[]): UpgradeRegistry {
  const seen = new Set<string>();
  for (const s of steps) {
    const order = compareVersions(s.from, s.to);
    const id = `${s.from}->${s.to}`;
    if (order === undefined) throw new UpgradeRegistryError(`step ${id}: versions must be major.minor`);
    if (order > 0) throw new UpgradeRegistryError(`step ${id}: steps only go forward`);
    if (seen.has(id)) throw new UpgradeRegistryError(`step ${id}: registered twice`);
    seen.add(id);
  }
  const versions = [...new Set(steps.flatMap((s) => [s.from, s.to]))].sort(
    (a, b) => compareVersions(a, b) ?? 0,
  );
  return { versions, steps: [...steps] };
}

/**
 * Finds the shortest chain of steps from one version to another (breadth-first, ties broken by registration
 * order); `from === to` plans the identity step when one is registered.
 * @example
 * const plan = planUpgrade(upgradeRegistry, "1.0", "1.0"); // { ok: true, value: [identity step] }
 */
export function planUpgrade(
  registry: UpgradeRegistry,
  from: string,
  to: string,
):
  | { readonly ok: true; readonly value: readonly UpgradeStep[] }
  | { readonly ok: false; readonly issues: readonly UpgradeIssue[] } {
  const fail = (issue: UpgradeIssue) => ({ ok: false as const, issues: [issue] });
  const known = registry.versions.join(", ");
  if (!registry.versions.includes(to))
    return fail({
      code: "UNKNOWN_TARGET_VERSION",
      path: "",
      message: `target version is not one of the known versions (${known})`,
    });
  if (!registry.versions.includes(from))
    return fail({
      code: "UNKNOWN_SOURCE_VERSION",
      path: "/standardVersion",
      message: `standardVersion is not one of the known versions (${known})`,
    });
  if ((compareVersions(from, to) ?? 0) > 0)
    return fail({
      code: "DOWNGRADE",
      path: "/standardVersion",
      message: "the document is newer than the target version; upgrades never go back",
    });
  if (from === to) return { ok: true, value: registry.steps.filter((s) => s.from === from && s.to === to) };
  const previous = new Map<string, UpgradeStep>();
  const queue = [from];
  for (let v = queue.shift(); v !== undefined && !previous.has(to); v = queue.shift()) {
    for (const s of registry.steps) {
      if (s.from !== v || s.to === v || s.to === from || previous.has(s.to)) continue;
      previous.set(s.to, s);
      queue.push(s.to);
    }
  }
  if (!previous.has(to))
    return fail({
      code: "NO_UPGRADE_PATH",
      path: "/standardVersion",
      message: `no chain of upgrade steps leads from this version to ${to}`,
    });
  const path: UpgradeStep[] = [];
  for (let s = previous.get(to); s !== undefined; s = s.from === from ? undefined : previous.get(s.from))
    path.unshift(s);
  return { ok: true, value: path };
}
