/** The shape of an Ajv error object, as produced by the precompiled validators. */
export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  readonly parentSchema?: unknown;
}

/** A precompiled structure validator. */
export interface StructureValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
