// What the pages share: the inputs, the field rows of each document type, codelist usage, and the site paths.
import { type FieldRow, fieldRows } from "./fields.js";
import { anchorId } from "./html.js";
import type { CodelistFile, DocumentInput, RuleEntry, SiteInputs } from "./inputs.js";

/** A document type with its field rows. */
export interface DocumentModel extends DocumentInput {
  /** Every field, parents before children. */
  readonly fields: readonly FieldRow[];
  /** The schema title, e.g. `Referral`. */
  readonly title: string;
  /** The schema description. */
  readonly description: string;
}

/** One use of a codelist by a field. */
export interface CodelistUse {
  readonly document: DocumentModel;
  readonly field: FieldRow;
}

/** The data every page generator reads. */
export interface SiteModel {
  readonly standardVersion: string;
  readonly documents: readonly DocumentModel[];
  readonly codelists: readonly CodelistFile[];
  readonly rules: readonly RuleEntry[];
  /** Fields that use each codelist, outside embedded documents (those are listed on their own type). */
  readonly codelistUses: ReadonlyMap<string, readonly CodelistUse[]>;
}

/**
 * Site paths of generated pages, from the site root.
 * @example
 * paths.field("referral", "/from/country"); // "documents/referral.html#f-from-country"
 */
export const paths = {
  home: "index.html",
  document: (slug: string) => `documents/${slug}.html`,
  field: (slug: string, pointer: string) => `documents/${slug}.html#${anchorId(pointer)}`,
  codelists: "codelists/index.html",
  codelist: (name: string) => `codelists/${name}.html`,
  code: (name: string, code: string) => `codelists/${name}.html#c-${code}`,
  rules: "rules.html",
  rule: (id: string) => `rules.html#${id}`,
  validator: "validator.html",
  guides: "guides/index.html",
  versioning: "versioning.html",
  changelog: "changelog.html",
  schemaFile: (file: string) => `schemas/v1/${file}`,
} as const;

/**
 * Builds the shared model from the inputs.
 * @example
 * const model = buildModel(loadInputs(root));
 * model.documents[0]?.fields.length;
 */
export function buildModel(inputs: SiteInputs): SiteModel {
  const documents = inputs.documents.map((d): DocumentModel => {
    const title = typeof d.schema.title === "string" ? d.schema.title : d.documentType;
    const description = typeof d.schema.description === "string" ? d.schema.description : "";
    return { ...d, fields: fieldRows(d.schema), title, description };
  });
  const codelistUses = new Map<string, CodelistUse[]>();
  for (const document of documents) {
    for (const field of document.fields) {
      if (!field.codelist || field.within) continue;
      codelistUses.set(field.codelist, [...(codelistUses.get(field.codelist) ?? []), { document, field }]);
    }
  }
  return {
    standardVersion: inputs.standardVersion,
    documents,
    codelists: inputs.codelists,
    rules: inputs.rules,
    codelistUses,
  };
}
