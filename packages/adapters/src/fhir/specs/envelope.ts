import type { GroupSpec } from "./dsl.js";

/**
 * Field rows of the document envelope (data model section 2) for a document whose root resource is `resource`:
 * the id is the resource's `urn:uuid:` identifier and the document type is the resource type itself.
 * @example
 * envelope("Patient").id; // "string=Patient.identifier (urn:ietf:rfc:3986)"
 */
export function envelope(resource: string): GroupSpec {
  return {
    documentType: `code=${resource} (resource type and profile)`,
    standardVersion: "string",
    id: `string=${resource}.identifier (urn:ietf:rfc:3986)`,
    createdAt: "dateTime",
    updatedAt: "dateTime",
    recordedBy: "ref:focalPoint",
    extensions: "json",
  };
}

/** The guardian of a child, as victim profiles and best-interests assessments record it. */
export const guardian: GroupSpec = {
  appointed: "boolean",
  type: "code",
  ref: "ref:focalPoint",
  appointedOn: "date",
};
