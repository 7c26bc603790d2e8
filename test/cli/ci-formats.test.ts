// The CI formats: JUnit XML and Checkstyle XML read with a strict XML parser and checked against the
// shapes Jenkins, GitLab and reviewdog document; GitLab Code Quality JSON validated with ajv.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import type { Finding } from "../../src/core/index.ts";
import { junit } from "../../src/cli/formatters/junit.ts";
import { checkstyle } from "../../src/cli/formatters/checkstyle.ts";
import type { FormatContext } from "../../src/cli/formatters/index.ts";
import type { FileReport } from "../../src/cli/report.ts";
import { COMPANY_TEXT, CUSTOMER_TEXT, TEST_RULES, ZEBRA_TEXT, makeTree, runBin, runInProcess } from "./helpers.ts";
import { parseXml, type XmlElement } from "./xml-tree.ts";
import { checkstyleProblems, GITLAB_CODE_QUALITY_SCHEMA, junitProblems } from "./ci-format-shapes.ts";

const validateCodeQuality = new Ajv({ allErrors: true, strict: true }).compile(GITLAB_CODE_QUALITY_SCHEMA);

const tree = () =>
  makeTree({
    ...TEST_RULES,
    "docs/terms of use.md": `# Terms\n\n${COMPANY_TEXT}\nYou can utilise the form. ${ZEBRA_TEXT}`,
    "ok.md": CUSTOMER_TEXT,
    "bin.md": Buffer.from([0, 1, 2, 3]),
  });

/** A tree inside a git repository, linted from its `site/` folder. */
const repoTree = () => makeTree({ ".git/HEAD": "ref: refs/heads/main\n", ...TEST_RULES, "site/page.md": COMPANY_TEXT });

const byName = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
const suiteNamed = (root: XmlElement, name: string): XmlElement => {
  const suite = byName(root, "testsuite").find((s) => s.attributes.name === name);
  if (!suite) throw new Error(`no testsuite ${name}`);
  return suite;
};

/** A report whose message and excerpt hold markup, quotes, newlines and characters XML 1.0 forbids. */
const HOSTILE = 'Say "use" & <not> \'this\' ]]> bell\u0007 lone\uD800 tab\there\nnext line';
function hostileReport(): FileReport {
  const finding: Finding = {
    ruleId: "zebra-error", severity: "warning", category: "jargon", message: HOSTILE, excerpt: "zebra\u0001",
    range: { start: 0, end: 6 }, start: { line: 2, column: 3 }, end: { line: 2, column: 9 }, suggestions: [],
  };
  return { filePath: "/nowhere/a&b <c>.md", displayPath: "a&b <c>.md", findings: [finding], perspectiveScore: 50 };
}
const context = (cwd = "/nowhere"): FormatContext => ({ cwd, repoRoot: cwd, color: false, siteUrl: "https://example.test", version: "0.0.0", rules: new Map(), env: {} });
const SHOWN = HOSTILE.replace("\u0007", "\\u0007").replace("\uD800", "\\ud800");

describe("junit", () => {
  it("the shape check can fail", () => {
    const broken = parseXml('<testsuites><testsuite tests="2"><testcase classname="a" name="x"/><testcase classname="a" name="x"><failure/></testcase><oops/></testsuite></testsuites>');
    expect(junitProblems(broken)).toEqual(expect.arrayContaining([
      "testsuite undefined: missing attribute name",
      "testsuite undefined: unexpected child <oops>",
      expect.stringContaining("classname + name repeats"),
      expect.stringContaining("missing attribute message"),
    ]));
    expect(() => parseXml("<a>\u0001</a>")).toThrow(/not allowed in XML 1.0/);
    expect(() => parseXml("<a><b></a>")).toThrow();
  });

  it("has one suite per file: a failed case per finding, a passing case per clean file, an error per unreadable file", () => {
    const dir = tree();
    const run = runBin(["lint", "-f", "junit"], { cwd: dir });
    expect(run.code).toBe(2); // bin.md could not be linted
    const root = parseXml(run.stdout);
    expect(junitProblems(root)).toEqual([]);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);

    const terms = suiteNamed(root, "docs/terms of use.md");
    const cases = byName(terms, "testcase");
    const sole = cases.find((c) => c.attributes.name === "docs/terms of use.md:3:25 sole-discretion")!;
    expect(sole.attributes).toMatchObject({ classname: "docs/terms of use", file: "docs/terms of use.md" });
    const failure = byName(sole, "failure")[0]!;
    expect(failure.attributes.type).toBe("error");
    expect(failure.attributes.message).toContain("sole discretion");
    expect(failure.text).toContain("docs/terms of use.md:3:25: error:");
    expect(failure.text).toContain("https://outside-in.dev/rules/sole-discretion/");
    expect(cases.map((c) => c.attributes.name)).toEqual(expect.arrayContaining(["docs/terms of use.md:5:9 utilise-to-use", "docs/terms of use.md:5:29 zebra-error"]));
    expect(terms.attributes.failures).toBe(String(cases.length));

    const ok = suiteNamed(root, "ok.md");
    expect(ok.attributes).toMatchObject({ tests: "1", failures: "0", errors: "0" });
    expect(byName(ok, "testcase")).toMatchObject([{ attributes: { name: "ok.md", classname: "ok" }, children: [] }]);

    const bin = suiteNamed(root, "bin.md");
    expect(bin.attributes.errors).toBe("1");
    expect(byName(byName(bin, "testcase")[0]!, "error")[0]!.attributes.message).toMatch(/skipped/);
  });

  it("escapes markup and writes characters XML 1.0 forbids as their code", () => {
    const xml = junit([hostileReport()], context());
    const root = parseXml(xml);
    expect(junitProblems(root)).toEqual([]);
    const testcase = byName(suiteNamed(root, "a&b <c>.md"), "testcase")[0]!;
    expect(testcase.attributes.name).toBe("a&b <c>.md:2:3 zebra-error");
    const failure = byName(testcase, "failure")[0]!;
    expect(failure.attributes.message).toBe(SHOWN);
    expect(failure.text).toContain("Text: zebra\\u0001");
  });

  it("names files from the git root when run in a subfolder", async () => {
    const dir = repoTree();
    const run = await runInProcess(["lint", "-f", "junit"], { cwd: join(dir, "site") });
    const root = parseXml(run.stdout);
    expect(junitProblems(root)).toEqual([]);
    expect(byName(suiteNamed(root, "site/page.md"), "testcase")[0]!.attributes.file).toBe("site/page.md");
  });
});

describe("gitlab", () => {
  it("the schema check can fail", () => {
    expect(validateCodeQuality([{ description: "x", check_name: "y", fingerprint: "z", severity: "error", location: { path: "a.md", lines: { begin: 1 } } }])).toBe(false);
    expect(validateCodeQuality([{ description: "x", check_name: "y", fingerprint: "z", severity: "minor", location: { path: "a.md" } }])).toBe(false);
  });

  it("validates against GitLab's documented fields, with severities mapped and paths from the git root", async () => {
    const dir = repoTree();
    writeFileSync(join(dir, "site/more.md"), `You can utilise the form. ${ZEBRA_TEXT}`);
    const run = await runInProcess(["lint", "-f", "gitlab"], { cwd: join(dir, "site") });
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout);
    expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors)).toBe(true);
    const find = (rule: string) => issues.find((i: { check_name: string }) => i.check_name === rule);
    expect(find("sole-discretion")).toMatchObject({ severity: "major", location: { path: "site/page.md", lines: { begin: 1 } } });
    expect(find("utilise-to-use")).toMatchObject({ severity: "minor", location: { path: "site/more.md", lines: { begin: 1 } } });
    expect(find("sole-discretion").description).toContain("sole discretion");
  });

  it("keeps a finding's fingerprint when lines move, and tells repeats apart", async () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": `${ZEBRA_TEXT}\n${ZEBRA_TEXT}` });
    const zebras = async () => JSON.parse((await runInProcess(["lint", "-f", "gitlab"], { cwd: dir })).stdout).filter((i: { check_name: string }) => i.check_name === "zebra-error");
    const before = await zebras();
    expect(before).toHaveLength(2);
    expect(before[0].fingerprint).not.toBe(before[1].fingerprint);
    writeFileSync(join(dir, "a.md"), `# Animals\n\nSome text first.\n\n${ZEBRA_TEXT}\n${ZEBRA_TEXT}`);
    const after = await zebras();
    expect(after.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin)).toEqual([5, 7]);
    expect(after.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(before.map((i: { fingerprint: string }) => i.fingerprint));
    expect(validateCodeQuality(after)).toBe(true);
  });

  it("reports a file that could not be linted as an issue", async () => {
    const dir = tree();
    const issues = JSON.parse((await runInProcess(["lint", "-f", "gitlab", "bin.md"], { cwd: dir })).stdout);
    expect(validateCodeQuality(issues)).toBe(true);
    expect(issues).toMatchObject([{ check_name: "not-linted", severity: "major", location: { path: "bin.md", lines: { begin: 1 } } }]);
  });
});

describe("checkstyle", () => {
  it("the shape check can fail", () => {
    expect(checkstyleProblems(parseXml('<checkstyle><file><error line="0" severity="bad"/></file></checkstyle>'))).toEqual(expect.arrayContaining([
      "checkstyle: missing attribute version",
      "file undefined: missing attribute name",
      expect.stringContaining("line is not a positive whole number"),
      expect.stringContaining('severity "bad"'),
    ]));
  });

  it("has the shape reviewdog reads: a file per linted file, an error per finding", () => {
    const dir = tree();
    const run = runBin(["lint", "-f", "checkstyle"], { cwd: dir });
    expect(run.code).toBe(2);
    const root = parseXml(run.stdout);
    expect(checkstyleProblems(root)).toEqual([]);
    const file = (name: string) => byName(root, "file").find((f) => f.attributes.name === name)!;
    const errors = file("docs/terms of use.md").children.map((e) => e.attributes);
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: "3", column: "25", severity: "error", source: "sole-discretion" }),
      expect.objectContaining({ line: "5", column: "9", severity: "warning", source: "utilise-to-use", message: 'Say "use" instead of "utilise".' }),
    ]));
    expect(file("ok.md").children).toEqual([]);
    expect(file("bin.md").children[0]!.attributes).toMatchObject({ line: "1", severity: "error", source: "outside-in" });
  });

  it("escapes markup and writes characters XML 1.0 forbids as their code", () => {
    const root = parseXml(checkstyle([hostileReport()], context()));
    expect(checkstyleProblems(root)).toEqual([]);
    expect(byName(root, "file")[0]!.attributes.name).toBe("a&b <c>.md");
    expect(byName(root, "file")[0]!.children[0]!.attributes.message).toBe(SHOWN);
  });

  it("names files from the working folder, where reviewdog resolves them", async () => {
    const dir = repoTree();
    const root = parseXml((await runInProcess(["lint", "-f", "checkstyle"], { cwd: join(dir, "site") })).stdout);
    expect(byName(root, "file").map((f) => f.attributes.name)).toEqual(["page.md"]);
  });
});
