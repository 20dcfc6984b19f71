/** Programmer errors and unusable inputs of the privacy toolkit (a missing key, an invalid policy). */
export class AnonymiseError extends Error {
  override readonly name = "AnonymiseError";
  /** Stable machine-readable code, e.g. `KEY_MISSING`, `POLICY_INVALID`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
