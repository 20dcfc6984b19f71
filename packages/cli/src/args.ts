import { parseArgs } from "node:util";
import { UsageError } from "./io.js";

/** Parsed flags: string flags as strings, boolean flags as true. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses flags with node:util, turning its errors into usage errors (exit 2). */
export function parse(
  args: readonly string[],
  options: Readonly<Record<string, { type: "string" | "boolean" }>>,
): Parsed {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, debug: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional.*$/s, ""));
  }
}

/** A string flag's value, or undefined. */
export function str(p: Parsed, flag: string): string | undefined {
  const v = p.values[flag];
  return typeof v === "string" ? v : undefined;
}

/** Checks that a flag value is one of the allowed choices. */
export function choice<C extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly C[],
  fallback: C,
): C {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UsageError(`--${flag} must be one of ${choices.join(", ")}`);
}
