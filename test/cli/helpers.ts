// Shared helpers for CLI tests: temp trees, the real binary, and main() in-process.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(ROOT, "bin/outside-in");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
}

const BASE_ENV = { NO_COLOR: "1", FORCE_COLOR: undefined, GITHUB_STEP_SUMMARY: undefined };

/** Spawns bin/outside-in with the system node (the same one users get from `npx outside-in`). */
export function runBin(args: string[], options: RunOptions): RunResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...BASE_ENV, ...options.env })) if (v !== undefined) env[k] = v;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env, input: options.stdin ?? "", encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.error) throw run.error;
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Spawns the binary as a user without privileges, so file permissions matter: root reads any
 * file. As root that user is "nobody" (setpriv), and the folder is opened up for it to enter.
 */
export function runBinUnprivileged(args: string[], options: RunOptions): RunResult {
  if (process.getuid?.() !== 0) return runBin(args, options);
  chmodSync(options.cwd, 0o755);
  for (const entry of readdirSync(options.cwd, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) chmodSync(join(entry.parentPath, entry.name), 0o755);
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...BASE_ENV, HOME: options.cwd, ...options.env })) if (v !== undefined) env[k] = v;
  const run = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, BIN, ...args], { cwd: options.cwd, env, encoding: "utf8" });
  if (run.error) throw run.error;
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Calls main() in this process with captured output. */
export async function runInProcess(args: string[], options: RunOptions): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd: options.cwd,
    env: { ...BASE_ENV, ...options.env },
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdoutIsTTY: false,
    readStdin: async (maxBytes) => Buffer.from(options.stdin ?? "").subarray(0, maxBytes + 1),
  });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder with the given files (string or bytes); `root: true` configs keep /tmp's out. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "oi-cli-")));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A custom rule with a safe rewrite, since fixing needs one whatever the built-in rules offer. */
export const SAFE_RULE = `---
id: utilise-to-use
title: Say use
category: jargon
severity: warning
kind: substitution
principle: easy
appliesTo: [any]
message: 'Say "use" instead of "{match}".'
swap:
  - pattern: utili[sz]e
    replace: use
    safe: true
---

## Why it matters

Plain words are faster to read.

## Examples

- **Don't:** Utilise the form.

  **Rewrite:** Use the form.

- **Do:** Use the form.
`;

/** An error-level rule on a word no built-in rule cares about, so exit codes do not depend on them. */
export const ZEBRA_RULE = `---
id: zebra-error
title: No zebras
category: jargon
severity: error
kind: substitution
principle: easy
appliesTo: [any]
message: 'No "{match}" here.'
swap:
  - pattern: zebra
---

## Why it matters

Tests need a rule that only they trigger.
`;

/** A config that adds SAFE_RULE and ZEBRA_RULE and keeps lookups inside the temp folder. */
export const SAFE_RULE_CONFIG = "root: true\nruleFolders: [rules]\n";

/** The test rules plus their config, to spread into makeTree(). */
export const TEST_RULES = { ".outside-in.yaml": SAFE_RULE_CONFIG, "rules/utilise-to-use.md": SAFE_RULE, "rules/zebra-error.md": ZEBRA_RULE };

/** Findings of these rules only: built-in rules come and go as the rulebook grows. */
export const TEST_RULE_IDS = ["utilise-to-use", "zebra-error", "sole-discretion", "unused-disable"];

export const ZEBRA_TEXT = "A zebra crossed the road.\n";
export const WARNING_TEXT = "You can utilise the form.\n";

export const COMPANY_TEXT = "We may suspend accounts at our sole discretion.\n";
export const CUSTOMER_TEXT = "You can cancel at any time from your account page.\n";

export function parseJson(stdout: string): Array<{ filePath: string; messages: Array<Record<string, unknown>> } & Record<string, unknown>> {
  return JSON.parse(stdout);
}
