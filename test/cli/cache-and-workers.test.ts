// --cache reuses results only while content, settings, rulebook and version match; worker threads
// give the same report as the main thread.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPANY_TEXT, CUSTOMER_TEXT, TEST_RULES, ZEBRA_TEXT, makeTree, runBin, runInProcess } from "./helpers.ts";

describe("--cache", () => {
  // Plants a marker in the cached result: seeing it proves the cache was used.
  const plant = (dir: string) => {
    const file = join(dir, ".outside-in-cache/cache.json");
    const cache = JSON.parse(readFileSync(file, "utf8"));
    for (const entry of Object.values(cache.entries) as Array<{ outcome: { findings: Array<{ message: string }> } }>) {
      for (const finding of entry.outcome.findings) finding.message = "FROM-CACHE";
    }
    writeFileSync(file, JSON.stringify(cache));
  };

  it("reuses an unchanged file's result", async () => {
    const dir = makeTree({ "a.md": COMPANY_TEXT });
    const first = await runInProcess(["lint", "--cache"], { cwd: dir });
    plant(dir);
    const second = await runInProcess(["lint", "--cache"], { cwd: dir });
    expect(first.stdout).not.toContain("FROM-CACHE");
    expect(second.stdout).toContain("FROM-CACHE");
    expect(second.code).toBe(first.code);
  });

  it("misses when the content changes", () => {
    const dir = makeTree({ "a.md": COMPANY_TEXT });
    runBin(["lint", "--cache"], { cwd: dir });
    plant(dir);
    writeFileSync(join(dir, "a.md"), `${COMPANY_TEXT}\n${CUSTOMER_TEXT}`);
    expect(runBin(["lint", "--cache"], { cwd: dir }).stdout).not.toContain("FROM-CACHE");
  });

  it("misses when the config changes", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": ZEBRA_TEXT });
    expect(runBin(["lint", "--cache"], { cwd: dir }).code).toBe(1);
    plant(dir);
    writeFileSync(join(dir, ".outside-in.yaml"), "root: true\nruleFolders: [rules]\nrules: { zebra-error: warning }\n");
    const run = runBin(["lint", "--cache"], { cwd: dir });
    expect(run.stdout).not.toContain("FROM-CACHE");
    expect(run.code).toBe(0);
  });

  it("misses when a rule file in a rule folder changes", () => {
    const rule = (word: string) => `---\nid: my-rule\ntitle: T\ncategory: jargon\nseverity: error\nkind: substitution\nprinciple: easy\nappliesTo: [any]\nmessage: m\nswap:\n  - pattern: ${word}\n---\n`;
    const dir = makeTree({ "a.md": "A zebra.\n", ".outside-in.yaml": "root: true\nruleFolders: [r]\n", "r/my-rule.md": rule("zebra") });
    expect(runBin(["lint", "--cache"], { cwd: dir }).code).toBe(1);
    writeFileSync(join(dir, "r/my-rule.md"), rule("giraffe"));
    expect(runBin(["lint", "--cache"], { cwd: dir }).code).toBe(0);
  });

  it("--cache-location moves the cache", () => {
    const dir = makeTree({ "a.md": CUSTOMER_TEXT });
    runBin(["lint", "--cache", "--cache-location", "tmp/c.json"], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, "tmp/c.json"), "utf8")).entries[join(dir, "a.md")]).toBeDefined();
  });
});

describe("worker threads", () => {
  it("give the same JSON as linting on the main thread", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d${i % 7}/f${i}.md`] = i % 3 ? CUSTOMER_TEXT : `# Doc ${i}\n\n${COMPANY_TEXT}`;
    const dir = makeTree(files);
    const serial = runBin(["lint", "-f", "json", "--concurrency", "off"], { cwd: dir });
    const parallel = runBin(["lint", "-f", "json", "--concurrency", "2"], { cwd: dir });
    expect(parallel.code).toBe(1);
    expect(parallel.stderr).toBe("");
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it("--concurrency rejects nonsense", () => {
    const dir = makeTree({ "a.md": CUSTOMER_TEXT });
    expect(runBin(["lint", "--concurrency", "many"], { cwd: dir }).stderr).toContain("--concurrency expects a whole number");
  });
});
