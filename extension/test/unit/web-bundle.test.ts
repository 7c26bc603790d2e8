// The web bundle (vscode.dev, code-server's web worker host) loads and activates with no Node:
// no require() but "vscode", no process, Buffer, __dirname or setImmediate.
import { expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { execFileSync } from "node:child_process";
// @ts-expect-error: plain JavaScript helper
import { stubVscode } from "../stub-vscode.mjs";

const root = join(import.meta.dirname, "../../..");

it("loads and activates in a sandbox that offers only the vscode module", () => {
  // Build from the current sources into a temporary folder (dist/ may be stale).
  const outdir = mkdtempSync(join(tmpdir(), "outside-in-web-"));
  execFileSync(process.execPath, [join(root, "extension/build.mjs"), "--production", "--outdir", outdir], { cwd: root });
  const bundle = join(outdir, "web.js");
  const required: string[] = [];
  const module = { exports: {} as { activate?: (c: unknown) => { activationMs: number } } };
  const logs: string[] = [];
  const sandbox = {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name !== "vscode") throw new Error(`web bundle required ${name}`);
      return stubVscode();
    },
    console: { log: (m: string) => logs.push(m), warn() {}, error() {} },
    performance, TextDecoder, TextEncoder, URL, setTimeout, clearTimeout, queueMicrotask,
  };
  runInNewContext(readFileSync(bundle, "utf8"), sandbox, { filename: bundle });
  const api = module.exports.activate!({ subscriptions: [] });
  expect(new Set(required)).toEqual(new Set(["vscode"]));
  expect(api.activationMs).toBeGreaterThanOrEqual(0);
  expect(logs.some((l) => l.startsWith("[outside-in] activated"))).toBe(true);
  rmSync(outdir, { recursive: true, force: true });
});

it("lints in a sandbox without Node globals, as the web worker host does, with the same result as in Node", async () => {
  const { build } = await import("esbuild");
  // The same platform, conditions and defines as the extension's web bundle (extension/build.mjs).
  const out = await build({
    entryPoints: [join(root, "src/core/incremental.ts")],
    bundle: true,
    write: false,
    platform: "browser",
    conditions: ["worker"],
    define: { "process.platform": JSON.stringify("web") },
    format: "iife",
    globalName: "core",
    logLevel: "silent",
  });
  const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, URL, console: { log() {}, warn() {} } };
  runInNewContext(out.outputFiles[0]!.text, sandbox);
  const core = sandbox.core as typeof import("../../../src/core/incremental.ts");
  const { lint } = await import("../../../src/core/index.ts");
  const text = "---\ntitle: Policy\n---\n\n# Refunds &amp; returns\n\nRefunds are paid at our sole discretion.\n\n```\ncode\n```\n";
  const result = core.createIncrementalLinter().lint(text);
  expect(result.findings.map((f) => f.ruleId)).toContain("sole-discretion");
  expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(lint(text))));
});
