// Scratch git repositories for the --changed-since and --baseline tests.
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { TEST_RULES, makeTree } from "./helpers.ts";

/** Git that ignores the tester's global and system config, and never looks above the temp folder. */
export function git(dir: string, ...args: string[]): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_CEILING_DIRECTORIES: dirname(dir) };
  const run = spawnSync("git", args, { cwd: dir, env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${run.stderr}`);
  return run.stdout;
}

/** A repository holding the test rules and `files`, committed and tagged `base`. */
export function makeRepo(files: Record<string, string>): string {
  const dir = makeTree({ ...TEST_RULES, ...files });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.email", "tests@example.com");
  git(dir, "config", "user.name", "Tests");
  git(dir, "config", "commit.gpgsign", "false");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  git(dir, "tag", "base");
  return dir;
}

/** The environment spawned CLIs get, so they too stop looking for a repository at the temp folder. */
export const repoEnv = (dir: string): Record<string, string> => ({ GIT_CEILING_DIRECTORIES: dirname(dir), GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" });
