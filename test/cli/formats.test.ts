// Every output format: SARIF against the official 2.1.0 schema, GitHub workflow commands and job
// summary, JSON counts, stylish colour rules.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { COMPANY_TEXT, CUSTOMER_TEXT, TEST_RULES, SAFE_RULE_CONFIG, ZEBRA_TEXT, makeTree, parseJson, runBin, runInProcess } from "./helpers.ts";

const require = createRequire(import.meta.url);
const sarifSchema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const tree = () =>
  makeTree({
    ...TEST_RULES,
    ".outside-in.yaml": `${SAFE_RULE_CONFIG}siteUrl: https://docs.example.org/playbook/\n`,
    "docs/terms of use.md": `# Terms\n\n${COMPANY_TEXT}\nYou can utilise the form. ${ZEBRA_TEXT}`,
    "ok.md": CUSTOMER_TEXT,
    "bin.md": Buffer.from([0, 1, 2, 3]),
  });

describe("sarif", () => {
  it("the schema check can fail", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ results: [] }] })).toBe(false);
  });

  it("validates against the SARIF 2.1.0 schema, with helpUri, regions and fixes", () => {
    const dir = tree();
    const run = runBin(["lint", "-f", "sarif"], { cwd: dir });
    expect(run.code).toBe(2); // bin.md could not be linted
    const log = JSON.parse(run.stdout);
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("outside-in");
    const sole = driver.rules.find((r: { id: string }) => r.id === "sole-discretion");
    expect(sole.helpUri).toBe("https://docs.example.org/playbook/rules/sole-discretion/");
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "sole-discretion");
    expect(result.level).toBe("error");
    expect(driver.rules[result.ruleIndex].id).toBe("sole-discretion");
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("docs/terms%20of%20use.md");
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 25 });
    const fixable = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "utilise-to-use");
    expect(fixable.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe("use");
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain("bin.md");
  });

  it("--site-url overrides the config's siteUrl", () => {
    const dir = tree();
    const log = JSON.parse(runBin(["lint", "-f", "sarif", "--site-url", "https://other.test", "docs"], { cwd: dir }).stdout);
    expect(log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "sole-discretion").helpUri).toBe("https://other.test/rules/sole-discretion/");
    expect(validateSarif(log)).toBe(true);
  });

  it("a clean run is valid SARIF with no results", () => {
    const dir = makeTree({ "ok.md": CUSTOMER_TEXT });
    const run = runBin(["lint", "-f", "sarif"], { cwd: dir });
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});

describe("github", () => {
  it("prints workflow commands with escaped properties and writes a job summary", () => {
    const dir = tree();
    const summary = join(dir, "summary.md");
    const run = runBin(["lint", "-f", "github", "docs", "ok.md"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=docs\/terms of use\.md,line=3,col=25,endLine=3,endColumn=47,title=sole-discretion::"at our sole discretion"/m);
    expect(run.stdout).toMatch(/^::warning file=docs\/terms of use\.md,line=5,col=9,endLine=5,endColumn=16,title=utilise-to-use::Say "use" instead of "utilise"\.$/m);
    const md = readFileSync(summary, "utf8");
    expect(md).toContain("## Outside-In");
    expect(md).toMatch(/\| `docs\/terms of use\.md` \| \d+ \| [2-9] \| [1-9] \| \d+ \|/);
    expect(md).toContain("[sole-discretion](https://docs.example.org/playbook/rules/sole-discretion/)");
  });

  it("escapes newlines, percent signs, commas and colons", async () => {
    const dir = makeTree({ "a,b:c.md": COMPANY_TEXT });
    const run = await runInProcess(["lint", "-f", "github"], { cwd: dir });
    expect(run.stdout).toContain("::error file=a%2Cb%3Ac.md,");
  });

  it("reports unreadable files as error annotations", () => {
    const dir = makeTree({ "bin.md": Buffer.from([0, 0, 0]) });
    const run = runBin(["lint", "-f", "github"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("::error file=bin.md,title=outside-in::bin.md: skipped: binary file");
  });
});

describe("json", () => {
  it("counts per severity and carries the perspective score", () => {
    const dir = tree();
    const files = parseJson(runBin(["lint", "-f", "json", "docs", "ok.md"], { cwd: dir }).stdout);
    const terms = files.find((f) => f.filePath.endsWith("terms of use.md"))!;
    const count = (severity: number) => terms.messages.filter((m) => m.severity === severity && m.severityName !== "info").length;
    expect(terms.errorCount).toBe(count(2));
    expect(terms.warningCount).toBe(count(1));
    expect(terms.errorCount).toBeGreaterThanOrEqual(2); // sole-discretion and zebra-error
    expect(terms.fixableWarningCount).toBeGreaterThanOrEqual(1);
    expect(typeof terms.perspectiveScore).toBe("number");
    expect(files.find((f) => f.filePath.endsWith("ok.md"))).toMatchObject({ messages: [], perspectiveScore: 100 });
  });

  it("-o writes the report to a file and stdout stays empty", async () => {
    const dir = makeTree({ "a.md": COMPANY_TEXT });
    const run = await runInProcess(["lint", "-f", "json", "-o", "out/report.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(parseJson(readFileSync(join(dir, "out/report.json"), "utf8"))[0]!.messages.length).toBeGreaterThan(0);
  });
});

describe("stylish colour", () => {
  const files = { "a.md": COMPANY_TEXT };
  const hasAnsi = (s: string) => s.includes("\u001b[");

  it("has no colour when stdout is not a terminal", () => {
    const dir = makeTree(files);
    expect(hasAnsi(runBin(["lint"], { cwd: dir, env: { NO_COLOR: undefined } }).stdout)).toBe(false);
  });

  it("FORCE_COLOR turns colour on, NO_COLOR wins over it, --no-color wins over both", () => {
    const dir = makeTree(files);
    expect(hasAnsi(runBin(["lint"], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout)).toBe(true);
    expect(hasAnsi(runBin(["lint"], { cwd: dir, env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout)).toBe(false);
    expect(hasAnsi(runBin(["lint", "--color"], { cwd: dir, env: { NO_COLOR: "1" } }).stdout)).toBe(true);
  });

  it("colours on a terminal unless NO_COLOR is set", async () => {
    const dir = makeTree(files);
    const { main } = await import("../../src/cli/main.ts");
    let out = "";
    const io = { cwd: dir, stdout: (s: string) => void (out += s), stderr: () => {}, stdoutIsTTY: true, readStdin: async () => Buffer.alloc(0) };
    await main(["lint"], { ...io, env: {} });
    expect(hasAnsi(out)).toBe(true);
    out = "";
    await main(["lint"], { ...io, env: { NO_COLOR: "1" } });
    expect(hasAnsi(out)).toBe(false);
  });

  it("summarises counts per severity and each file's perspective score", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": ZEBRA_TEXT, "b.md": CUSTOMER_TEXT });
    const out = runBin(["lint"], { cwd: dir }).stdout;
    expect(out).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 info\) in 1 of 2 files/);
    expect(out).toMatch(/^\s+\d+\s+a\.md$/m);
    expect(out).toMatch(/^a\.md  perspective \d+\/100$/m);
    expect(out).toMatch(/^\s+100\s+b\.md$/m);
  });
});
