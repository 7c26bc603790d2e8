// --changed-since lints the files that differ from a git ref; --only-changed-lines keeps findings on new lines.
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ZEBRA_RULE, ZEBRA_TEXT, makeTree, parseJson, runBin, runInProcess } from "./helpers.ts";
import { git, makeRepo, repoEnv } from "./git-repo.ts";
import { parseAddedLines, parseNameStatus } from "../../src/cli/git-output.ts";

/** The files a JSON report covers, relative to `dir`, sorted. */
const lintedFiles = (dir: string, stdout: string): string[] => parseJson(stdout).map((r) => relative(dir, r.filePath)).sort();

/** [file, line] of each zebra-error finding. */
const zebraLines = (dir: string, stdout: string): Array<[string, unknown]> =>
  parseJson(stdout).flatMap((r) => r.messages.filter((m) => m.ruleId === "zebra-error").map((m): [string, unknown] => [relative(dir, r.filePath), m.line]));

describe("--changed-since", () => {
  it("lints committed, staged, unstaged, untracked and renamed files, and skips unchanged and deleted ones", () => {
    const dir = makeRepo({
      "committed.md": ZEBRA_TEXT, "staged.md": ZEBRA_TEXT, "unstaged.md": ZEBRA_TEXT, "same.md": ZEBRA_TEXT,
      "deleted.md": ZEBRA_TEXT, "old name.md": ZEBRA_TEXT, "removed from disk.md": ZEBRA_TEXT,
    });
    appendFileSync(join(dir, "committed.md"), "More.\n");
    git(dir, "commit", "-qam", "later");
    appendFileSync(join(dir, "staged.md"), "More.\n");
    git(dir, "add", "staged.md");
    appendFileSync(join(dir, "unstaged.md"), "More.\n");
    git(dir, "rm", "-q", "deleted.md");
    rmSync(join(dir, "removed from disk.md"));
    git(dir, "mv", "old name.md", "new name.md");
    writeFileSync(join(dir, "my notes.md"), ZEBRA_TEXT);
    writeFileSync(join(dir, "added.md"), ZEBRA_TEXT);
    git(dir, "add", "added.md");
    writeFileSync(join(dir, ".gitignore"), "scratch.md\n");
    writeFileSync(join(dir, "scratch.md"), ZEBRA_TEXT);
    const run = runBin(["lint", "--changed-since", "base", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect(run.stderr).toBe("");
    expect(lintedFiles(dir, run.stdout)).toEqual(["added.md", "committed.md", "my notes.md", "new name.md", "staged.md", "unstaged.md"]);
    expect(run.code).toBe(1);
  });

  it("handles a renamed file that was also edited, and names with newlines", () => {
    // The old zebra on line 3 stays unreported only if git pairs the two names as a rename.
    const dir = makeRepo({ "a.md": `# Notes\n\n${ZEBRA_TEXT}\nLine two.\n\nLine three.\n`, "line\nbreak.md": "Calm.\n" });
    renameSync(join(dir, "a.md"), join(dir, "b c.md"));
    appendFileSync(join(dir, "b c.md"), `\n${ZEBRA_TEXT}`);
    appendFileSync(join(dir, "line\nbreak.md"), ZEBRA_TEXT);
    git(dir, "add", "-A");
    const run = runBin(["lint", "--changed-since", "base", "--only-changed-lines", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect(run.stderr).toBe("");
    expect(zebraLines(dir, run.stdout)).toEqual([["b c.md", 9], ["line\nbreak.md", 2]]);
  });

  it("keeps to the paths given, with ignore rules and the walk's extensions as usual", async () => {
    const dir = makeRepo({ "docs/a.md": "Calm.\n", "docs/b.md": "Calm.\n", "other/c.md": "Calm.\n", "docs/drafts/d.md": "Calm.\n" });
    for (const f of ["docs/a.md", "other/c.md", "docs/drafts/d.md"]) appendFileSync(join(dir, f), ZEBRA_TEXT);
    writeFileSync(join(dir, "docs/notes.rst"), ZEBRA_TEXT);
    writeFileSync(join(dir, ".outside-inignore"), "drafts/\n");
    const run = await runInProcess(["lint", "--changed-since", "base", "docs", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect(lintedFiles(dir, run.stdout)).toEqual(["docs/a.md"]);
    expect(run.code).toBe(1);
  });

  it("works from a subfolder, and lints nothing when nothing changed", () => {
    const dir = makeRepo({ "docs/a.md": ZEBRA_TEXT, "b.md": ZEBRA_TEXT });
    const clean = runBin(["lint", "--changed-since", "HEAD", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect([clean.code, parseJson(clean.stdout)]).toEqual([0, []]);
    appendFileSync(join(dir, "docs/a.md"), "More.\n");
    appendFileSync(join(dir, "b.md"), "More.\n");
    const run = runBin(["lint", "--changed-since", "base", "-f", "json"], { cwd: join(dir, "docs"), env: repoEnv(dir) });
    expect(lintedFiles(dir, run.stdout)).toEqual(["docs/a.md"]);
  });

  it("outside a git repository: a one-line error, exit 2", () => {
    const dir = makeTree({ "a.md": ZEBRA_TEXT });
    const run = runBin(["lint", "--changed-since", "main"], { cwd: dir, env: repoEnv(dir) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`outside-in: --changed-since needs a git repository, and ${dir} is not inside one\n`);
  });

  it("an unknown ref, or one that looks like an option: a one-line error, exit 2", () => {
    const dir = makeRepo({ "a.md": ZEBRA_TEXT });
    const run = runBin(["lint", "--changed-since", "no-such-branch"], { cwd: dir, env: repoEnv(dir) });
    expect([run.code, run.stderr]).toEqual([2, 'outside-in: --changed-since: unknown git ref "no-such-branch"\n']);
    const dash = runBin(["lint", "--changed-since=--output=x"], { cwd: dir, env: repoEnv(dir) });
    expect(dash.code).toBe(2);
    expect(dash.stderr).toMatch(/^outside-in: --changed-since expects a git ref/);
  });

  it("refuses --stdin", async () => {
    const dir = makeRepo({ "a.md": ZEBRA_TEXT });
    const run = await runInProcess(["lint", "--changed-since", "base", "--stdin"], { cwd: dir, stdin: ZEBRA_TEXT, env: repoEnv(dir) });
    expect(run.code).toBe(2);
  });
});

describe("--only-changed-lines", () => {
  const METRIC_RULE = `---
id: we-ratio-test
title: Fewer wes
category: we-centric
severity: warning
kind: metric
principle: easy
appliesTo: [any]
message: 'Too much "we".'
metric: we-you-ratio
max: 0
---

## Why it matters

Tests need a document-level rule of their own.
`;

  it("reports the finding on a new line but not the old one in the same file", () => {
    const dir = makeRepo({ "a.md": `# Old\n\n${ZEBRA_TEXT}\nCalm text.\n` });
    writeFileSync(join(dir, "a.md"), `# Old\n\nNew intro.\n\n${ZEBRA_TEXT}\nCalm text, and a zebra.\n\n${ZEBRA_TEXT}`);
    const all = runBin(["lint", "--changed-since", "base", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect(zebraLines(dir, all.stdout)).toEqual([["a.md", 5], ["a.md", 7], ["a.md", 9]]);
    const changed = runBin(["lint", "--changed-since", "base", "--only-changed-lines", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect(zebraLines(dir, changed.stdout)).toEqual([["a.md", 7], ["a.md", 9]]);
    expect(changed.code).toBe(1);
  });

  it("exits 0 when the only findings are on old lines", () => {
    const dir = makeRepo({ "a.md": ZEBRA_TEXT });
    appendFileSync(join(dir, "a.md"), "\nCalm text.\n");
    const run = runBin(["lint", "--changed-since", "base", "--only-changed-lines", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect([run.code, zebraLines(dir, run.stdout)]).toEqual([0, []]);
  });

  it("counts a finding that spans lines when any of its lines changed", () => {
    const twoWords = ZEBRA_RULE.replace("id: zebra-error", "id: striped-horse").replace("pattern: zebra", "pattern: striped\\s+horse");
    const dir = makeRepo({ "rules/striped-horse.md": twoWords, "a.md": "A striped\nhorse here.\n\nA striped\nhorse there.\n" });
    writeFileSync(join(dir, "a.md"), "A striped\nhorse here.\n\nA striped\nhorse over there.\n");
    const run = runBin(["lint", "--changed-since", "base", "--only-changed-lines", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    const found = parseJson(run.stdout)[0]!.messages.filter((m) => m.ruleId === "striped-horse").map((m) => [m.line, m.endLine]);
    expect(found).toEqual([[4, 5]]);
  });

  it("keeps document-level findings in new files only", () => {
    const dir = makeRepo({ "rules/we-ratio-test.md": METRIC_RULE, "old.md": "We like ships.\n" });
    appendFileSync(join(dir, "old.md"), "We like boats.\n");
    writeFileSync(join(dir, "new.md"), "We like trains.\n");
    const run = runBin(["lint", "--changed-since", "base", "--only-changed-lines", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    const metric = parseJson(run.stdout).flatMap((r) => r.messages.filter((m) => m.ruleId === "we-ratio-test").map(() => relative(dir, r.filePath)));
    expect(metric).toEqual(["new.md"]);
    const all = runBin(["lint", "--changed-since", "base", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    const everywhere = parseJson(all.stdout).flatMap((r) => r.messages.filter((m) => m.ruleId === "we-ratio-test").map(() => relative(dir, r.filePath)));
    expect(everywhere.sort()).toEqual(["new.md", "old.md"]);
  });

  it("is a usage error without --changed-since, and with --fix or --fix-dry-run", async () => {
    const dir = makeRepo({ "a.md": "Please utilise the form.\n" });
    appendFileSync(join(dir, "a.md"), "Then utilise it again.\n");
    const alone = await runInProcess(["lint", "--only-changed-lines"], { cwd: dir, env: repoEnv(dir) });
    expect([alone.code, alone.stderr]).toEqual([2, "outside-in: --only-changed-lines needs --changed-since <ref>\n"]);
    for (const fix of ["--fix", "--fix-dry-run"]) {
      const run = await runInProcess(["lint", "--changed-since", "base", "--only-changed-lines", fix], { cwd: dir, env: repoEnv(dir) });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--only-changed-lines cannot be used with ${fix}`);
    }
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("Please utilise the form.\nThen utilise it again.\n");
  });
});

describe("git output parsers", () => {
  it("reads name-status -z with renames, deletions and odd names", () => {
    const output = ["M", "a b.md", "R087", "old.md", "new\nname.md", "D", "gone.md", "A", "fresh.md", "C100", "x.md", "y.md", ""].join("\0");
    expect(parseNameStatus(output)).toEqual([
      { path: "a b.md", status: "modified" },
      { path: "new\nname.md", status: "modified", oldPath: "old.md" },
      { path: "fresh.md", status: "new" },
      { path: "y.md", status: "new" },
    ]);
    expect(parseNameStatus("")).toEqual([]);
  });

  it("reads the new side of -U0 hunks; a pure deletion adds no line", () => {
    const patch = "diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\n-x\n+y\n@@ -5,0 +6,2 @@\n+p\n+q\n@@ -9,2 +10,0 @@\n-r\n-s\n";
    expect([...parseAddedLines(patch)]).toEqual([1, 6, 7]);
  });
});
