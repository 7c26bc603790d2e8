// The project layer runs in the CLI, the VS Code web worker and the build: no Node, VS Code or CLI
// imports; and the extension reaches the project only through it, never through the CLI.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.[cm]?[jt]s$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string): string[] => [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);

it("src/project imports nothing from node:*, Node built-ins, vscode or src/cli", () => {
  const forbidden = /^(?:node:.*|fs|path|os|crypto|child_process|url|vscode|.*\/cli\/.*)$/;
  const offenders = sourceFiles(join(root, "src/project")).flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${file}: ${spec}`));
  expect(offenders).toEqual([]);
});

it("the extension imports nothing from src/cli", () => {
  const offenders = sourceFiles(join(root, "extension/src")).flatMap((file) => importsOf(file).filter((spec) => /\/src\/cli\//.test(spec)).map((spec) => `${file}: ${spec}`));
  expect(offenders).toEqual([]);
});
