// Administration of a node's database from the command line: tokens, the directory, signing keys. Each function
// opens the database, does one thing in one transaction, and closes it; the node may be running meanwhile.
import type { FocalPointDirectory } from "@open-trm/schema";
import { createValidator, type Issue } from "@open-trm/validator";
import { newToken } from "./auth.js";
import { NodeError } from "./errors.js";
import { canonical } from "./http.js";
import { ensureSigningKey, rotateSigningKey } from "./signing.js";
import { openStore } from "./store/store.js";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Whom a token acts for: one focal point, or the node administrator.
 * @example
 * const subject: TokenSubject = { focalPoint: "00000000-0000-4000-8000-000000005301" }; // or { admin: true }
 */
export type TokenSubject = { readonly focalPoint: string } | { readonly admin: true };

/**
 * Creates a bearer token, stores only its SHA-256 and returns the token: it cannot be shown again.
 * @example
 * const token = createToken("./trm.sqlite", { focalPoint: "00000000-0000-4000-8000-000000005301" });
 */
export function createToken(dbPath: string, subject: TokenSubject): string {
  const focalPoint = "focalPoint" in subject ? subject.focalPoint : null;
  if (focalPoint !== null && !UUID.test(focalPoint)) {
    throw new NodeError("OPTION_INVALID", "createToken: the focal point id must be a UUID");
  }
  const store = openStore(dbPath);
  try {
    const { token, hash } = newToken();
    const kind = focalPoint === null ? "admin" : "focalPoint";
    store.transaction(() =>
      store.tokens.insert(hash, kind, focalPoint?.toLowerCase() ?? null, new Date().toISOString()),
    );
    return token;
  } finally {
    store.close();
  }
}

/**
 * Validates a focalPointDirectory document and makes it the directory the node serves.
 * @example
 * const result = importDirectory("./trm.sqlite", JSON.parse(readFileSync("directory.json", "utf8")));
 * if (!result.ok) console.error(result.issues);
 */
export function importDirectory(
  dbPath: string,
  doc: unknown,
):
  | { readonly ok: true; readonly focalPoints: number }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const result = createValidator().validate(doc);
  if (!result.ok) return { ok: false, issues: result.issues };
  if (result.documentType !== "focalPointDirectory") {
    const message = "documentType must be focalPointDirectory";
    return { ok: false, issues: [{ code: "TRM-P003", severity: "error", path: "/documentType", message }] };
  }
  const directory = doc as FocalPointDirectory;
  const store = openStore(dbPath);
  try {
    const updatedAt = new Date().toISOString();
    store.transaction(() => store.directory.put({ document: canonical(directory), updatedAt }));
    return { ok: true, focalPoints: directory.focalPoints.length };
  } finally {
    store.close();
  }
}

/**
 * Adds a new signing key; it signs from now on, and older keys stay in the JWKS. Returns the new key's `kid`.
 * @example
 * const kid = await rotateKeys("./trm.sqlite");
 */
export async function rotateKeys(dbPath: string): Promise<string> {
  const store = openStore(dbPath);
  try {
    await ensureSigningKey(store.keys);
    return await rotateSigningKey(store.keys);
  } finally {
    store.close();
  }
}
