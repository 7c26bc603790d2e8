// `outside-in doctor`: names every config, ignore file and rule folder that applies to a path, with
// the reason, and fails on a broken config exactly as lint does.
import { describe, expect, it } from "vitest";
import { TEST_RULES, ZEBRA_TEXT, makeTree, runBin, runInProcess } from "./helpers.ts";

/** A repository with a root config declaring rule folders, a nested config, and ignore files. */
const tree = () =>
  makeTree({
    ".git/HEAD": "ref: refs/heads/main\n",
    ...TEST_RULES,
    ".outside-in.yaml": "root: true\nruleFolders: [rules]\ndocumentType: policy\n",
    ".gitignore": "*.log\n",
    "docs/.outside-in.yaml": "audience: staff\nrules:\n  sole-discretion: off\noverrides:\n  - files: ['guides/**']\n    rules:\n      utilise-to-use: info\nignore: ['old/**']\n",
    "docs/.outside-inignore": "drafts/\n",
    "docs/guides/start.md": ZEBRA_TEXT,
    "docs/drafts/plan.md": ZEBRA_TEXT,
    "docs/old/page.md": ZEBRA_TEXT,
  });

const doctor = async (dir: string, ...args: string[]) => {
  const run = await runInProcess(["doctor", ...args], { cwd: dir });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return run.stdout;
};

describe("doctor", () => {
  it("names the config chain, the ignore files, the rule folders and the settings, each with where it comes from", async () => {
    const out = await doctor(tree(), "docs/guides/start.md");
    expect(out).toMatch(/^docs\/guides\/start\.md\n/);
    // Farthest first, and the root config says it stopped the lookup.
    expect(out).toMatch(/Config files, farthest first.*\n {2}\.outside-in\.yaml {2}root: true, the lookup stopped here\n {2}docs\/\.outside-in\.yaml\n/);
    expect(out).toMatch(/Ignore files, from the top down:\n {2}\.gitignore\n {2}docs\/\.outside-inignore\n/);
    expect(out).toContain("  rules  2 rules, declared by .outside-in.yaml (ruleFolders[0])");
    expect(out).toContain("  documentType: policy  (from .outside-in.yaml)");
    expect(out).toContain("  audience: staff  (from docs/.outside-in.yaml)");
    expect(out).toContain("    sole-discretion: off  (from docs/.outside-in.yaml)");
    expect(out).toContain("    utilise-to-use: info  (from docs/.outside-in.yaml)");
    expect(out).toMatch(/Ignored: no\n$/);
  });

  it("says what ignores a path: an ignore file, a config's ignore globs, a rule folder", async () => {
    const dir = tree();
    expect(await doctor(dir, "docs/drafts/plan.md")).toContain("Ignored: yes, docs/drafts/ matches docs/.outside-inignore");
    expect(await doctor(dir, "build.log")).toContain("Ignored: yes, it matches .gitignore");
    expect(await doctor(dir, "docs/old/page.md")).toContain("Ignored: yes, by the ignore globs of docs/.outside-in.yaml");
    expect(await doctor(dir, "rules/zebra-error.md")).toContain("Ignored: yes, it is in the rule folder rules (declared by .outside-in.yaml)");
  });

  it("agrees with lint about what is ignored", async () => {
    const dir = tree();
    const linted = await runInProcess(["lint", "-f", "json"], { cwd: dir });
    const files = JSON.parse(linted.stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(files).toEqual(["docs/guides/start.md"]);
  });

  it("without root: true, says the lookup went up to the file system's root", async () => {
    const dir = makeTree({ "a/.outside-in.yaml": "documentType: policy\n" });
    const out = await doctor(`${dir}/a`);
    expect(out).toContain("(no root: true on the way; the lookup went up to the file system's root)");
    expect(out).toContain("Rule folders:\n  none: built-in rules only");
  });

  it("a broken config fails with lint's error and exit code 2 (spawned binary)", () => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\naudience: everyone\n", "a.md": ZEBRA_TEXT });
    const doctorRun = runBin(["doctor", "a.md"], { cwd: dir });
    const lintRun = runBin(["lint", "a.md"], { cwd: dir });
    expect(doctorRun.code).toBe(2);
    expect(doctorRun.stdout).toBe("");
    expect(doctorRun.stderr).toBe(lintRun.stderr);
    expect(lintRun.code).toBe(2);
  });

  it("is listed in the main help and has its own", async () => {
    const dir = makeTree({});
    expect((await runInProcess(["--help"], { cwd: dir })).stdout).toMatch(/^ {2}doctor \[path\] /m);
    expect((await runInProcess(["doctor", "--help"], { cwd: dir })).stdout).toMatch(/^Usage: outside-in doctor/);
  });
});
