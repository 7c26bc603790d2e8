// The nested code-server install must see Node 24, not the outer `npm test`'s Node: npm reads an
// inherited npm_config_user_agent as its own config, and code-server's postinstall trusts it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanNpmEnv } from "../../scripts/clean-npm-env.mjs";
import { ROOT } from "../cli/helpers.ts";

const node24Bin = join(ROOT, "node_modules", "node", "bin");
const outside = mkdtempSync(join(tmpdir(), "oi-npm-env-"));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** The user agent a child npm, started in an unrelated folder, hands to the scripts it runs. */
function userAgentSeenBy(env: Record<string, string | undefined>): string {
  const script = "console.log(process.env.npm_config_user_agent)";
  const run = spawnSync("npm", ["exec", "--", "node", "-e", script], { cwd: outside, env: env as NodeJS.ProcessEnv, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

const inherited = { ...process.env, npm_config_user_agent: "npm/11.0.0 node/v20.20.2 linux x64 workspaces/false", PATH: `${node24Bin}:${process.env.PATH}` };

describe("cleanNpmEnv", () => {
  it("an inherited user agent misleads a child npm (the failure it prevents)", () => {
    expect(userAgentSeenBy(inherited)).toContain("node/v20.20.2");
  });

  it("without npm's variables, the child npm reports the Node it runs on", () => {
    expect(userAgentSeenBy(cleanNpmEnv(inherited, node24Bin))).toMatch(/node\/v24\./);
  });

  it("keeps everything else and puts the given folder first on PATH", () => {
    const env = cleanNpmEnv({ HOME: "/h", PATH: "/usr/bin", npm_lifecycle_event: "test", NPM_CONFIG_CACHE: "/c" }, "/n24");
    expect(env).toEqual({ HOME: "/h", PATH: "/n24:/usr/bin" });
  });
});
