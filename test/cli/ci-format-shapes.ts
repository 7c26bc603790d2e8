// The shapes CI tools read, written down from their documentation, so tests can check our output.
// Each check returns the problems it found; an empty list means the document has the shape.
import type { XmlElement } from "./xml-tree.ts";

type Problems = string[];

/** Element by element: which attributes it may have, which it must, and which children in which order. */
interface ElementShape {
  allowed: string[];
  required: string[];
  /** Child element names in the order they may appear; each may repeat unless listed in `once`. */
  children: string[];
  once?: string[];
}

function checkElement(el: XmlElement, shape: ElementShape, where: string, problems: Problems): void {
  for (const name of Object.keys(el.attributes)) if (!shape.allowed.includes(name)) problems.push(`${where}: unexpected attribute ${name}`);
  for (const name of shape.required) if (!(name in el.attributes)) problems.push(`${where}: missing attribute ${name}`);
  let position = 0;
  const counts = new Map<string, number>();
  for (const child of el.children) {
    const at = shape.children.indexOf(child.name);
    if (at < 0) problems.push(`${where}: unexpected child <${child.name}>`);
    else if (at < position) problems.push(`${where}: <${child.name}> out of order`);
    else position = at;
    counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  }
  for (const name of shape.once ?? []) if ((counts.get(name) ?? 0) > 1) problems.push(`${where}: more than one <${name}>`);
}

const isCount = (s: string | undefined): boolean => s !== undefined && /^\d+$/.test(s);

/**
 * JUnit XML as Jenkins' JUnit plugin defines it (the dtkit junit-4 schema: testsuites > testsuite >
 * testcase > skipped | error | failure | system-out | system-err, `name` required on suites and cases,
 * `tests` on suites) plus what GitLab's unit test reports document
 * (https://docs.gitlab.com/ci/testing/unit_test_reports/): a `file` attribute on test cases, and a
 * case is identified by classname + name, so that pair must be unique.
 */
export function junitProblems(root: XmlElement): Problems {
  const problems: Problems = [];
  if (root.name !== "testsuites") return [`root is <${root.name}>, not <testsuites>`];
  checkElement(root, { allowed: ["name", "time", "tests", "failures", "disabled", "errors"], required: [], children: ["testsuite"] }, "testsuites", problems);
  const ids = new Set<string>();
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const suite of root.children.filter((c) => c.name === "testsuite")) {
    const where = `testsuite ${suite.attributes.name}`;
    checkElement(suite, {
      allowed: ["name", "tests", "failures", "errors", "time", "disabled", "skipped", "timestamp", "hostname", "id", "package"],
      required: ["name", "tests"],
      children: ["properties", "testcase", "system-out", "system-err"],
      once: ["properties", "system-out", "system-err"],
    }, where, problems);
    const cases = suite.children.filter((c) => c.name === "testcase");
    const failed = cases.filter((c) => c.children.some((x) => x.name === "failure")).length;
    const errored = cases.filter((c) => c.children.some((x) => x.name === "error")).length;
    for (const [attr, count] of [["tests", cases.length], ["failures", failed], ["errors", errored]] as const) {
      const value = suite.attributes[attr];
      if (value !== undefined && (!isCount(value) || Number(value) !== count)) problems.push(`${where}: ${attr}="${value}" but ${count} counted`);
    }
    (tests += cases.length), (failures += failed), (errors += errored);
    for (const testcase of cases) {
      const id = `${testcase.attributes.classname ?? ""}\0${testcase.attributes.name}`;
      const caseWhere = `${where} > testcase ${testcase.attributes.name}`;
      if (ids.has(id)) problems.push(`${caseWhere}: classname + name repeats another case (GitLab drops it)`);
      ids.add(id);
      checkElement(testcase, {
        allowed: ["name", "assertions", "time", "classname", "status", "file"],
        required: ["name", "classname"],
        children: ["skipped", "error", "failure", "system-out", "system-err"],
        once: ["skipped"],
      }, caseWhere, problems);
      for (const outcome of testcase.children.filter((c) => c.name === "failure" || c.name === "error")) {
        checkElement(outcome, { allowed: ["type", "message"], required: ["message"], children: [] }, `${caseWhere} > ${outcome.name}`, problems);
      }
    }
  }
  for (const [attr, count] of [["tests", tests], ["failures", failures], ["errors", errors]] as const) {
    const value = root.attributes[attr];
    if (value !== undefined && Number(value) !== count) problems.push(`testsuites: ${attr}="${value}" but ${count} counted`);
  }
  return problems;
}

/**
 * Checkstyle XML as checkstyle writes it and reviewdog's checkstyle parser reads it
 * (reviewdog `parser/checkstyle.go`): checkstyle[version] > file[name] > error[line column severity
 * message source], line and column whole numbers, severity one of checkstyle's four.
 */
export function checkstyleProblems(root: XmlElement): Problems {
  const problems: Problems = [];
  if (root.name !== "checkstyle") return [`root is <${root.name}>, not <checkstyle>`];
  checkElement(root, { allowed: ["version"], required: ["version"], children: ["file"] }, "checkstyle", problems);
  for (const file of root.children) {
    const where = `file ${file.attributes.name}`;
    checkElement(file, { allowed: ["name"], required: ["name"], children: ["error"] }, where, problems);
    for (const error of file.children) {
      const at = `${where} > error line ${error.attributes.line}`;
      checkElement(error, { allowed: ["line", "column", "severity", "message", "source"], required: ["line", "severity", "message", "source"], children: [] }, at, problems);
      if (!/^[1-9]\d*$/.test(error.attributes.line ?? "")) problems.push(`${at}: line is not a positive whole number`);
      if (error.attributes.column !== undefined && !/^[1-9]\d*$/.test(error.attributes.column)) problems.push(`${at}: column is not a positive whole number`);
      if (!["error", "warning", "info", "ignore"].includes(error.attributes.severity ?? "")) problems.push(`${at}: severity "${error.attributes.severity}"`);
    }
  }
  return problems;
}

/**
 * GitLab Code Quality: the required fields of each issue as documented at
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 * (description, check_name, fingerprint, severity, location.path, location.lines.begin).
 */
export const GITLAB_CODE_QUALITY_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "array",
  items: {
    type: "object",
    required: ["description", "check_name", "fingerprint", "severity", "location"],
    properties: {
      description: { type: "string", minLength: 1 },
      check_name: { type: "string", minLength: 1 },
      fingerprint: { type: "string", minLength: 1 },
      severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
      location: {
        type: "object",
        required: ["path", "lines"],
        properties: {
          path: { type: "string", minLength: 1, not: { pattern: "^(/|\\.\\./)" } },
          lines: { type: "object", required: ["begin"], properties: { begin: { type: "integer", minimum: 1 } } },
        },
      },
    },
  },
} as const;
