// Config files: the validator and the published JSON Schema agree; discovery, cascading,
// overrides per glob, ignore globs, front-matter fields and the perspective threshold.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import { validateConfig, ConfigError, resolveFileSettings, CONFIG_FILE_NAMES, TOP_LEVEL_KEYS, OVERRIDE_KEYS } from "../../src/core/config/index.ts";
import { DOCUMENT_TYPES } from "../../src/core/types.ts";
import { matchGlob } from "../../src/project/glob-match.ts";
import { COMPANY_TEXT, ROOT, TEST_RULES, ZEBRA_TEXT, makeTree, parseJson, runBin, runInProcess } from "./helpers.ts";

const schema = JSON.parse(readFileSync(join(ROOT, "schema/outside-in.schema.json"), "utf8"));
const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);

const TABLE: Array<[string, unknown, boolean]> = [
  ["empty file", null, true],
  ["empty mapping", {}, true],
  ["full config", {
    $schema: "https://outside-in.dev/schema/outside-in.schema.json", root: true, rules: { "sole-discretion": "warning", "users-must": "off", "shall": false },
    documentType: "policy", frontMatterFields: ["title"], perspectiveThreshold: 70, ruleFolders: ["rules"],
    overrides: [{ files: "policies/**", documentType: "policy", rules: { "sole-discretion": "error" } }, { files: ["a.md", "b/**"], perspectiveThreshold: 0 }],
    ignore: ["drafts/**"], siteUrl: "https://example.org/playbook",
  }, true],
  ["single strings for lists", { frontMatterFields: "title", ruleFolders: "rules", ignore: "x" }, true],
  ["a list at the top", [], false],
  ["a string at the top", "rules", false],
  ["unknown key", { rule: {} }, false],
  ["root not boolean", { root: "yes" }, false],
  ["bad severity", { rules: { "sole-discretion": "warn" } }, false],
  ["true is not a severity", { rules: { "sole-discretion": true } }, false],
  ["rule id not kebab-case", { rules: { SoleDiscretion: "off" } }, false],
  ["rules as a list", { rules: ["sole-discretion"] }, false],
  ["bad document type", { documentType: "polcy" }, false],
  ["threshold above 100", { perspectiveThreshold: 101 }, false],
  ["threshold below 0", { perspectiveThreshold: -1 }, false],
  ["threshold as a string", { perspectiveThreshold: "70" }, false],
  ["empty string in a list", { ignore: [""] }, false],
  ["number in a list", { frontMatterFields: [1] }, false],
  ["empty string for a list", { ignore: "" }, false],
  ["overrides not a list", { overrides: { files: "x" } }, false],
  ["override without files", { overrides: [{ documentType: "spec" }] }, false],
  ["override with unknown key", { overrides: [{ files: "x", ignore: ["y"] }] }, false],
  ["override with bad rules", { overrides: [{ files: "x", rules: { "x-y": "loud" } }] }, false],
  ["siteUrl not a URL", { siteUrl: "outside-in.dev" }, false],
  ["siteUrl not a string", { siteUrl: 1 }, false],
  ["$schema not a string", { $schema: 1 }, false],
  ["audience, learned threshold and lexicons", { audience: "staff", learnedThreshold: 0.9, lexicons: { "company-metrics": ["ARR", "seat expansion"], "self-praise": "blazing" } }, true],
  ["an override sets the audience", { overrides: [{ files: "support/**", audience: "staff", learnedThreshold: 0.95 }] }, true],
  ["unknown audience", { audience: "everyone" }, false],
  ["learned threshold below 0.5", { learnedThreshold: 0.2 }, false],
  ["learned threshold above 0.99", { learnedThreshold: 1 }, false],
  ["lexicons as a list", { lexicons: ["ARR"] }, false],
  ["lexicon id not kebab-case", { lexicons: { CompanyMetrics: ["ARR"] } }, false],
  ["lexicon entry not a string", { lexicons: { "company-metrics": [3] } }, false],
  ["lexicons per override", { overrides: [{ files: "x", lexicons: { "company-metrics": ["ARR"] } }] }, false],
];

describe("validator and JSON Schema agree", () => {
  it.each(TABLE)("%s", (_, data, valid) => {
    const byValidator = (() => {
      try {
        validateConfig(data, "cfg.yaml");
        return true;
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).message).toMatch(/^cfg\.yaml: invalid config\n {2}\S/);
        return false;
      }
    })();
    expect(byValidator).toBe(valid);
    expect(validateWithSchema(data)).toBe(valid);
  });

  it("the schema lists the same fields and document types as the validator", () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...TOP_LEVEL_KEYS].sort());
    expect(Object.keys(schema.properties.overrides.items.properties).sort()).toEqual([...OVERRIDE_KEYS].sort());
    expect(schema.properties.documentType.enum).toEqual([...DOCUMENT_TYPES]);
  });

  it("errors name every bad field with what was expected", () => {
    expect(() => validateConfig({ documentType: "spc", overrides: [{ files: 3 }] }, "x/.outside-in.yaml")).toThrow(
      'x/.outside-in.yaml: invalid config\n  documentType: expected one of policy, spec, survey, support, help, release-notes, marketing, internal, any; got "spc" (did you mean "spec"?)\n  overrides[0].files: expected a list of non-empty strings; got 3',
    );
  });
});

describe("resolveFileSettings", () => {
  it("nearer configs win, later overrides win, ignore globs mark files", () => {
    const settings = resolveFileSettings(
      [
        { config: { rules: { a: "error", b: "error" }, documentType: "spec", overrides: [{ files: ["policies/**"], documentType: "policy" }] }, relativePath: "policies/x/terms.md" },
        { config: { rules: { b: "off" }, overrides: [{ files: ["terms.md"], perspectiveThreshold: 50 }, { files: ["*.md"], perspectiveThreshold: 60 }], ignore: ["drafts"] }, relativePath: "x/terms.md" },
      ],
      matchGlob,
    );
    expect(settings).toEqual({ rules: { a: "error", b: "off" }, lexicons: {}, documentType: "policy", perspectiveThreshold: 60, ignored: false });
    expect(resolveFileSettings([{ config: { ignore: ["drafts"] }, relativePath: "a/drafts/b.md" }], matchGlob).ignored).toBe(true);
  });
});

describe("config discovery", () => {
  it("uses the nearest config, cascading up to root: true", () => {
    const dir = makeTree({
      ".outside-in.yaml": "root: true\nrules:\n  sole-discretion: warning\n",
      "strict/.outside-in.json": '{"rules": {"sole-discretion": "error"}}',
      "strict/a.md": COMPANY_TEXT,
      "relaxed/a.md": COMPANY_TEXT,
      "island/.outside-in.yml": "root: true\n",
      "island/a.md": COMPANY_TEXT,
    });
    const files = parseJson(runBin(["lint", "-f", "json"], { cwd: dir }).stdout);
    const severity = (name: string) => files.find((f) => f.filePath === join(dir, name))!.messages.find((m) => m.ruleId === "sole-discretion")!.severity;
    expect(severity("strict/a.md")).toBe(2);
    expect(severity("relaxed/a.md")).toBe(1);
    expect(severity("island/a.md")).toBe(2);
  });

  it("sets the document type per glob with overrides", async () => {
    // A rule limited to surveys only runs where the override says the document is a survey.
    const rule = "---\nid: survey-only\ntitle: T\ncategory: survey\nseverity: error\nkind: substitution\nprinciple: surveys\nappliesTo: [survey]\nmessage: m\nswap:\n  - pattern: zebra\n---\n\n## Why it matters\n\nx\n";
    const dir = makeTree({
      ".outside-in.yaml": "root: true\nruleFolders: [r]\noverrides:\n  - files: surveys/**\n    documentType: survey\n  - files: specs/**\n    documentType: spec\n",
      "r/survey-only.md": rule,
      "surveys/q.md": "Is a zebra here?\n",
      "specs/s.md": "Is a zebra here?\n",
    });
    const files = parseJson((await runInProcess(["lint", "-f", "json"], { cwd: dir })).stdout);
    expect(files.map((f) => [f.filePath.slice(dir.length + 1), f.messages.map((m) => m.ruleId)])).toEqual([["specs/s.md", []], ["surveys/q.md", ["survey-only"]]]);
  });

  it("lints the front-matter fields the config names", async () => {
    const text = `---\ntitle: ${COMPANY_TEXT.trim()}\n---\n\nYou can cancel at any time.\n`;
    const without = makeTree({ ".outside-in.yaml": "root: true\n", "a.md": text });
    const withFields = makeTree({ ".outside-in.yaml": "root: true\nfrontMatterFields: [title]\n", "a.md": text });
    expect((await runInProcess(["lint"], { cwd: without })).code).toBe(0);
    expect((await runInProcess(["lint"], { cwd: withFields })).code).toBe(1);
  });

  it("--config uses one file and skips lookup", () => {
    const dir = makeTree({ ...TEST_RULES, ".outside-in.yaml": "root: true\nruleFolders: [rules]\nrules: { zebra-error: off }\n", "ci.yaml": "root: true\nruleFolders: [rules]\n", "a.md": ZEBRA_TEXT });
    expect(runBin(["lint"], { cwd: dir }).code).toBe(0);
    expect(runBin(["lint", "-c", "ci.yaml"], { cwd: dir }).code).toBe(1);
    expect(runBin(["lint", "-c", "missing.yaml"], { cwd: dir }).stderr).toContain("missing.yaml: invalid config\n  (file): does not exist");
  });

  it("two configs in one folder is an error naming both", () => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\n", ".outside-in.json": "{}", "a.md": "x\n" });
    const run = runBin(["lint"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("more than one config");
    expect(run.stderr).toContain(".outside-in.json");
  });

  it("a missing rule folder names the config and field", () => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [nope]\n", "a.md": "x\n" });
    const run = runBin(["lint"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.outside-in\.yaml: invalid config\n {2}ruleFolders\[0\]: expected a folder of rule files/);
  });

  it("the config names are the documented ones", () => {
    expect(CONFIG_FILE_NAMES).toEqual([".outside-in.yaml", ".outside-in.yml", ".outside-in.json"]);
    const docs = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
    for (const name of [...CONFIG_FILE_NAMES, ".outside-inignore"]) expect(docs).toContain(name);
  });
});

describe("action.yml", () => {
  it("is valid YAML whose inputs are documented in docs/cli.md", async () => {
    const { parse } = await import("yaml");
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    expect(action.runs.using).toBe("composite");
    const docs = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
    for (const input of Object.keys(action.inputs)) expect(docs).toContain(`\`${input}\``);
  });
});

describe("lexicons in the config", () => {
  const doc = "Our goal for the quarter is to raise zorble rate by a third.\n";

  it("adds words to a built-in lexicon, and rules that use it flag them", () => {
    const without = runBin(["lint", "-f", "json", "doc.md"], { cwd: makeTree({ ".outside-in.yaml": "root: true\n", "doc.md": doc }) });
    const withEntry = runBin(["lint", "-f", "json", "doc.md"], { cwd: makeTree({ ".outside-in.yaml": "root: true\nlexicons:\n  company-metrics: [zorble rate]\n", "doc.md": doc }) });
    const ids = (stdout: string) => parseJson(stdout).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(ids(without.stdout)).not.toContain("increase-conversion");
    expect(ids(withEntry.stdout)).toContain("increase-conversion");
  });

  it("names an unknown lexicon with the closest known one", () => {
    const run = runBin(["lint", "doc.md"], { cwd: makeTree({ ".outside-in.yaml": "root: true\nlexicons:\n  company-metric: [zorble]\n", "doc.md": doc }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lexicons.company-metric: unknown lexicon "company-metric"; did you mean "company-metrics"?');
  });
});
