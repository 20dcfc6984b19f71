/** Programmer errors of the client (a value that is not JSON data, an unusable signing key). */
export class ClientError extends Error {
  override readonly name = "ClientError";
  /** Stable machine-readable code, e.g. `NOT_JSON`, `KEY_INVALID`. */
  readonly code: string;

  /**
   * Creates an error with a stable code; the message names a path and a rule, never a value.
   * @example
   * throw new ClientError("NOT_JSON", "canonicalJson: /a is not a finite number");
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
