// A node in its own process, over the built package (dist): `node child-node.mjs <db file>`. Prints its URL on one
// line when it listens. The durability test kills it with SIGKILL; the rate limit is lifted for that test's burst.
import { createNode } from "../../dist/index.js";

const dbPath = process.argv[2];
if (!dbPath) {
  process.stderr.write("usage: node child-node.mjs <db file>\n");
  process.exit(2);
}
const node = createNode({
  dbPath,
  port: 0,
  limits: { ratePerSecond: 1_000_000, burst: 1_000_000 },
  logger: () => {},
});
process.stdout.write(`${await node.start()}\n`);
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => void node.stop().then(() => process.exit(0)));
