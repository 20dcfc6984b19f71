// Headless Chromium for the end-to-end test: Debian's chromium driven by playwright-core (no browser download).
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** The Chromium binary (default: Debian's `/usr/bin/chromium`; `TRM_CHROMIUM` overrides it). */
export const chromiumPath = process.env.TRM_CHROMIUM ?? "/usr/bin/chromium";

/** CI, or `TRM_REQUIRE_BROWSER=1`, turns a missing browser into a failure instead of a test that did not run. */
export const browserRequired =
  process.env.TRM_REQUIRE_BROWSER === "1" || ["1", "true"].includes((process.env.CI ?? "").toLowerCase());

/** Whether the Chromium binary is there. */
export const browserAvailable = existsSync(chromiumPath);

/** How to get the browser, for failure and warning messages. */
export const HOW_TO_INSTALL = `install Debian's chromium (\`apt-get install -y chromium\`) so that ${chromiumPath} exists, or point TRM_CHROMIUM at a Chromium binary`;

// The flags from shared/docs/toolchain.md: no sandbox in containers, and no background traffic of the browser's
// own, so that the test's network check sees only what the pages do.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS, headless: true });
}
