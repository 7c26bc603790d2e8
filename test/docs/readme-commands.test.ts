// Every CLI command the README and docs/cli.md show runs, word for word, against a copy of this
// repository and exits as documented. A command added to the docs needs an entry here; an entry
// whose command left the docs fails too, so the two cannot drift apart.
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runBin, type RunResult } from "../cli/helpers.ts";
import { cliCommandsIn, shellWords } from "./doc-blocks.ts";
import { copyOf, copyTrackedFiles, removeCopies } from "./repo-copy.ts";

const DOCS = ["README.md", "docs/cli.md"];
const SAMPLES = ["samples/refund-policy.md", "samples/product-spec.md", "samples/customer-survey.md"];

interface Expectation {
  /** The exit code the docs promise (0 clean, 1 findings at or above --fail-on, 2 usage or I/O error). */
  code: number;
  check?: (result: RunResult, dir: string, before: Map<string, string>) => void;
  /** Puts the copy in the state the command is documented for (a git history, an earlier run). */
  setup?: (dir: string) => void;
}

const git = (dir: string, ...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
const NEW_SENTENCE = "\nWe may close your account at our sole discretion.\n";

/** The copy as a repository whose origin/main is the tree as copied, then one new sentence. */
function branchWithOneNewSentence(dir: string): void {
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "-c", "user.name=Docs Test", "-c", "user.email=docs@example.com", "commit", "-qm", "as copied");
  git(dir, "update-ref", "refs/remotes/origin/main", "HEAD");
  appendFileSync(join(dir, "samples/refund-policy.md"), NEW_SENTENCE);
}

const showsSampleFindings = (r: RunResult) => {
  for (const sample of SAMPLES) expect(r.stdout).toContain(sample);
  expect(r.stdout).toMatch(/✖ \d+ problems/);
};
const unchanged = (dir: string, before: Map<string, string>) => expect(snapshot(dir)).toEqual(before);

const BASELINE = ".outside-in-baseline.json";

const EXPECTED: Record<string, Expectation> = {
  "npx outside-in lint --changed-since origin/main --only-changed-lines": {
    code: 1,
    setup: branchWithOneNewSentence,
    check: (r) => {
      expect(r.stdout).toContain("samples/refund-policy.md");
      expect(r.stdout).not.toMatch(/^samples\/product-spec\.md {2}perspective/m);
      expect(r.stdout).toMatch(/✖ \d+ problems? \(1 error/);
      expect(r.stdout).toContain("sole-discretion");
    },
  },
  [`npx outside-in lint --baseline ${BASELINE} --update-baseline`]: {
    code: 0,
    check: (_, dir) => expect(JSON.parse(readFileSync(join(dir, BASELINE), "utf8")).outsideInBaseline).toBe(1),
  },
  [`npx outside-in lint --baseline ${BASELINE}`]: {
    code: 1,
    setup: (dir) => {
      expect(runBin(["lint", "--baseline", BASELINE, "--update-baseline"], { cwd: dir }).code).toBe(0);
      appendFileSync(join(dir, "samples/product-spec.md"), NEW_SENTENCE);
    },
    check: (r) => {
      expect(r.stdout).toContain("samples/product-spec.md");
      // Only the file with a new finding gets a heading (every file still appears in the score list).
      expect(r.stdout).not.toMatch(/^samples\/customer-survey\.md {2}perspective/m);
      expect(r.stdout).toContain("sole-discretion");
    },
  },
  "node bin/outside-in lint samples": { code: 1, check: showsSampleFindings },
  "node bin/outside-in lint": { code: 1, check: showsSampleFindings },
  'node bin/outside-in lint docs "samples/**/*.md"': {
    code: 1,
    check: (r) => {
      showsSampleFindings(r);
      expect(r.stdout).toContain("docs/cli.md");
    },
  },
  "node bin/outside-in lint --fix": {
    code: 1,
    check: (r, dir, before) => {
      expect(r.stdout).toMatch(/✖ \d+ problems/);
      const changed = [...snapshot(dir)].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
      expect(changed.filter((file) => !file.startsWith("samples/")), "--fix touched files with no findings").toEqual([]);
    },
  },
  "node bin/outside-in lint --fix-dry-run": { code: 1, check: (_, dir, before) => unchanged(dir, before) },
  "node bin/outside-in rules": { code: 0, check: (r) => expect(r.stdout).toMatch(/^sole-discretion\s+liability\s+error/m) },
  "node bin/outside-in explain sole-discretion": { code: 0, check: (r) => expect(r.stdout).toContain("/rules/sole-discretion/") },
  "node bin/outside-in init": {
    code: 0,
    check: (_, dir) => expect(readFileSync(join(dir, ".outside-in.yaml"), "utf8")).toContain("$schema="),
  },
  'outside-in lint "docs/**/*.md"': { code: 0, check: (r) => expect(r.stdout).toContain("docs/cli.md") },
  "outside-in --version": { code: 0, check: (r) => expect(r.stdout).toMatch(/^\d+\.\d+\.\d+ \(rulebook [0-9a-f]{8}\)\n$/) },
  "outside-in --help": { code: 0, check: (r) => expect(r.stdout).toContain("Usage: outside-in") },
  "outside-in lint --help": { code: 0, check: (r) => expect(r.stdout).toContain("--fail-on") },
  "outside-in rules": { code: 0, check: (r) => expect(r.stdout).toMatch(/\d+ rules\./) },
  "outside-in init": { code: 0, check: (_, dir) => expect(readFileSync(join(dir, ".outside-in.yaml"), "utf8")).toContain("root: true") },
  "npx outside-in init": { code: 0, check: (_, dir) => expect(readFileSync(join(dir, ".outside-in.yaml"), "utf8")).toContain("root: true") },
  "npx outside-in lint": { code: 1, check: showsSampleFindings },
  "npx outside-in lint --format github --fail-on warning": {
    code: 1,
    check: (r) => expect(r.stdout).toMatch(/^::error file=samples\/refund-policy\.md,line=\d+/m),
  },
};

/** Every file's text under `dir`, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  visit(dir);
  return files;
}

/** `node bin/outside-in …`, `outside-in …` and `npx outside-in …` all mean this repository's CLI. */
function cliArgs(command: string): string[] {
  const words = shellWords(command);
  const start = words.indexOf("outside-in") >= 0 ? words.indexOf("outside-in") : words.indexOf("bin/outside-in");
  return words.slice(start + 1);
}

const commands = cliCommandsIn(ROOT, DOCS);
let pristine = "";

beforeAll(() => {
  pristine = copyTrackedFiles(ROOT);
});
afterAll(removeCopies);

describe("commands in the README and docs/cli.md", () => {
  it("finds the documented commands, and each has an expectation here", () => {
    expect(commands.length).toBeGreaterThan(5);
    const documented = new Set(commands.map((c) => c.text));
    const missing = [...documented].filter((text) => !(text in EXPECTED));
    expect(missing, "commands in the docs with no expectation in this test").toEqual([]);
    const stale = Object.keys(EXPECTED).filter((text) => !documented.has(text));
    expect(stale, "expectations for commands the docs no longer show").toEqual([]);
  });

  // Commands without an entry still run: whatever else they do, a documented command is no usage error.
  it.each(commands.map((c) => [`${c.file}:${c.line} ${c.text}`, c] as const))("%s", (_, command) => {
    const expected = EXPECTED[command.text];
    const dir = copyOf(pristine);
    expected?.setup?.(dir);
    const before = snapshot(dir);
    const result = runBin(cliArgs(command.text), { cwd: dir });
    const output = `${command.text}\n${result.stdout}\n${result.stderr}`;
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
    if (!expected) return expect(result.code, output).not.toBe(2);
    expect(result.code, output).toBe(expected.code);
    expected.check?.(result, dir, before);
  });
});
