// The exchange node's verbs, run through the built binary: tokens, directory import, key rotation, serve, verify.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, REPO_DIR, runTrm, STACK_TRACE } from "./support/trm.js";

const dir = mkdtempSync(join(tmpdir(), "trm-node-cli-"));
const db = join(dir, "trm.sqlite");
const SI = "00000000-0000-4000-8000-000000005301";
const directoryFile = join(REPO_DIR, "examples", "focal-point-directory", "si-national-directory.json");
const opts = { cwd: dir };
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function serve(): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", "0"], { cwd: dir });
  server = child;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^listening on (http:\/\/\S+)\n/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1], exited });
    });
    child.once("exit", () => reject(new Error("trm serve exited before listening")));
  });
}

describe("trm tokens, directory, keys", () => {
  it("prints one token and nothing else, and refuses bad flags with exit 2", () => {
    const fpToken = runTrm(["tokens", "create", "--db", db, "--focal-point", SI], opts);
    expect([fpToken.code, fpToken.stderr]).toEqual([0, ""]);
    expect(fpToken.stdout).toMatch(/^trm_[A-Za-z0-9_-]{43}\n$/);
    const admin = runTrm(["tokens", "create", "--db", db, "--admin"], opts);
    expect(admin.stdout).toMatch(/^trm_[A-Za-z0-9_-]{43}\n$/);
    expect(admin.stdout).not.toBe(fpToken.stdout);
    for (const args of [
      ["tokens", "create", "--db", db],
      ["tokens", "create", "--db", db, "--admin", "--focal-point", SI],
      ["tokens", "create", "--db", db, "--focal-point", "someone"],
      ["tokens", "list", "--db", db],
    ]) {
      const r = runTrm(args, opts);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("imports a valid directory and reports an invalid one by path and code, without values", () => {
    const ok = runTrm(["directory", "import", "--db", db, directoryFile], opts);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/imported a directory of 3 focal points/);
    const doc = JSON.parse(readFileSync(directoryFile, "utf8"));
    const marker = "MARKER-not-a-date";
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ...doc, publishedOn: marker }));
    const bad = runTrm(["directory", "import", "--db", db, "bad.json"], opts);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/\/publishedOn TRM-S\d+/);
    expect(bad.stderr + bad.stdout).not.toContain(marker);
    expect(runTrm(["directory", "import", "--db", db, "missing.json"], opts).code).toBe(2);
  });

  it("rotates keys: each rotation prints a new kid", () => {
    const first = runTrm(["keys", "rotate", "--db", db], opts);
    const second = runTrm(["keys", "rotate", "--db", db], opts);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    expect(second.stdout).not.toBe(first.stdout);
  });
});

describe("trm serve and trm verify", () => {
  it("serves until SIGTERM; verify accepts the node's signature and refuses a tampered document", async () => {
    const { child, url, exited } = await serve();
    const token = runTrm(["tokens", "create", "--db", db, "--focal-point", SI], opts).stdout.trim();
    const response = await fetch(`${url}/focal-points`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const signature = response.headers.get("trm-signature") as string;
    writeFileSync(join(dir, "directory.json"), await response.text());
    const jwksUrl = `${url}/.well-known/jwks.json`;
    const valid = runTrm(["verify", "directory.json", "--jwks", jwksUrl, "--signature", signature], opts);
    expect([valid.code, valid.stdout]).toEqual([0, expect.stringMatching(/^signature valid \(kid /)]);
    writeFileSync(join(dir, "jwks.json"), await (await fetch(jwksUrl)).text());
    const text = readFileSync(join(dir, "directory.json"), "utf8");
    writeFileSync(join(dir, "tampered.json"), text.replace('"version":"7"', '"version":"8"'));
    const tampered = runTrm(
      ["verify", "tampered.json", "--jwks", "jwks.json", "--signature", signature],
      opts,
    );
    expect([tampered.code, tampered.stderr]).toEqual([1, "trm: signature invalid: bad-signature\n"]);
    expect(runTrm(["verify", "directory.json", "--jwks", "jwks.json"], opts).code).toBe(2);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
