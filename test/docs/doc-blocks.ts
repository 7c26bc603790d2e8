// Reads the commands and config examples that the README and docs show to users, so tests can
// run them word for word (markdownlint's test("readme") is the model).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Code, InlineCode, Nodes } from "mdast";

export interface DocBlock {
  /** Repository-relative path of the document. */
  file: string;
  /** 1-based line of the block's first line. */
  line: number;
  lang: string;
  value: string;
}

export interface DocCommand {
  file: string;
  line: number;
  /** The command as written, without a trailing `# comment`. */
  text: string;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

/** Fenced and indented code blocks, and inline code spans, in document order. */
export function codeIn(root: string, file: string): { blocks: DocBlock[]; inline: DocBlock[] } {
  const tree = fromMarkdown(readFileSync(join(root, file), "utf8"));
  const blocks: DocBlock[] = [];
  const inline: DocBlock[] = [];
  walk(tree, (node) => {
    if (node.type !== "code" && node.type !== "inlineCode") return;
    const code = node as Code | InlineCode;
    const entry = { file, line: code.position?.start.line ?? 0, lang: node.type === "code" ? ((node as Code).lang ?? "") : "", value: code.value };
    (node.type === "code" ? blocks : inline).push(entry);
  });
  return { blocks, inline };
}

const SHELL_LANGS = new Set(["", "sh", "bash", "shell", "console"]);
// `outside-in`, `npx outside-in` or `node bin/outside-in`, then a command word or an option
// (the bare name, as in "the command is `outside-in`", is a name, not a command).
const CLI_COMMAND = /^(?:npx |node bin\/)?outside-in \S/;
// Syntax summaries ("lint [paths|globs...]", "explain <rule>") describe commands; they are not runnable.
const PLACEHOLDER = /[<>[\]|…]/;

/** Every runnable CLI command shown in shell blocks or inline code of the given documents. */
export function cliCommandsIn(root: string, files: readonly string[]): DocCommand[] {
  const commands: DocCommand[] = [];
  for (const file of files) {
    const { blocks, inline } = codeIn(root, file);
    for (const block of blocks.filter((b) => SHELL_LANGS.has(b.lang))) {
      block.value.split("\n").forEach((raw, i) => {
        const text = raw.replace(/\s+#\s.*$/, "").trim();
        if (CLI_COMMAND.test(text) && !PLACEHOLDER.test(text)) commands.push({ file, line: block.line + 1 + i, text });
      });
    }
    for (const span of inline) {
      const text = span.value.trim();
      if (CLI_COMMAND.test(text) && !PLACEHOLDER.test(text)) commands.push({ file, line: span.line, text });
    }
  }
  return commands;
}

/** Splits a command line into words, honouring single and double quotes (no expansion). */
export function shellWords(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}
