#!/usr/bin/env node
// The trm command. Loads the built CLI; exit codes: 0 valid, 1 invalid, 2 usage or unreadable input, 3 internal error.
import { main } from "../dist/main.js";

// A reader that stops early (trm ... | head) closes the pipe: stop quietly with the exit code so far.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}
process.exitCode = await main(process.argv.slice(2));
