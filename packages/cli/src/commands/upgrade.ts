import { CURRENT_STANDARD_VERSION, upgradeDocument, upgradeRegistry } from "@open-trm/schema/upgrade";
import { createValidator, type Issue } from "@open-trm/validator";
import { parse, str } from "../args.js";
import { EXIT, type Io, readTextInput, UsageError } from "../io.js";

const report = (io: Io, issues: readonly Pick<Issue, "code" | "path" | "message">[], severity = "error") => {
  for (const i of issues)
    io.stderr.write(`  ${severity.padEnd(7)} ${i.code}  ${i.path || "/"}  ${i.message}\n`);
};

/**
 * `trm upgrade <file|-> [--to <version>]`: upgrades a document to a version of the standard, validates it and
 * prints it; exit codes as `trm validate` (nothing is printed on stdout unless the result is valid).
 */
export async function upgradeCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { to: { type: "string" } });
  const [path] = parsed.positionals;
  if (parsed.positionals.length !== 1 || path === undefined)
    throw new UsageError("upgrade needs exactly one document file (or - for standard input)");
  const to = str(parsed, "to") ?? CURRENT_STANDARD_VERSION;
  if (!upgradeRegistry.versions.includes(to))
    throw new UsageError(
      `--to must be a known version of the standard: ${upgradeRegistry.versions.join(", ")}`,
    );
  const validator = createValidator();
  const parsedDoc = validator.parseJson(await readTextInput(path, io));
  if (!parsedDoc.ok) {
    io.stderr.write(`invalid ${path}\n`);
    report(io, parsedDoc.issues);
    return EXIT.invalid;
  }
  const upgraded = upgradeDocument(parsedDoc.value, to);
  if (!upgraded.ok) {
    io.stderr.write(`cannot upgrade ${path} to ${to}\n`);
    report(io, upgraded.issues);
    return EXIT.invalid;
  }
  const result = validator.validate(upgraded.value);
  if (!result.ok) {
    io.stderr.write(`invalid ${path} after upgrading to ${to}\n`);
    for (const severity of ["error", "warning"] as const)
      report(
        io,
        result.issues.filter((i) => i.severity === severity),
        severity,
      );
    return EXIT.invalid;
  }
  report(io, result.issues, "warning");
  io.stderr.write(
    `upgraded ${path} from ${upgraded.from} to ${upgraded.to} (${upgraded.applied.join(", ") || "no step"})\n`,
  );
  io.stdout.write(`${JSON.stringify(upgraded.value, null, 2)}\n`);
  return EXIT.ok;
}
