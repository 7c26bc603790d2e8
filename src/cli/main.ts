// Minimal CLI for measuring: `outside-in lint [--format json|text] PATHS...`.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve, extname } from "node:path";
import { lint, type Finding } from "../core/index.ts";

const EXTENSIONS = new Set([".md", ".mdx", ".markdown", ".txt"]);

function collect(path: string, out: string[]): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry === "node_modules" || entry.startsWith(".")) continue;
      collect(join(path, entry), out);
    }
  } else if (EXTENSIONS.has(extname(path).toLowerCase())) {
    out.push(path);
  }
}

function toMessage(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity === "error" ? 2 : 1,
    message: f.message,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    suggestions: f.suggestions.map((s) => ({ desc: s.title, safe: s.safe, edits: s.edits })),
  };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== "lint") {
    console.error("usage: outside-in lint [--format json|text] PATHS...");
    return 2;
  }
  let format = "text";
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--format") format = rest[++i] ?? "";
    else if (arg.startsWith("-")) {
      console.error(`outside-in: unknown option ${arg}`);
      return 2;
    } else paths.push(arg);
  }
  if (!["json", "text"].includes(format)) {
    console.error(`outside-in: unknown format "${format}"`);
    return 2;
  }
  const files: string[] = [];
  try {
    for (const p of paths.length ? paths : ["."]) collect(p, files);
  } catch (error) {
    console.error(`outside-in: ${(error as Error).message}`);
    return 2;
  }
  let found = 0;
  const results = files.map((file) => {
    const text = readFileSync(file, "utf8");
    const result = lint(text, { syntax: extname(file) === ".txt" ? "text" : "markdown" });
    found += result.findings.length;
    return { filePath: resolve(file), messages: result.findings.map(toMessage), score: result.perspective.score };
  });
  if (format === "json") {
    console.log(JSON.stringify(results.map(({ filePath, messages }) => ({ filePath, messages }))));
  } else {
    for (const r of results) {
      if (!r.messages.length) continue;
      console.log(`${r.filePath} (perspective ${r.score})`);
      for (const m of r.messages) console.log(`  ${m.line}:${m.column}  ${m.ruleId}  ${m.message}${m.suggestions[0] ? `  → ${m.suggestions[0].desc}` : ""}`);
    }
    console.log(`${found} finding(s) in ${files.length} file(s)`);
  }
  return found > 0 ? 1 : 0;
}
