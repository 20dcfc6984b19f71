import type { Issue } from "@open-trm/validator";

/** The outcome for one document (one file, one NDJSON line, or one item of a JSON array). */
export interface DocumentReport {
  readonly file: string;
  readonly line?: number;
  readonly documentType?: string;
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  /** Issues left out because of --max-issues. */
  readonly omitted: number;
}

/** Counts over the whole run. */
export interface Summary {
  documents: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
  files: number;
}

/** Writes a report as documents are validated; buffered formats write everything in `end`. */
export interface Reporter {
  document(r: DocumentReport): void;
  end(summary: Summary, failed: boolean): void;
}

export interface ReporterOptions {
  readonly write: (chunk: string) => void;
  readonly quiet: boolean;
}
