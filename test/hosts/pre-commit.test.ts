// The pre-commit hooks (.pre-commit-hooks.yaml), run by the real pre-commit tool (installed by
// scripts/pretest/15-pre-commit.mjs) from a clone of this repository's hooks file and bundle.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMITTED_BUNDLE } from "../../scripts/cli-bundle.mjs";
import { makeTree, ROOT } from "../cli/helpers.ts";

const FILES = {
  "policy.md": "# Accounts\n\nWe may suspend accounts at our sole discretion.\n",
  "clean.md": "# Refunds\n\nYou can ask for a refund within 30 days, and we reply within a day.\n",
  "notice.md": "# Accounts\n\nYour account has been suspended.\n",
  "notes.txt": "We may suspend accounts at our sole discretion.\n",
  "script.sh": "echo 'We may suspend accounts at our sole discretion.'\n",
};

// What pre-commit needs from this repository: the hooks file and the bundle its entries name.
const HOOK_FILES = [".pre-commit-hooks.yaml", COMMITTED_BUNDLE];

const home = makeTree({});
const env: Record<string, string> = {
  PATH: [dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(":"),
  HOME: home,
  PRE_COMMIT_HOME: join(home, "pre-commit-cache"),
  // git may fetch from local paths only, so neither clone can reach for the network.
  GIT_ALLOW_PROTOCOL: "file",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  NO_COLOR: "1",
  LANG: "C.UTF-8",
};

function run(command: string[], cwd: string, prefix: string[] = []) {
  const all = [...prefix, ...command];
  const result = spawnSync(all[0]!, all.slice(1), { cwd, env, encoding: "utf8" });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

function git(args: string[], cwd: string): string {
  const result = run(["git", ...args], cwd);
  if (result.code !== 0) throw new Error(`git ${args.join(" ")}: ${result.output}`);
  return result.output.trim();
}

/** A git repository holding this worktree's current hooks file and bundle, committed; returns [path, rev]. */
function hooksRepository(): [string, string] {
  const dir = makeTree({});
  for (const file of HOOK_FILES) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  chmodSync(join(dir, COMMITTED_BUNDLE), 0o755);
  git(["init", "-q", "-b", "main"], dir);
  git(["add", "."], dir);
  git(["commit", "-q", "-m", "hooks"], dir);
  return [dir, git(["rev-parse", "HEAD"], dir)];
}

/** A user's repository whose .pre-commit-config.yaml uses both hooks, with FILES staged. */
function userRepository(hooksRepo: string, rev: string): string {
  const config = `repos:\n  - repo: ${hooksRepo}\n    rev: ${rev}\n    hooks:\n      - id: outside-in\n      - id: outside-in-fix\n`;
  const dir = makeTree({ ...FILES, ".outside-in.yaml": "root: true\n", ".pre-commit-config.yaml": config });
  git(["init", "-q", "-b", "main"], dir);
  git(["add", "."], dir);
  return dir;
}

const hasPreCommit = spawnSync("pre-commit", ["--version"], { stdio: "ignore" }).status === 0;
// No network at all: a new network namespace has only a loopback device, and it is down.
const noNetwork = ["unshare", "--net", "--map-root-user"];
const canDropNetwork = spawnSync(noNetwork[0]!, [...noNetwork.slice(1), "true"], { stdio: "ignore" }).status === 0;

describe("pre-commit hooks", () => {
  let repo = "";

  beforeAll(() => {
    if (!hasPreCommit) throw new Error("pre-commit is not installed; `npm test` installs it (scripts/pretest/15-pre-commit.mjs)");
    const [hooksRepo, rev] = hooksRepository();
    repo = userRepository(hooksRepo, rev);
  });

  it("outside-in fails on a staged file with company-side wording and names the finding", () => {
    const result = run(["pre-commit", "run", "outside-in", "--files", "policy.md", "clean.md"], repo);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toMatch(/Outside-In \(customer-side wording\)\.+Failed/);
    expect(result.output).toContain("policy.md");
    expect(result.output).toContain("sole-discretion");
    expect(result.output).not.toMatch(/^clean\.md/m);
  });

  it("outside-in passes a clean file", () => {
    const result = run(["pre-commit", "run", "outside-in", "--files", "clean.md"], repo);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Outside-In \(customer-side wording\)\.+Passed/);
  });

  it("lints .txt files and leaves other file types alone", () => {
    const txt = run(["pre-commit", "run", "outside-in", "--files", "notes.txt"], repo);
    expect(txt.code, txt.output).toBe(1);
    expect(txt.output).toContain("sole-discretion");
    const sh = run(["pre-commit", "run", "outside-in", "--files", "script.sh"], repo);
    expect(sh.code, sh.output).toBe(0);
    expect(sh.output).toMatch(/\(no files to check\)Skipped/);
  });

  it("outside-in-fix rewrites a fixable file, and pre-commit fails the run because a file changed", () => {
    const result = run(["pre-commit", "run", "outside-in-fix", "--files", "notice.md"], repo);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain("files were modified by this hook");
    expect(readFileSync(join(repo, "notice.md"), "utf8")).toBe("# Accounts\n\nWe've suspended your account.\n");
    expect(readFileSync(join(repo, "policy.md"), "utf8")).toBe(FILES["policy.md"]);
  });

  it("blocks a git commit once installed as the repository's hook", () => {
    expect(run(["pre-commit", "install"], repo).code).toBe(0);
    const blocked = run(["git", "commit", "-q", "-m", "policy"], repo);
    expect(blocked.code, blocked.output).not.toBe(0);
    expect(blocked.output).toContain("sole-discretion");
    expect(git(["rev-list", "--all", "--count"], repo)).toBe("0");
  });

  it.skipIf(!canDropNetwork)("installs and runs the hooks with no network (fresh cache, new network namespace)", () => {
    const [hooksRepo, rev] = hooksRepository();
    const isolated = userRepository(hooksRepo, rev);
    const cache = env.PRE_COMMIT_HOME;
    env.PRE_COMMIT_HOME = makeTree({});
    try {
      const result = run(["pre-commit", "run", "outside-in", "--files", "policy.md"], isolated, noNetwork);
      expect(result.output).toContain("Initializing environment");
      expect(result.code, result.output).toBe(1);
      expect(result.output).toContain("sole-discretion");
    } finally {
      env.PRE_COMMIT_HOME = cache!;
    }
  });
});
