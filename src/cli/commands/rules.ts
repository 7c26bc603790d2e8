// `outside-in rules`: the rules in effect here, one per line (or JSON).
import { resolve } from "node:path";
import type { Rule } from "../../core/index.ts";
import { flag, parseArgs, stringOption, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { RULES_HELP } from "../help.ts";
import { isFixable } from "../../core/rule-facts.ts";
import { ConfigChain, RulebookLoader, settingsFor } from "../../project/index.ts";
import { nodeProjectFs } from "../node-project-fs.ts";
import { join } from "node:path";

/** The rules for the current folder: built-ins plus config rule folders, with configured severities. */
export async function rulesHere(cwd: string, configFlag?: string): Promise<Array<Rule & { effectiveSeverity: string }>> {
  const finder = new ConfigChain(nodeProjectFs, configFlag ? { explicitFile: resolve(cwd, configFlag) } : {});
  const chain = await finder.chainFor(cwd);
  const book = await new RulebookLoader(nodeProjectFs).forChain(chain);
  // Severity as configured for a file in this folder (overrides for subfolders are not applied).
  const settings = settingsFor(chain, join(cwd, "_"));
  return book.rulebook.rules.map((r) => ({ ...r, effectiveSeverity: settings.rules[r.id] ?? r.severity }));
}

export async function rulesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [{ name: "format", alias: "f", value: true }, { name: "config", alias: "c", value: true }, { name: "help", alias: "h" }], "rules");
  if (flag(args, "help")) {
    io.stdout(RULES_HELP);
    return 0;
  }
  const format = stringOption(args, "format") ?? "stylish";
  if (format !== "stylish" && format !== "json") throw new UsageError(`rules --format must be stylish or json; got "${format}"`);
  const rules = (await rulesHere(io.cwd, stringOption(args, "config"))).sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  if (format === "json") {
    io.stdout(`${JSON.stringify(rules.map((r) => ({ id: r.id, title: r.title, category: r.category, severity: r.effectiveSeverity, fixable: isFixable(r), appliesTo: r.appliesTo })), null, 2)}\n`);
    return 0;
  }
  const rows = [["RULE", "CATEGORY", "SEVERITY", "FIXABLE"], ...rules.map((r) => [r.id, r.category, r.effectiveSeverity, isFixable(r) ? "yes" : "no"])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) io.stdout(`${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")}\n`);
  io.stdout(`\n${rules.length} rules. \`outside-in explain <rule>\` tells why one matters.\n`);
  return 0;
}
