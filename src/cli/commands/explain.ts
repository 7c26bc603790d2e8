// `outside-in explain RULE`: why the rule matters and its Do/Don't examples, from its rule file.
import { closest } from "../../core/config/suggest.ts";
import { DEFAULT_SITE_URL, ruleHelpUrl } from "../../core/config/names.ts";
import { flag, parseArgs, stringOption, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { EXPLAIN_HELP } from "../help.ts";
import { isFixable } from "../../core/rule-facts.ts";
import { rulesHere } from "./rules.ts";
import { ConfigChain, nearestSiteUrl } from "../../project/index.ts";
import { nodeProjectFs } from "../node-project-fs.ts";
import { resolve } from "node:path";

export async function explainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [{ name: "config", alias: "c", value: true }, { name: "site-url", value: true }, { name: "help", alias: "h" }], "explain");
  if (flag(args, "help")) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  const [id, ...extra] = args.positionals;
  if (!id || extra.length) throw new UsageError("explain takes one rule id, e.g. `outside-in explain sole-discretion`");
  const configFlag = stringOption(args, "config");
  const rules = await rulesHere(io.cwd, configFlag);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const hint = closest(id, rules.map((r) => r.id));
    io.stderr(`outside-in: no rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} Run \`outside-in rules\` to list them.\n`);
    return 2;
  }
  const chain = await new ConfigChain(nodeProjectFs, configFlag ? { explicitFile: resolve(io.cwd, configFlag) } : {}).chainFor(io.cwd);
  const siteUrl = stringOption(args, "site-url") ?? nearestSiteUrl(chain) ?? DEFAULT_SITE_URL;
  let out = `${rule.id}: ${rule.title}\n`;
  out += `category ${rule.category}, severity ${rule.effectiveSeverity}, ${isFixable(rule) ? "fixable with --fix" : "not auto-fixable"}, applies to ${rule.appliesTo.join(", ")}\n\n`;
  if (rule.docs?.why) out += `Why it matters\n\n${rule.docs.why}\n\n`;
  for (const example of rule.docs?.dont ?? []) {
    out += `  Don't: ${example.text}\n`;
    if (example.rewrite) out += `     → ${example.rewrite}\n`;
  }
  for (const example of rule.docs?.do ?? []) out += `  Do:    ${example.text}\n`;
  out += `\nMore: ${ruleHelpUrl(rule.id, siteUrl)}\n`;
  io.stdout(out);
  return 0;
}
