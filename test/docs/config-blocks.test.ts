// Every YAML and JSON example in the README and docs/ is checked as what it claims to be: a
// config against the JSON Schema, the core validator and the CLI; a workflow step that uses our
// Action against the inputs action.yml declares. A documented key that the tool rejects fails here.
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/core/config/index.ts";
import { builtinRulebook, validateRule } from "../../src/core/index.ts";
import { unknownLexiconReferences } from "../../src/core/rules/sequence/lexicon-references.ts";
import { ROOT, makeTree, runBin } from "../cli/helpers.ts";
import { codeIn, type DocBlock } from "./doc-blocks.ts";

const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const schema = JSON.parse(readFileSync(join(ROOT, "schema/outside-in.schema.json"), "utf8"));
const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
const actionInputs = Object.keys((parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: object }).inputs);
const hookIds = (parseYaml(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<{ id: string }>).map((hook) => hook.id);

type Step = { uses?: string; with?: Record<string, unknown> };

const blocks: Array<DocBlock & { data: unknown }> = DOCS.flatMap((file) => codeIn(ROOT, file).blocks)
  .filter((b) => ["yaml", "yml", "json", "jsonc"].includes(b.lang))
  .map((b) => ({ ...b, data: b.lang.startsWith("json") ? JSON.parse(b.value) : parseYaml(b.value) }));

/** Workflow steps in a block: a list of steps, or a whole workflow with jobs. */
function workflowSteps(data: unknown): Step[] | undefined {
  if (Array.isArray(data)) return data as Step[];
  const jobs = (data as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs;
  return jobs ? Object.values(jobs).flatMap((job) => job.steps ?? []) : undefined;
}

/** The folders a config names, created empty so the CLI can load it from a scratch tree. */
function treeFor(config: unknown, text: string, lang: string): string {
  const name = lang.startsWith("json") ? ".outside-in.json" : ".outside-in.yaml";
  const dir = makeTree({ [name]: text, "doc.md": "You can cancel at any time.\n" });
  const folders = (config as { ruleFolders?: string | string[] } | null)?.ruleFolders ?? [];
  for (const folder of [folders].flat()) mkdirSync(join(dir, folder), { recursive: true });
  return dir;
}

// A block with rule fields (patterns, swap, asks) is a piece of a rule file's front matter.
const RULE_FIELDS = ["patterns", "swap", "asks", "metric"];
const isRuleFragment = (data: unknown) => typeof data === "object" && data !== null && RULE_FIELDS.some((f) => f in data);

// A block with a top-level `repos:` list is a .pre-commit-config.yaml.
type PreCommitConfig = { repos: Array<{ repo: string; rev?: string; hooks: Array<{ id: string }> }> };
const isPreCommitConfig = (data: unknown) => typeof data === "object" && data !== null && Array.isArray((data as PreCommitConfig).repos);

const configs = blocks.filter((b) => workflowSteps(b.data) === undefined && !isRuleFragment(b.data) && !isPreCommitConfig(b.data));
const preCommitConfigs = blocks.filter((b) => isPreCommitConfig(b.data));
const ruleFragments = blocks.filter((b) => isRuleFragment(b.data));
const workflows = blocks.filter((b) => workflowSteps(b.data) !== undefined);

describe("config examples in the docs", () => {
  it("finds them", () => expect(configs.length).toBeGreaterThanOrEqual(3));

  it.each(configs.map((b) => [`${b.file}:${b.line}`, b] as const))("%s is a valid config", (_, block) => {
    expect(validateWithSchema(block.data), JSON.stringify(validateWithSchema.errors)).toBe(true);
    expect(() => validateConfig(block.data, block.file)).not.toThrow();
    const dir = treeFor(block.data, block.value, block.lang);
    const run = runBin(["lint", "doc.md"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code, run.stdout).toBe(0);
  });
});

describe("rule examples in the docs", () => {
  it.each(ruleFragments.map((b) => [`${b.file}:${b.line}`, b] as const))("%s is valid rule front matter", (_, block) => {
    const data = block.data as Record<string, unknown>;
    const kind = data.kind ?? ("swap" in data ? "substitution" : "asks" in data ? "survey" : "metric" in data ? "metric" : "sequence");
    const rule = { id: "doc-example", title: "An example", category: "evasive", severity: "warning", principle: "transparency", appliesTo: ["any"], message: "m", kind, ...data };
    expect(() => validateRule(rule, block.file)).not.toThrow();
    expect(unknownLexiconReferences([validateRule(rule, block.file)], builtinRulebook().lexicons ?? [])).toEqual([]);
  });
});

describe("workflow examples in the docs", () => {
  it("finds them", () => expect(workflows.length).toBeGreaterThanOrEqual(2));

  it.each(workflows.map((b) => [`${b.file}:${b.line}`, b] as const))("%s passes only inputs action.yml declares", (_, block) => {
    const ours = workflowSteps(block.data)!.filter((step) => /\/outside-in@/.test(step.uses ?? ""));
    expect(ours.length).toBe(1);
    for (const step of ours) expect(Object.keys(step.with ?? {}).filter((key) => !actionInputs.includes(key))).toEqual([]);
  });
});

describe("pre-commit examples in the docs", () => {
  it("finds them", () => expect(preCommitConfigs.length).toBeGreaterThanOrEqual(1));

  it.each(preCommitConfigs.map((b) => [`${b.file}:${b.line}`, b] as const))("%s names only hooks .pre-commit-hooks.yaml defines", (_, block) => {
    const ours = (block.data as PreCommitConfig).repos.filter((repo) => /\/outside-in$/.test(repo.repo));
    expect(ours.length).toBe(1);
    expect(ours[0]!.rev).toBeTruthy();
    expect(ours[0]!.hooks.map((hook) => hook.id).filter((id) => !hookIds.includes(id))).toEqual([]);
  });
});
