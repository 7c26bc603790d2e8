// The npm package as a user gets it: packed, installed from the tarball into a fresh project,
// then used through `npx outside-in` and as a library, with the README's own example.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SAFE_RULE } from "../cli/helpers.ts";
import { installPackage, run, writeFiles, type InstalledPackage } from "./installed-package.ts";

const MAX_TARBALL_BYTES = 1_500_000;
// Everything but the declarations, which follow src/core/'s layout (types/**/*.d.ts).
const PACKED_FILES = ["LICENSE", "README.md", "bin/outside-in.mjs", "cli.mjs", "core.mjs", "package.json", "schema/outside-in.schema.json"];
const README_EXAMPLE_MARKER = "<!-- package-example:";

/** The README's core example: the fenced block right after the marker comment. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const after = readme.slice(readme.indexOf(README_EXAMPLE_MARKER));
  const block = /\n```ts\n([\s\S]*?)\n```\n/.exec(after);
  if (!readme.includes(README_EXAMPLE_MARKER) || !block) throw new Error("README.md has no ```ts block after the package-example marker");
  return `${block[1]}\n`;
}


let installed: InstalledPackage;
beforeAll(() => {
  installed = installPackage();
}, 180_000);
afterAll(() => installed?.remove());

describe("the packed tarball", () => {
  it("holds the CLI, the core and its declarations, the schema, the README and the licence, and nothing else", () => {
    const listed = execFileSync("tar", ["-tzf", installed.tarball], { encoding: "utf8" }).trim().split("\n").map((path) => path.replace(/^package\//, ""));
    const declarations = listed.filter((path) => path.startsWith("types/"));
    expect(listed.filter((path) => !path.startsWith("types/")).sort()).toEqual(PACKED_FILES);
    expect(declarations).toContain("types/index.d.ts");
    for (const path of declarations) expect(path).toMatch(/^types\/[\w/-]+\.d\.ts$/);
  });

  it(`is smaller than ${MAX_TARBALL_BYTES / 1e6} MB`, () => {
    expect(statSync(installed.tarball).size).toBeLessThan(MAX_TARBALL_BYTES);
  });

  it("installs alone: no dependencies, so nothing else lands in node_modules", () => {
    const manifest = JSON.parse(readFileSync(join(installed.project, "node_modules/outside-in/package.json"), "utf8"));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    expect(readdirSync(join(installed.project, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["outside-in"]);
  });

  it("bundles a core that imports nothing, Node's modules included", () => {
    const core = readFileSync(join(installed.project, "node_modules/outside-in/core.mjs"), "utf8");
    expect(core).not.toMatch(/^\s*import\s[^(]/m);
    // Dynamic imports and require() calls, on lines that are not comments (JSDoc types use import()).
    expect(core).not.toMatch(/^(?!\s*(?:\*|\/\/)).*\b(?:require|import)\(\s*["']/m);
  });
});

describe("npx outside-in in the installed project", () => {
  it("lint finds the rules' wording", () => {
    const dir = join(installed.project, "lint-here");
    writeFiles(dir, { ".outside-in.yaml": "root: true\n", "policy.md": "Users must log in to ask for a refund.\n" });
    const result = run("npx", ["outside-in", "lint"], dir);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain("users-must");
  });

  it("rules lists the built-in rulebook", () => {
    const result = run("npx", ["outside-in", "rules"], installed.project);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^sole-discretion\s+liability\s+error/m);
  });

  it("explain prints a rule and links its page", () => {
    const result = run("npx", ["outside-in", "explain", "sole-discretion"], installed.project);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("/rules/sole-discretion/");
  });

  it("init writes a starter config", () => {
    const dir = join(installed.project, "init-here");
    writeFiles(dir, { "README.md": "# Docs\n" });
    const result = run("npx", ["outside-in", "init"], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, ".outside-in.yaml"), "utf8")).toContain("root: true");
  });

  it("a project config's ruleFolders add the project's own rules", () => {
    const dir = join(installed.project, "own-rules");
    writeFiles(dir, {
      ".outside-in.yaml": "root: true\nruleFolders: [./style-rules]\n",
      "style-rules/utilise-to-use.md": SAFE_RULE,
      "guide.md": "Utilise the portal to ask for a refund.\n",
    });
    const result = run("npx", ["outside-in", "lint"], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("utilise-to-use");
  });
});

// The package promises Node 20 (engines); the tests themselves run on Node 24.
const NODE_20 = process.env.OUTSIDE_IN_NODE_20 ?? "/usr/bin/node";
const hasNode20 = existsSync(NODE_20) && execFileSync(NODE_20, ["--version"], { encoding: "utf8" }).startsWith("v20.");

describe.skipIf(!hasNode20)("on Node 20, the oldest Node the package supports", () => {
  it("the installed CLI lints, on worker threads too", () => {
    const dir = join(installed.project, "node-20");
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`docs/page-${i}.md`, `Users must log in to read page ${i}.\n`]));
    writeFiles(dir, { ".outside-in.yaml": "root: true\n", ...files });
    const result = run(NODE_20, [join(installed.project, "node_modules/.bin/outside-in"), "lint", "--concurrency", "2"], dir);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain("docs/page-39.md");
  });

  it("the core imports and lints", () => {
    const script = 'const { lint } = await import("outside-in"); console.log(lint("Users must log in.").findings[0].ruleId);';
    const result = run(NODE_20, ["--input-type=module", "-e", script], installed.project);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe("users-must");
  });
});

describe("the core as a library, from the installed package", () => {
  it("the README's example runs", () => {
    writeFiles(installed.project, { "example.ts": readmeExample() });
    const result = run(process.execPath, ["example.ts"], installed.project);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("users-must");
    expect(result.stdout).toContain("Users must use the portal");
  });

  it("the README's example type-checks against the package's declarations", () => {
    const compilerOptions = { module: "nodenext", target: "es2022", lib: ["es2023", "dom"], types: [], strict: true, noUncheckedIndexedAccess: true, skipLibCheck: false, noEmit: true };
    writeFiles(installed.project, { "example.ts": readmeExample(), "tsconfig.json": JSON.stringify({ compilerOptions, files: ["example.ts"] }) });
    const result = run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], installed.project);
    expect(result.code, result.stdout).toBe(0);
  });
});
