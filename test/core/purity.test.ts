// The core runs in the browser and the VS Code web host: no Node, VS Code or Astro imports.
import { expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const coreDir = join(import.meta.dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.[cm]?[jt]s$/.test(name) ? [path] : [];
  });
}

it("src/core imports nothing from node:*, Node built-ins, vscode or astro", () => {
  const forbidden = /(?:from|import)\s*\(?\s*["'](?:node:[^"']+|fs|path|os|child_process|url|vscode|astro(?:\/[^"']*)?|@astrojs\/[^"']+|gray-matter)["']/;
  const offenders = sourceFiles(coreDir).filter((file) => forbidden.test(readFileSync(file, "utf8")));
  expect(offenders).toEqual([]);
});
