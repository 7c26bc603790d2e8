// Every CLI command the README and docs/cli.md show runs, word for word, against a copy of this
// repository and exits as documented. A command added to the docs needs an entry here; an entry
// whose command left the docs fails too, so the two cannot drift apart.
import { readFileSync, readdirSync, statSync } from "node:fs";
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
}

const showsSampleFindings = (r: RunResult) => {
  for (const sample of SAMPLES) expect(r.stdout).toContain(sample);
  expect(r.stdout).toMatch(/✖ \d+ problems/);
};
const unchanged = (dir: string, before: Map<string, string>) => expect(snapshot(dir)).toEqual(before);

const EXPECTED: Record<string, Expectation> = {
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
    const before = snapshot(dir);
    const result = runBin(cliArgs(command.text), { cwd: dir });
    const output = `${command.text}\n${result.stdout}\n${result.stderr}`;
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
    if (!expected) return expect(result.code, output).not.toBe(2);
    expect(result.code, output).toBe(expected.code);
    expected.check?.(result, dir, before);
  });
});
