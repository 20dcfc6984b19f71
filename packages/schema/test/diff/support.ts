// Builders of small JSON Schemas for the classifier's tests.
export type Schema = Record<string, unknown>;
export const obj = (
  properties: Schema,
  required: string[] = [],
  extra: Schema = { additionalProperties: false },
) => ({
  type: "object",
  properties,
  required,
  ...extra,
});
export const str = (more: Schema = {}) => ({ type: "string", ...more });
export const arr = (items: Schema, more: Schema = {}) => ({ type: "array", items, ...more });
export const code = (list: string, codes: string[]) => ({
  type: "string",
  enum: codes,
  "x-trm-codelist": list,
});
