// One table of cases, each run in-process (main() with captured output) and through the real
// binary: both must give the same exit code and output.
import { describe, expect, it } from "vitest";
import { CLI_VERSION } from "../../src/cli/version.ts";
import { builtinRulebookHash } from "../../src/cli/rulebook-hash.ts";
import { COMPANY_TEXT, CUSTOMER_TEXT, TEST_RULES, TEST_RULE_IDS, WARNING_TEXT, ZEBRA_TEXT, makeTree, parseJson, runBin, runInProcess, type RunResult } from "./helpers.ts";

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  args: string[];
  stdin?: string;
  code: number;
  check?: (result: RunResult, dir: string) => void;
}

const withSafeRule = (files: Record<string, string>) => ({ ...TEST_RULES, ...files });
const ruleIds = (r: RunResult) => parseJson(r.stdout).flatMap((f) => f.messages.map((m) => m.ruleId)).filter((id) => TEST_RULE_IDS.includes(id as string));

const CASES: Case[] = [
  { name: "--version prints the package version and the built-in rulebook's hash", files: {}, args: ["--version"], code: 0, check: (r) => expect(r.stdout).toBe(`${CLI_VERSION} (rulebook ${builtinRulebookHash().slice(0, 8)})\n`) },
  { name: "--help lists the commands", files: {}, args: ["--help"], code: 0, check: (r) => expect(r.stdout).toMatch(/lint \[paths\|globs\.\.\.\][\s\S]*init[\s\S]*rules[\s\S]*explain/) },
  { name: "no command prints help and exits 2", files: {}, args: [], code: 2, check: (r) => expect(r.stdout).toContain("Usage: outside-in") },
  { name: "lint --help shows the options", files: {}, args: ["lint", "--help"], code: 0, check: (r) => expect(r.stdout).toContain("--fail-on") },
  {
    name: "an unknown flag is an error with a hint", files: {}, args: ["lint", "--fixx"], code: 2,
    check: (r) => expect(r.stderr).toMatch(/unknown option --fixx .*did you mean --fix\?/),
  },
  { name: "an unknown command suggests the closest", files: {}, args: ["lnt"], code: 2, check: (r) => expect(r.stderr).toContain('did you mean "lint"?') },
  { name: "an unknown format is a usage error", files: { "a.md": CUSTOMER_TEXT }, args: ["lint", "-f", "jsn"], code: 2, check: (r) => expect(r.stderr).toContain('did you mean "json"?') },
  { name: "clean files exit 0", files: { "a.md": CUSTOMER_TEXT }, args: ["lint"], code: 0, check: (r) => expect(r.stdout).toContain("No problems in 1 file") },
  {
    name: "an error finding exits 1 and names the rule", files: { "docs/terms.md": COMPANY_TEXT, "ok.md": CUSTOMER_TEXT }, args: ["lint"], code: 1,
    check: (r) => {
      expect(r.stdout).toContain("docs/terms.md");
      expect(r.stdout).toContain("sole-discretion");
      expect(r.stdout).toMatch(/problems? \(\d+ errors?/);
      expect(r.stdout).toMatch(/Perspective/);
    },
  },
  {
    name: "warnings alone exit 0 by default", files: withSafeRule({ "a.md": WARNING_TEXT }), args: ["lint", "-f", "json"], code: 0,
    check: (r) => expect(ruleIds(r)).toEqual(["utilise-to-use"]),
  },
  { name: "--fail-on warning fails on warnings", files: withSafeRule({ "a.md": WARNING_TEXT }), args: ["lint", "--fail-on", "warning"], code: 1 },
  { name: "--max-warnings 0 fails on one warning", files: withSafeRule({ "a.md": WARNING_TEXT }), args: ["lint", "--max-warnings", "0"], code: 1 },
  { name: "--max-warnings 1 allows one warning", files: withSafeRule({ "a.md": WARNING_TEXT }), args: ["lint", "--max-warnings", "1"], code: 0 },
  { name: "--fail-on none never fails on findings", files: { "a.md": COMPANY_TEXT }, args: ["lint", "--fail-on", "none"], code: 0 },
  {
    name: "--quiet shows errors only", files: withSafeRule({ "a.md": `You can utilise the form. ${ZEBRA_TEXT}` }), args: ["lint", "--quiet", "-f", "json"], code: 1,
    check: (r) => {
      expect(ruleIds(r)).toEqual(["zebra-error"]);
      expect(parseJson(r.stdout)[0]!.messages.every((m) => m.severity === 2)).toBe(true);
    },
  },
  {
    name: "--rule turns a rule off", files: withSafeRule({ "a.md": ZEBRA_TEXT }), args: ["lint", "--rule", "zebra-error:off", "-f", "json"], code: 0,
    check: (r) => expect(ruleIds(r)).toEqual([]),
  },
  {
    name: "json keeps the ESLint shape the scorer reads", files: { "a.md": COMPANY_TEXT }, args: ["lint", "-f", "json", "."], code: 1,
    check: (r, dir) => {
      const [file] = parseJson(r.stdout);
      expect(file!.filePath).toBe(`${dir}/a.md`);
      const message = file!.messages.find((m) => m.ruleId === "sole-discretion")!;
      expect(message).toMatchObject({ severity: 2, line: 1, column: 25, endLine: 1, endColumn: 47 });
      expect(Array.isArray(message.suggestions)).toBe(true);
    },
  },
  {
    name: "stdin with --stdin-filename uses the config's overrides", files: { ...TEST_RULES, ".outside-in.yaml": "root: true\nruleFolders: [rules]\noverrides:\n  - files: 'policies/**'\n    rules: { zebra-error: warning }\n" },
    args: ["lint", "--stdin", "--stdin-filename", "policies/terms.md", "-f", "json"], stdin: ZEBRA_TEXT, code: 0,
    check: (r, dir) => {
      const [file] = parseJson(r.stdout);
      expect(file!.filePath).toBe(`${dir}/policies/terms.md`);
      expect(file!.messages.find((m) => m.ruleId === "zebra-error")).toMatchObject({ severity: 1 });
    },
  },
  {
    name: "stdin with --fix prints the fixed text", files: withSafeRule({}), args: ["lint", "--stdin", "--fix"], stdin: "You can utilise it.\r\n", code: 0,
    check: (r) => expect(r.stdout).toBe("You can use it.\r\n"),
  },
  { name: "--stdin with paths is a usage error", files: {}, args: ["lint", "--stdin", "a.md"], code: 2, check: (r) => expect(r.stderr).toContain("--stdin lints stdin only") },
  {
    name: "a missing path is an error but the rest are linted", files: { "a.md": COMPANY_TEXT }, args: ["lint", "a.md", "nope.md", "-f", "json"], code: 2,
    check: (r) => {
      expect(r.stderr).toContain("nope.md: no such file or folder");
      expect(ruleIds(r)).toContain("sole-discretion");
    },
  },
  {
    name: "a folder without lintable files is an error", files: { "empty/readme.rst": "x" }, args: ["lint", "empty"], code: 2,
    check: (r) => expect(r.stderr).toMatch(/empty: no \.md, \.mdx, \.txt files/),
  },
  { name: "--no-error-on-unmatched-pattern allows an empty folder", files: { "empty/x.rst": "x" }, args: ["lint", "empty", "--no-error-on-unmatched-pattern"], code: 0 },
  {
    name: "globs are expanded and .gitignore is honoured", files: { "docs/a.md": COMPANY_TEXT, "docs/b.txt": COMPANY_TEXT, "docs/gen/c.md": COMPANY_TEXT, ".gitignore": "gen/\n", ".git/HEAD": "" },
    args: ["lint", "docs/**/*.md", "-f", "json"], code: 1,
    check: (r, dir) => expect(parseJson(r.stdout).map((f) => f.filePath)).toEqual([`${dir}/docs/a.md`]),
  },
  {
    name: "folders lint .md, .mdx and .txt but honour .outside-inignore and config ignore",
    files: { "a.md": CUSTOMER_TEXT, "b.mdx": CUSTOMER_TEXT, "c.txt": CUSTOMER_TEXT, "d.html": CUSTOMER_TEXT, "skip/e.md": COMPANY_TEXT, "f.md": COMPANY_TEXT, ".outside-inignore": "skip/\n", ".outside-in.yaml": "root: true\nignore: [f.md]\n", "node_modules/x/g.md": COMPANY_TEXT },
    args: ["lint", "-f", "json"], code: 0,
    check: (r, dir) => expect(parseJson(r.stdout).map((f) => f.filePath)).toEqual(["a.md", "b.mdx", "c.txt"].map((f) => `${dir}/${f}`)),
  },
  {
    name: "an explicitly named ignored file is skipped with a notice", files: { "f.md": COMPANY_TEXT, "g.md": CUSTOMER_TEXT, ".outside-inignore": "f.md\n" }, args: ["lint", "f.md", "g.md"], code: 0,
    check: (r) => expect(r.stderr).toContain("f.md: skipped: ignored"),
  },
  { name: "--no-ignore lints ignored files", files: { "f.md": COMPANY_TEXT, ".outside-inignore": "f.md\n" }, args: ["lint", "--no-ignore"], code: 1 },
  {
    name: "an invalid config names the file, the field and what was expected", files: { "a.md": CUSTOMER_TEXT, ".outside-in.yaml": "root: true\noverrides:\n  - files: x\n    documentType: polcy\n" },
    args: ["lint"], code: 2,
    check: (r) => expect(r.stderr).toMatch(/\.outside-in\.yaml: invalid config\n\s+overrides\[0\]\.documentType: expected one of policy, spec, survey, support, help, release-notes, marketing, internal, any; got "polcy" \(did you mean "policy"\?\)/),
  },
  {
    name: "an unknown rule in a config is an error with a hint", files: { "a.md": CUSTOMER_TEXT, ".outside-in.json": '{"root": true, "rules": {"sole-discrtion": "off"}}' },
    args: ["lint"], code: 2, check: (r) => expect(r.stderr).toMatch(/\.outside-in\.json: invalid config\n\s+rules\.sole-discrtion: unknown rule "sole-discrtion"; did you mean "sole-discretion"\?/),
  },
  {
    name: "a config with a YAML syntax error names the file", files: { "a.md": CUSTOMER_TEXT, ".outside-in.yaml": "rules: [\n" }, args: ["lint"], code: 2,
    check: (r) => expect(r.stderr).toMatch(/\.outside-in\.yaml: invalid config\n\s+\(syntax\): is not valid YAML/),
  },
  {
    name: "a bad rule file in a rule folder names the file and field", files: { "a.md": CUSTOMER_TEXT, ".outside-in.yaml": "root: true\nruleFolders: [rules]\n", "rules/bad.md": "---\nid: bad\nkind: substitution\n---\n" },
    args: ["lint"], code: 2, check: (r) => expect(r.stderr).toMatch(/rules\/bad\.md: .*title: is required/),
  },
  {
    name: "binary and invalid UTF-8 files are named, the rest still linted",
    files: { "a.md": COMPANY_TEXT, "bin.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "latin1.txt": Buffer.from("caf\xe9 menu\n", "latin1") },
    args: ["lint", "-f", "json"], code: 2,
    check: (r) => {
      expect(r.stderr).toContain("bin.md: skipped: binary file");
      expect(r.stderr).toMatch(/latin1\.txt: skipped: not valid UTF-8 \(first bad byte at offset 3, line 1\)/);
      const files = parseJson(r.stdout);
      expect(files.find((f) => f.filePath.endsWith("a.md"))!.messages.some((m) => m.ruleId === "sole-discretion")).toBe(true);
      expect(files.find((f) => f.filePath.endsWith("bin.md"))!.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    },
  },
  {
    name: "a file over --max-file-size is skipped with its size named", files: { "big.md": `${CUSTOMER_TEXT.repeat(30_000)}` }, args: ["lint", "--max-file-size", "1"], code: 2,
    check: (r) => expect(r.stdout).toMatch(/big\.md\n\s+error\s+skipped: 1\.\d MB is over the 1\.0 MB limit/),
  },
  {
    name: "--report-unused-disables reports a disable that suppressed nothing", files: { "a.md": `<!-- outside-in-disable-next-line sole-discretion -->\n${CUSTOMER_TEXT}` },
    args: ["lint", "--report-unused-disables", "-f", "json"], code: 0,
    check: (r) => expect(parseJson(r.stdout)[0]!.messages[0]).toMatchObject({ ruleId: "unused-disable", severity: 1, line: 1, column: 1 }),
  },
  {
    name: "inline disable comments suppress findings", files: withSafeRule({ "a.md": `<!-- outside-in-disable-next-line zebra-error -->\n${ZEBRA_TEXT}\n${ZEBRA_TEXT}` }), args: ["lint", "-f", "json"], code: 1,
    check: (r) => expect(parseJson(r.stdout)[0]!.messages.filter((m) => m.ruleId === "zebra-error").map((m) => m.line)).toEqual([4]),
  },
  {
    name: "--fix-dry-run prints a diff and writes nothing", files: withSafeRule({ "a.md": WARNING_TEXT }), args: ["lint", "--fix-dry-run"], code: 0,
    check: (r) => {
      expect(r.stdout).toContain("--- a/a.md\n+++ b/a.md\n@@ -1,1 +1,1 @@\n-You can utilise the form.\n+You can use the form.\n");
      expect(r.stdout).toContain("would be applied");
    },
  },
  { name: "rules lists rules with category, severity and fixable", files: {}, args: ["rules"], code: 0, check: (r) => expect(r.stdout).toMatch(/^RULE\s+CATEGORY\s+SEVERITY\s+FIXABLE\n[\s\S]*sole-discretion\s+liability\s+error\s+no/m) },
  { name: "rules shows config rules and severities", files: withSafeRule({}), args: ["rules", "-f", "json"], code: 0, check: (r) => expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ id: "utilise-to-use", fixable: true, severity: "warning" })) },
  {
    name: "explain prints why and the examples", files: {}, args: ["explain", "sole-discretion"], code: 0,
    check: (r) => {
      expect(r.stdout).toContain("Why it matters");
      expect(r.stdout).toMatch(/Don't: /);
      expect(r.stdout).toMatch(/Do: /);
      expect(r.stdout).toContain("https://outside-in.dev/rules/sole-discretion/");
    },
  },
  { name: "explain an unknown rule suggests one", files: {}, args: ["explain", "sole-discretio"], code: 2, check: (r) => expect(r.stderr).toContain('did you mean "sole-discretion"?') },
  {
    name: "init writes a config that lints cleanly", files: { "a.md": CUSTOMER_TEXT }, args: ["init"], code: 0,
    check: (r, dir) => {
      expect(r.stdout).toContain("Wrote .outside-in.yaml");
      expect(runBin(["lint"], { cwd: dir }).code).toBe(0);
    },
  },
  { name: "init refuses to overwrite", files: { ".outside-in.yaml": "root: true\n" }, args: ["init"], code: 2, check: (r) => expect(r.stderr).toContain("already exists; pass --force") },
];

describe.each(["in-process", "binary"] as const)("CLI cases (%s)", (mode) => {
  it.each(CASES)("$name", async (c) => {
    const dir = makeTree(c.files);
    const result = mode === "binary" ? runBin(c.args, { cwd: dir, stdin: c.stdin }) : await runInProcess(c.args, { cwd: dir, stdin: c.stdin });
    expect(result.code, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(c.code);
    c.check?.(result, dir);
  });
});

describe("in-process and binary agree", () => {
  it.each(CASES.filter((c) => !c.args.includes("init")))("$name", async (c) => {
    const dir = makeTree(c.files);
    const bin = runBin(c.args, { cwd: dir, stdin: c.stdin });
    const inProcess = await runInProcess(c.args, { cwd: dir, stdin: c.stdin });
    expect(inProcess).toEqual(bin);
  });
});
