// Opaque page cursors: base64url of a small JSON array, versioned so that the format can change.
import { HttpProblem } from "./problems.js";

/** Encodes cursor parts as an opaque string. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(["v1", ...parts]), "utf8").toString("base64url");
}

/** Decodes a cursor made by `encodeCursor` with parts of the given types; anything else is a 400. */
export function decodeCursor<T extends readonly ("string" | "number")[]>(
  cursor: string,
  types: T,
): { [K in keyof T]: T[K] extends "string" ? string : number } {
  let parts: unknown;
  try {
    parts = /^[A-Za-z0-9_-]{1,512}$/.test(cursor)
      ? JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
      : null;
  } catch {
    parts = null;
  }
  const ok =
    Array.isArray(parts) &&
    parts.length === types.length + 1 &&
    parts[0] === "v1" &&
    types.every(
      (t, i) => typeof parts[i + 1] === t && (t !== "number" || Number.isSafeInteger(parts[i + 1])),
    );
  if (!ok) throw new HttpProblem("bad-request", { detail: "The cursor is not one this node issued." });
  return (parts as unknown[]).slice(1) as { [K in keyof T]: T[K] extends "string" ? string : number };
}
