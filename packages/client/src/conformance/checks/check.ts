// The shape of a check, and small helpers the checks share.
import { randomUUID } from "node:crypto";
import type { CheckContext } from "../context.js";
import type { Operation } from "../openapi-document.js";

/** The optional tokens a check needs; without one it is skipped. */
export type OptionalToken = "b" | "c" | "admin";

/** One conformance check. */
export interface Check {
  /** Stable id: `<area>.<name>`. */
  readonly id: string;
  /** What it asserts, in one line. */
  readonly title: string;
  readonly needs?: readonly OptionalToken[];
  run(t: CheckContext): Promise<void>;
}

/** A concrete path of a template: each `{param}` becomes a new random UUID (an id that exists nowhere). */
export function concretePath(template: string): string {
  return template.replace(/\{[^}]+\}/g, () => randomUUID());
}

/** Whether the document says an operation needs a token (its own `security`, else the document's). */
export function isProtected(operation: Operation, documentSecurity: unknown): boolean {
  const security = operation.op.security ?? documentSecurity;
  return Array.isArray(security) && security.length > 0;
}

/** The headers and body a request to any operation carries, so that only the token decides the answer. */
export function placeholderRequest(operation: Operation) {
  const writes = operation.method === "post" || operation.method === "put";
  return {
    method: operation.method.toUpperCase(),
    path: concretePath(operation.template),
    headers: { "idempotency-key": randomUUID(), "if-match": '"AAAAAAAAAAAAAAAAAAAAAA"' },
    ...(writes ? { body: {} } : {}),
  };
}

/** A path with a query built from defined values. */
export function withQuery(
  path: string,
  query: Readonly<Record<string, string | number | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const text = params.toString();
  return text === "" ? path : `${path}?${text}`;
}

/** Reads every page of a `{ items, nextCursor }` list, up to `maxPages`; the cursor goes in `cursorParam`. */
export async function readPages<T>(
  t: CheckContext,
  party: Parameters<CheckContext["call"]>[0],
  path: string,
  query: Readonly<Record<string, string | number | undefined>>,
  options: { cursorParam: string; stopWhenEmpty?: boolean; maxPages?: number },
): Promise<{ items: T[]; cursor: string | undefined; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined = query[options.cursorParam] as string | undefined;
  for (let page = 0; page < (options.maxPages ?? 50); page++) {
    const reply = await t.call(party, {
      method: "GET",
      path: withQuery(path, { ...query, [options.cursorParam]: cursor }),
    });
    if (reply.status !== 200) {
      t.fail(`${reply.route} answered ${reply.status} while paging, want 200`);
      return { items, cursor, complete: false };
    }
    const body = reply.body as { items?: T[]; nextCursor?: string | null };
    const pageItems = Array.isArray(body.items) ? body.items : [];
    items.push(...pageItems);
    const next = typeof body.nextCursor === "string" ? body.nextCursor : undefined;
    // The events feed always returns a cursor; it ends when a page is empty.
    if (next === undefined || (options.stopWhenEmpty === true && pageItems.length === 0)) {
      return { items, cursor: next ?? cursor, complete: true };
    }
    cursor = next;
  }
  return { items, cursor, complete: false };
}
