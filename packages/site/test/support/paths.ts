import { fileURLToPath } from "node:url";

/** The repository checkout the tests read from. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Where browser screenshots are kept (gitignored, not committed). */
export const artifactsDir = fileURLToPath(new URL("../../../../test-artifacts/", import.meta.url));
