// `outside-in init`: writes a starter config that documents every setting.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILE_NAMES } from "../../core/config/names.ts";
import { flag, parseArgs } from "../args.ts";
import type { CliIo } from "../io.ts";
import { INIT_HELP } from "../help.ts";

export const SCHEMA_URL = "https://outside-in.dev/schema/outside-in.schema.json";

export const STARTER_YAML = `# yaml-language-server: $schema=${SCHEMA_URL}
# Outside-In config: https://outside-in.dev (run \`outside-in rules\` to list rule ids).

# Stop looking for configs in parent folders.
root: true

# Rule id: error | warning | info | off
rules: {}

# Documents scoring below this (0-100) are flagged.
perspectiveThreshold: 70

# Front-matter fields linted as prose.
frontMatterFields: [title, description]

# Document type per folder: policy, spec, survey, support or any.
overrides:
  - files: ["policies/**", "legal/**"]
    documentType: policy
  - files: ["specs/**"]
    documentType: spec
  - files: ["surveys/**"]
    documentType: survey

# Never linted (relative to this file; .gitignore and .outside-inignore also apply).
ignore: ["CHANGELOG.md"]

# Extra rules, in the same Markdown format as the built-in ones.
# ruleFolders: [./outside-in-rules]
`;

export const STARTER_JSON = `${JSON.stringify(
  {
    $schema: SCHEMA_URL,
    root: true,
    rules: {},
    perspectiveThreshold: 70,
    frontMatterFields: ["title", "description"],
    overrides: [
      { files: ["policies/**", "legal/**"], documentType: "policy" },
      { files: ["specs/**"], documentType: "spec" },
      { files: ["surveys/**"], documentType: "survey" },
    ],
    ignore: ["CHANGELOG.md"],
  },
  null,
  2,
)}\n`;

export async function initCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [{ name: "json" }, { name: "force" }, { name: "help", alias: "h" }], "init");
  if (flag(args, "help")) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (args.positionals.length) {
    io.stderr(`outside-in: init takes no arguments (got ${args.positionals.join(" ")})\n`);
    return 2;
  }
  const existing = CONFIG_FILE_NAMES.map((name) => join(io.cwd, name)).filter((file) => existsSync(file));
  if (existing.length && !flag(args, "force")) {
    io.stderr(`outside-in: ${existing[0]} already exists; pass --force to replace it\n`);
    return 2;
  }
  const name = flag(args, "json") ? ".outside-in.json" : ".outside-in.yaml";
  const file = join(io.cwd, name);
  try {
    writeFileSync(file, flag(args, "json") ? STARTER_JSON : STARTER_YAML);
  } catch (error) {
    io.stderr(`outside-in: cannot write ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(`Wrote ${name}. Run \`outside-in lint\` to check your writing.\n`);
  return 0;
}
