#!/usr/bin/env node
// Runs write-good or alex over the Markdown files in the current folder and prints ESLint-style
// JSON, so ../shared/eval/score.mjs can score them with `--cli "node scripts/quality/anchor-cli.mjs alex"`.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import writeGood from "write-good";
import { markdown as alexMarkdown } from "alex";

const tool = process.argv[2];
if (tool !== "alex" && tool !== "write-good") {
  console.error("usage: anchor-cli.mjs alex|write-good lint --format json .");
  process.exit(2);
}

function lineColumn(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1).length + 1 };
}

function lintFile(path) {
  const text = readFileSync(path, "utf8");
  if (tool === "alex") {
    return alexMarkdown(text).messages.map((m) => ({
      ruleId: `alex/${m.ruleId}`, severity: 1, message: m.reason,
      line: m.line ?? 1, column: m.column ?? 1, endLine: m.place?.end?.line ?? m.line ?? 1, endColumn: m.place?.end?.column ?? m.column ?? 1,
    }));
  }
  return writeGood(text).map((s) => {
    const start = lineColumn(text, s.index);
    const end = lineColumn(text, s.index + s.offset);
    return { ruleId: "write-good", severity: 1, message: s.reason, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}

const files = readdirSync(".").filter((f) => f.endsWith(".md")).sort();
console.log(JSON.stringify(files.map((f) => ({ filePath: resolve(join(".", f)), messages: lintFile(f) }))));
