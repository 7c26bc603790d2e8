// Builds and packs the npm package, then installs the tarball into a fresh project the way a user
// would, with npm kept off the network: offline, an empty cache and a registry nobody listens on.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cleanNpmEnv } from "../../scripts/clean-npm-env.mjs";
import { ROOT, type RunResult } from "../cli/helpers.ts";

export interface InstalledPackage {
  /** The packed tarball. */
  tarball: string;
  /** The project the tarball is installed into (its own package.json and node_modules). */
  project: string;
  /** Removes every temporary folder. */
  remove: () => void;
}

/** npm's environment for the nested commands: the outer npm's variables gone, no network. */
function offlineNpmEnv(cache: string): Record<string, string> {
  const env = { ...cleanNpmEnv(), NO_COLOR: "1", npm_config_offline: "true", npm_config_cache: cache, npm_config_registry: "http://127.0.0.1:9/" };
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

let npmEnv: Record<string, string> = {};

/** Runs a command (npm, npx, node…) in `cwd` with the offline npm environment. */
export function run(command: string, args: string[], cwd: string): RunResult {
  const result = spawnSync(command, args, { cwd, env: npmEnv, encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `files` (relative path → text) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export function installPackage(): InstalledPackage {
  const temp = realpathSync(mkdtempSync(join(tmpdir(), "oi-package-")));
  const remove = () => rmSync(temp, { recursive: true, force: true });
  npmEnv = offlineNpmEnv(join(temp, "empty-npm-cache"));
  const built = run(process.execPath, [join(ROOT, "scripts/build-package.mjs"), "--out", join(temp, "package")], ROOT);
  if (built.code !== 0) throw new Error(`build-package failed:\n${built.stderr}`);
  const tarball = built.stdout.trim().split("\n").at(-1)!;
  const project = join(temp, "project");
  writeFiles(project, { "package.json": `${JSON.stringify({ name: "uses-outside-in", private: true, type: "module" }, null, 2)}\n` });
  const installed = run("npm", ["install", "--save-dev", "--no-audit", "--no-fund", tarball], project);
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${installed.stderr}`);
  return { tarball, project, remove };
}
