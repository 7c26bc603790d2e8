// `outside-in doctor [path]`: which configs, ignore files and rule folders apply to a path, and why,
// with the settings they resolve to. Asks the same classes lint uses, so it cannot tell a different story.
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { flag, parseArgs, stringOption, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { DOCTOR_HELP } from "../help.ts";
import { ConfigChain, findGitRoot, IgnoreFiles, RulebookLoader, settingsFor, toPosix, type LoadedConfig } from "../../project/index.ts";
import { nodeProjectFs } from "../node-project-fs.ts";
import { FileSettingsResolver } from "../lint-files.ts";
import { plural } from "../report.ts";

/** For each setting the chain gives a file, the nearest config that gives it. */
function settingSources(chain: readonly LoadedConfig[], file: string): Map<string, LoadedConfig> {
  const sources = new Map<string, LoadedConfig>();
  for (const loaded of chain) {
    const own = settingsFor([loaded], file);
    if (own.documentType !== undefined) sources.set("documentType", loaded);
    if (own.audience !== undefined) sources.set("audience", loaded);
    for (const id of Object.keys(own.rules)) sources.set(`rules.${id}`, loaded);
  }
  return sources;
}

export async function doctorCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [{ name: "config", alias: "c", value: true }, { name: "help", alias: "h" }], "doctor");
  if (flag(args, "help")) {
    io.stdout(DOCTOR_HELP);
    return 0;
  }
  if (args.positionals.length > 1) throw new UsageError("doctor takes one path; run it once per path");
  const cwd = io.cwd;
  const target = resolve(cwd, args.positionals[0] ?? ".");
  const isFolder = existsSync(target) && statSync(target).isDirectory();
  // For a folder, the settings are those of a file directly inside it.
  const file = isFolder ? join(target, "_") : target;
  const shown = (path: string): string => toPosix(relative(cwd, path)) || ".";
  const out: string[] = [];
  const line = (text = "") => out.push(text);

  const configFlag = stringOption(args, "config");
  const finder = new ConfigChain(nodeProjectFs, configFlag ? { explicitFile: resolve(cwd, configFlag) } : {});
  const loader = new RulebookLoader(nodeProjectFs);
  const resolver = new FileSettingsResolver(finder, loader);
  const chain = await finder.chainFor(dirname(file));
  // Reading the rulebook checks the rule folders and rule ids: a broken config fails here as in lint.
  const book = await loader.forChain(chain);

  line(`${shown(target)}${isFolder ? " (folder: settings of a file directly in it)" : existsSync(target) ? "" : " (does not exist yet)"}`);
  line();
  const gitRoot = await findGitRoot(nodeProjectFs, dirname(file));
  const reach = gitRoot ? `up to the project root, ${shown(gitRoot)}, which holds .git` : "up to the file system's root";
  line("Config files, farthest first (nearer ones win):");
  if (configFlag) line(`  ${shown(chain[0]!.file)}  (given with --config: no lookup)`);
  else if (!chain.length) line(`  none: the built-in defaults apply (looked ${reach})`);
  else {
    for (const [i, loaded] of chain.entries()) {
      const stop = i === 0 && loaded.config.root ? "  root: true, the lookup stopped here" : "";
      line(`  ${shown(loaded.file)}${stop}`);
    }
    if (!chain[0]!.config.root) line(`  (no root: true on the way; the lookup went ${reach})`);
  }
  line();

  const ignoreFiles = new IgnoreFiles(nodeProjectFs, cwd);
  const read = await ignoreFiles.filesApplyingIn(dirname(file));
  line("Ignore files, from the top down:");
  for (const f of read) line(`  ${shown(f)}`);
  if (!read.length) line("  none");
  line();

  line("Rule folders:");
  const folders = loader.foldersFor(chain);
  for (const entry of folders) line(`  ${shown(entry.folder)}  ${plural((await loader.rulesIn(entry)).length, "rule")}, declared by ${shown(entry.loaded.file)} (${entry.field})`);
  if (!folders.length) line("  none: built-in rules only");
  line(`  ${plural(book.rulebook.rules.length, "rule")} in effect`);
  line();

  const settings = settingsFor(chain, file);
  const sources = settingSources(chain, file);
  const from = (key: string) => (sources.has(key) ? `  (from ${shown(sources.get(key)!.file)})` : "");
  line("Settings:");
  line(`  documentType: ${settings.documentType ?? "not set"}${from("documentType")}`);
  line(`  audience: ${settings.audience ?? "not set"}${from("audience")}`);
  const overridden = Object.entries(settings.rules);
  line(`  rules overridden:${overridden.length ? "" : " none"}`);
  for (const [id, severity] of overridden) line(`    ${id}: ${severity}${from(`rules.${id}`)}`);
  line();

  const byIgnoreFile = await ignoreFiles.whyIgnored(file);
  const byConfig = await resolver.whyIgnored(file);
  if (byIgnoreFile) {
    const what = byIgnoreFile.path === file ? "it" : `${shown(byIgnoreFile.path)}/`;
    line(`Ignored: yes, ${what} matches ${byIgnoreFile.files.map(shown).join(" and ")} (--no-ignore lints it)`);
  } else if (byConfig && "ruleFolder" in byConfig) {
    line(`Ignored: yes, it is in the rule folder ${shown(byConfig.ruleFolder.folder)} (declared by ${shown(byConfig.ruleFolder.loaded.file)}), whose Don't examples are wrong on purpose (--no-ignore lints it)`);
  } else if (byConfig) {
    line(`Ignored: yes, by the ignore globs of ${shown(byConfig.config.file)} (--no-ignore lints it)`);
  } else line("Ignored: no");
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}
