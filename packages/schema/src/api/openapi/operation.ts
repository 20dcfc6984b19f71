// One operation of the OpenAPI document from a compact description: security and common problems are derived.
import type { ProblemSlug } from "../problem.js";
import type { JsonObject } from "./components.js";
import { problems } from "./responses.js";

/** Who may call an operation. */
export type Access = "public" | "focalPoint" | "anyToken" | "admin";

/** A compact description of one operation. */
export interface OperationSpec {
  /** The `operationId`, also the client method's name where they match. */
  readonly id: string;
  /** One-line summary. */
  readonly summary: string;
  /** What the operation does and checks, in order. */
  readonly description: string;
  /** The tag the operation is listed under. */
  readonly tag: string;
  /** Who may call it. */
  readonly access: Access;
  /** Names of `components.parameters` (default: none). */
  readonly parameters?: readonly string[];
  /** The request body (default: none). */
  readonly requestBody?: JsonObject;
  /** Success responses by status. */
  readonly responses: Readonly<Record<string, JsonObject>>;
  /** Problems the operation answers with, beyond those its access implies. */
  readonly problems: readonly ProblemSlug[];
}

const accessText: Record<Access, string> = {
  public: "No token needed.",
  focalPoint: "Needs a focal-point token.",
  anyToken: "Needs a focal-point or administrator token.",
  admin: "Needs an administrator token; a focal-point token answers 403.",
};

/** The OpenAPI Operation Object of a spec; every operation names its security and its problems. */
export function operation(spec: OperationSpec): JsonObject {
  const implied: ProblemSlug[] = spec.access === "public" ? [] : ["unauthorized"];
  if (spec.access === "admin") implied.push("forbidden");
  const slugs = [...new Set<ProblemSlug>([...implied, ...spec.problems, "rate-limited"])];
  return {
    tags: [spec.tag],
    operationId: spec.id,
    summary: spec.summary,
    description: `${spec.description}\n\n${accessText[spec.access]}`,
    security: spec.access === "public" ? [] : [{ bearerAuth: [] }],
    ...(spec.parameters?.length
      ? { parameters: spec.parameters.map((p) => ({ $ref: `#/components/parameters/${p}` })) }
      : {}),
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses: { ...spec.responses, ...problems(...slugs) },
  };
}
