// The node, directory, change-feed and audit operations of the exchange API.
import type { JsonObject } from "./components.js";
import { operation } from "./operation.js";
import { body, success } from "./responses.js";

/** Path items of `/`, `/openapi.json`, `/.well-known/jwks.json`, `/focal-points`, `/events` and `/audit`. */
export function nodePaths(): Record<string, JsonObject> {
  return {
    "/": {
      get: operation({
        id: "getNode",
        summary: "Describe the node",
        description:
          "The standard version, the node's focal point, its profiles, where this description is, and its JWKS.",
        tag: "Node",
        access: "public",
        responses: { "200": success("Node metadata.", { schema: "NodeInfo", examples: ["node-info"] }) },
        problems: [],
      }),
    },
    "/openapi.json": {
      get: operation({
        id: "getOpenApi",
        summary: "This API description",
        description: "The OpenAPI 3.1 document of the API, as published in `schemas/v1/openapi.json`.",
        tag: "Node",
        access: "public",
        responses: {
          "200": {
            description: "The OpenAPI document.",
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
        problems: [],
      }),
    },
    "/.well-known/jwks.json": {
      get: operation({
        id: "getJwks",
        summary: "The node's signing keys",
        description: "Every public key the node signed with, so that signatures can be checked offline.",
        tag: "Node",
        access: "public",
        responses: { "200": success("The JWKS.", { schema: "JWKS", examples: ["jwks"] }) },
        problems: [],
      }),
    },
    "/focal-points": {
      get: operation({
        id: "getDirectory",
        summary: "Read the directory",
        description: "The focal point directory the node serves; 404 when none has been loaded.",
        tag: "Directory",
        access: "anyToken",
        responses: {
          "200": success("The directory.", {
            schema: "FocalPointDirectory",
            examples: ["directory"],
            signed: true,
          }),
        },
        problems: ["not-found"],
      }),
      put: operation({
        id: "putDirectory",
        summary: "Replace the directory",
        description: "Replaces the whole directory with a valid focalPointDirectory document.",
        tag: "Directory",
        access: "admin",
        parameters: ["IfMatchWhenExists"],
        requestBody: body("The directory.", "FocalPointDirectory", ["directory"]),
        responses: {
          "200": success("The directory now served.", { schema: "FocalPointDirectory", signed: true }),
        },
        problems: [
          "bad-request",
          "precondition-failed",
          "payload-too-large",
          "invalid-document",
          "precondition-required",
        ],
      }),
    },
    "/focal-points/{id}": {
      get: operation({
        id: "getFocalPoint",
        summary: "Read a focal point",
        description: "One focal point of the directory.",
        tag: "Directory",
        access: "anyToken",
        parameters: ["FocalPointId"],
        responses: {
          "200": success("The focal point.", {
            schema: "FocalPoint",
            examples: ["focal-point"],
            signed: true,
          }),
        },
        problems: ["not-found"],
      }),
      put: operation({
        id: "putFocalPoint",
        summary: "Create or replace a focal point",
        description:
          "Upserts one focal point of the directory; the body's `id` must be the path's (400). Without a directory loaded (`PUT /focal-points` first) it answers 409.",
        tag: "Directory",
        access: "admin",
        parameters: ["FocalPointId", "IfMatchWhenExists"],
        requestBody: body("The focal point.", "FocalPoint", ["focal-point"]),
        responses: {
          "200": success("Replaced.", { schema: "FocalPoint", signed: true }),
          "201": success("Created.", { schema: "FocalPoint", signed: true, created: true }),
        },
        problems: [
          "bad-request",
          "conflict",
          "precondition-failed",
          "payload-too-large",
          "invalid-document",
          "precondition-required",
        ],
      }),
    },
    "/events": {
      get: operation({
        id: "listEvents",
        summary: "Read the change feed",
        description:
          "Status transitions and consent events about resources the token may see, as CloudEvents 1.0 without personal data. With `wait`, a request that finds nothing new waits up to that many seconds for an event (long-poll).",
        tag: "Events",
        access: "anyToken",
        parameters: ["EventsAfter", "Wait", "Limit"],
        responses: { "200": success("A page of events.", { schema: "EventPage", examples: ["event-page"] }) },
        problems: ["bad-request"],
      }),
    },
    "/audit": {
      get: operation({
        id: "listAudit",
        summary: "Read the audit trail",
        description:
          "Who read or wrote which document, when, and whether it was allowed: every access to referrals and consents except 401s, appended in the same transaction as the access.",
        tag: "Audit",
        access: "admin",
        parameters: ["ResourceId", "Actor", "AuditAfter", "Limit"],
        responses: {
          "200": success("A page of audit entries.", { schema: "AuditPage", examples: ["audit-page"] }),
        },
        problems: ["bad-request"],
      }),
    },
  };
}
