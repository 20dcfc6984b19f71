import type { Issue } from "../issue.js";
import { escapePointerToken } from "../issue.js";

/** Limits against hostile input; every one gives a clear issue rather than a crash. */
export interface Limits {
  /** Largest document, in UTF-8 bytes of its JSON text (default: 16 MiB). */
  readonly maxBytes: number;
  /** Deepest nesting of objects and arrays (default: 64). */
  readonly maxDepth: number;
  /** Longest array (default: 10,000 items). */
  readonly maxArrayLength: number;
  /** Longest string, in UTF-16 code units (default: 100,000). */
  readonly maxStringLength: number;
}

/** The default limits. */
export const defaultLimits: Limits = {
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 64,
  maxArrayLength: 10_000,
  maxStringLength: 100_000,
};

/** UTF-8 byte length of a string, counted without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Checks the size of a JSON text; cheap for short texts. */
export function checkSize(text: string, limits: Limits): Issue | undefined {
  if (text.length <= limits.maxBytes / 3) return undefined; // at most 3 bytes per UTF-16 code unit here
  if (utf8Length(text) <= limits.maxBytes) return undefined;
  return {
    code: "TRM-L001",
    severity: "error",
    path: "",
    message: `document larger than ${limits.maxBytes} bytes`,
  };
}

/**
 * Walks a parsed value and reports breaches of the depth, array and string limits (at most five of each).
 * Recursion is safe: it never goes deeper than `maxDepth`. Paths are built only when a limit is breached.
 */
export function checkShape(value: unknown, limits: Limits): Issue[] {
  const issues: Issue[] = [];
  const tokens: (string | number)[] = [];
  const counts = { depth: 0, array: 0, string: 0 };
  const here = () => tokens.map((t) => `/${escapePointerToken(t)}`).join("");
  const report = (kind: keyof typeof counts, code: string, message: string) => {
    if (counts[kind]++ < (kind === "depth" ? 1 : 5))
      issues.push({ code, severity: "error", path: here(), message });
  };
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === "string") {
      if (v.length > limits.maxStringLength) {
        report("string", "TRM-L004", `string longer than ${limits.maxStringLength} characters`);
      }
      return;
    }
    if (typeof v !== "object" || v === null) return;
    if (depth >= limits.maxDepth) {
      report("depth", "TRM-L002", `nested deeper than ${limits.maxDepth} levels`);
      return;
    }
    if (Array.isArray(v)) {
      if (v.length > limits.maxArrayLength) {
        report("array", "TRM-L003", `array longer than ${limits.maxArrayLength} items`);
        return;
      }
      for (let i = 0; i < v.length; i++) {
        tokens.push(i);
        walk(v[i], depth + 1);
        tokens.pop();
      }
      return;
    }
    for (const k in v) {
      tokens.push(k);
      walk((v as Record<string, unknown>)[k], depth + 1);
      tokens.pop();
    }
  };
  walk(value, 0);
  return issues;
}
