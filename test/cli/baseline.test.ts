// --baseline FILE hides the findings it records; --update-baseline records them; only new findings count.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_RULES, ZEBRA_TEXT, makeTree, parseJson, runBin, runInProcess } from "./helpers.ts";
import { git, makeRepo, repoEnv } from "./git-repo.ts";

const withRules = (files: Record<string, string>) => makeTree({ ...TEST_RULES, ...files });

/** [file, line] of each zebra-error finding. */
const zebraLines = (dir: string, stdout: string): Array<[string, unknown]> =>
  parseJson(stdout).flatMap((r) => r.messages.filter((m) => m.ruleId === "zebra-error").map((m): [string, unknown] => [relative(dir, r.filePath), m.line]));

describe("--baseline", () => {
  it("--update-baseline records today's findings, keyed without line numbers, and reports none", async () => {
    const dir = withRules({ "a.md": `${ZEBRA_TEXT}\nTwo zebra herds.\n`, "docs/b.md": ZEBRA_TEXT });
    const run = await runInProcess(["lint", "--baseline", "oi-baseline.json", "--update-baseline", "--rule", "zebra-error:error"], { cwd: dir });
    expect(run.stderr).toBe("outside-in: oi-baseline.json: recorded 3 findings\n");
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "oi-baseline.json"), "utf8"));
    expect(written.outsideInBaseline).toBe(1);
    expect(written.files["a.md"]["zebra-error"]).toEqual({ zebra: 2 });
    expect(written.files["docs/b.md"]["zebra-error"]).toEqual({ zebra: 1 });
  });

  it("suppresses old findings and reports a new one, through unrelated edits that shift lines", () => {
    const dir = withRules({ "a.md": `# Title\n\n${ZEBRA_TEXT}`, "b.md": ZEBRA_TEXT });
    runBin(["lint", "--baseline", "baseline.json", "--update-baseline"], { cwd: dir });
    const clean = runBin(["lint", "--baseline", "baseline.json", "-f", "json"], { cwd: dir });
    expect([clean.code, zebraLines(dir, clean.stdout)]).toEqual([0, []]);
    // Lines above the old finding move it from line 3 to line 7; the second zebra in a.md is new.
    writeFileSync(join(dir, "a.md"), `# Title\n\nA new intro.\n\nMore.\n\n${ZEBRA_TEXT}\nAnother zebra came.\n`);
    const run = runBin(["lint", "--baseline", "baseline.json", "-f", "json"], { cwd: dir });
    expect(zebraLines(dir, run.stdout)).toEqual([["a.md", 9]]);
    expect(run.code).toBe(1);
  });

  it("a finding with new text is new; rewrapping an old one is not", async () => {
    const dir = withRules({
      "rules/striped-horse.md": TEST_RULES["rules/zebra-error.md"].replace("id: zebra-error", "id: striped-horse").replace("pattern: zebra", "pattern: striped\\s+horse"),
      "a.md": "A striped horse here.\n",
    });
    await runInProcess(["lint", "--baseline", "b.json", "--update-baseline"], { cwd: dir });
    writeFileSync(join(dir, "a.md"), "A striped\nhorse here.\n");
    const rewrapped = await runInProcess(["lint", "--baseline", "b.json", "-f", "json"], { cwd: dir });
    expect(rewrapped.code).toBe(0);
    writeFileSync(join(dir, "a.md"), "A striped  horse here. A zebra too.\n");
    const changed = await runInProcess(["lint", "--baseline", "b.json", "-f", "json"], { cwd: dir });
    expect(parseJson(changed.stdout)[0]!.messages.map((m) => m.ruleId).filter((id) => id === "zebra-error" || id === "striped-horse")).toEqual(["zebra-error"]);
  });

  it("the baseline's paths are relative to its own folder, wherever the run starts", async () => {
    const dir = withRules({ "docs/a.md": ZEBRA_TEXT });
    await runInProcess(["lint", "--baseline", ".outside-in/baseline.json", "--update-baseline"], { cwd: dir });
    const written = JSON.parse(readFileSync(join(dir, ".outside-in/baseline.json"), "utf8"));
    expect(Object.keys(written.files)).toEqual(["../docs/a.md"]);
    const fromDocs = await runInProcess(["lint", "--baseline", "../.outside-in/baseline.json", "a.md"], { cwd: join(dir, "docs") });
    expect(fromDocs.code).toBe(0);
  });

  it("updating for some files keeps the other files' entries while they exist", async () => {
    const dir = withRules({ "a.md": ZEBRA_TEXT, "b.md": ZEBRA_TEXT, "c.md": ZEBRA_TEXT });
    await runInProcess(["lint", "--baseline", "b.json", "--update-baseline"], { cwd: dir });
    writeFileSync(join(dir, "a.md"), "Calm.\n");
    rmSync(join(dir, "c.md"));
    await runInProcess(["lint", "--baseline", "b.json", "--update-baseline", "a.md"], { cwd: dir });
    expect(Object.keys(JSON.parse(readFileSync(join(dir, "b.json"), "utf8")).files)).toEqual(["b.md"]);
    // A file that cannot be linted now (here: binary) keeps what was recorded for it.
    writeFileSync(join(dir, "b.md"), "zebra\0");
    const failed = await runInProcess(["lint", "--baseline", "b.json", "--update-baseline"], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, "b.json"), "utf8")).files)).toEqual(["b.md"]);
  });

  it("a missing baseline reports everything, with a notice", async () => {
    const dir = withRules({ "a.md": ZEBRA_TEXT });
    const run = await runInProcess(["lint", "--baseline", "none.json", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("none.json: no baseline yet");
    expect(zebraLines(dir, run.stdout)).toEqual([["a.md", 1]]);
  });

  it("refuses a file that is not a baseline, and never overwrites it", async () => {
    const cases: Record<string, string> = {
      "not JSON": "zebra: 1\n",
      'no "outsideInBaseline" key': '{"files": {}}\n',
      '"outsideInBaseline" is 2; this version reads 1': '{"outsideInBaseline": 2, "files": {}}\n',
      '"files" must be an object': '{"outsideInBaseline": 1, "files": []}\n',
      'files["a.md"]["zebra-error"]["zebra"] must be a whole number of at least 1': '{"outsideInBaseline": 1, "files": {"a.md": {"zebra-error": {"zebra": "two"}}}}\n',
    };
    for (const [problem, text] of Object.entries(cases)) {
      const dir = withRules({ "a.md": ZEBRA_TEXT, "package.json": text });
      const read = await runInProcess(["lint", "--baseline", "package.json"], { cwd: dir });
      expect([read.code, read.stderr]).toEqual([2, `outside-in: package.json: not an Outside-In baseline (${problem})\n`]);
      const update = await runInProcess(["lint", "--baseline", "package.json", "--update-baseline"], { cwd: dir });
      // A file carrying the signature is a baseline, however damaged, so updating may replace it.
      const signed = text.includes('"outsideInBaseline": 1');
      expect(update.code).toBe(signed ? 0 : 2);
      if (!signed) {
        expect(update.stderr).toBe(`outside-in: package.json: not an Outside-In baseline (${problem}); refusing to overwrite it\n`);
        expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(text);
      }
    }
  });

  it("--update-baseline needs --baseline and refuses --only-changed-lines and --fix-dry-run", async () => {
    const dir = withRules({ "a.md": ZEBRA_TEXT });
    const alone = await runInProcess(["lint", "--update-baseline"], { cwd: dir });
    expect([alone.code, alone.stderr]).toEqual([2, "outside-in: --update-baseline needs --baseline <file>\n"]);
    const dryRun = await runInProcess(["lint", "--baseline", "b.json", "--update-baseline", "--fix-dry-run"], { cwd: dir });
    expect([dryRun.code, dryRun.stderr]).toEqual([2, "outside-in: --update-baseline cannot be used with --fix-dry-run\n"]);
    const repo = makeRepo({ "a.md": ZEBRA_TEXT });
    const lines = await runInProcess(["lint", "--baseline", "b.json", "--update-baseline", "--changed-since", "base", "--only-changed-lines"], { cwd: repo, env: repoEnv(repo) });
    expect(lines.code).toBe(2);
  });

  it("combines with --changed-since: new findings in changed files only", () => {
    const dir = makeRepo({ "a.md": ZEBRA_TEXT, "b.md": ZEBRA_TEXT });
    runBin(["lint", "--baseline", "b.json", "--update-baseline"], { cwd: dir, env: repoEnv(dir) });
    git(dir, "add", "b.json");
    git(dir, "commit", "-qm", "baseline");
    appendFileSync(join(dir, "a.md"), "\nCalm.\n");
    appendFileSync(join(dir, "b.md"), "\nA zebra again.\n");
    const run = runBin(["lint", "--changed-since", "HEAD", "--baseline", "b.json", "-f", "json"], { cwd: dir, env: repoEnv(dir) });
    expect(zebraLines(dir, run.stdout)).toEqual([["b.md", 3]]);
    expect(run.code).toBe(1);
  });

  it("applies to --stdin --fix's exit code too", async () => {
    const dir = withRules({ "a.md": ZEBRA_TEXT });
    await runInProcess(["lint", "--baseline", "b.json", "--update-baseline"], { cwd: dir });
    const run = await runInProcess(["lint", "--stdin", "--stdin-filename", "a.md", "--fix", "--baseline", "b.json"], { cwd: dir, stdin: ZEBRA_TEXT });
    expect([run.code, run.stdout]).toEqual([0, ZEBRA_TEXT]);
  });
});
