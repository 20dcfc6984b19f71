/** Programmer errors and unusable inputs of the node (a database that cannot be opened, a bad option). */
export class NodeError extends Error {
  override readonly name = "NodeError";
  /** Stable machine-readable code, e.g. `DB_OPEN_FAILED`, `MIGRATION_FAILED`, `OPTION_INVALID`. */
  readonly code: string;

  /**
   * Creates an error with a stable code; the message names what failed, never a value from a document.
   * @example
   * throw new NodeError("OPTION_INVALID", "createNode: port must be an integer from 0 to 65535");
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
