import { HELP, VERSION } from "./help.js";
import { EXIT, InputError, type Io, processIo, UsageError } from "./io.js";

/**
 * Runs the trm command line and returns its exit code; never throws and never prints a stack trace
 * unless `--debug` is given.
 * @example
 * process.exitCode = await main(["validate", "examples"]);
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes("--debug");
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout.write(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case "--version":
      case "-v":
        io.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
      case "validate":
        return await (await import("./commands/validate.js")).validateCommand(rest, io);
      case "schema":
        return await (await import("./commands/schema.js")).schemaCommand(rest, io);
      case "codelist":
        return await (await import("./commands/codelist.js")).codelistCommand(rest, io);
      case "anonymise":
        return await (await import("./commands/anonymise.js")).anonymiseCommand(rest, io);
      case "risk":
        return await (await import("./commands/risk.js")).riskCommand(rest, io);
      case "stats":
        return await (await import("./commands/stats.js")).statsCommand(rest, io);
      case "disclose":
        return await (await import("./commands/disclose.js")).discloseCommand(rest, io);
      case "rules":
        return await (await import("./commands/rules.js")).rulesCommand(rest, io);
      case "convert":
        return await (await import("./commands/convert.js")).convertCommand(rest, io);
      case "diff":
        return await (await import("./commands/diff.js")).diffCommand(rest, io);
      case "upgrade":
        return await (await import("./commands/upgrade.js")).upgradeCommand(rest, io);
      case "serve":
        return await (await import("./commands/serve.js")).serveCommand(rest, io);
      case "tokens":
        return await (await import("./commands/tokens.js")).tokensCommand(rest, io);
      case "directory":
        return await (await import("./commands/directory.js")).directoryCommand(rest, io);
      case "keys":
        return await (await import("./commands/keys.js")).keysCommand(rest, io);
      case "verify":
        return await (await import("./commands/verify.js")).verifyCommand(rest, io);
      case "conformance-test":
        return await (await import("./commands/conformance-test.js")).conformanceTestCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"; run trm --help`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr.write(`trm: ${e.message}\n`);
      return EXIT.usage;
    }
    const err = e as Error;
    io.stderr.write(
      `trm: internal error${err?.name ? ` (${err.name})` : ""}; run again with --debug and report it\n`,
    );
    if (debug) io.stderr.write(`${err?.stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
