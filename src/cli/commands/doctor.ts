// `outside-in doctor [path]`: which configs, ignore files and rule folders apply to a path, and why,
// with the settings they resolve to. Asks the same classes lint uses, so it cannot tell a different story.
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { resolveFileSettings } from "../../core/config/resolve.ts";
import { flag, parseArgs, stringOption, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { DOCTOR_HELP } from "../help.ts";
import { ConfigFinder, layersFor, type LoadedConfig } from "../config-files.ts";
import { RulebookLoader } from "../rule-folders.ts";
import { IgnoreFiles } from "../ignore-files.ts";
import { FileSettingsResolver } from "../lint-files.ts";
import { matchGlob, toPosix } from "../glob-match.ts";
import { plural } from "../report.ts";

/** For each setting the chain gives a file, the nearest config that gives it. */
function settingSources(chain: readonly LoadedConfig[], file: string): Map<string, LoadedConfig> {
  const sources = new Map<string, LoadedConfig>();
  for (const loaded of chain) {
    const own = resolveFileSettings(layersFor([loaded], file), matchGlob);
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
  const finder = new ConfigFinder(configFlag ? resolve(cwd, configFlag) : undefined);
  const loader = new RulebookLoader();
  const resolver = new FileSettingsResolver(finder, loader);
  const chain = finder.chainFor(dirname(file));
  // Reading the rulebook checks the rule folders and rule ids: a broken config fails here as in lint.
  const book = loader.forChain(chain);

  line(`${shown(target)}${isFolder ? " (folder: settings of a file directly in it)" : existsSync(target) ? "" : " (does not exist yet)"}`);
  line();
  line("Config files, farthest first (nearer ones win):");
  if (configFlag) line(`  ${shown(chain[0]!.file)}  (given with --config: no lookup)`);
  else if (!chain.length) line("  none: the built-in defaults apply (looked up to the file system's root)");
  else {
    for (const [i, loaded] of chain.entries()) {
      const stop = i === 0 && loaded.config.root ? "  root: true, the lookup stopped here" : "";
      line(`  ${shown(loaded.file)}${stop}`);
    }
    if (!chain[0]!.config.root) line("  (no root: true on the way; the lookup went up to the file system's root)");
  }
  line();

  const ignoreFiles = new IgnoreFiles(cwd);
  const read = ignoreFiles.filesApplyingIn(dirname(file));
  line("Ignore files, from the top down:");
  for (const f of read) line(`  ${shown(f)}`);
  if (!read.length) line("  none");
  line();

  line("Rule folders:");
  const folders = loader.foldersFor(chain);
  for (const entry of folders) line(`  ${shown(entry.folder)}  ${plural(loader.rulesIn(entry).length, "rule")}, declared by ${shown(entry.loaded.file)} (${entry.field})`);
  if (!folders.length) line("  none: built-in rules only");
  line(`  ${plural(book.rulebook.rules.length, "rule")} in effect`);
  line();

  const settings = resolveFileSettings(layersFor(chain, file), matchGlob);
  const sources = settingSources(chain, file);
  const from = (key: string) => (sources.has(key) ? `  (from ${shown(sources.get(key)!.file)})` : "");
  line("Settings:");
  line(`  documentType: ${settings.documentType ?? "not set"}${from("documentType")}`);
  line(`  audience: ${settings.audience ?? "not set"}${from("audience")}`);
  const overridden = Object.entries(settings.rules);
  line(`  rules overridden:${overridden.length ? "" : " none"}`);
  for (const [id, severity] of overridden) line(`    ${id}: ${severity}${from(`rules.${id}`)}`);
  line();

  const byIgnoreFile = ignoreFiles.whyIgnored(file);
  const byConfig = resolver.whyIgnored(file);
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
