// Rows every document type gets: the envelope of data model section 2 and the extensions of section 4.
import type { DocumentTypeName } from "@open-trm/schema";
import { del, fault, type Mutation, set } from "../lib/mutation.js";

/** The document type each type is most plausibly mistaken for. */
const confusedWith: Record<DocumentTypeName, DocumentTypeName> = {
  victimProfile: "referral",
  referral: "victimProfile",
  consent: "referral",
  bestInterestsAssessment: "victimProfile",
  focalPoint: "focalPointDirectory",
  focalPointDirectory: "focalPoint",
};

/** The envelope rows of one document type, all applied to its minimal base. */
export function envelopeRows(type: DocumentTypeName): Mutation[] {
  const rows: Omit<Mutation, "type" | "base">[] = [
    {
      name: "extension-reverse-domain",
      category: "edgeCase",
      description:
        "An extension under the reverse-domain namespace `org.example.ngo` is accepted unvalidated.",
      apply: set("/extensions", { "org.example.ngo": { programme: "Test outreach", visits: 3 } }),
      errors: [],
    },
    {
      name: "missing-required-recorded-by",
      category: "missingRequired",
      description: "The required envelope field `recordedBy` is absent.",
      apply: del("/recordedBy"),
      errors: [fault("/recordedBy", "required")],
    },
    {
      name: "unknown-top-level-property",
      category: "unknownProperty",
      description: "A property that is not part of the standard (`comment`) sits at the top level.",
      apply: set("/comment", "Added by hand."),
      errors: [fault("/comment", "additionalProperties")],
    },
    {
      name: "wrong-document-type",
      category: "wrongDocumentType",
      description: `The document says it is a \`${confusedWith[type]}\` but is validated as a \`${type}\`.`,
      apply: set("/documentType", confusedWith[type]),
      errors: [fault("/documentType", "const")],
    },
    {
      name: "standard-version-2-0",
      category: "standardVersionMismatch",
      description: "The document claims version `2.0` of the standard; these schemas describe `1.0`.",
      apply: set("/standardVersion", "2.0"),
      errors: [fault("/standardVersion", "const")],
    },
    {
      name: "standard-version-major-only",
      category: "standardVersionMismatch",
      description: "The standard version is `1` instead of the required major.minor `1.0`.",
      apply: set("/standardVersion", "1"),
      errors: [fault("/standardVersion", "const")],
    },
    {
      name: "bad-uuid-id",
      category: "badUuid",
      description: "The `id` is a UUID one hex digit short.",
      apply: set("/id", "00000000-0000-4000-8000-00000000001"),
      errors: [fault("/id", "format")],
    },
    {
      name: "bad-date-time-no-offset",
      category: "badDateTime",
      description: "`createdAt` is a local date-time without an offset (RFC 3339 requires `Z` or `+hh:mm`).",
      apply: set("/createdAt", "2026-03-02T09:15:00"),
      errors: [fault("/createdAt", "format")],
    },
    {
      name: "bad-date-time-february-30",
      category: "badDateTime",
      description: "`updatedAt` falls on 30 February, a day that does not exist.",
      apply: set("/updatedAt", "2026-02-30T10:00:00Z"),
      errors: [fault("/updatedAt", "format")],
    },
    {
      name: "bad-extension-namespace",
      category: "badExtensionNamespace",
      description:
        "The extension namespace `Bad_NS` is neither a lower-case country code nor a reverse domain.",
      apply: set("/extensions", { Bad_NS: { note: "Test" } }),
      errors: [fault("/extensions/Bad_NS", "propertyNames")],
    },
    {
      name: "extension-not-an-object",
      category: "wrongType",
      description:
        "The content of the extension namespace `org.example.ngo` is a string instead of an object.",
      apply: set("/extensions", { "org.example.ngo": "flagged" }),
      errors: [fault("/extensions/org.example.ngo", "type")],
    },
  ];
  return rows.map((r) => ({ type, base: "minimal", ...r }));
}
